/**
 * `shopify theme check` for the theme app extensions, without the Shopify CLI: runs
 * @shopify/theme-check-node with its "theme-app-extension" checks (app-block tags, asset sizes, schema
 * and translation keys, Liquid and HTML syntax) on every extensions/* whose shopify.extension.toml says
 * `type = "theme"`, or on the directories given as arguments. Prints every offense; exits 1 if any is
 * an error.
 *
 * Offline it uses the Liquid docs bundled with the package; with network access theme-check fetches the
 * latest ones first, as the CLI does.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Severity, themeCheckRun, type Offense } from "@shopify/theme-check-node";
import { fileURLToPath } from "node:url";

const CONFIG = "theme-check:theme-app-extension";
const SEVERITY = { [Severity.ERROR]: "error", [Severity.WARNING]: "warning", [Severity.INFO]: "info" };

function themeExtensions(): string[] {
  const root = path.resolve("extensions");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => {
      const toml = path.join(dir, "shopify.extension.toml");
      return existsSync(toml) && /^\s*type\s*=\s*"theme"\s*$/m.test(readFileSync(toml, "utf8"));
    });
}

function describe(offense: Offense): string {
  const file = path.relative(process.cwd(), fileURLToPath(offense.uri));
  const where = `${file}:${offense.start.line + 1}:${offense.start.character + 1}`;
  return `${where}  ${SEVERITY[offense.severity]}  ${offense.check}  ${offense.message}`;
}

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => path.resolve(d)) : themeExtensions();
if (dirs.length === 0) {
  console.error("theme-check: no theme app extension found under extensions/");
  process.exit(1);
}

let errors = 0;
for (const dir of dirs) {
  const { offenses } = await themeCheckRun(dir, CONFIG);
  const sorted = [...offenses].sort((a, b) => a.severity - b.severity || a.uri.localeCompare(b.uri));
  for (const offense of sorted) console.log(describe(offense));
  const count = offenses.filter((o) => o.severity === Severity.ERROR).length;
  errors += count;
  console.log(
    `theme-check ${path.relative(process.cwd(), dir)}: ${count} error(s), ${offenses.length - count} other offense(s)`,
  );
}
process.exit(errors > 0 ? 1 : 0);
