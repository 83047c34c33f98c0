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
 * Renders the theme app extension's "Order tracking" block outside Shopify: liquidjs with the extension's
 * snippets, its locale files for `| t`, the schema's defaults under the caller's settings, and the few
 * Shopify filters and tags the block uses. The app's own tracking page (for shops that have not placed
 * the block) serves this markup through the app proxy, so the page and the block cannot drift apart;
 * the demo's storefront and the end-to-end tests render the block the same way.
 *
 * The extension is read from `extensions/` under the working directory, where the app runs from (the
 * Shopify CLI deploys the extension from the same checkout).
 */
export const EXTENSION_DIR = path.resolve("extensions/parcelwise-tracking");
export const BLOCK_LOCALES = ["en", "de", "fr", "es", "it", "nl"] as const;
export type BlockLocale = (typeof BLOCK_LOCALES)[number];

export interface BlockSchema {
  settings?: Array<{ id?: string; default?: unknown }>;
  stylesheet?: string;
  javascript?: string;
}

export interface RenderBlockOptions {
  locale: BlockLocale;
  /** Block settings over the schema's defaults (colours, logo as `{ src, alt }`, status names …). */
  settings?: Record<string, unknown>;
  /** Attributes set on the <parcelwise-tracking> element (values are escaped here). */
  attributes?: Record<string, string>;
}

interface Loaded {
  engine: Liquid;
  template: Template[];
  schema: BlockSchema;
  strings: Map<BlockLocale, Record<string, unknown>>;
}

let loading: Promise<Loaded> | undefined;

/** Reads and parses the block once per process. */
function load(): Promise<Loaded> {
  loading ??= (async () => {
    const source = await readFile(path.join(EXTENSION_DIR, "blocks/order-tracking.liquid"), "utf8");
    const schema = JSON.parse(
      /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source)?.[1] ?? "{}",
    ) as BlockSchema;
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
    return { engine, template: engine.parse(source), schema, strings };
  })();
  return loading;
}

/** The block's schema (stylesheet and script names, settings with defaults). */
export async function blockSchema(): Promise<BlockSchema> {
  return (await load()).schema;
}

/** The block's HTML in one language, as Shopify would render it on a theme page. */
export async function renderTrackingBlock(options: RenderBlockOptions): Promise<string> {
  const { engine, template, schema } = await load();
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
    { globals: { pw_locale: options.locale } },
  )) as string;
  return options.attributes ? setElementAttributes(html, options.attributes) : html;
}

/** Sets (or replaces) attributes on the first <parcelwise-tracking> opening tag. */
function setElementAttributes(html: string, attributes: Record<string, string>): string {
  const open = /<parcelwise-tracking\b[^>]*>/.exec(html);
  if (!open) throw new Error("The block has no <parcelwise-tracking> element");
  let tag = open[0];
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = `${name}="${escapeHtml(value)}"`;
    const existing = new RegExp(`\\s${name}="[^"]*"`);
    tag = existing.test(tag)
      ? tag.replace(existing, () => ` ${attribute}`)
      : tag.replace("<parcelwise-tracking", () => `<parcelwise-tracking ${attribute}`);
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
