import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db.server";
import { loadNotificationSettings, type NotificationSettingsView } from "../notifications/settings.server";
import { BLOCK_LOCALES, EXTENSION_DIR, blockSchema, renderTrackingBlock } from "./block-renderer.server";

/**
 * The tracking page for shops that have not placed the "Order tracking" block: /apps/parcelwise (and
 * /apps/parcelwise/track/<token> from a notification's link) answered with Liquid, which Shopify renders
 * inside the shop's theme, header and footer included.
 *
 * Shopify does not render an app's locale files in a proxy response, so the block is rendered here, once
 * per language, and the storefront's `request.locale` picks one. The extension's stylesheet and script
 * are served through the proxy too (/apps/parcelwise/assets/…), versioned by their content.
 */
export const DEFAULT_PATH_PREFIX = "/apps/parcelwise";

export interface ProxyPageOptions {
  shopDomain: string;
  /** Where the shop mounts the app proxy (Shopify's signed `path_prefix`, which the merchant may change). */
  pathPrefix: string;
  /** A notification's signed link, opened as soon as the page loads (checked by the lookup, not here). */
  token?: string;
}

export async function proxyTrackingPage(db: Db, options: ProxyPageOptions): Promise<string> {
  const shop = await db.shop.findUnique({
    where: { domain: options.shopDomain },
    select: { id: true, name: true },
  });
  const settings = shop ? brandingSettings(await loadNotificationSettings(db, shop.id), shop.name) : {};
  const base = safePathPrefix(options.pathPrefix);
  const attributes: Record<string, string> = { "data-base": base };
  if (options.token && /^[\w.-]{1,1024}$/.test(options.token)) attributes["data-token"] = options.token;

  const schema = await blockSchema();
  const head = [
    schema.stylesheet &&
      `<link rel="stylesheet" href="${base}/assets/${schema.stylesheet}?v=${await assetVersion(schema.stylesheet)}">`,
    schema.javascript &&
      `<script src="${base}/assets/${schema.javascript}?v=${await assetVersion(schema.javascript)}" defer></script>`,
  ].filter(Boolean);

  const [en, ...others] = await Promise.all(
    BLOCK_LOCALES.map(async (locale) => ({
      locale,
      html: withoutLiquid(await renderTrackingBlock({ locale, settings, attributes })),
    })),
  );
  return [
    ...head,
    '<div class="pw-page" style="max-width:48rem;margin:0 auto;padding:2rem 1rem">',
    "{%- assign pw_language = request.locale.iso_code | slice: 0, 2 | downcase -%}",
    "{%- case pw_language -%}",
    ...others.flatMap(({ locale, html }) => [`{%- when '${locale}' -%}`, html]),
    "{%- else -%}",
    en.html,
    "{%- endcase -%}",
    "</div>",
  ].join("\n");
}

/** The block settings a shop's saved branding stands for: its accent colour and (https) logo. */
export function brandingSettings(
  branding: Pick<NotificationSettingsView, "brandAccentColor" | "brandLogoUrl">,
  shopName: string | null,
): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  if (branding.brandAccentColor) settings.accent_color = branding.brandAccentColor;
  if (branding.brandLogoUrl?.startsWith("https://")) {
    settings.logo = { src: branding.brandLogoUrl, alt: shopName ?? "" };
  }
  return settings;
}

/** The proxy's path prefix as Shopify signs it (`/apps/…`, `/a/…`, `/tools/…`, `/community/…`). */
export function safePathPrefix(prefix: string | null | undefined): string {
  return prefix && /^\/(apps|a|tools|community)\/[\w-]{1,64}$/.test(prefix) ? prefix : DEFAULT_PATH_PREFIX;
}

/**
 * Rendered HTML must reach the shopper as written, so nothing in it may start Liquid when Shopify renders
 * the response: a `{{` or `{%` (say, in a shop's name) is written as an HTML character reference, or as a
 * JSON escape inside the block's JSON copy, where references are not decoded. The JSON's own braces are
 * never followed by `{` or `%`, so only text inside its strings is touched.
 */
export function withoutLiquid(html: string): string {
  return html.replace(
    /(<script type="application\/json"[^>]*>)([\s\S]*?)(<\/script>)|\{(?=[{%])/g,
    (match, open?: string, json?: string, close?: string) =>
      open !== undefined ? open + json!.replace(/\{(?=[{%])/g, "\\u007b") + close : "&#123;",
  );
}

export interface ExtensionAsset {
  body: Buffer;
  type: string;
  version: string;
}

const assets = new Map<string, Promise<ExtensionAsset | null>>();

/** One of the extension's assets by file name (no paths), with a content version for caching. */
export function extensionAsset(name: string): Promise<ExtensionAsset | null> {
  if (!/^[\w.-]+\.(js|css)$/.test(name)) return Promise.resolve(null);
  let asset = assets.get(name);
  // Read once in production; during development an edited asset is served (and versioned) as it is now.
  if (!asset || process.env.NODE_ENV === "development") {
    asset = readFile(path.join(EXTENSION_DIR, "assets", name)).then(
      (body) => ({
        body,
        type: name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
        version: createHash("sha256").update(body).digest("hex").slice(0, 12),
      }),
      () => null,
    );
    assets.set(name, asset);
  }
  return asset;
}

async function assetVersion(name: string): Promise<string> {
  return (await extensionAsset(name))?.version ?? "0";
}
