import { describe, expect, it } from "vitest";
import { chatCopy } from "~/chat/copy";
import { en } from "~/chat/copy/en";

/** Every language but English; English is the reference the others follow key for key. */
const LANGUAGES = ["de", "fr", "es", "it", "nl"] as const;

/**
 * Keys ("status.DELIVERED", …) whose text may legitimately equal the English one in a language. None
 * today; add an entry only with a reason.
 */
const SAME_AS_ENGLISH: Partial<Record<(typeof LANGUAGES)[number], string[]>> = {};

type Tree = { [key: string]: string | Tree };

/** Every string in the copy by its dotted path. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

const english = flatten(en);

describe("chatCopy", () => {
  it("returns the English copy for English", () => {
    expect(chatCopy("en")).toBe(en);
  });

  describe.each(LANGUAGES)("%s", (language) => {
    const copy = chatCopy(language);
    const strings = flatten(copy as Tree);

    it("is its own translation, not the English object", () => {
      expect(copy).not.toBe(en);
    });

    it("has exactly the English keys, nested ones included", () => {
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it.each([...english.keys()])("%s keeps the English placeholders", (key) => {
      expect(placeholders(strings.get(key) ?? "")).toEqual(placeholders(english.get(key) ?? ""));
    });

    it("has no empty strings and no braces other than placeholders", () => {
      for (const [key, text] of strings) {
        expect(text.trim(), key).not.toBe("");
        expect(text.replace(/\{\w+\}/g, ""), key).not.toMatch(/[{}]/);
      }
    });

    it("uses typographic apostrophes (’), never the straight one", () => {
      for (const [key, text] of strings) expect(text, key).not.toContain("'");
    });

    it("translates every string", () => {
      const allowed = new Set(SAME_AS_ENGLISH[language] ?? []);
      const untranslated = [...strings].filter(
        ([key, text]) => text === english.get(key) && !allowed.has(key),
      );
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });
  });
});
