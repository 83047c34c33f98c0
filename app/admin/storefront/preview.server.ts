import {
  BLOCK_LOCALES,
  blockSchema,
  renderTrackingBlock,
  type BlockLocale,
} from "../../storefront/block-renderer.server";
import { extensionAsset } from "../../storefront/proxy-page.server";

/**
 * Parcelwise's own tracking page as a document for a sandboxed <iframe srcDoc>: the block's HTML (the
 * same render the app proxy serves) with the extension's stylesheet inlined. No script: the preview shows
 * the page before a search, and the sandbox would not run one anyway.
 */
export async function trackingPagePreview(
  settings: Record<string, unknown>,
  language: string,
): Promise<string> {
  const locale = (BLOCK_LOCALES as readonly string[]).includes(language) ? (language as BlockLocale) : "en";
  const schema = await blockSchema();
  const [html, css] = await Promise.all([
    renderTrackingBlock({ locale, settings }),
    schema.stylesheet ? extensionAsset(schema.stylesheet) : null,
  ]);
  // A stylesheet cannot end the <style> element it is inlined in.
  const style = (css?.body.toString("utf8") ?? "").replace(/<\/style/gi, "<\\/style");
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><base target="_blank">',
    "<style>body{margin:0;padding:1rem;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif}</style>",
    `<style>${style}</style>`,
    "</head>",
    `<body>${html}</body>`,
    "</html>",
  ].join("\n");
}
