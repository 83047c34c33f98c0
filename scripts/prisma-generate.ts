/**
 * Generates both Prisma clients from the one schema:
 *   app/generated/prisma             the schema as-is (provider "sqlite", plus any other generators)
 *   app/generated/prisma-postgresql  a copy with provider "postgresql"
 * A Prisma 7 client checks that its driver adapter matches the provider it was generated for, so
 * app/db.server.ts picks one of the two by DATABASE_URL.
 *
 * `prisma generate` insists on a schema engine binary it never runs for generation; without the native
 * engine (docs/decisions/0001-migrations-without-native-engine.md) any executable satisfies it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { withOnlyClientGenerator, withProvider } from "./lib/schema-file";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
const OUTPUTS = {
  sqlite: path.join(ROOT, "app", "generated", "prisma"),
  postgresql: path.join(ROOT, "app", "generated", "prisma-postgresql"),
};
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

async function generate(schemaPath: string): Promise<void> {
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY:
      process.env.PRISMA_SCHEMA_ENGINE_BINARY || (existsSync("/bin/true") ? "/bin/true" : process.execPath),
    CHECKPOINT_DISABLE: "1", // no update check over the network
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  try {
    await promisify(execFile)(process.execPath, [prismaCli, "generate", "--schema", schemaPath], {
      cwd: ROOT,
      env,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma generate --schema ${schemaPath} failed:\n${stdout}${stderr}`);
  }
}

/** Fails unless `dir` holds a client for `provider` written after `since`. */
async function verify(dir: string, provider: string, since: number): Promise<void> {
  const classFile = path.join(dir, "internal", "class.ts");
  const written = await stat(path.join(dir, "client.ts")).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const text = await readFile(classFile, "utf8").catch(() => "");
  if (written < since - 1000 || !text.includes(`"activeProvider": "${provider}"`)) {
    throw new Error(`no fresh ${provider} client in ${path.relative(ROOT, dir)}`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), "parcelwise-prisma-"));
  try {
    // Generator output paths are relative to the schema file, so the copy points back into app/.
    const pgSchema = path.join(tmp, "schema.prisma");
    const text = await readFile(SCHEMA, "utf8");
    const output = path.relative(tmp, OUTPUTS.postgresql);
    await writeFile(pgSchema, withOnlyClientGenerator(withProvider(text, "postgresql"), output));
    await Promise.all([generate(SCHEMA), generate(pgSchema)]);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  await verify(OUTPUTS.sqlite, "sqlite", started);
  await verify(OUTPUTS.postgresql, "postgresql", started);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`prisma clients generated (sqlite, postgresql) in ${seconds}s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
