import type { SecurityRule } from "./security-rules.js";

export type RuleDeltas = Partial<Record<SecurityRule, number>>;

/**
 * How much a finding of each Bandit test raises the weight of the rules that would have avoided
 * it. The only place this mapping lives; a unit test checks that every test id of the pinned
 * Bandit is either here or in DELIBERATELY_UNMAPPED.
 */
export const RULE_DELTAS: Readonly<Record<string, RuleDeltas>> = {
  B101: { input_validation: 0.1 }, // assert disappears under -O: checks must be real code
  B102: { shell_injection_prevention: 0.35, input_validation: 0.1 }, // exec
  B103: { file_permission_safety: 0.3 },
  B104: { network_timeout_safety: 0.15 }, // binding to every interface
  B105: { secret_handling: 0.3 },
  B106: { secret_handling: 0.25 },
  B107: { secret_handling: 0.25 },
  B108: { temp_file_safety: 0.2 },
  B113: { network_timeout_safety: 0.3 },
  B201: { shell_injection_prevention: 0.2 }, // Flask's debugger runs arbitrary code
  B202: { input_validation: 0.25, file_permission_safety: 0.1 }, // unchecked tar members
  B301: { deserialization_safety: 0.35 },
  B302: { deserialization_safety: 0.3 },
  B303: { crypto_hygiene: 0.3 },
  B304: { crypto_hygiene: 0.3 },
  B305: { crypto_hygiene: 0.25 },
  B306: { temp_file_safety: 0.3 },
  B307: { shell_injection_prevention: 0.35 },
  B308: { input_validation: 0.25 },
  B310: { input_validation: 0.2, network_timeout_safety: 0.1 }, // urlopen accepts file:// URLs
  B311: { crypto_hygiene: 0.2 },
  B312: { crypto_hygiene: 0.2 }, // telnet is cleartext
  B313: { deserialization_safety: 0.25, input_validation: 0.1 },
  B314: { deserialization_safety: 0.25, input_validation: 0.1 },
  B315: { deserialization_safety: 0.25, input_validation: 0.1 },
  B316: { deserialization_safety: 0.25, input_validation: 0.1 },
  B317: { deserialization_safety: 0.25, input_validation: 0.1 },
  B318: { deserialization_safety: 0.25, input_validation: 0.1 },
  B319: { deserialization_safety: 0.25, input_validation: 0.1 },
  B320: { deserialization_safety: 0.25, input_validation: 0.1 }, // older Bandit versions
  B321: { crypto_hygiene: 0.2 }, // FTP is cleartext
  B323: { crypto_hygiene: 0.3 },
  B324: { crypto_hygiene: 0.3 },
  B325: { temp_file_safety: 0.3 }, // os.tempnam, older Bandit versions
  B401: { crypto_hygiene: 0.1 },
  B402: { crypto_hygiene: 0.1 },
  B403: { deserialization_safety: 0.15 },
  B404: { subprocess_safety: 0.1 },
  B405: { deserialization_safety: 0.1 },
  B406: { deserialization_safety: 0.1 },
  B407: { deserialization_safety: 0.1 },
  B408: { deserialization_safety: 0.1 },
  B409: { deserialization_safety: 0.1 },
  B410: { deserialization_safety: 0.1 }, // lxml, older Bandit versions
  B411: { deserialization_safety: 0.15 },
  B412: { input_validation: 0.15 }, // httpoxy: the Proxy header is attacker-controlled
  B413: { crypto_hygiene: 0.2 },
  B415: { crypto_hygiene: 0.1 },
  B501: { crypto_hygiene: 0.3, network_timeout_safety: 0.1 },
  B502: { crypto_hygiene: 0.3 },
  B503: { crypto_hygiene: 0.2 },
  B504: { crypto_hygiene: 0.2 },
  B505: { crypto_hygiene: 0.3 },
  B506: { deserialization_safety: 0.35 },
  B507: { crypto_hygiene: 0.3 },
  B508: { crypto_hygiene: 0.2 },
  B509: { crypto_hygiene: 0.25 },
  B601: { shell_injection_prevention: 0.3 },
  B602: { subprocess_safety: 0.35, shell_injection_prevention: 0.35 },
  B603: { subprocess_safety: 0.15 },
  B604: { shell_injection_prevention: 0.3, subprocess_safety: 0.2 },
  B605: { shell_injection_prevention: 0.35, subprocess_safety: 0.2 },
  B606: { subprocess_safety: 0.15 },
  B607: { subprocess_safety: 0.2 },
  B608: { sql_injection_prevention: 0.35 },
  B609: { shell_injection_prevention: 0.3 },
  B610: { sql_injection_prevention: 0.3 },
  B611: { sql_injection_prevention: 0.35 },
  B612: { deserialization_safety: 0.25 }, // logging.config.listen evaluates received configuration
  B614: { deserialization_safety: 0.35 },
  B615: { deserialization_safety: 0.2 }, // unpinned model downloads load untrusted artefacts
  B701: { input_validation: 0.3 },
  B702: { input_validation: 0.25 },
  B703: { input_validation: 0.25 },
  B704: { input_validation: 0.25 },
};

/** Tests no rule of the ten would have prevented, with the reason; they still count in scores. */
export const DELIBERATELY_UNMAPPED: Readonly<Record<string, string>> = {
  B110: "try/except/pass is an error-handling style finding; none of the ten rules addresses it",
  B112: "try/except/continue is an error-handling style finding; none of the ten rules addresses it",
  B613: "Trojan Source characters are a property of the file's text, not of how code is written",
};

export function deltasFor(testId: string): RuleDeltas {
  return RULE_DELTAS[testId] ?? {};
}
