import type { ShipmentStatus } from "../../shipments/status";

/**
 * 17TRACK's statuses mapped to the canonical model (app/shipments/status.ts). A v2.2 value is a main
 * status ("InTransit"), a sub-status ("InTransit_PickedUp", "Exception_Delayed") or, on events, a key
 * stage ("PickedUp", "Returning"). A Map, so "__proto__" from a payload cannot match.
 */
const MAIN = new Map<string, ShipmentStatus | null>([
  // The carrier has no record yet: nothing to say.
  ["notfound", null],
  ["inforeceived", "PENDING"],
  ["intransit", "IN_TRANSIT"],
  ["pickedup", "IN_TRANSIT"],
  ["departure", "IN_TRANSIT"],
  ["arrival", "IN_TRANSIT"],
  // 17TRACK's "no news for a long time": our stall detection judges silence itself.
  ["expired", null],
  ["availableforpickup", "READY_FOR_PICKUP"],
  ["outfordelivery", "OUT_FOR_DELIVERY"],
  ["deliveryfailure", "ATTEMPTED_DELIVERY"],
  ["delivered", "DELIVERED"],
  ["exception", "EXCEPTION"],
  ["returning", "EXCEPTION"],
  ["returned", "EXCEPTION"],
]);

/** Sub-statuses that mean something else than their main status. */
const SUB = new Map<string, ShipmentStatus | null>([
  ["exception_delayed", "DELAYED"],
  ["intransit_customsprocessing", "IN_TRANSIT"],
]);

/** The canonical status for a 17TRACK status word; null for unknown words and "say nothing" statuses. */
export function fromSeventeenTrack(raw: string | null | undefined): ShipmentStatus | null {
  if (!raw) return null;
  const value = raw.trim().toLowerCase();
  if (SUB.has(value)) return SUB.get(value) ?? null;
  return MAIN.get(value.split("_")[0]) ?? null;
}
