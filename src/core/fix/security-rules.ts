/**
 * The ten rules the fix prompt can stress. Their order here breaks ties between equal
 * weights, so the prompt is deterministic.
 */
export const SECURITY_RULES = [
  "input_validation",
  "subprocess_safety",
  "deserialization_safety",
  "file_permission_safety",
  "crypto_hygiene",
  "secret_handling",
  "sql_injection_prevention",
  "shell_injection_prevention",
  "network_timeout_safety",
  "temp_file_safety",
] as const;

export type SecurityRule = (typeof SECURITY_RULES)[number];

export function isSecurityRule(value: string): value is SecurityRule {
  return (SECURITY_RULES as readonly string[]).includes(value);
}

/** What each rule asks of the model, in the words the prompt uses. */
export const RULE_GUIDANCE: Record<SecurityRule, string> = {
  input_validation:
    "Treat every argument and external value as untrusted: check type, range and format before use, and escape data before it reaches HTML or templates.",
  subprocess_safety:
    "Start processes only with an argument list and an absolute or resolved program path; never hand untrusted data to a process launcher.",
  deserialization_safety:
    "Do not unpickle, marshal, yaml.load or torch.load data that could come from outside; prefer JSON, yaml.safe_load and defusedxml.",
  file_permission_safety:
    "Create files and directories with the narrowest permissions that work (0o600/0o700), never world-writable modes.",
  crypto_hygiene:
    "Use vetted, current primitives: SHA-256 or better, AES-GCM, the secrets module for tokens, TLS with certificate verification on.",
  secret_handling:
    "Never put passwords, tokens or keys in source code or default arguments; read them from the environment or a secret store.",
  sql_injection_prevention:
    "Build SQL only with parameter placeholders bound by the driver; never format or concatenate values into query text.",
  shell_injection_prevention:
    "Never pass strings to a shell, eval or exec; keep shell=False and pass arguments as a list.",
  network_timeout_safety:
    "Give every network call an explicit timeout, bind servers to specific interfaces, and handle network failures explicitly.",
  temp_file_safety:
    "Create temporary files and directories with the tempfile module (mkstemp, NamedTemporaryFile, TemporaryDirectory), never fixed paths under /tmp.",
};
