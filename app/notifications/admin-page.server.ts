import type { Db } from "../db.server";
import { listNotifications, type NotificationLog } from "./log.server";
import { LOCALES, MILESTONES, type Locale, type MessageChannel, type Milestone } from "./milestones";
import { previewNotification } from "./preview.server";
import { loadNotificationSettings } from "./settings.server";
import { CHANNEL_LABEL, LOCALE_LABEL, MILESTONE_LABEL, type RenderedMessage } from "./templates/index.server";

export interface PreviewChoice {
  milestone: Milestone;
  channel: MessageChannel;
  locale: Locale;
}

export interface NotificationsPage {
  log: NotificationLog;
  choice: PreviewChoice;
  preview: RenderedMessage | null;
  options: {
    milestones: Array<{ value: Milestone; label: string }>;
    channels: Array<{ value: MessageChannel; label: string }>;
    locales: Array<{ value: Locale; label: string }>;
  };
  labels: { milestone: Record<string, string>; channel: Record<string, string> };
}

/** What the admin's notifications page shows: the log, and a preview of one message with sample data. */
export async function notificationsPage(
  db: Db,
  shopDomain: string,
  query: URLSearchParams,
): Promise<NotificationsPage> {
  const choice = parseChoice(query);
  const shop = await db.shop.findUnique({ where: { domain: shopDomain }, select: { id: true } });
  const status = query.get("status");
  const log = shop
    ? await listNotifications(db, shop.id, {
        status: status && ["PENDING", "SENT", "FAILED", "SKIPPED"].includes(status) ? status : undefined,
      })
    : { entries: [], counts: { PENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0 } };
  const settings = shop ? await loadNotificationSettings(db, shop.id) : undefined;
  const preview = previewNotification(choice, settings);
  return {
    log,
    choice,
    preview: preview.ok ? preview.message : null,
    options: {
      milestones: MILESTONES.map((value) => ({ value, label: MILESTONE_LABEL[value] })),
      channels: (["email", "sms", "whatsapp"] as const).map((value) => ({
        value,
        label: CHANNEL_LABEL[value],
      })),
      locales: LOCALES.map((value) => ({ value, label: LOCALE_LABEL[value] })),
    },
    labels: { milestone: MILESTONE_LABEL, channel: CHANNEL_LABEL },
  };
}

/** The preview the merchant picked in the page's query string; safe defaults for anything else. */
export function parseChoice(query: URLSearchParams | FormData): PreviewChoice {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = query.get(name);
    return typeof value === "string" && (allowed as readonly string[]).includes(value)
      ? (value as T)
      : fallback;
  };
  return {
    milestone: pick("milestone", MILESTONES, "SHIPPED"),
    channel: pick("channel", ["email", "sms", "whatsapp"] as const, "email"),
    locale: pick("locale", LOCALES, "en"),
  };
}
