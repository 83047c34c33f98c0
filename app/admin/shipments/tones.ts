import type { BadgeProps } from "@shopify/polaris";
import type { ShipmentStatus } from "../../shipments/status";

/** Badge tones: green when done, blue on the last mile, amber or red when the merchant may need to act. */
export const STATUS_TONE: Partial<Record<ShipmentStatus, BadgeProps["tone"]>> = {
  DELIVERED: "success",
  OUT_FOR_DELIVERY: "info",
  READY_FOR_PICKUP: "info",
  DELAYED: "warning",
  ATTEMPTED_DELIVERY: "warning",
  EXCEPTION: "critical",
};

export const NOTIFICATION_TONE: Record<string, BadgeProps["tone"]> = {
  SENT: "success",
  PENDING: "info",
  FAILED: "critical",
  SKIPPED: undefined,
};
