import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translate, type AdminKey } from "~/admin/i18n";
import { de } from "~/admin/locales/de";
import { en } from "~/admin/locales/en";
import { reasonText } from "~/admin/notifications/reasons";

const german = (key: AdminKey, vars?: Record<string, string | number>) => translate(de, key, vars);
const english = (key: AdminKey, vars?: Record<string, string | number>) => translate(en, key, vars);

/** Every reason the dispatcher writes as a plain string literal: skip("…"), return "…", reason: "…". */
function literalReasons(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const found = [
    ...source.matchAll(/skip\(\s*"([^"]+)"/g),
    ...source.matchAll(/return "([A-Z][^"]+)";/g),
    ...source.matchAll(/reason: "([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(found)];
}

describe("why a message was skipped or held, in the merchant's language", () => {
  const literals = [
    ...literalReasons("app/notifications/prepare.server.ts"),
    ...literalReasons("app/notifications/staleness.ts"),
    ...literalReasons("app/notifications/dispatch.server.ts"),
  ];
  // The ones built from values, as the dispatcher writes them.
  const built = [
    "SMS is not set up",
    "WhatsApp is not set up",
    "Quiet hours in Europe/Berlin",
    "Frequency cap: 3 messages for this shipment in 24 hours",
    "The parcel moved on (now out for delivery)",
  ];

  it("finds the dispatcher's reasons to check", () => {
    expect(literals.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...literals, ...built])("%s", (reason) => {
    const inGerman = reasonText(reason, german);
    expect(inGerman).not.toBe(reason);
    expect(inGerman).not.toMatch(/^reasons\./);
    expect(inGerman).not.toMatch(/\{\w+\}/);
    expect(reasonText(reason, english)).not.toMatch(/^reasons\./);
  });

  it("fills the values in, naming the status as the admin does", () => {
    expect(reasonText("The parcel moved on (now out for delivery)", german)).toBe(
      "Das Paket ist weiter (jetzt In Zustellung)",
    );
    expect(reasonText("Quiet hours in Europe/Berlin", german)).toBe(
      "Wegen Ruhezeiten zurückgehalten (Europe/Berlin)",
    );
  });

  it("shows a provider's own error as it came", () => {
    expect(reasonText("550 5.1.1 no such user", german)).toBe("550 5.1.1 no such user");
    expect(reasonText(null, german)).toBe("");
  });
});
