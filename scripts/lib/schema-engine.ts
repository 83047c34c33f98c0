/**
 * Prisma's schema engine as WebAssembly, for machines without the native engine binary (see
 * docs/decisions/0001-migrations-without-native-engine.md).
 *
 * `@prisma/schema-engine-wasm` is built for bundlers (`import * as wasm from "./x.wasm"`), which Node 20
 * cannot load, so we compile and instantiate the .wasm ourselves with the package's JS glue as the import
 * object. The glue keeps the instance in a module-level variable, so there is exactly one instance per
 * process (per module graph): it is created once and every engine is a new `SchemaEngine` inside it.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { MigrationList, SchemaEngine };
export type Provider = "sqlite" | "postgresql";

let ready: Promise<void> | undefined;
/** Timers the engine started and has not seen fire. */
const timers = new Set<NodeJS.Timeout>();
let enginesInUse = 0;

/** Compiles and instantiates the wasm once per process. */
function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports only its JS files; the .wasm sits next to the glue.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const imports: Record<string, unknown> = { ...glue };
    // The engine never cancels its timers (on PostgreSQL a 10 s timeout outlives every deploy), so a
    // CLI run would linger 10 s before exiting. They are tracked and cleared once no engine is in use.
    const setTimeoutName = Object.keys(glue).find((name) => name.startsWith("__wbg_setTimeout_"));
    if (setTimeoutName) {
      imports[setTimeoutName] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          callback();
        }, ms >>> 0);
        timers.add(timer);
        return timer;
      };
    }
    const instance = await WebAssembly.instantiate(module, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    // wasm-bindgen's names: hand the instance to the glue, then run the module's start function.
    // oxlint-disable-next-line no-underscore-dangle
    glue.__wbg_set_wasm(instance.exports);
    // oxlint-disable-next-line no-underscore-dangle
    (instance.exports.__wbindgen_start as () => void)();
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

function log(line: string): void {
  if (process.env.DEBUG?.includes("prisma:schema-engine")) console.error(line);
}

/**
 * Runs `work` with an engine on `adapterFactory` for the datamodel `schema` (the text of schema.prisma
 * with the datasource provider matching the adapter), then frees it. Log lines are printed only with
 * DEBUG=prisma:schema-engine. The caller disposes the adapters.
 */
export async function withSchemaEngine<T>(
  schemaPath: string,
  schema: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  enginesInUse++;
  try {
    const engine = await glue.SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      log,
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    if (--enginesInUse === 0) {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    }
  }
}

/** Reads a migrations directory the way the Prisma CLI does (sorted folder names, migration.sql each). */
export async function readMigrationList(baseDir: string): Promise<MigrationList> {
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(baseDir, dir, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: lockPath, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

/** What the CLI writes into migration_lock.toml. */
export function lockfileText(provider: Provider): string {
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}
