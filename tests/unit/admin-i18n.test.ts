import { describe, expect, it } from "vitest";
import { adminLocale, adminMessages, translate, ADMIN_LOCALES } from "~/admin/i18n";

/** Every string of a nested messages object, by dotted key. */
function flatten(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("admin copy", () => {
  const english = flatten(adminMessages("en"));

  for (const locale of ADMIN_LOCALES.filter((l) => l !== "en")) {
    it(`${locale} has every English key, with the same placeholders, and nothing empty`, () => {
      const translated = flatten(adminMessages(locale));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of translated) {
        expect(text.trim(), key).not.toBe("");
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
      }
    });
  }

  it("follows the merchant's admin language, English otherwise", () => {
    expect(adminLocale("de")).toBe("de");
    expect(adminLocale("de-CH")).toBe("de");
    expect(adminLocale("pt-BR")).toBe("en");
    expect(adminLocale(null)).toBe("en");
  });

  it("fills placeholders and shows a missing key as itself", () => {
    expect(translate(adminMessages("de"), "nav.shipments")).toBe("Sendungen");
    expect(translate(adminMessages("en"), "nav.nothing" as "nav.home")).toBe("nav.nothing");
  });
});
