/**
 * Deterministic generator of realistic Python packages for the benchmark: modules of 60-200
 * lines with imports, classes and functions, most of them clean, some with the code Bandit
 * flags (shell=True, pickle, SQL built from strings, hardcoded secrets, weak hashes...).
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same repository everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLEAN_BODIES = [
  (n: string) => [`def ${n}(items, limit=10):`, `    """Return the first items above the mean."""`, `    if not items:`, `        return []`, `    mean = sum(items) / len(items)`, `    picked = [x for x in items if x > mean]`, `    return picked[:limit]`],
  (n: string) => [`def ${n}(text):`, `    words = text.split()`, `    counts = {}`, `    for word in words:`, `        key = word.lower().strip(".,;")`, `        counts[key] = counts.get(key, 0) + 1`, `    return sorted(counts.items(), key=lambda kv: -kv[1])`],
  (n: string) => [`def ${n}(path):`, `    with open(path, encoding="utf-8") as handle:`, `        return json.load(handle)`],
  (n: string) => [`def ${n}(record, fields):`, `    missing = [f for f in fields if f not in record]`, `    if missing:`, `        raise ValueError("missing fields: " + ", ".join(missing))`, `    return {f: record[f] for f in fields}`],
  (n: string) => [`async def ${n}(client, url):`, `    response = await client.get(url)`, `    response.raise_for_status()`, `    return response.json()`],
  (n: string) => [`def ${n}(rows):`, `    total = 0`, `    for row in rows:`, `        try:`, `            total += int(row.get("amount", 0))`, `        except (TypeError, ValueError):`, `            logger.warning("bad row %r", row)`, `    return total`],
];

const FLAGGED_BODIES = [
  { imports: ["subprocess"], body: (n: string) => [`def ${n}(target):`, `    return subprocess.call("make " + target, shell=True)`] },
  { imports: ["pickle"], body: (n: string) => [`def ${n}(blob):`, `    return pickle.loads(blob)`] },
  { imports: [], body: (n: string) => [`def ${n}(cursor, name):`, `    query = "SELECT * FROM users WHERE name = '%s'" % name`, `    cursor.execute(query)`, `    return cursor.fetchall()`] },
  { imports: ["hashlib"], body: (n: string) => [`def ${n}(data):`, `    return hashlib.md5(data).hexdigest()`] },
  { imports: ["random"], body: (n: string) => [`def ${n}():`, `    return "%06d" % random.randint(0, 999999)`] },
  { imports: [], body: (n: string) => [`def ${n}(expr):`, `    return eval(expr)`] },
  { imports: ["yaml"], body: (n: string) => [`def ${n}(text):`, `    return yaml.load(text)`] },
  { imports: ["requests"], body: (n: string) => [`def ${n}(url):`, `    return requests.get(url).json()`] },
  { imports: [], body: (n: string) => [`def ${n}(user):`, `    password = "Winter2024!"`, `    return login(user, password)`] },
];

export interface ModuleSpec {
  path: string;
  text: string;
}

/** `packages` packages of `perPackage` modules each. */
export function generateRepository(seed: number, packages: number, perPackage: number): ModuleSpec[] {
  const random = rng(seed);
  const modules: ModuleSpec[] = [];
  for (let p = 0; p < packages; p += 1) {
    modules.push({ path: `pkg${p}/__init__.py`, text: `"""Package ${p}."""\n` });
    for (let m = 0; m < perPackage; m += 1) modules.push({ path: `pkg${p}/mod${m}.py`, text: generateModule(random, `m${p}_${m}`) });
  }
  return modules;
}

export function generateModule(random: () => number, stem: string): string {
  const imports = new Set(["json", "logging"]);
  const blocks: string[][] = [];
  const functions = 4 + Math.floor(random() * 9);
  for (let i = 0; i < functions; i += 1) {
    const name = `${stem}_f${i}`;
    if (random() < 0.12) {
      const flagged = FLAGGED_BODIES[Math.floor(random() * FLAGGED_BODIES.length)]!;
      flagged.imports.forEach((x) => imports.add(x));
      blocks.push(flagged.body(name));
    } else {
      blocks.push(CLEAN_BODIES[Math.floor(random() * CLEAN_BODIES.length)]!(name));
    }
  }
  if (random() < 0.5) {
    blocks.push([
      `class ${stem.toUpperCase()}Service:`,
      `    def __init__(self, store):`,
      `        self.store = store`,
      ``,
      `    def get(self, key, default=None):`,
      `        value = self.store.get(key)`,
      `        return default if value is None else value`,
    ]);
  }
  const header = [`"""Module ${stem}: generated for the bandit-gate benchmark."""`, ...[...imports].sort().map((x) => `import ${x}`), "", "logger = logging.getLogger(__name__)"];
  return [...header, ...blocks.flatMap((b) => ["", "", ...b])].join("\n") + "\n";
}

/** What an agent does to a module: shift it, add a function (sometimes a flagged one). */
export function agentEdit(random: () => number, text: string, stem: string): string {
  const flagged = random() < 0.3;
  const addition = flagged
    ? [`def ${stem}_agent(cmd):`, `    import subprocess`, `    return subprocess.run(cmd, shell=True, check=False)`]
    : [`def ${stem}_agent(values):`, `    return [v * 2 for v in values if v is not None]`];
  return `# edited by the agent\n${text}\n\n${addition.join("\n")}\n`;
}
