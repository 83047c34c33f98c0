import path from "node:path";
import { Liquid } from "liquidjs";
import {
  BLOCK_LOCALES,
  CHAT_EMBED,
  blockSchema,
  renderBlock,
  renderTrackingBlock,
  type BlockLocale,
} from "../../app/storefront/block-renderer.server";
import { escapeHtml } from "../../app/notifications/templates/html";
import { extensionAsset } from "../../app/storefront/proxy-page.server";

/**
 * The theme side of a storefront, for the demo and the end-to-end tests:
 * - a page with the "Order tracking" block, rendered as Shopify renders an app block (the app's own block
 *   renderer: the extension's Liquid, snippets and locale files), with the block's stylesheet and
 *   deferred script as Shopify injects them;
 * - an app proxy's Liquid answer rendered inside the theme's layout, as Shopify does for
 *   `Content-Type: application/liquid` (with `request.locale`);
 * - on every page, the chat's app embed, as Shopify injects an enabled one (renderChatEmbed);
 * - the extension's assets.
 */
export function themeLocale(value: string | null | undefined): BlockLocale {
  return (BLOCK_LOCALES as readonly string[]).includes(value ?? "") ? (value as BlockLocale) : "en";
}

/** The extension's script or stylesheet by file name, as the app's proxy route serves it; 404 otherwise. */
export async function readExtensionAsset(
  name: string,
): Promise<{ body: Buffer; type: string; status: number }> {
  const asset = await extensionAsset(path.basename(name));
  return asset
    ? { body: asset.body, type: asset.type, status: 200 }
    : { body: Buffer.from("Not found"), type: "text/plain", status: 404 };
}

/** A theme page (/pages/track) with the block on it. */
export async function renderTrackingPage(
  locale: string,
  assetBase = "/ext-assets",
  shopName = "Parcelwise Test Shop",
): Promise<string> {
  const lang = themeLocale(locale);
  const head = assetTags(await blockSchema(), assetBase);
  const block = await renderTrackingBlock({ locale: lang });
  return themeLayout(lang, shopName, head, block, await renderChatEmbed(lang, assetBase));
}

/** A theme page without the app's block (the home page): only the chat's embed is the app's. */
export async function renderHomePage(
  locale: string,
  assetBase = "/ext-assets",
  shopName = "Parcelwise Test Shop",
): Promise<string> {
  const lang = themeLocale(locale);
  const main = `<section style="max-width:48rem;margin:0 auto;padding:2rem 1rem"><h1>${escapeHtml(shopName)}</h1>
<p>Welcome to our shop.</p></section>`;
  return themeLayout(lang, shopName, "", main, await renderChatEmbed(lang, assetBase), "Home");
}

/** Markup Shopify adds with an app embed: its rendered HTML before </body>, its assets in <head>. */
export interface AppEmbed {
  head: string;
  body: string;
}

/**
 * The chat's app embed, turned on, as Shopify injects it into every page of the theme: its stylesheet
 * and deferred script from the schema in <head>, its HTML in an app-block wrapper before </body>.
 */
export async function renderChatEmbed(locale: BlockLocale, assetBase = "/ext-assets"): Promise<AppEmbed> {
  const html = await renderBlock(CHAT_EMBED, { locale, assetBase });
  return {
    head: assetTags(await blockSchema(CHAT_EMBED), assetBase),
    body: `<div id="shopify-block-parcelwise-chat" class="shopify-block shopify-app-block">${html}</div>`,
  };
}

function assetTags(schema: { stylesheet?: string; javascript?: string }, assetBase: string): string {
  return [
    schema.stylesheet && `<link rel="stylesheet" href="${assetBase}/${schema.stylesheet}">`,
    schema.javascript && `<script src="${assetBase}/${schema.javascript}" defer></script>`,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * An app proxy's Liquid answer inside the theme (unless it says `{% layout none %}`), rendered with the
 * storefront's `request.locale` and `shop.name`, the objects the app's page uses. The theme's layout
 * has the chat's embed, its assets under `assetBase`.
 */
export async function renderProxyLiquid(
  liquid: string,
  locale: string,
  shopName: string,
  assetBase = "/ext-assets",
): Promise<string> {
  const lang = themeLocale(locale);
  const noLayout = /^\s*{%-?\s*layout\s+none\s*-?%}/.test(liquid);
  const engine = new Liquid({ strictFilters: true });
  const html = (await engine.parseAndRender(liquid.replace(/^\s*{%-?\s*layout\s+none\s*-?%}/, ""), {
    request: { locale: { iso_code: lang } },
    shop: { name: shopName },
  })) as string;
  return noLayout ? html : themeLayout(lang, shopName, "", html, await renderChatEmbed(lang, assetBase));
}

function themeLayout(
  lang: string,
  shopName: string,
  head: string,
  main: string,
  embed: AppEmbed,
  title = "Track your order",
): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(shopName)}</title>${head}${embed.head}
</head><body style="margin:0;font-family:system-ui,sans-serif"><header style="padding:2rem;background:#eee">${escapeHtml(shopName)}</header>
<main>${main}</main><footer style="padding:2rem;background:#eee">Footer</footer>
${embed.body}</body></html>`;
}
