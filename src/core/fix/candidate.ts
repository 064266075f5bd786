/** What the model's reply holds once parsed: never run, only read and scanned. */
export type ParsedReply =
  | { ok: true; imports: string[]; functionSource: string }
  | { ok: false; reason: string };

const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+-]*)[^\n]*$/;

interface Block {
  language: string;
  body: string;
}

function fencedBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let open: { fence: string; language: string; body: string[] } | undefined;
  for (const line of lines) {
    const match = FENCE.exec(line);
    if (!open) {
      if (match) open = { fence: match[1] as string, language: (match[2] ?? "").toLowerCase(), body: [] };
      continue;
    }
    if (match && (match[1] as string)[0] === open.fence[0] && (match[1] as string).length >= open.fence.length && match[2] === "") {
      blocks.push({ language: open.language, body: open.body.join("\n") });
      open = undefined;
    } else {
      open.body.push(line);
    }
  }
  return blocks;
}

/**
 * Take the single fenced Python block of a reply and split its leading import lines from the
 * function. Untagged blocks count only when there is no tagged one.
 */
export function parseReply(reply: string): ParsedReply {
  const blocks = fencedBlocks(reply);
  const python = blocks.filter((b) => ["python", "py", "python3"].includes(b.language));
  const chosen = python.length > 0 ? python : blocks.filter((b) => b.language === "");
  if (chosen.length === 0) return { ok: false, reason: "the reply has no fenced python code block" };
  if (chosen.length > 1) return { ok: false, reason: `the reply has ${chosen.length} python code blocks; exactly one was asked for` };
  const lines = (chosen[0] as Block).body.split("\n");
  const imports: string[] = [];
  let i = 0;
  let depth = 0;
  let continued = false;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (depth > 0 || continued) {
      imports.push(line);
    } else if (trimmed === "" ) {
      continue;
    } else if (/^(import|from)\s/.test(trimmed) && line === line.trimStart()) {
      imports.push(line);
    } else {
      break;
    }
    depth += (line.match(/\(/g)?.length ?? 0) - (line.match(/\)/g)?.length ?? 0);
    continued = /\\\s*$/.test(line);
  }
  const functionSource = lines.slice(i).join("\n").replace(/\s+$/, "");
  if (functionSource === "") return { ok: false, reason: "the code block holds no function" };
  return { ok: true, imports, functionSource: `${functionSource}\n` };
}
