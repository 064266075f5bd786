import { open, readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { ConfigurationError } from "../../core/errors.js";
import { lastMeaningfulLine, runOutsideTree } from "../process.js";

/**
 * The cached form of a Bandit environment: the same venv, but with every pure-Python package
 * of site-packages in ONE zip file that a `.pth` file puts on `sys.path` (zipimport; Python
 * reads site-packages' `.pth` files under `-I` too). A warm start unpacks a few hundred files
 * instead of a thousand, and creating files is most of what unpacking costs.
 *
 * What stays as files: the venv's own layout (bin/, pyvenv.cfg), every `*.dist-info` (Bandit's
 * version, its installation digest and stevedore's entry points are read from them, by us and by
 * `importlib.metadata`), packages with native code (zipimport cannot load extension modules:
 * libcst's parser, PyYAML's `_yaml`), namespace packages and anything not a plain package.
 * The bytecode this run's imports wrote goes into the zip next to each module (`mod.pyc`, marked
 * unchecked: the zip never changes once written), so a restored Bandit does not compile on every
 * start; modules that were never imported go in as source only.
 */
export const PACKED_ARCHIVE = "bandit-gate-packed.zip";
// Named to sort first: site reads .pth files in name order, and one that imports a module at
// start-up (e.g. `_virtualenv.pth`) must find the zip already on the path.
export const PACKED_PATH_FILE = "00-bandit-gate-packed.pth";

const PACK_SCRIPT = String.raw`
import glob, importlib.machinery, importlib.util, os, shutil, sys, zipfile

venv, staging, ARCHIVE, PTH = sys.argv[1:5]
NATIVE = tuple(set(importlib.machinery.EXTENSION_SUFFIXES) | {".so", ".pyd", ".dylib", ".dll"})
TAG = sys.implementation.cache_tag
MAGIC = importlib.util.MAGIC_NUMBER

def has_native(path):
    for _, _, files in os.walk(path):
        if any(f.endswith(NATIVE) for f in files):
            return True
    return False

def packable(site, name):
    path = os.path.join(site, name)
    if os.path.islink(path) or not name.isascii():
        return False
    if os.path.isfile(path):
        return name.endswith(".py") and name[:-3].isidentifier()
    return name.isidentifier() and os.path.isfile(os.path.join(path, "__init__.py")) and not has_native(path)

def bytecode(source):
    # The bytecode Python wrote on import, if it is current; made unchecked-hash (PEP 552).
    folder, name = os.path.split(source)
    pyc = os.path.join(folder, "__pycache__", name[:-3] + "." + TAG + ".pyc")
    try:
        with open(pyc, "rb") as f:
            data = f.read()
        info = os.stat(source)
    except OSError:
        return None
    if len(data) < 16 or data[:4] != MAGIC or int.from_bytes(data[4:8], "little") != 0:
        return None
    if int.from_bytes(data[8:12], "little") != int(info.st_mtime) & 0xFFFFFFFF or int.from_bytes(data[12:16], "little") != info.st_size & 0xFFFFFFFF:
        return None
    with open(source, "rb") as f:
        digest = importlib.util.source_hash(f.read())
    return MAGIC + (1).to_bytes(4, "little") + digest + data[16:]

sites = glob.glob(os.path.join(venv, "lib", "python*", "site-packages")) + glob.glob(os.path.join(venv, "Lib", "site-packages"))
if len(sites) != 1:
    sys.exit("expected one site-packages in %s, found %d" % (venv, len(sites)))
site = sites[0]
# Modules that another .pth file imports while site starts stay as files, whatever the order.
started = set()
for pth in glob.glob(os.path.join(site, "*.pth")):
    with open(pth, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("import ", "import\t")):
                started.update(__import__("re").findall(r"[A-Za-z_][A-Za-z0-9_]*", line))
packed = sorted(n for n in os.listdir(site) if packable(site, n) and n.split(".")[0] not in started)

def skip(folder, names):
    if os.path.normcase(os.path.abspath(folder)) == os.path.normcase(os.path.abspath(site)):
        return [n for n in names if n in packed or n in ("__pycache__", ARCHIVE, PTH)]
    return []

shutil.rmtree(staging, ignore_errors=True)
shutil.copytree(venv, staging, symlinks=True, ignore=skip)
target = os.path.join(staging, os.path.relpath(site, venv))
files = 0
with zipfile.ZipFile(os.path.join(target, ARCHIVE), "w", zipfile.ZIP_STORED) as archive:
    def add(path):
        global files
        arcname = os.path.relpath(path, site).replace(os.sep, "/")
        archive.write(path, arcname)
        files += 1
        if path.endswith(".py"):
            code = bytecode(path)
            if code is not None:
                archive.writestr(zipfile.ZipInfo(arcname + "c"), code)
    for name in packed:
        path = os.path.join(site, name)
        if os.path.isfile(path):
            add(path)
            continue
        for folder, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for f in sorted(names):
                add(os.path.join(folder, f))
with open(os.path.join(target, PTH), "w") as f:
    f.write(ARCHIVE + "\n")
print("%d %d" % (len(packed), files))
`;

/** Write the cached form of the environment at `venv` to `staging` (replacing it); `venv` is left as it is. */
export async function packEnvironment(venv: string, staging: string): Promise<{ packages: number; files: number }> {
  const python = process.platform === "win32" ? join(venv, "Scripts", "python.exe") : join(venv, "bin", "python");
  const result = await runOutsideTree(python, ["-I", "-c", PACK_SCRIPT, venv, staging, PACKED_ARCHIVE, PACKED_PATH_FILE]);
  if (result.code !== 0) throw new ConfigurationError(`could not pack ${venv} for the cache (exit ${result.code}): ${lastMeaningfulLine(result.stderr) || lastMeaningfulLine(result.stdout)}`);
  const [packages = 0, files = 0] = result.stdout.trim().split(/\s+/).map(Number);
  return { packages, files };
}

/**
 * Why the packed modules of the environment at `venv` cannot be used, from their files only;
 * undefined when it has none or they look whole. A zip cut short (an archive truncated in the
 * cache, an unpack that stopped) loses its end record, which names where the directory of its
 * members is and how long it is: checked against the file's length. What this cannot see (a
 * member corrupted inside) the first scan shows.
 */
export async function packedProblem(venv: string, sites: readonly string[]): Promise<string | undefined> {
  for (const site of sites) {
    const listed = await readFile(join(site, PACKED_PATH_FILE), "utf8").catch(() => undefined);
    if (listed === undefined) continue;
    const archives = listed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("import"));
    if (archives.length === 0) return `${join(site, PACKED_PATH_FILE)} names no archive`;
    for (const name of archives) {
      const path = isAbsolute(name) ? name : join(site, name);
      if (!path.startsWith(venv)) return `${PACKED_PATH_FILE} names ${name}, outside the environment`;
      const problem = await zipProblem(path);
      if (problem) return `its packed modules ${path} ${problem}`;
    }
  }
  return undefined;
}

/** The zip's end-of-central-directory record (no archive comment: we write none) must describe the file exactly. */
async function zipProblem(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return "are missing";
  if (info.size < 22) return "are truncated";
  const file = await open(path, "r");
  try {
    const end = Buffer.alloc(22);
    await file.read(end, 0, 22, info.size - 22);
    if (end.readUInt32LE(0) !== 0x06054b50) return "are truncated or not a zip archive";
    const directorySize = end.readUInt32LE(12);
    const directoryOffset = end.readUInt32LE(16);
    if (directoryOffset + directorySize + 22 !== info.size) return "are truncated or padded";
    const first = Buffer.alloc(4);
    await file.read(first, 0, 4, directoryOffset);
    if (first.readUInt32LE(0) !== 0x02014b50 && end.readUInt16LE(10) > 0) return "have a damaged member directory";
    return undefined;
  } finally {
    await file.close();
  }
}

/** The site-packages folders of a venv (one, in practice). */
export async function sitePackages(venv: string): Promise<string[]> {
  if (process.platform === "win32") return [join(venv, "Lib", "site-packages")];
  const versions = await readdir(join(venv, "lib")).catch(() => [] as string[]);
  return versions.filter((v) => /^python\d+\.\d+$/.test(v)).map((v) => join(venv, "lib", v, "site-packages"));
}
