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
import { escapeHtml } from "../notifications/templates/html";

/**
 * Renders the theme app extension's blocks outside Shopify: liquidjs with the extension's snippets, its
 * locale files for `| t`, the schema's defaults under the caller's settings, and the few Shopify filters
 * and tags the blocks use. The app's own tracking page (for shops that have not placed the "Order
 * tracking" block) serves that block's markup through the app proxy, so the page and the block cannot
 * drift apart; the demo's storefront and the end-to-end tests render the blocks (and the chat's app
 * embed) the same way.
 *
 * The extension is read from `extensions/` under the working directory, where the app runs from (the
 * Shopify CLI deploys the extension from the same checkout).
 */
export const EXTENSION_DIR = path.resolve("extensions/parcelwise-tracking");
export const BLOCK_LOCALES = ["en", "de", "fr", "es", "it", "nl"] as const;
export type BlockLocale = (typeof BLOCK_LOCALES)[number];
/** The "Order tracking" app block. */
export const TRACKING_BLOCK = "blocks/order-tracking.liquid";
/** The chat's app embed (`target: "body"`). */
export const CHAT_EMBED = "blocks/chat-embed.liquid";

export interface BlockSchema {
  target?: string;
  settings?: Array<{ id?: string; default?: unknown }>;
  stylesheet?: string;
  javascript?: string;
}

export interface RenderBlockOptions {
  locale: BlockLocale;
  /** Block settings over the schema's defaults (colours, logo as `{ src, alt }`, status names …). */
  settings?: Record<string, unknown>;
  /** Attributes set on the block's outermost <parcelwise-…> element (values are escaped here). */
  attributes?: Record<string, string>;
  /** Where `| asset_url` points (Shopify's CDN folder for the extension's assets); no trailing slash. */
  assetBase?: string;
}

interface Loaded {
  engine: Liquid;
  strings: Map<BlockLocale, Record<string, unknown>>;
}

interface LoadedBlock {
  template: Template[];
  schema: BlockSchema;
}

let loading: Promise<Loaded> | undefined;
const blocks = new Map<string, Promise<LoadedBlock>>();

/** Reads the locale files and sets up the engine once per process. */
function load(): Promise<Loaded> {
  loading ??= (async () => {
    const strings = new Map<BlockLocale, Record<string, unknown>>();
    for (const locale of BLOCK_LOCALES) {
      const file = locale === "en" ? "en.default.json" : `${locale}.json`;
      strings.set(
        locale,
        JSON.parse(await readFile(path.join(EXTENSION_DIR, "locales", file), "utf8")) as Record<
          string,
          unknown
        >,
      );
    }
    const engine = new Liquid({
      root: [path.join(EXTENSION_DIR, "snippets")],
      extname: ".liquid",
      strictFilters: true,
      cache: true,
    });
    engine.registerTag("schema", SkipTag("endschema"));
    engine.registerTag("style", StyleTag);
    // Shopify escapes translations unless their key ends in _html; named arguments arrive as [name, value].
    engine.registerFilter("t", function (this: { context: Context }, key: string, ...args: unknown[]) {
      const locale = this.context.getSync(["pw_locale"]) as BlockLocale;
      const text = translate(
        strings.get(locale) ?? {},
        key,
        Object.fromEntries(args as Array<[string, unknown]>),
      );
      return key.endsWith("_html") ? text : escapeHtml(text);
    });
    // Shopify's `json` writes <, > and & as \u escapes, so no value can end a <script> element.
    engine.registerFilter("json", (value: unknown) =>
      (JSON.stringify(value ?? null) ?? "null").replace(
        /[<>&\u2028\u2029]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      ),
    );
    engine.registerFilter("asset_url", function (this: { context: Context }, file: string) {
      const base = this.context.getSync(["pw_asset_base"]) as string | undefined;
      return `${base ?? ""}/${encodeURIComponent(String(file))}`;
    });
    engine.registerFilter("money", (cents: number) => (Number(cents) / 100).toFixed(2));
    engine.registerFilter("color_brightness", (hex: string) => {
      // #abc is #aabbcc; Shopify's own weights (W3C): 0.299 red, 0.587 green, 0.114 blue.
      const digits = String(hex).replace(/^#([\da-f])([\da-f])([\da-f])$/i, "#$1$1$2$2$3$3");
      const [r = 0, g = 0, b = 0] = (digits.match(/[\da-f]{2}/gi) ?? []).map((x) => parseInt(x, 16));
      return (r * 299 + g * 587 + b * 114) / 1000;
    });
    engine.registerFilter("image_url", (image: { src?: string } | null) => image?.src ?? "");
    engine.registerFilter("image_tag", (src: string, ...args: unknown[]) => {
      const named = Object.fromEntries(args as Array<[string, unknown]>);
      const attrs = [`src="${escapeHtml(src)}"`, 'alt=""'];
      for (const name of ["class", "loading"]) {
        if (typeof named[name] === "string") attrs.push(`${name}="${escapeHtml(named[name])}"`);
      }
      return `<img ${attrs.join(" ")}>`;
    });
    engine.registerFilter("font_face", () => "");
    return { engine, strings };
  })();
  return loading;
}

/** Reads and parses one block of the extension once per process (`file` as `blocks/<name>.liquid`). */
function loadBlock(file: string): Promise<LoadedBlock> {
  if (!/^blocks\/[\w-]+\.liquid$/.test(file)) throw new Error(`Not a block of the extension: ${file}`);
  let block = blocks.get(file);
  if (!block) {
    block = (async () => {
      const { engine } = await load();
      const source = await readFile(path.join(EXTENSION_DIR, file), "utf8");
      const schema = JSON.parse(
        /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source)?.[1] ?? "{}",
      ) as BlockSchema;
      return { template: engine.parse(source), schema };
    })();
    blocks.set(file, block);
  }
  return block;
}

/** A block's schema (stylesheet and script names, settings with defaults); by default the tracking block's. */
export async function blockSchema(file = TRACKING_BLOCK): Promise<BlockSchema> {
  return (await loadBlock(file)).schema;
}

/** The "Order tracking" block's HTML in one language, as Shopify would render it on a theme page. */
export function renderTrackingBlock(options: RenderBlockOptions): Promise<string> {
  return renderBlock(TRACKING_BLOCK, options);
}

/** Any block's (or app embed's) HTML in one language, as Shopify would render it on a theme page. */
export async function renderBlock(file: string, options: RenderBlockOptions): Promise<string> {
  const { engine } = await load();
  const { template, schema } = await loadBlock(file);
  const defaults = Object.fromEntries(
    (schema.settings ?? []).filter((s) => s.id).map((s) => [s.id, s.default ?? ""]),
  );
  // The language is a global, so snippets rendered with `{% render %}` (their own scope) see it too.
  const html = (await engine.render(
    template,
    {
      block: {
        id: "parcelwise",
        shopify_attributes: "",
        settings: {
          ...defaults,
          font: { family: "Assistant", fallback_families: "sans-serif", weight: 400, style: "normal" },
          continue_products: [],
          ...options.settings,
        },
      },
    },
    { globals: { pw_locale: options.locale, pw_asset_base: options.assetBase ?? "" } },
  )) as string;
  return options.attributes ? setElementAttributes(html, options.attributes) : html;
}

/** Sets (or replaces) attributes on the first <parcelwise-…> opening tag. */
function setElementAttributes(html: string, attributes: Record<string, string>): string {
  const open = /<(parcelwise-[\w-]+)\b[^>]*>/.exec(html);
  if (!open) throw new Error("The block has no <parcelwise-…> element");
  const element = `<${open[1]}`;
  let tag = open[0];
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = `${name}="${escapeHtml(value)}"`;
    const existing = new RegExp(`\\s${name}="[^"]*"`);
    tag = existing.test(tag)
      ? tag.replace(existing, () => ` ${attribute}`)
      : tag.replace(element, () => `${element} ${attribute}`);
  }
  return html.slice(0, open.index) + tag + html.slice(open.index + open[0].length);
}

function translate(strings: Record<string, unknown>, key: string, vars: Record<string, unknown>): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  if (typeof value !== "string") throw new Error(`Missing translation ${key}`);
  return value.replace(/{{\s*(\w+)\s*}}/g, (_m, name: string) => String(vars[name] ?? ""));
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
