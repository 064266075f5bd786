/**
 * The DB-API placeholder style of the driver a file imports. A query is only rewritten when
 * exactly one known style is in play: a wrong placeholder is a broken query, not a safer one.
 */

export type Paramstyle = "qmark" | "format";

/** Top-level driver module -> its DB-API `paramstyle`. */
export const DRIVER_PARAMSTYLE: Readonly<Record<string, Paramstyle>> = {
  sqlite3: "qmark",
  pysqlite2: "qmark",
  psycopg: "format",
  psycopg2: "format",
  pymysql: "format",
  MySQLdb: "format",
  mysql: "format",
};

/** The top-level modules the import statements bring in. */
export function importedModules(importTexts: readonly string[]): string[] {
  const modules: string[] = [];
  for (const text of importTexts) {
    const statement = text.replace(/\\\r?\n/g, " ").replace(/[()]/g, " ").trim();
    const from = /^from\s+([A-Za-z_][\w.]*)\s+import\b/.exec(statement);
    if (from) {
      modules.push((from[1] as string).split(".")[0] as string);
      continue;
    }
    const plain = /^import\s+(.+)$/.exec(statement);
    if (plain) {
      for (const part of (plain[1] as string).split(",")) {
        const name = part.trim().split(/\s+/)[0];
        if (name) modules.push(name.split(".")[0] as string);
      }
    }
  }
  return modules;
}

export function paramstyleFor(importTexts: readonly string[]): { paramstyle: Paramstyle } | { refused: string } {
  const drivers = [...new Set(importedModules(importTexts).filter((m) => m in DRIVER_PARAMSTYLE))];
  const styles = [...new Set(drivers.map((d) => DRIVER_PARAMSTYLE[d] as Paramstyle))];
  if (styles.length === 1) return { paramstyle: styles[0] as Paramstyle };
  if (styles.length === 0) return { refused: "no DB-API driver with a known paramstyle (sqlite3, psycopg, psycopg2, pymysql, MySQLdb) is imported, so the placeholder is unknown" };
  return { refused: `drivers with different paramstyles are imported (${drivers.join(", ")}), so the placeholder is ambiguous` };
}
