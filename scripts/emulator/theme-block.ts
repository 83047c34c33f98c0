import { readFile } from "node:fs/promises";
import path from "node:path";
import { Liquid } from "liquidjs";
import {
  BLOCK_LOCALES,
  EXTENSION_DIR,
  blockSchema,
  renderTrackingBlock,
  type BlockLocale,
} from "../../app/storefront/block-renderer.server";
import { escapeHtml } from "../../app/notifications/templates/html";

/**
 * The theme side of a storefront, for the demo and the end-to-end tests:
 * - a page with the "Order tracking" block, rendered as Shopify renders an app block (the app's own block
 *   renderer: the extension's Liquid, snippets and locale files), with the block's stylesheet and
 *   deferred script as Shopify injects them;
 * - an app proxy's Liquid answer rendered inside the theme's layout, as Shopify does for
 *   `Content-Type: application/liquid` (with `request.locale`);
 * - the extension's assets.
 */
export function themeLocale(value: string | null | undefined): BlockLocale {
  return (BLOCK_LOCALES as readonly string[]).includes(value ?? "") ? (value as BlockLocale) : "en";
}

export async function readExtensionAsset(name: string): Promise<{ body: Buffer; type: string }> {
  const file = path.basename(name);
  const body = await readFile(path.join(EXTENSION_DIR, "assets", file));
  const type = file.endsWith(".js")
    ? "text/javascript"
    : file.endsWith(".css")
      ? "text/css"
      : "application/octet-stream";
  return { body, type };
}

/** A theme page (/pages/track) with the block on it. */
export async function renderTrackingPage(
  locale: string,
  assetBase = "/ext-assets",
  shopName = "Parcelwise Test Shop",
): Promise<string> {
  const schema = await blockSchema();
  const head = [
    schema.stylesheet && `<link rel="stylesheet" href="${assetBase}/${schema.stylesheet}">`,
    schema.javascript && `<script src="${assetBase}/${schema.javascript}" defer></script>`,
  ]
    .filter(Boolean)
    .join("\n");
  const block = await renderTrackingBlock({ locale: themeLocale(locale) });
  return themeLayout(themeLocale(locale), shopName, head, block);
}

/**
 * An app proxy's Liquid answer inside the theme (unless it says `{% layout none %}`), rendered with the
 * storefront's `request.locale` and `shop.name`, the objects the app's page uses.
 */
export async function renderProxyLiquid(liquid: string, locale: string, shopName: string): Promise<string> {
  const lang = themeLocale(locale);
  const noLayout = /^\s*{%-?\s*layout\s+none\s*-?%}/.test(liquid);
  const engine = new Liquid({ strictFilters: true });
  const html = (await engine.parseAndRender(liquid.replace(/^\s*{%-?\s*layout\s+none\s*-?%}/, ""), {
    request: { locale: { iso_code: lang } },
    shop: { name: shopName },
  })) as string;
  return noLayout ? html : themeLayout(lang, shopName, "", html);
}

function themeLayout(lang: string, shopName: string, head: string, main: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Track your order – ${escapeHtml(shopName)}</title>${head}
</head><body style="margin:0;font-family:system-ui,sans-serif"><header style="padding:2rem;background:#eee">${escapeHtml(shopName)}</header>
<main>${main}</main><footer style="padding:2rem;background:#eee">Footer</footer></body></html>`;
}
