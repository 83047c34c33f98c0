import { beforeEach, describe, expect, it } from "vitest";
import {
  buildShipmentEvent,
  KLAVIYO_METRICS,
  KLAVIYO_REVISION,
  sendKlaviyoEvent,
  type ShipmentFacts,
} from "~/channels/klaviyo.server";
import { SendError } from "~/channels/send-error";
import { MILESTONES } from "~/notifications/milestones";
import { distinctEvents, klaviyoAccount, klaviyoHandlers, type KlaviyoState } from "../mocks/klaviyo";
import { server } from "../mocks/server";

function facts(overrides: Partial<ShipmentFacts> = {}): ShipmentFacts {
  return {
    uniqueId: "shp_1:OUT_FOR_DELIVERY:",
    orderId: "6000000000001",
    orderName: "#2001",
    email: "amelie@example.com",
    phone: "+33612345678",
    firstName: "Amélie",
    lastName: "Poulain",
    carrier: "La Poste",
    trackingNumber: "6A1FR",
    trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A1FR",
    trackingPageUrl: "https://gnomes.example/apps/parcelwise/track?t=abc",
    status: "OUT_FOR_DELIVERY",
    estimatedDeliveryAt: "2026-11-14T18:00:00.000Z",
    delayReason: null,
    items: [
      { title: "Garden gnome", variant_title: "Red hat", quantity: 2 },
      { title: "Watering can", variant_title: "", quantity: 1 },
    ],
    milestoneAt: new Date("2026-11-14T07:30:00Z"),
    ...overrides,
  };
}

async function sendError(run: Promise<unknown>): Promise<SendError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe("Klaviyo shipment events", () => {
  it("describes a milestone the way the merchant's flows will read it", () => {
    // given the facts of a shipment that went out for delivery
    // when the event is built
    const event = buildShipmentEvent("OUT_FOR_DELIVERY", facts());

    // then it has a clear metric, the shopper's profile, and flat segmentable properties
    expect(event).toEqual({
      metric: "Parcelwise: Out for Delivery",
      uniqueId: "shp_1:OUT_FOR_DELIVERY:",
      time: "2026-11-14T07:30:00.000Z",
      profile: {
        email: "amelie@example.com",
        phoneNumber: "+33612345678",
        firstName: "Amélie",
        lastName: "Poulain",
      },
      properties: {
        Milestone: "OUT_FOR_DELIVERY",
        OrderId: "6000000000001",
        OrderName: "#2001",
        ShipmentStatus: "OUT_FOR_DELIVERY",
        Carrier: "La Poste",
        TrackingNumber: "6A1FR",
        TrackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A1FR",
        TrackingPageUrl: "https://gnomes.example/apps/parcelwise/track?t=abc",
        EstimatedDeliveryDate: "2026-11-14T18:00:00.000Z",
        ItemNames: ["Garden gnome", "Watering can"],
        ItemCount: 3,
        Items: [
          { ProductName: "Garden gnome", VariantName: "Red hat", Quantity: 2 },
          { ProductName: "Watering can", Quantity: 1 },
        ],
      },
    });
  });

  it("carries the delay reason and the replaced estimate when there is one", () => {
    const event = buildShipmentEvent(
      "NEW_ESTIMATE",
      facts({ delayReason: "Weather", previousEstimatedDeliveryAt: "2026-11-13T18:00:00.000Z" }),
    );
    expect(event.properties).toMatchObject({
      DelayReason: "Weather",
      PreviousEstimatedDeliveryDate: "2026-11-13T18:00:00.000Z",
    });
    expect(event.metric).toBe("Parcelwise: New Delivery Estimate");
  });

  it("gives every milestone its own metric name", () => {
    const names = MILESTONES.map((milestone) => KLAVIYO_METRICS[milestone]);
    expect(new Set(names).size).toBe(MILESTONES.length);
    for (const name of names) expect(name.length).toBeLessThan(128);
  });
});

describe("Klaviyo Events API", () => {
  let klaviyo: KlaviyoState;
  const account = () => ({ apiKey: klaviyo.apiKey });

  beforeEach(() => {
    klaviyo = klaviyoAccount();
    server.use(...klaviyoHandlers(klaviyo));
  });

  it("records the event on the shopper's profile in the merchant's account", async () => {
    // when the event is sent
    const result = await sendKlaviyoEvent(account(), buildShipmentEvent("DELIVERED", facts()));

    // then Klaviyo accepted it with our revision, on the right profile, under our unique_id
    expect(result.providerMessageId).toBe("shp_1:OUT_FOR_DELIVERY:");
    expect(distinctEvents(klaviyo)).toEqual([
      expect.objectContaining({
        metric: "Parcelwise: Delivered",
        uniqueId: "shp_1:OUT_FOR_DELIVERY:",
        time: "2026-11-14T07:30:00.000Z",
        revision: KLAVIYO_REVISION,
        profile: {
          email: "amelie@example.com",
          phone_number: "+33612345678",
          first_name: "Amélie",
          last_name: "Poulain",
        },
        properties: expect.objectContaining({ OrderName: "#2001", TrackingNumber: "6A1FR" }),
      }),
    ]);
  });

  it("shows a retried event once in Klaviyo", async () => {
    // given the same milestone sent twice (the first answer was lost)
    const event = buildShipmentEvent("DELIVERED", facts());
    await sendKlaviyoEvent(account(), event);
    await sendKlaviyoEvent(account(), event);

    // then both were accepted but the merchant sees one event
    expect(klaviyo.events).toHaveLength(2);
    expect(distinctEvents(klaviyo)).toHaveLength(1);

    // while the next occurrence of a repeatable milestone is a new event
    await sendKlaviyoEvent(
      account(),
      buildShipmentEvent("NEW_ESTIMATE", facts({ uniqueId: "shp_1:NEW_ESTIMATE:2026-11-15" })),
    );
    expect(distinctEvents(klaviyo)).toHaveLength(2);
  });

  it("leaves out a phone number Klaviyo would refuse, rather than lose the event", async () => {
    await sendKlaviyoEvent(account(), buildShipmentEvent("SHIPPED", facts({ phone: "06 12 34 56 78" })));
    expect(distinctEvents(klaviyo)[0].profile).not.toHaveProperty("phone_number");
  });

  it("needs an email or a phone number for the profile", async () => {
    const event = buildShipmentEvent("SHIPPED", facts({ email: null, phone: null }));
    const error = await sendError(sendKlaviyoEvent(account(), event));
    expect(error).toMatchObject({ provider: "klaviyo", permanent: true, code: "invalid-recipient" });
    expect(klaviyo.events).toHaveLength(0);
  });

  it("treats an event Klaviyo refuses as invalid as permanent", async () => {
    const event = { ...buildShipmentEvent("SHIPPED", facts()), metric: "x".repeat(200) };
    const error = await sendError(sendKlaviyoEvent(account(), event));
    expect(error).toMatchObject({ permanent: true, code: "invalid-request", providerCode: "invalid" });
    expect(error.message).toContain("Must be less than 128 characters");
  });

  it("treats a revoked API key as transient, for the merchant to fix", async () => {
    const error = await sendError(
      sendKlaviyoEvent({ apiKey: "pk_revoked" }, buildShipmentEvent("SHIPPED", facts())),
    );
    expect(error).toMatchObject({ permanent: false, code: "auth", providerCode: "not_authenticated" });
  });

  it("retries on 429 after Retry-After, on 5xx and on network failures", async () => {
    klaviyo.failNext.push(
      { status: 429, retryAfterSeconds: 7 },
      { status: 503 },
      { network: true },
      { delayMs: 500 },
    );
    const event = buildShipmentEvent("SHIPPED", facts());

    expect(await sendError(sendKlaviyoEvent(account(), event))).toMatchObject({
      permanent: false,
      code: "rate-limited",
      retryAfterMs: 7000,
    });
    expect(await sendError(sendKlaviyoEvent(account(), event))).toMatchObject({
      permanent: false,
      code: "server-error",
    });
    expect(await sendError(sendKlaviyoEvent(account(), event))).toMatchObject({
      permanent: false,
      code: "connection",
    });
    expect(await sendError(sendKlaviyoEvent(account(), event, { timeoutMs: 50 }))).toMatchObject({
      permanent: false,
      code: "timeout",
    });

    // and the next attempt lands once
    await sendKlaviyoEvent(account(), event);
    expect(distinctEvents(klaviyo)).toHaveLength(1);
  });
});
