/** Text edits on schema.prisma: one schema file serves both providers. */
import type { Provider } from "./schema-engine";

/** The schema with its datasource provider replaced (the file itself says "sqlite"). */
export function withProvider(schema: string, provider: Provider): string {
  const pattern = /(datasource\s+\w+\s*\{[^}]*?\bprovider\s*=\s*)"[^"]*"/;
  if (!pattern.test(schema)) throw new Error("schema.prisma has no datasource provider");
  return schema.replace(pattern, `$1"${provider}"`);
}

/**
 * Keeps only the `prisma-client` generator, writing to `output`; other generators (e.g. a classic
 * `prisma-client-js` into node_modules) would overwrite what the schema as-is generates.
 */
export function withOnlyClientGenerator(schema: string, output: string): string {
  let kept = 0;
  const result = schema.replace(/^generator\s+\w+\s*\{[^}]*\}/gm, (block) => {
    if (!/\bprovider\s*=\s*"prisma-client"/.test(block)) return "";
    kept++;
    return block.replace(/\boutput\s*=\s*"[^"]*"/, `output = ${JSON.stringify(output)}`);
  });
  if (kept !== 1) throw new Error(`expected one "prisma-client" generator, found ${kept}`);
  return result;
}
