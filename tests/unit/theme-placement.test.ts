import { describe, expect, it } from "vitest";
import { appBlockHandle, findPlacements, parseThemeJson } from "~/admin/storefront/theme-placement";

const type = (handle: string, app = "parcelwise") => `shopify://apps/${app}/blocks/${handle}/9c1e2f3a-4b5c`;

describe("where the extension's blocks sit in a theme", () => {
  it("reads Shopify's generated JSON, comment notice and all, without touching // inside strings", () => {
    const text = `/*\n * IMPORTANT: auto-generated\n */\n{ "logo": "https://cdn.example/logo.png", "n": 1 } // trailing`;
    expect(parseThemeJson(text)).toEqual({ logo: "https://cdn.example/logo.png", n: 1 });
    expect(parseThemeJson("{ not json")).toBeUndefined();
  });

  it("names an app block by its handle, and nothing else", () => {
    expect(appBlockHandle(type("order-tracking"))).toBe("order-tracking");
    expect(appBlockHandle("image-banner")).toBeNull();
    expect(appBlockHandle(undefined)).toBeNull();
  });

  it("finds the block nested in a theme block, but not a hidden one", () => {
    const nested = {
      sections: {
        main: {
          type: "section",
          blocks: { group: { type: "group", blocks: { t: { type: type("order-tracking") } } } },
        },
      },
    };
    const hidden = {
      sections: { main: { type: "apps", blocks: { t: { type: type("order-tracking"), disabled: true } } } },
    };
    const placements = findPlacements([
      { filename: "templates/page.json", content: JSON.stringify(nested) },
      { filename: "templates/page.faq.json", content: JSON.stringify(hidden) },
      { filename: "templates/page.broken.json", content: null },
    ]);
    expect(placements).toEqual({
      blockFiles: ["templates/page.json"],
      embed: null,
      unreadable: ["templates/page.broken.json"],
    });
  });

  it("reads the chat embed from the preset an older theme names as current", () => {
    const settings = {
      current: "Default",
      presets: { Default: { blocks: { "1": { type: type("chat-embed"), disabled: false } } } },
    };
    expect(
      findPlacements([{ filename: "config/settings_data.json", content: JSON.stringify(settings) }]).embed,
    ).toBe("enabled");
  });
});
