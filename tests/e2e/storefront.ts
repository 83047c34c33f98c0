import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
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
import { call, proxyRequest } from "../helpers/app-proxy";
import { DEFAULT_SHOP } from "../helpers/webhooks";

const EXTENSION = path.resolve("extensions/parcelwise-tracking");

/**
 * A storefront for end-to-end tests, playing the two parts of Shopify the tracking block depends on:
 * - the theme: a page that renders the block's Liquid (liquidjs, the extension's locale files for `| t`,
 *   the block's schema defaults as `block.settings`, its stylesheet and deferred script as Shopify injects
 *   them), and serves the extension's assets;
 * - the app proxy: `/apps/parcelwise/*` is signed as Shopify signs it and handed to the app's proxy
 *   routes, in this process, on the test's database.
 */
export async function startStorefront(
  options: { shop?: string } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const shop = options.shop ?? DEFAULT_SHOP;
  const server: Server = createServer((req, res) => {
    handle(req.method ?? "GET", req.url ?? "/", req.headers["content-type"], req)
      .then(({ status, type, body, headers }) => {
        res.writeHead(status, { "Content-Type": type, ...headers }).end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { "Content-Type": "text/plain" }).end(String(error));
      });
  });

  async function handle(
    method: string,
    rawUrl: string,
    contentType: string | undefined,
    body: AsyncIterable<unknown>,
  ) {
    const url = new URL(rawUrl, "http://storefront.test");
    if (url.pathname === "/pages/track") {
      const locale = url.searchParams.get("locale") ?? "en";
      return { status: 200, type: "text/html; charset=utf-8", body: await renderPage(locale), headers: {} };
    }
    if (url.pathname.startsWith("/ext-assets/")) {
      const name = path.basename(url.pathname);
      const file = await readFile(path.join(EXTENSION, "assets", name));
      const type = name.endsWith(".js")
        ? "text/javascript"
        : name.endsWith(".css")
          ? "text/css"
          : "application/octet-stream";
      return { status: 200, type, body: file, headers: {} };
    }
    if (url.pathname.startsWith("/apps/parcelwise/")) {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      const rest = url.pathname.slice("/apps/parcelwise".length);
      const request = proxyRequest(rest, {
        shop,
        method,
        body: method === "GET" ? undefined : Buffer.concat(chunks),
        headers: contentType ? { "Content-Type": contentType } : {},
      });
      const response = await call(() => proxyRoute(rest, request));
      return {
        status: response.status,
        type: response.headers.get("content-type") ?? "application/json",
        body: Buffer.from(await response.arrayBuffer()),
        headers: Object.fromEntries([...response.headers.entries()].filter(([k]) => k !== "content-type")),
      };
    }
    return { status: 404, type: "text/plain", body: "Not found", headers: {} };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function proxyRoute(rest: string, request: Request): Promise<Response> {
  const track = /^\/track\/([^/]+)$/.exec(rest);
  if (track) {
    const { loader } = await import("~/routes/proxy.track.$token");
    return loader({ request, params: { token: track[1] }, context: {} });
  }
  if (rest === "/lookup") {
    const { action } = await import("~/routes/proxy.lookup");
    return action({ request, params: {}, context: {} });
  }
  if (rest === "/tracking") {
    const route = (await import("~/routes/proxy.tracking" as string)) as {
      action: (args: { request: Request; params: object; context: object }) => Promise<Response>;
    };
    return route.action({ request, params: {}, context: {} });
  }
  return new Response("Not found", { status: 404 });
}

/** The theme's page: the block rendered as Shopify would, inside a minimal layout. */
async function renderPage(locale: string): Promise<string> {
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
<title>Track your order</title>${schema.stylesheet ? `<link rel="stylesheet" href="/ext-assets/${schema.stylesheet}">` : ""}
${schema.javascript ? `<script src="/ext-assets/${schema.javascript}" defer></script>` : ""}
</head><body style="margin:0;font-family:system-ui,sans-serif"><header style="padding:2rem;background:#eee">Parcelwise Test Shop</header>
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
