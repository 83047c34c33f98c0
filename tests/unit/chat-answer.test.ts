import { describe, expect, it } from "vitest";
import { orderStatusAnswer, type AnswerContext, type OrderFacts } from "~/chat/answer";
import { chatCopy } from "~/chat/copy";
import type { ChatLanguage } from "~/chat/understand";
import type { ShipmentView } from "~/storefront/tracking-view.server";

// Sunday 22 November 2026, noon in Berlin.
const NOW = new Date("2026-11-22T11:00:00Z");

function context(language: ChatLanguage): AnswerContext {
  return {
    copy: chatCopy(language),
    language,
    timeZone: "Europe/Berlin",
    now: NOW,
    processingDays: 2,
    stallDays: 5,
  };
}

function parcel(estimate: { earliest: string; latest: string } | null, late = false): ShipmentView {
  return {
    status: late ? "DELAYED" : "IN_TRANSIT",
    progress: 1,
    statusAt: "2026-11-21T09:00:00Z",
    estimatedDeliveryAt: estimate?.earliest ?? null,
    estimatedDelivery: estimate,
    late,
    deliveredAt: null,
    carrier: "DHL Express",
    trackingNumbers: [],
    trackingUrls: [],
    events: [],
    destination: { city: "Berlin", country: "DE" },
    items: [],
  };
}

function answer(shipment: ShipmentView, language: ChatLanguage = "en"): string {
  const order: OrderFacts = { name: "#1001", placedAt: null, cancelledAt: null, shipments: [shipment] };
  return orderStatusAnswer(order, context(language)).reply;
}

describe("chat: when it should arrive", () => {
  it("names one day for a single-day estimate", () => {
    const reply = answer(parcel({ earliest: "2026-11-25T10:00:00Z", latest: "2026-11-25T10:00:00Z" }));
    expect(reply).toContain("It should arrive on Wednesday, November 25.");
  });

  it("names both ends of a learned range, not only its first day", () => {
    const reply = answer(parcel({ earliest: "2026-11-24T10:00:00Z", latest: "2026-11-27T10:00:00Z" }));
    expect(reply).toContain("It should arrive between Tuesday, November 24 and Friday, November 27.");
  });

  it("says it in the shopper's language", () => {
    const range = { earliest: "2026-11-24T10:00:00Z", latest: "2026-11-27T10:00:00Z" };
    expect(answer(parcel(range), "de")).toContain(
      "Es kommt voraussichtlich zwischen Dienstag, 24. November und Freitag, 27. November an.",
    );
    expect(answer(parcel(range), "fr")).toContain(
      "Il devrait arriver entre le mardi 24 novembre et le vendredi 27 novembre.",
    );
  });

  it("starts a range whose first day has passed today, and is not late before its last day", () => {
    const reply = answer(parcel({ earliest: "2026-11-20T10:00:00Z", latest: "2026-11-24T10:00:00Z" }));
    expect(reply).toContain("It should arrive between Sunday, November 22 and Tuesday, November 24.");
    expect(reply).not.toMatch(/sorry/i);
  });

  it("a range that ends today reads as today", () => {
    const reply = answer(parcel({ earliest: "2026-11-19T10:00:00Z", latest: "2026-11-22T18:00:00Z" }));
    expect(reply).toContain("It should arrive on Sunday, November 22.");
  });

  it("late with a new range: apologises for the delay, then gives the new range", () => {
    const late = parcel({ earliest: "2026-11-25T10:00:00Z", latest: "2026-11-26T10:00:00Z" }, true);
    late.status = "IN_TRANSIT";
    const reply = answer(late);
    expect(reply).toContain("Sorry for the wait: the carrier reported a delay.");
    expect(reply).not.toContain("expected by");
    expect(reply).toContain("It should now arrive between Wednesday, November 25 and Thursday, November 26.");
  });

  it("late past the end of its range: says by when it was expected", () => {
    const late = parcel({ earliest: "2026-11-18T10:00:00Z", latest: "2026-11-20T10:00:00Z" }, true);
    late.status = "IN_TRANSIT";
    expect(answer(late)).toContain("Sorry for the wait: it was expected by Friday, November 20.");
  });

  it("says nothing about arrival once the estimate has passed, and nothing without one", () => {
    expect(answer(parcel({ earliest: "2026-11-18T10:00:00Z", latest: "2026-11-20T10:00:00Z" }))).not.toMatch(
      /arrive/,
    );
    expect(answer(parcel(null))).not.toMatch(/arrive/);
  });
});
