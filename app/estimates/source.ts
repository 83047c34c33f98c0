/**
 * Where a shipment's estimate comes from (Shipment.estimateSource). The carrier's date wins when there is
 * one; a merchant's stands until the carrier gives a newer one (docs/decisions/0014); a learned range
 * from the shop's own lane history fills in when neither exists.
 */
export type EstimateSource = "CARRIER" | "MERCHANT" | "LEARNED";
