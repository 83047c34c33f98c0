import { describe, expect, it } from "vitest";
import { LOCALES, MILESTONES } from "~/notifications/milestones";
import {
  formatDeliveryDate,
  formatDeliveryRange,
  MILESTONE_LABEL,
  resolveLocale,
  sampleVariables,
  statusLabel,
} from "~/notifications/templates/index.server";
import { SHIPMENT_STATUSES } from "~/shipments/status";

describe("resolveLocale", () => {
  it.each([
    ["de-CH", "fr", "de"],
    ["de_AT", null, "de"],
    ["FR-ca", "en", "fr"],
    ["es-419", null, "es"],
    ["nl", "de", "nl"],
    ["pt-BR", "it-IT", "it"],
    ["pt-BR", null, "en"],
    [null, "nl-BE", "nl"],
    [undefined, undefined, "en"],
    ["", "", "en"],
    ["  ", "ja", "en"],
  ] as const)("customer %j, shop %j → %s", (customer, shop, expected) => {
    expect(resolveLocale(customer, shop)).toBe(expected);
  });
});

describe("formatDeliveryDate", () => {
  const thursday = new Date("2026-11-26T12:00:00Z");

  it.each([
    ["en", "Thursday, November 26"],
    ["de", "Donnerstag, 26. November"],
    ["fr", "jeudi 26 novembre"],
    ["es", "jueves 26 de noviembre"],
    ["it", "giovedì 26 novembre"],
    ["nl", "donderdag 26 november"],
  ] as const)("writes a date the way %s sentences need it", (locale, expected) => {
    expect(formatDeliveryDate(thursday, locale, "Europe/Berlin")).toBe(expected);
  });

  it("uses the shopper's time zone for the day", () => {
    const lateEvening = new Date("2026-11-26T23:30:00Z");

    expect(formatDeliveryDate(lateEvening, "en", "Europe/Berlin")).toBe("Friday, November 27");
    expect(formatDeliveryDate(lateEvening, "en", "America/Los_Angeles")).toBe("Thursday, November 26");
  });

  it("falls back to UTC for an unknown time zone rather than failing the message", () => {
    expect(formatDeliveryDate(thursday, "en", "Mars/Olympus_Mons")).toBe("Thursday, November 26");
  });

  it("is empty when there is no date", () => {
    expect(formatDeliveryDate(null, "de", "Europe/Berlin")).toBe("");
    expect(formatDeliveryDate(new Date("not a date"), "de", "Europe/Berlin")).toBe("");
  });
});

describe("labels", () => {
  it.each(LOCALES)("names every shipment status in %s", (locale) => {
    for (const status of SHIPMENT_STATUSES) expect(statusLabel(status, locale)).not.toBe("");
  });

  it("translates the status a shopper reads", () => {
    expect(statusLabel("OUT_FOR_DELIVERY", "de")).toBe("In Zustellung");
    expect(statusLabel("OUT_FOR_DELIVERY", "fr")).toBe("En cours de livraison");
    expect(statusLabel("DELIVERED", "en")).toBe("Delivered");
  });

  it("gives every milestone an admin label", () => {
    expect(MILESTONES.map((m) => MILESTONE_LABEL[m])).toEqual([
      "Shipped",
      "In transit",
      "Out for delivery",
      "Delivery attempted",
      "Ready for pickup",
      "Delivered",
      "Delivery problem",
      "Delayed",
      "No tracking updates",
      "New delivery date",
    ]);
  });
});

describe("sampleVariables", () => {
  it("reads like a real order in the preview's language", () => {
    const sample = sampleVariables("fr");

    expect(sample.shop.name).toBe("Example Store");
    expect(sample.order.name).toBe("#1001");
    expect(sample.items).toHaveLength(2);
    expect(sample.shipment.carrier).toBe("DHL Express");
    expect(sample.shipment.status).toBe("En transit");
    expect(sample.estimated_delivery).toBe("jeudi 26 novembre");
    for (const url of [sample.tracking_page_url, sample.shipment.tracking_url, sample.unsubscribe_url]) {
      expect(url).toMatch(/^https:\/\//);
    }
  });
});

/** Intl puts thin spaces around a range's dash. */
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatDeliveryRange", () => {
  const tue = new Date("2026-11-24T12:00:00Z");
  const fri = new Date("2026-11-27T12:00:00Z");

  it("writes a range when the last day is another day, in the shopper's language", () => {
    expect(plain(formatDeliveryRange(tue, fri, "en", "UTC"))).toBe(
      "Tuesday, November 24 – Friday, November 27",
    );
    expect(plain(formatDeliveryRange(tue, fri, "de", "UTC"))).toBe("Dienstag, 24. – Freitag, 27. November");
  });

  it("writes one day when there is no end, the end is the same day there, or the end is before the start", () => {
    expect(formatDeliveryRange(tue, null, "en", "UTC")).toBe(formatDeliveryDate(tue, "en", "UTC"));
    expect(formatDeliveryRange(tue, new Date("2026-11-24T20:00:00Z"), "en", "UTC")).toBe(
      formatDeliveryDate(tue, "en", "UTC"),
    );
    expect(formatDeliveryRange(fri, tue, "en", "UTC")).toBe(formatDeliveryDate(fri, "en", "UTC"));
    expect(formatDeliveryRange(null, fri, "en", "UTC")).toBe("");
  });
});
