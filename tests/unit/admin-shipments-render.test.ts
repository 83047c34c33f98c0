import { createElement, type ComponentType } from "react";
import { describe, expect, it } from "vitest";
import type { ShipmentDetail } from "~/admin/shipments/detail.server";
import type { ShipmentListPage } from "~/admin/shipments/list.server";
import { parseListParams } from "~/admin/shipments/params";
import { renderAdminPage } from "../helpers/render-admin";

const LIST: ShipmentListPage = {
  params: parseListParams(new URLSearchParams("status=IN_TRANSIT,DELAYED&late=1&shippedFrom=2026-11-01")),
  timeZone: "Europe/Berlin",
  rows: [
    {
      id: "s1",
      orderName: "#1001",
      customer: "Jon Snow",
      status: "DELAYED",
      late: true,
      carrier: "DHL Express",
      detectedCarrier: null,
      trackingNumber: "JD0001",
      moreTrackingNumbers: 1,
      destinationCity: "Berlin",
      destinationCountry: "DE",
      shippedAt: "2026-11-02T09:00:00.000Z",
      estimatedDeliveryAt: "2026-11-05T12:00:00.000Z",
      estimatedDeliveryLatestAt: "2026-11-05T12:00:00.000Z",
      deliveredAt: null,
      lastUpdateAt: "2026-11-04T23:30:00.000Z",
    },
    {
      id: "s2",
      orderName: "#1002",
      customer: "Arya Stark",
      status: "IN_TRANSIT",
      late: false,
      carrier: "Other",
      detectedCarrier: "Royal Mail",
      trackingNumber: "AB123456785GB",
      moreTrackingNumbers: 0,
      destinationCity: "London",
      destinationCountry: "GB",
      shippedAt: "2026-11-02T09:00:00.000Z",
      estimatedDeliveryAt: "2026-11-09T12:00:00.000Z",
      estimatedDeliveryLatestAt: "2026-11-12T12:00:00.000Z",
      deliveredAt: null,
      lastUpdateAt: "2026-11-03T10:00:00.000Z",
    },
  ],
  carriers: ["DHL Express", "UPS"],
  page: { hasNext: true, hasPrevious: false, startCursor: "1~s1", endCursor: "1~s1" },
  shopHasShipments: true,
};

const DETAIL: ShipmentDetail = {
  id: "s1",
  title: "#1001",
  orderAdminUrl: "shopify://admin/orders/5001",
  customer: "Jon Snow",
  timeZone: "Europe/Berlin",
  status: "EXCEPTION",
  statusAt: "2026-11-04T10:00:00.000Z",
  late: true,
  lateSince: "2026-11-06T00:00:00.000Z",
  stalledSince: null,
  shippedAt: "2026-11-02T09:00:00.000Z",
  deliveredAt: null,
  lastEventAt: "2026-11-04T10:00:00.000Z",
  estimatedDelivery: { earliest: "2026-11-05T12:00:00.000Z", latest: "2026-11-06T12:00:00.000Z" },
  estimateSource: { kind: "LEARNED", confidence: 0.856 },
  carrier: "Other",
  detectedCarrier: "UPS",
  tracking: [{ number: "1Z2345", url: "https://www.ups.com/track?tracknum=1Z2345" }],
  destination: { city: "Berlin", country: "DE" },
  items: [{ title: "Wool Socks", variantTitle: "M", sku: "WS-M", quantity: 2, imageUrl: null }],
  events: [
    {
      id: "e1",
      status: "EXCEPTION",
      message: "Refused by recipient",
      at: "2026-11-04T10:00:00.000Z",
      place: "Louisville, Kentucky, United States",
      timeZone: "America/New_York",
    },
  ],
  notifications: [
    {
      id: "n1",
      milestone: "EXCEPTION",
      channel: "email",
      status: "FAILED",
      recipient: "j•••@example.com",
      detail: "550 Mailbox does not exist",
      reason: null,
      attempts: 1,
      resent: true,
      at: "2026-11-04T10:05:00.000Z",
    },
    {
      id: "n2",
      milestone: "DELAYED",
      channel: "sms",
      status: "PENDING",
      recipient: "+49•••12",
      detail: "Quiet hours in Europe/Berlin",
      reason: { code: "QUIET_HOURS", params: { zone: "Europe/Berlin" } },
      attempts: 0,
      resent: false,
      at: "2026-11-04T21:05:00.000Z",
    },
  ],
  problem: { kind: "EXCEPTION", since: "2026-11-04T10:00:00.000Z", handled: false },
  handling: null,
  resendable: ["SHIPPED", "EXCEPTION"],
};

/** A page as the server renders it: one route below /app whose loader returns `data`. */
function render(locale: "en" | "de", path: string, id: string, data: object, Page: ComponentType) {
  const route = { id, path: path.slice(5).split("?")[0], loader: () => data, element: createElement(Page) };
  return renderAdminPage(locale, path, [route]);
}

async function renderList(locale: "en" | "de") {
  const { default: Page } = await import("~/routes/app.shipments._index");
  return render(
    locale,
    "/app/shipments?status=IN_TRANSIT,DELAYED&late=1",
    "routes/app.shipments._index",
    LIST,
    Page,
  );
}

async function renderDetail(locale: "en" | "de") {
  const { default: Page } = await import("~/routes/app.shipments.$id");
  return render(locale, "/app/shipments/s1", "routes/app.shipments.$id", DETAIL, Page);
}

describe("shipments pages, rendered on the server", () => {
  it("list: rows link to the shipment, filters show as pills, dates in the shop's zone", async () => {
    const html = await renderList("en");
    expect(html).toContain('href="/app/shipments/s1"');
    expect(html).toContain("Search by order, tracking number or customer email");
    expect(html).toContain("Status: In transit, Delayed");
    expect(html).toContain("Late only");
    expect(html).toContain("Shipped from Nov 1, 2026");
    expect(html).toContain("+1 more");
    // A learned range shows as a range; a carrier named from the tracking number says so
    expect(html).toMatch(/Nov 9\s–\s12, 2026/);
    expect(html).toMatch(/Royal Mail<\/span><span[^>]*>\(from tracking number\)/);
    // 23:30 UTC is the next day in Berlin
    expect(html).toMatch(/Nov 5, 2026, 12:30\sAM/);
    expect(html).not.toMatch(/shipments\.[a-zA-Z]/);
  });

  it("list and detail speak German when the admin does", async () => {
    const list = await renderList("de");
    expect(list).toContain("Nach Bestellung, Sendungsnummer oder Kunden-E-Mail suchen");
    expect(list).toContain("Status: Unterwegs, Verspätet");
    expect(list).not.toMatch(/shipments\.[a-zA-Z]/);
    const detail = await renderDetail("de");
    expect(detail).toContain("Sendungsverlauf");
    expect(detail).toContain("Bestellung in Shopify öffnen");
    expect(detail).toContain("Als erledigt markieren");
    expect(detail).toMatch(/86\s%\ssolcher Pakete kamen in diesem Zeitraum an/);
    expect(detail).toContain("Anhand der Sendungsnummer als UPS erkannt");
    // A held message's reason in the merchant's language, from its code
    expect(detail).toContain("Wegen Ruhezeiten zurückgehalten (Europe/Berlin)");
    expect(detail).not.toMatch(/shipments\.[a-zA-Z]/);
  });

  it("detail: the scan at its place's time, the order link for the admin, messages with outcome", async () => {
    const html = await renderDetail("en");
    expect(html).toContain("shopify://admin/orders/5001");
    expect(html).toContain('target="_top"');
    expect(html).toMatch(/Nov 4, 2026, 5:00\sAM EST/);
    expect(html).toMatch(/Nov 5\s–\s6, 2026/);
    expect(html).toContain("550 Mailbox does not exist");
    expect(html).toContain("Held for quiet hours (Europe/Berlin)");
    expect(html).toContain("Resent");
    expect(html).toContain("The carrier reported an exception");
    expect(html).toContain(
      "Learned from your own deliveries on this route: 86% of such parcels arrived in this window",
    );
    expect(html).toContain("Recognised as UPS from the tracking number");
    expect(html).not.toMatch(/shipments\.[a-zA-Z]/);
  });
});
