import { describe, expect, it } from "vitest";
import { EXCEPTION_KINDS } from "~/admin/dashboard/exception-kinds";
import {
  CARRIERS,
  carrierChecklist,
  carrierContact,
  GENERAL_STEPS,
  type Localized,
} from "~/admin/exceptions/carriers";
import { ADMIN_LOCALES } from "~/admin/i18n";

/** Every text of the checklists, named for the failure message. */
function texts(): Array<[string, Localized]> {
  return [
    ...EXCEPTION_KINDS.flatMap((kind) =>
      GENERAL_STEPS[kind].map((step, i): [string, Localized] => [`${kind} step ${i + 1}`, step]),
    ),
    ...CARRIERS.flatMap((carrier) =>
      Object.entries(carrier.notes).map(([kind, note]): [string, Localized] => [
        `${carrier.id} ${kind}`,
        note,
      ]),
    ),
  ];
}

describe("contact the carrier: checklists", () => {
  it("names each carrier merchants ship with most, with an https page on the carrier's own site", () => {
    expect(CARRIERS.map((c) => c.id)).toEqual([
      "ups",
      "usps",
      "fedex",
      "dhl-express",
      "dhl-parcel",
      "dpd",
      "gls",
      "royal-mail",
      "postnl",
      "la-poste",
      "canada-post",
      "australia-post",
    ]);
    const ownDomain: Record<string, RegExp> = {
      ups: /(^|\.)ups\.com$/,
      usps: /(^|\.)usps\.com$/,
      fedex: /(^|\.)fedex\.com$/,
      "dhl-express": /(^|\.)dhl\.com$/,
      "dhl-parcel": /(^|\.)dhl\.de$/,
      dpd: /(^|\.)dpd\.com$/,
      gls: /(^|\.)gls-group\.com$/,
      "royal-mail": /(^|\.)royalmail\.com$/,
      postnl: /(^|\.)postnl\.nl$/,
      "la-poste": /(^|\.)laposte\.fr$/,
      "canada-post": /(^|\.)canadapost-postescanada\.ca$/,
      "australia-post": /(^|\.)auspost\.com\.au$/,
    };
    for (const carrier of CARRIERS) {
      for (const url of [carrier.contactUrl, carrier.claimsUrl].filter((u): u is string => u !== null)) {
        const parsed = new URL(url);
        expect({ id: carrier.id, protocol: parsed.protocol }).toEqual({ id: carrier.id, protocol: "https:" });
        expect(parsed.hostname, carrier.id).toMatch(ownDomain[carrier.id]);
      }
      expect(carrier.name.trim(), carrier.id).not.toBe("");
    }
  });

  it("has steps for every kind of problem, and every step and note in English and German", () => {
    for (const kind of EXCEPTION_KINDS) expect(GENERAL_STEPS[kind].length, kind).toBeGreaterThanOrEqual(3);
    for (const [name, text] of texts()) {
      for (const locale of ADMIN_LOCALES) expect(text[locale]?.trim(), `${name} (${locale})`).toBeTruthy();
      // Translated, not copied.
      expect(text.de, name).not.toBe(text.en);
    }
  });

  it("finds the carrier by the name on the fulfillment, and falls back to general steps", () => {
    const cases: Array<[string | null, string]> = [
      ["UPS", "ups"],
      ["ups", "ups"],
      ["USPS", "usps"],
      ["FedEx Ground", "fedex"],
      ["DHL Express", "dhl-express"],
      ["DHL Paket", "dhl-parcel"],
      ["DHL", "dhl-parcel"],
      ["DHL eCommerce", "other"],
      ["Deutsche Post", "dhl-parcel"],
      ["DPD UK", "dpd"],
      ["GLS", "gls"],
      ["Royal Mail", "royal-mail"],
      ["Parcelforce", "royal-mail"],
      ["PostNL", "postnl"],
      ["Colissimo", "la-poste"],
      ["La Poste", "la-poste"],
      ["Canada Post", "canada-post"],
      ["Australia Post", "australia-post"],
      ["Groupies Courier", "other"],
      ["", "other"],
      [null, "other"],
    ];
    for (const [name, id] of cases) expect({ name, id: carrierContact(name).id }).toEqual({ name, id });
  });

  it("gives the steps in the admin's language, the carrier's own advice last", () => {
    const de = carrierChecklist("USPS", "stalled", "de");
    expect(de.carrier.claimsUrl).toBe("https://www.usps.com/help/claims.htm");
    expect(de.steps).toEqual([...GENERAL_STEPS.stalled.map((s) => s.de), CARRIERS[1].notes.stalled!.de]);

    const generic = carrierChecklist("Groupies Courier", "attempted", "en");
    expect(generic.carrier.contactUrl).toBe("");
    expect(generic.steps).toEqual(GENERAL_STEPS.attempted.map((s) => s.en));
  });
});
