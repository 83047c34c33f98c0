import type { Db } from "../../db.server";
import type { Deployment } from "../../notifications/channel-setup.server";
import { MAX_STALL_DAYS, MIN_STALL_DAYS } from "../../notifications/check-at";
import type { Milestone } from "../../notifications/milestones";
import type { NotificationRules } from "../../notifications/rules";
import {
  loadNotificationSettings,
  saveNotificationSettings,
  settingsInput,
} from "../../notifications/settings.server";
import { fieldErrors } from "../../notifications/field-errors";
import type { SaveResult, SettingsErrors } from "./errors";
import { limitsFromForm, rulesFromForm } from "./form-input";
import {
  SHOPIFY_COVERED,
  SHOPIFY_NOTIFICATION_SETTINGS,
  SHOPPER_CHANNELS,
  templateLocale,
  type Readiness,
} from "./model";
import { channelReadiness } from "./readiness.server";
import { settingsErrors } from "./settings-errors";
import { ensureShop, findShop, noShop } from "./shop.server";

/**
 * The reminder every notifications page shows while Parcelwise sends shoppers a milestone Shopify's own
 * notifications also cover: which of those milestones, on which channels, and where to turn Shopify's off.
 */
export function shopifyReminder(rules: NotificationRules) {
  const milestones = SHOPIFY_COVERED.filter((m) => rules[m].channels.length > 0);
  const channels = SHOPPER_CHANNELS.filter((c) => milestones.some((m) => rules[m].channels.includes(c)));
  return { show: milestones.length > 0, milestones, channels, url: SHOPIFY_NOTIFICATION_SETTINGS };
}

/** The notifications layout's data (routes/app.notifications.tsx). */
export async function notificationsLayout(db: Db, shopDomain: string) {
  const shop = await findShop(db, shopDomain);
  const settings = await loadNotificationSettings(db, shop?.id ?? "");
  return { reminder: shopifyReminder(settings.rules) };
}

/** The overview: the milestone × channel matrix, which channels are set up, and timing and limits. */
export async function notificationsOverview(db: Db, shopDomain: string, deployment: Deployment) {
  const shop = (await findShop(db, shopDomain)) ?? noShop(shopDomain);
  const settings = await loadNotificationSettings(db, shop.id);
  return {
    rules: settings.rules,
    readiness: channelReadiness(settings, shop, deployment),
    limits: {
      quietHoursStart: settings.quietHoursStart,
      quietHoursEnd: settings.quietHoursEnd,
      maxPerShipmentPerDay: settings.maxPerShipmentPerDay,
      stallDays: settings.stallDays,
    },
    stallRange: { min: MIN_STALL_DAYS, max: MAX_STALL_DAYS },
    templateLocale: templateLocale(shop.primaryLocale),
  };
}
export type NotificationsOverview = Awaited<ReturnType<typeof notificationsOverview>>;

export type OverviewIntent = "rules" | "limits";
export type OverviewActionResult = SaveResult<OverviewIntent>;

/**
 * The overview's saves, by `intent`: "rules" (the matrix) or "limits" (quiet hours, cap, stall days).
 * Each is validated whole and saved in one write, or not at all.
 */
export async function overviewAction(
  db: Db,
  shopDomain: string,
  form: FormData,
  deployment: Deployment,
): Promise<OverviewActionResult> {
  const intent = form.get("intent");
  if (intent === "limits") {
    const shop = await ensureShop(db, shopDomain);
    const saved = await saveNotificationSettings(db, shop.id, limitsFromForm(form), deployment.encryptionKey);
    return saved.ok ? { ok: true, intent } : { ok: false, intent, errors: settingsErrors(saved.errors) };
  }
  if (intent !== "rules") return { ok: false, intent: null, errors: { form: { code: "invalid" } } };

  const input = rulesFromForm(form);
  const parsed = settingsInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, intent, errors: settingsErrors(fieldErrors(parsed.error, "settings")) };
  }
  const shop = await ensureShop(db, shopDomain);
  const before = await loadNotificationSettings(db, shop.id);
  const unready = newUnreadyChannels(
    parsed.data.rules ?? {},
    before.rules,
    channelReadiness(before, shop, deployment),
  );
  if (Object.keys(unready).length > 0) return { ok: false, intent, errors: unready };
  const saved = await saveNotificationSettings(db, shop.id, input, deployment.encryptionKey);
  return saved.ok ? { ok: true, intent } : { ok: false, intent, errors: settingsErrors(saved.errors) };
}

/**
 * A channel that cannot send yet may not be switched on. The dispatcher would skip it (SMS and WhatsApp
 * to the next channel of the chain, Klaviyo altogether) and the merchant would find out from the log;
 * refusing says so now. A channel the rule already had stays: its account may have been removed since,
 * and the merchant must still be able to save the rest (the matrix warns about it).
 */
function newUnreadyChannels(
  rules: Partial<NotificationRules>,
  before: NotificationRules,
  ready: Readiness,
): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const [milestone, rule] of Object.entries(rules) as Array<[Milestone, NotificationRules[Milestone]]>) {
    const had = before[milestone];
    const added = [
      ...rule.channels.filter((c) => !had.channels.includes(c)),
      ...(rule.klaviyo && !had.klaviyo ? (["klaviyo"] as const) : []),
    ];
    const unready = added.find((channel) => !ready[channel]);
    if (unready) errors[`rules.${milestone}`] = { code: "channelNotSetUp", params: { channel: unready } };
  }
  return errors;
}
