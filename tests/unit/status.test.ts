import { describe, expect, it } from "vitest";
import { deriveStatus, toCanonical, type Observation } from "~/shipments/status";

const obs = (status: Observation["status"], iso: string): Observation => ({ status, at: new Date(iso) });

describe("toCanonical", () => {
  it.each([
    ["label_printed", "PENDING"],
    ["label_purchased", "PENDING"],
    ["confirmed", "PENDING"],
    ["carrier_picked_up", "IN_TRANSIT"],
    ["in_transit", "IN_TRANSIT"],
    ["out_for_delivery", "OUT_FOR_DELIVERY"],
    ["attempted_delivery", "ATTEMPTED_DELIVERY"],
    ["delayed", "DELAYED"],
    ["ready_for_pickup", "READY_FOR_PICKUP"],
    ["picked_up", "DELIVERED"],
    ["delivered", "DELIVERED"],
    ["failure", "EXCEPTION"],
    ["OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY"],
    [" In_Transit ", "IN_TRANSIT"],
  ])("maps Shopify's %s to %s", (raw, expected) => {
    expect(toCanonical(raw)).toBe(expected);
  });

  it.each([["teleported"], [""], [null], [undefined], ["__proto__"], ["constructor"]])(
    "returns null for unknown %s",
    (raw) => {
      expect(toCanonical(raw)).toBeNull();
    },
  );
});

describe("deriveStatus", () => {
  const stream = [
    obs("PENDING", "2026-11-01T09:00:00Z"),
    obs("IN_TRANSIT", "2026-11-01T20:00:00Z"),
    obs("OUT_FOR_DELIVERY", "2026-11-03T07:00:00Z"),
    obs("ATTEMPTED_DELIVERY", "2026-11-03T12:00:00Z"),
  ];

  it("takes the latest event time, whatever the arrival order", () => {
    const expected = {
      status: "ATTEMPTED_DELIVERY",
      statusAt: new Date("2026-11-03T12:00:00Z"),
      deliveredAt: null,
    };
    expect(deriveStatus(stream)).toEqual(expected);
    expect(deriveStatus([...stream].reverse())).toEqual(expected);
    expect(deriveStatus([stream[2], stream[0], stream[3], stream[1], stream[3]])).toEqual(expected);
  });

  it("breaks a tie in time towards the status further along", () => {
    const same = "2026-11-03T07:00:00Z";
    expect(deriveStatus([obs("OUT_FOR_DELIVERY", same), obs("IN_TRANSIT", same)]).status).toBe(
      "OUT_FOR_DELIVERY",
    );
    expect(deriveStatus([obs("IN_TRANSIT", same), obs("OUT_FOR_DELIVERY", same)]).status).toBe(
      "OUT_FOR_DELIVERY",
    );
  });

  it("keeps DELIVERED against later stray scans, dated at the first delivery", () => {
    const result = deriveStatus([
      ...stream,
      obs("DELIVERED", "2026-11-04T10:00:00Z"),
      obs("IN_TRANSIT", "2026-11-05T10:00:00Z"),
      obs("DELIVERED", "2026-11-06T10:00:00Z"),
    ]);
    expect(result).toEqual({
      status: "DELIVERED",
      statusAt: new Date("2026-11-04T10:00:00Z"),
      deliveredAt: new Date("2026-11-04T10:00:00Z"),
    });
  });

  it("lets a later scan move a shipment on from a delay or a failed attempt", () => {
    expect(
      deriveStatus([obs("DELAYED", "2026-11-02T00:00:00Z"), obs("IN_TRANSIT", "2026-11-03T00:00:00Z")])
        .status,
    ).toBe("IN_TRANSIT");
    expect(
      deriveStatus([
        obs("ATTEMPTED_DELIVERY", "2026-11-02T00:00:00Z"),
        obs("READY_FOR_PICKUP", "2026-11-02T06:00:00Z"),
      ]).status,
    ).toBe("READY_FOR_PICKUP");
  });

  it("is CANCELLED when the fulfillment was cancelled", () => {
    const cancelledAt = new Date("2026-11-02T00:00:00Z");
    expect(deriveStatus(stream, cancelledAt)).toEqual({
      status: "CANCELLED",
      statusAt: cancelledAt,
      deliveredAt: null,
    });
  });

  it("is PENDING with no time when nothing was observed", () => {
    expect(deriveStatus([])).toEqual({ status: "PENDING", statusAt: null, deliveredAt: null });
  });
});
