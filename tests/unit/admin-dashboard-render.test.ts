import { createElement } from "react";
import { describe, expect, it } from "vitest";
import type { Dashboard } from "~/admin/dashboard/dashboard.server";
import { renderAdminPage } from "../helpers/render-admin";

const DASHBOARD: Dashboard = {
  period: 30,
  timeZone: "Europe/Berlin",
  states: {
    counts: {
      PENDING: 3,
      IN_TRANSIT: 40,
      DELAYED: 2,
      OUT_FOR_DELIVERY: 5,
      ATTEMPTED_DELIVERY: 1,
      READY_FOR_PICKUP: 0,
      EXCEPTION: 1,
      DELIVERED: 120,
      CANCELLED: 0,
    },
    total: 172,
  },
  exceptions: {
    counts: { exception: 1, attempted: 1, notPickedUp: 0, late: 2, stalled: 0 },
    total: 4,
    items: [
      {
        id: "s1",
        kind: "exception",
        orderName: "#1001",
        carrier: "DHL Express",
        trackingNumber: "JD0001",
        status: "EXCEPTION",
        since: "2026-11-20T10:00:00.000Z",
        estimatedDeliveryAt: null,
      },
      {
        id: "s2",
        kind: "late",
        orderName: "#1002",
        carrier: "UPS",
        trackingNumber: "1Z0002",
        status: "IN_TRANSIT",
        since: "2026-11-21T00:00:00.000Z",
        estimatedDeliveryAt: "2026-11-19T12:00:00.000Z",
      },
    ],
  },
  notifications: {
    totals: { sent: 30, failed: 2, pending: 1, skipped: 0 },
    byChannel: [{ channel: "email", sent: 30, failed: 2 }],
    byMilestone: [
      { milestone: "SHIPPED", sent: { email: 20, sms: 0, whatsapp: 0, klaviyo: 0 }, failed: 1 },
      { milestone: "DELIVERED", sent: { email: 10, sms: 0, whatsapp: 0, klaviyo: 0 }, failed: 1 },
    ],
  },
  wismo: {
    orders: 80,
    conversations: 12,
    wismoQuestions: 9,
    deflected: 6,
    escalated: 2,
    deflectedPer100Orders: 7.5,
  },
  performance: {
    overall: {
      key: "",
      delivered: 120,
      medianDays: 3.2,
      meanDays: 3.6,
      withEstimate: 100,
      onTime: 91,
      onTimeRate: 0.91,
    },
    byCarrier: [
      {
        key: "UPS",
        delivered: 80,
        medianDays: 3,
        meanDays: 3.4,
        withEstimate: 70,
        onTime: 65,
        onTimeRate: 65 / 70,
      },
    ],
    byCountry: [
      {
        key: "DE",
        delivered: 120,
        medianDays: 3.2,
        meanDays: 3.6,
        withEstimate: 100,
        onTime: 91,
        onTimeRate: 0.91,
      },
    ],
  },
};

/** The home as the server renders it: inside the app layout's data (the admin's language) and Polaris. */
async function render(locale: "en" | "de") {
  const { default: Home } = await import("~/routes/app._index");
  return renderAdminPage(locale, `/app?period=30&locale=${locale}`, [
    { id: "routes/app._index", index: true, loader: () => DASHBOARD, element: createElement(Home) },
  ]);
}

describe("admin home, rendered on the server", () => {
  it("shows what needs attention with links, the figures, and chart placeholders of fixed height", async () => {
    const html = await render("en");

    expect(html).toContain("Needs attention");
    expect(html).toContain('href="/app/shipments/s1"');
    expect(html).toContain('href="/app/exceptions?kind=late"');
    expect(html).toContain("Expected Nov 19, 2026");
    expect(html).toContain("7.5");
    expect(html).toContain("91%");
    expect(html).toMatch(/<th[^>]*scope="row">UPS<\/th>/);
    // The charts are drawn in the browser only: the server sends their box, at its final height
    expect(html).toMatch(
      /<div style="height:\d+px;position:relative" role="figure" aria-label="Sent by milestone/,
    );
    expect(html).not.toMatch(/dashboard\.[a-zA-Z]/);
  });

  it("speaks German when the admin does", async () => {
    const html = await render("de");

    expect(html).toContain("Handlungsbedarf");
    expect(html).toContain("Lieferleistung");
    expect(html).toMatch(/Median 3,2 Tage, pünktlich 91\s%/);
    expect(html).toContain("Erwartet am 19.11.2026");
    expect(html).not.toMatch(/dashboard\.[a-zA-Z]/);
  });
});
