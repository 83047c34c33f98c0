import { describe, expect, it } from "vitest";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { seedOfflineSession } from "../helpers/db";
import { sessionToken } from "../helpers/session-token";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_APP_URL } from "../setup/test-env";

/** The admin home's loader, called as App Bridge calls it: with a session token in the header. */
async function loadHome(token: string) {
  const { loader } = await import("~/routes/app._index");
  return loader({
    request: new Request(`${TEST_APP_URL}/app`, { headers: { Authorization: `Bearer ${token}` } }),
    params: {},
    context: {},
  });
}

describe("admin home through authenticate.admin", () => {
  it("shows the shop's shipments by status, and those needing attention", async () => {
    await seedOfflineSession();
    const late = orderPayload();
    const fine = orderPayload();
    const lateFulfillment = fulfillmentPayload(late.id);
    await deliver("orders/create", late);
    await deliver("orders/create", fine);
    await deliver("fulfillments/create", lateFulfillment);
    await deliver("fulfillments/create", fulfillmentPayload(fine.id, { shipment_status: "delivered" }));
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(late.id, lateFulfillment.id, "attempted_delivery", "2026-11-04T12:00:00Z"),
    );
    await deliver("orders/create", orderPayload(), { shop: "other.myshopify.com" });

    const home = await loadHome(sessionToken(DEFAULT_SHOP));

    expect(home.states.total).toBe(2);
    expect(home.states.counts).toMatchObject({ ATTEMPTED_DELIVERY: 1, DELIVERED: 1, IN_TRANSIT: 0 });
    expect(home.exceptions.items.map((s) => [s.orderName, s.kind, s.status])).toEqual([
      [late.name, "attempted", "ATTEMPTED_DELIVERY"],
    ]);
  });

  it("refuses a session token signed with another secret", async () => {
    await seedOfflineSession();
    await expect(loadHome(sessionToken(DEFAULT_SHOP, { secret: "forged" }))).rejects.toMatchObject({
      status: 401,
    });
  });

  it("refuses an expired session token", async () => {
    await seedOfflineSession();
    await expect(loadHome(sessionToken(DEFAULT_SHOP, { expiresIn: -120 }))).rejects.toMatchObject({
      status: 401,
    });
  });
});
