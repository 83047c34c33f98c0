import { describe, expect, it } from "vitest";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { orderByShopifyId, shipmentByShopifyId, testDb } from "../helpers/db";
import { deliver } from "../helpers/webhooks";

describe("order and fulfillment webhooks", () => {
  it("orders/create stores the order with its customer and items", async () => {
    // Given a new order
    const order = orderPayload();
    // When Shopify delivers orders/create
    const response = await deliver("orders/create", order);
    // Then it is acknowledged and stored for the shop that sent it
    expect(response).toEqual({ status: 200, body: { ok: true, duplicate: false } });
    const stored = await orderByShopifyId(order.id);
    expect(stored).toMatchObject({
      name: order.name,
      email: "jon@example.com",
      customerFirstName: "Jon",
      customerLocale: "de",
      shippingCity: "Shippington",
      shippingCountryCode: "US",
    });
    expect(JSON.parse(stored!.lineItems)).toEqual([
      expect.objectContaining({ title: "IPod Nano - 8GB", quantity: 1, sku: "IPOD2008PINK" }),
    ]);
  });

  it("orders/updated and orders/cancelled update the same order, newest updated_at wins", async () => {
    const order = orderPayload();
    await deliver("orders/create", order);
    await deliver("orders/updated", {
      ...order,
      financial_status: "refunded",
      updated_at: "2026-11-03T10:00:00Z",
    });
    await deliver("orders/cancelled", {
      ...order,
      financial_status: "refunded",
      cancelled_at: "2026-11-04T10:00:00Z",
      cancel_reason: "customer",
      updated_at: "2026-11-04T10:00:00Z",
    });
    // A stale orders/updated retried late changes nothing.
    await deliver("orders/updated", {
      ...order,
      financial_status: "pending",
      updated_at: "2026-11-02T10:00:00Z",
    });

    const stored = await orderByShopifyId(order.id);
    expect(stored).toMatchObject({ financialStatus: "refunded", cancelReason: "customer" });
    expect(stored!.cancelledAt?.toISOString()).toBe("2026-11-04T10:00:00.000Z");
    expect(await (await testDb()).order.count()).toBe(1);
  });

  it("fulfillments/create makes a shipment with carrier and tracking", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("orders/create", order);
    expect((await deliver("fulfillments/create", fulfillment)).status).toBe(200);

    const shipment = await shipmentByShopifyId(fulfillment.id);
    const stored = await orderByShopifyId(order.id);
    expect(shipment).toMatchObject({
      orderId: stored!.id,
      carrier: "UPS",
      status: "PENDING",
      destinationCity: "Shippington",
      destinationCountry: "US",
    });
    expect(JSON.parse(shipment!.trackingNumbers)).toEqual(["1Z2345"]);
    expect(JSON.parse(shipment!.trackingUrls)).toEqual(["https://www.ups.com/track?tracknum=1Z2345"]);
  });

  it("fulfillments/update with a shipment_status moves the shipment", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    await deliver("fulfillments/update", {
      ...fulfillment,
      shipment_status: "in_transit",
      updated_at: "2026-11-02T12:00:00-05:00",
    });
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ status: "IN_TRANSIT" });
  });

  it("fulfillment_events/create records the scan and derives the status from it", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    const event = fulfillmentEventPayload(
      order.id,
      fulfillment.id,
      "out_for_delivery",
      "2026-11-03T08:00:00Z",
      {
        estimated_delivery_at: "2026-11-03T18:00:00Z",
      },
    );
    expect((await deliver("fulfillment_events/create", event)).status).toBe(200);

    const shipment = await shipmentByShopifyId(fulfillment.id);
    expect(shipment).toMatchObject({ status: "OUT_FOR_DELIVERY" });
    expect(shipment!.statusAt?.toISOString()).toBe("2026-11-03T08:00:00.000Z");
    expect(shipment!.estimatedDeliveryAt?.toISOString()).toBe("2026-11-03T18:00:00.000Z");
    const events = await (await testDb()).trackingEvent.findMany({ where: { shipmentId: shipment!.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ rawStatus: "out_for_delivery", city: "Louisville" });
  });

  it("fulfillment_events/delete removes the scan and the status falls back", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    const transit = fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", "2026-11-02T20:00:00Z");
    const wrong = fulfillmentEventPayload(order.id, fulfillment.id, "delivered", "2026-11-03T09:00:00Z");
    await deliver("fulfillment_events/create", transit);
    await deliver("fulfillment_events/create", wrong);
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ status: "DELIVERED" });

    await deliver("fulfillment_events/delete", { id: wrong.id, fulfillment_id: fulfillment.id });
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({
      status: "IN_TRANSIT",
      deliveredAt: null,
    });
  });

  it("an unknown event status is kept but moves nothing", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", "2026-11-02T20:00:00Z"),
    );
    const odd = fulfillmentEventPayload(order.id, fulfillment.id, "teleported", "2026-11-03T09:00:00Z");
    expect((await deliver("fulfillment_events/create", odd)).status).toBe(200);

    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ status: "IN_TRANSIT" });
    const stored = await (await testDb()).trackingEvent.findFirst({ where: { externalId: String(odd.id) } });
    expect(stored).toMatchObject({ rawStatus: "teleported", status: null });
  });

  it("orders/updated carrying a fulfillment the app missed creates the shipment", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id, { shipment_status: "in_transit" });
    await deliver("orders/create", order);
    await deliver("orders/updated", {
      ...order,
      updated_at: "2026-11-02T10:00:00Z",
      fulfillments: [fulfillment],
    });
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ status: "IN_TRANSIT", carrier: "UPS" });
  });
});
