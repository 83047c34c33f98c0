/**
 * Migrations without Prisma's native schema engine (docs/decisions/0001-migrations-without-native-engine.md).
 *
 *   tsx scripts/migrate.ts create <name>   new migration in prisma/migrations and prisma/migrations-postgresql
 *   tsx scripts/migrate.ts deploy          apply pending migrations to DATABASE_URL
 *
 * DATABASE_URL defaults to the app's default (app/env.server.ts). `create` replays the PostgreSQL
 * history in a temporary database on MIGRATE_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { providerOf } from "./lib/adapters";
import { createMigration, deployMigrations, MIGRATIONS_DIR } from "./lib/migrate";

const DEFAULT_DATABASE_URL = "file:./data/parcelwise.sqlite";
const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Hides the password in messages. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === "deploy") {
    const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
    const applied = await deployMigrations(url);
    const dir = MIGRATIONS_DIR[providerOf(url)];
    console.log(
      applied.length === 0
        ? `${redact(url)}: up to date (${dir})`
        : `${redact(url)}: applied ${applied.join(", ")}`,
    );
  } else if (command === "create" && rest.length === 1) {
    const folder = await createMigration(rest[0], process.env.MIGRATE_POSTGRES_URL || DEFAULT_POSTGRES_URL);
    console.log(folder ? `created ${folder}` : "no changes");
  } else {
    console.error("usage: tsx scripts/migrate.ts create <name> | deploy");
    process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`migrate ${process.argv[2] ?? ""} failed: ${message}`);
  process.exitCode = 1;
});
