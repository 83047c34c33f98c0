/**
 * Builds the theme extension's storefront assets from their readable sources:
 *   app/storefront/assets/<name>.js|.css  →  extensions/<extension>/assets/<name>.js|.css
 * Shopify serves extension assets as they are on disk, and theme check limits an app block's script to
 * 10,000 bytes uncompressed (AssetSizeAppBlockJavaScript), so the sources keep their comments and the
 * shipped files are minified. `npm run build:assets` writes them; tests/unit/storefront-assets.test.ts
 * fails when a committed asset is not the build of its source.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const BUILD_COMMAND = "npm run build:assets";

/** One source file and the extension asset built from it. Paths are relative to the repository root. */
export interface StorefrontAsset {
  source: string;
  output: string;
}

/** Every storefront asset: a new widget adds a line per file. */
export const STOREFRONT_ASSETS: StorefrontAsset[] = [
  asset("order-tracking.js", "parcelwise-tracking"),
  asset("order-tracking.css", "parcelwise-tracking"),
  asset("chat-launcher.js", "parcelwise-tracking"),
  asset("chat.js", "parcelwise-tracking"),
  asset("chat.css", "parcelwise-tracking"),
];

function asset(file: string, extension: string): StorefrontAsset {
  return { source: `app/storefront/assets/${file}`, output: `extensions/${extension}/assets/${file}` };
}

export interface BuiltAsset extends StorefrontAsset {
  contents: string;
}

/** Minifies every source; writes nothing. */
export async function buildStorefrontAssets(assets = STOREFRONT_ASSETS): Promise<BuiltAsset[]> {
  return Promise.all(
    assets.map(async (entry) => {
      const source = await readFile(path.join(ROOT, entry.source), "utf8");
      const loader = entry.source.endsWith(".css") ? "css" : "js";
      // A block's script is a classic script for the browsers themes support: es2020 keeps ?. and ??
      // and lowers ||=. Stylesheets are minified as written.
      const { code } = await transform(source, {
        loader,
        minify: true,
        target: "es2020",
        legalComments: "none",
        sourcefile: entry.source,
      });
      const header = `/* Generated from ${entry.source} by \`${BUILD_COMMAND}\`: edit the source, not this file. */`;
      return { ...entry, contents: `${header}\n${code}` };
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const built of await buildStorefrontAssets()) {
    await writeFile(path.join(ROOT, built.output), built.contents);
    console.log(`${built.output}  ${Buffer.byteLength(built.contents)} bytes`);
  }
}
