import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  Liquid,
  Tag,
  type Context,
  type Emitter,
  type TagToken,
  type Template,
  type TopLevelToken,
} from "liquidjs";

const EXTENSION = path.resolve("extensions/parcelwise-tracking");

/**
 * The storefront side of the theme app extension, for the demo and the end-to-end tests: renders the
 * "Order tracking" block's Liquid as a theme page would (liquidjs with the extension's snippets and
 * locale files for `| t`, the schema's defaults as `block.settings`, the block's stylesheet and deferred
 * script as Shopify injects them) and serves the extension's assets from `assetBase`.
 */
export async function readExtensionAsset(name: string): Promise<{ body: Buffer; type: string }> {
  const file = path.basename(name);
  const body = await readFile(path.join(EXTENSION, "assets", file));
  const type = file.endsWith(".js")
    ? "text/javascript"
    : file.endsWith(".css")
      ? "text/css"
      : "application/octet-stream";
  return { body, type };
}

/** The theme's page: the block rendered as Shopify would, inside a minimal layout. */
export async function renderTrackingPage(
  locale: string,
  assetBase = "/ext-assets",
  shopName = "Parcelwise Test Shop",
): Promise<string> {
  const source = await readFile(path.join(EXTENSION, "blocks/order-tracking.liquid"), "utf8");
  const schema = JSON.parse(
    /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source)?.[1] ?? "{}",
  ) as {
    settings?: Array<{ id?: string; default?: unknown }>;
    stylesheet?: string;
    javascript?: string;
  };
  const strings = await loadLocale(locale);
  const engine = new Liquid({
    root: [path.join(EXTENSION, "snippets")],
    extname: ".liquid",
    strictFilters: true,
  });
  engine.registerTag("schema", SkipTag("endschema"));
  engine.registerTag("style", StyleTag);
  // Shopify escapes translations unless their key ends in _html; named arguments arrive as [name, value].
  engine.registerFilter("t", (key: string, ...args: Array<[string, unknown]>) => {
    const text = translate(strings, key, Object.fromEntries(args));
    return key.endsWith("_html") ? text : escapeHtml(text);
  });
  engine.registerFilter("money", (cents: number) => `€${(cents / 100).toFixed(2)}`);
  engine.registerFilter("color_brightness", (hex: string) => {
    const [r, g, b] = (hex.match(/\w\w/g) ?? ["0", "0", "0"]).map((x) => parseInt(x, 16));
    return (r * 299 + g * 587 + b * 114) / 1000;
  });
  engine.registerFilter("image_url", (image: { src?: string } | null) => image?.src ?? "");
  engine.registerFilter("image_tag", (src: string) => `<img src="${src}" width="600" height="600" alt="">`);
  engine.registerFilter("font_face", () => "");
  const settings = Object.fromEntries(
    (schema.settings ?? []).filter((s) => s.id).map((s) => [s.id, s.default ?? ""]),
  );
  const html = await engine.parseAndRender(source, {
    block: {
      id: "AbC123",
      shopify_attributes: "",
      settings: {
        ...settings,
        font: { family: "Assistant", fallback_families: "sans-serif", weight: 400, style: "normal" },
        continue_products: [],
      },
    },
  });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Track your order</title>${schema.stylesheet ? `<link rel="stylesheet" href="${assetBase}/${schema.stylesheet}">` : ""}
${schema.javascript ? `<script src="${assetBase}/${schema.javascript}" defer></script>` : ""}
</head><body style="margin:0;font-family:system-ui,sans-serif"><header style="padding:2rem;background:#eee">${shopName}</header>
<main>${html}</main><footer style="padding:2rem;background:#eee">Footer</footer></body></html>`;
}

async function loadLocale(locale: string): Promise<Record<string, unknown>> {
  const file = locale === "en" ? "en.default.json" : `${locale}.json`;
  return JSON.parse(await readFile(path.join(EXTENSION, "locales", file), "utf8")) as Record<string, unknown>;
}

function translate(strings: Record<string, unknown>, key: string, vars: Record<string, unknown>): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  if (typeof value !== "string") throw new Error(`Missing translation ${key}`);
  return value.replace(/{{\s*(\w+)\s*}}/g, (_m, name: string) => String(vars[name] ?? ""));
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

/** A block tag Shopify reads and does not render (`{% schema %}`). */
function SkipTag(end: string) {
  return class extends Tag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const stream = liquid.parser.parseStream(remain);
      stream.on(`tag:${end}`, () => stream.stop()).on("template", () => undefined);
      stream.start();
    }
    *render(): Generator<unknown, void, unknown> {}
  };
}

/** `{% style %}…{% endstyle %}`: Shopify's tag for a <style> element whose Liquid is rendered. */
class StyleTag extends Tag {
  private templates: Template[] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const stream = liquid.parser.parseStream(remain);
    stream
      .on("tag:endstyle", () => stream.stop())
      .on("template", (template: Template) => this.templates.push(template))
      .on("end", () => {
        throw new Error("{% style %} is not closed");
      });
    stream.start();
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    emitter.write("<style>");
    yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
    emitter.write("</style>");
  }
}
