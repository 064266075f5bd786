/**
 * Whether a name says its value is a secret (a token, password, key...), for random-secrets: a
 * draw from `random` is only moved to `secrets` where the name of the variable or function says
 * so. Names are compared by whole parts (split on `_`, digits and camelCase), so `monkey` is
 * not a `key` and `tokenizer_seed` is not a `token`, while `apiKey`, `API_KEY`, `resetCodes`
 * and `session_id` are what they say.
 */

/** The name parts that mark a secret; a plural (`keys`) counts too. */
export const TOKEN_WORDS: readonly string[] = [
  "token",
  "password",
  "passwd",
  "passphrase",
  "pwd",
  "secret",
  "key",
  "apikey",
  "nonce",
  "salt",
  "otp",
  "totp",
  "hotp",
  "pin",
  "csrf",
  "xsrf",
  "session",
  "sessionid",
  "reset",
  "verification",
  "verify",
  "auth",
  "code",
];

/**
 * One name part: an upper-case run not followed by lower case (`API` in `APIKey`), a word with an
 * optional capital (`Key`), or digits. The codemod script (Python `re`) uses this same pattern.
 */
export const NAME_PART_PATTERN = "[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+";

export function nameParts(name: string): string[] {
  return [...name.matchAll(new RegExp(NAME_PART_PATTERN, "g"))].map((m) => m[0].toLowerCase());
}

export function isTokenName(name: string): boolean {
  return nameParts(name).some((part) => TOKEN_WORDS.includes(part) || (part.endsWith("s") && TOKEN_WORDS.includes(part.slice(0, -1))));
}
