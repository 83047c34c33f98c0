import type { HandoffReason } from "./answer";

/** Why a chat was handed to the shop's team, as the team reads it (handover email, admin list). */
export const REASON_LABEL: Record<HandoffReason, string> = {
  human: "The shopper asked for a person",
  repeated_other: "The assistant could not answer",
  not_received: "Marked delivered, but the shopper has not received it",
  stalled: "Parcel stalled in transit",
  label_not_picked_up: "Label created, parcel never picked up by the carrier",
  not_shipped_late: "Order not shipped yet, later than usual",
  change_address: "Change of shipping address requested",
  cancel_order: "Cancellation requested",
};
