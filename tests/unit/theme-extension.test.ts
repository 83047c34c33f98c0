import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BLOCK_LOCALES, CHAT_EMBED, renderBlock } from "~/storefront/block-renderer.server";

const ROOT = "extensions/parcelwise-tracking";
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const list = (dir: string) => readdirSync(path.join(ROOT, dir)).map((name) => `${dir}/${name}`);
const liquidFiles = [...list("blocks"), ...list("snippets")].filter((f) => f.endsWith(".liquid"));
/** What the extension ships: the minified builds of app/storefront/assets/*.js. */
const shipped = (name: string) => ({
  name,
  script: read(`assets/${name}`),
  source: readFileSync(`app/storefront/assets/${name}`, "utf8"),
});
const tracking = shipped("order-tracking.js");
const chat = shipped("chat.js");
const launcher = shipped("chat-launcher.js");

type Tree = { [key: string]: string | Tree };

/** Every leaf of a locale file as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

const locale = (file: string) => flatten(JSON.parse(read(`locales/${file}`)) as Tree);
const storefrontLocales = list("locales")
  .map((f) => path.basename(f))
  .filter((f) => !f.includes(".schema."));
const schemaLocales = list("locales")
  .map((f) => path.basename(f))
  .filter((f) => f.includes(".schema."));
const english = locale("en.default.json");
const englishSchema = locale("en.default.schema.json");
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("theme extension locales", () => {
  it("ships the six storefront languages", () => {
    expect(storefrontLocales.sort()).toEqual(
      ["de.json", "en.default.json", "es.json", "fr.json", "it.json", "nl.json"].sort(),
    );
  });

  it.each(storefrontLocales)("%s has exactly the keys and placeholders of en.default.json", (file) => {
    const strings = locale(file);
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of strings) {
      expect(text.trim(), `${file} ${key}`).not.toBe("");
      expect(placeholders(text), `${file} ${key}`).toEqual(placeholders(english.get(key)!));
    }
  });

  it.each(schemaLocales)("%s has exactly the keys of en.default.schema.json", (file) => {
    expect([...locale(file).keys()].sort()).toEqual([...englishSchema.keys()].sort());
  });

  it("avoids the characters `| t` would HTML-escape, so the script's JSON copy reads as written", () => {
    // Keys ending in _html are output as HTML by Shopify and never reach the script.
    const escaped = storefrontLocales.flatMap((file) =>
      [...locale(file)]
        .filter(([key, text]) => !key.endsWith("_html") && /['"&<>]/.test(text))
        .map(([key]) => `${file} ${key}`),
    );
    expect(escaped).toEqual([]);
  });

  it("keeps each locale file within Shopify's 15 KB for theme app extensions", () => {
    for (const file of list("locales"))
      expect(statSync(path.join(ROOT, file)).size).toBeLessThanOrEqual(15_000);
  });
});

describe("theme extension Liquid", () => {
  it("translates every key it uses, and every t: key of its schema", () => {
    for (const file of liquidFiles) {
      const source = read(file);
      for (const [, key] of source.matchAll(/'([\w.]+)'\s*\|\s*t\b/g)) {
        expect(english.has(key), `${file}: ${key}`).toBe(true);
      }
      for (const [, key] of source.matchAll(/"t:([\w.]+)"/g)) {
        expect(englishSchema.has(key), `${file}: t:${key}`).toBe(true);
      }
    }
  });

  it("gives the script every string it reads", () => {
    // The JSON the strings snippet renders, with each Liquid output standing in as a string.
    const json = read("snippets/parcelwise-strings.liquid").match(
      /<script[^>]*data-pw-i18n>([\s\S]*?)<\/script>/,
    )![1];
    const strings = JSON.parse(json.replace(/\{\{.*?\}\}/g, '"x"')) as Tree;
    const used = [...tracking.source.matchAll(/\bt\.(\w+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(strings, key).toHaveProperty(key);
    for (const name of ["orderNumber", "contact", "trackingNumber", "404order", "404tracking", "404link"]) {
      expect(strings.errors).toHaveProperty(name);
    }
  });

  it("gives the chat every string it reads", () => {
    const json = read("snippets/parcelwise-chat-strings.liquid").match(
      /<script[^>]*data-pwc-i18n>([\s\S]*?)<\/script>/,
    )![1];
    const strings = JSON.parse(json.replace(/\{\{.*?\}\}/g, '"x"')) as Tree;
    const used = [...chat.source.matchAll(/\bt\.(\w+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    // Read by name: a message's speaker, the verification fields with their hints, errors by status.
    const dynamic = ["you", "assistant", "orderNumber", "orderNumberHint", "contact", "contactHint"];
    for (const key of [...used, ...dynamic]) expect(strings, key).toHaveProperty(key);
    for (const name of ["orderNumber", "contact", "400", "401", "404", "413", "429", "generic"]) {
      expect(strings.errors).toHaveProperty(name);
    }
  });

  it("makes the chat an app embed whose only script is the launcher, and its panel's assets links", () => {
    const source = read("blocks/chat-embed.liquid");
    const schema = JSON.parse(/\{% schema %\}([\s\S]*?)\{% endschema %\}/.exec(source)![1]) as {
      target: string;
      javascript: string;
      stylesheet?: string;
    };
    expect(schema.target).toBe("body");
    expect(schema.javascript).toBe("chat-launcher.js");
    expect(schema.stylesheet).toBeUndefined();
    expect(source).toContain("{{ 'chat.js' | asset_url }}");
    expect(source).toContain("{{ 'chat.css' | asset_url }}");
  });

  it("opens each snippet with a Renders / Accepts / Usage comment", () => {
    for (const file of list("snippets")) {
      const head = read(file).slice(0, 2000);
      expect(head, file).toMatch(/^\{%-? comment -?%\}\s+Renders:[\s\S]*Accepts:[\s\S]*Usage:/);
    }
  });

  it("stays well within Shopify's 100 KB of Liquid per extension", () => {
    const total = liquidFiles.reduce((sum, file) => sum + statSync(path.join(ROOT, file)).size, 0);
    expect(total).toBeLessThanOrEqual(100_000);
  });
});

describe("the chat embed, rendered", () => {
  it.each(BLOCK_LOCALES)(
    "is the launcher and the chat's copy as JSON (%s), a merchant's greeting kept as text",
    async (language) => {
      const greeting = `Hi </script><img src=x onerror=alert(1)> & “welcome”`;
      const html = await renderBlock(CHAT_EMBED, {
        locale: language,
        assetBase: "/cdn/assets",
        settings: { greeting },
      });
      expect(html).toContain('data-script="/cdn/assets/chat.js"');
      expect(html).toContain('data-stylesheet="/cdn/assets/chat.css"');
      expect(html.match(/<button/g)).toHaveLength(1);
      expect(html).toMatch(/<button[^>]*style="[^"]*position: fixed;[^"]*width: 56px; height: 56px;/);
      expect(html).not.toContain("<img");
      const json = /<script type="application\/json" data-pwc-i18n>([\s\S]*?)<\/script>/.exec(html)![1];
      const strings = JSON.parse(json) as {
        greeting: string;
        quick: string[];
        status: Record<string, string>;
      };
      expect(strings.greeting).toBe(greeting);
      expect(strings.quick).toHaveLength(3);
      expect(Object.values(strings.status).every((name) => name.length > 0)).toBe(true);
    },
  );
});

describe.each([tracking, chat, launcher])("theme extension script $name", ({ script, source }) => {
  it("is small: at most 10 KB gzipped, and under theme-check's 10,000 bytes uncompressed", () => {
    expect(gzipSync(script).length).toBeLessThanOrEqual(10 * 1024);
    // AssetSizeAppBlockJavaScript measures the file as it is on disk.
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(10_000);
  });

  it("never turns text into HTML", () => {
    for (const code of [source, script]) {
      expect(code).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/,
      );
    }
  });

  it("is a custom element guarded against being defined twice", () => {
    const element = /customElements\.define\(\s*"([\w-]+)"/.exec(source)![1];
    const guard = `customElements.get("${element}")`;
    expect(source).toContain(`if (!${guard}) {`);
    // Minified, the guard is `if(!…){` or `…||customElements.define(…)`.
    expect(script.includes(`if(!${guard}){`) || script.includes(`${guard}||customElements.define(`)).toBe(
      true,
    );
    expect(script).toContain(`customElements.define("${element}"`);
  });
});

describe("the chat launcher", () => {
  it("is all a page loads for the chat until it is opened: at most 3 KB gzipped, ideally about 1 KB", () => {
    expect(gzipSync(launcher.script).length).toBeLessThanOrEqual(3 * 1024);
  });
});
