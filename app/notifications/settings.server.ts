import { z } from "zod";
import type { Db } from "../db.server";
import { parseSmtpUrl } from "../channels/email.server";
import { encryptSecret } from "../security/secrets.server";
import type { Tx } from "../types.server";
import { fieldErrors, type FieldError } from "./field-errors";
import { MAX_STALL_DAYS, MIN_STALL_DAYS } from "./check-at";
import { defaultRules, notificationRules, parseRules, type NotificationRules } from "./rules";

/** A shop's notification settings as the app uses them; secrets stay encrypted until a sender needs them. */
export interface NotificationSettingsView {
  rules: NotificationRules;
  senderName: string | null;
  replyTo: string | null;
  senderEmail: string | null;
  smtpUrlEncrypted: string | null;
  twilioAccountSid: string | null;
  twilioAuthTokenEncrypted: string | null;
  smsFrom: string | null;
  whatsappFrom: string | null;
  klaviyoApiKeyEncrypted: string | null;
  quietHoursStart: number;
  quietHoursEnd: number;
  maxPerShipmentPerDay: number;
  stallDays: number;
  brandAccentColor: string | null;
  brandLogoUrl: string | null;
}

const DEFAULTS: Omit<NotificationSettingsView, "rules"> = {
  senderName: null,
  replyTo: null,
  senderEmail: null,
  smtpUrlEncrypted: null,
  twilioAccountSid: null,
  twilioAuthTokenEncrypted: null,
  smsFrom: null,
  whatsappFrom: null,
  klaviyoApiKeyEncrypted: null,
  quietHoursStart: 21,
  quietHoursEnd: 8,
  maxPerShipmentPerDay: 3,
  stallDays: 3,
  brandAccentColor: null,
  brandLogoUrl: null,
};

/** The shop's settings, or the defaults a new shop starts with. */
export async function loadNotificationSettings(tx: Tx, shopId: string): Promise<NotificationSettingsView> {
  const row = await tx.notificationSettings.findUnique({ where: { shopId } });
  if (!row) return { ...DEFAULTS, rules: defaultRules() };
  const { shopId: _shopId, createdAt: _created, updatedAt: _updated, rules, ...rest } = row;
  return { ...rest, rules: parseRules(rules) };
}

const e164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, "must be a phone number in international format, e.g. +14155550100");
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * What a merchant can change. Secrets are given in plain text and stored encrypted; `null` removes one,
 * leaving it out keeps the stored value.
 */
export const settingsInput = z
  .object({
    /** Only the milestones given change; the others keep their rules. */
    rules: notificationRules.partial().optional(),
    senderName: optionalText(100),
    replyTo: z.email().nullable().optional(),
    senderEmail: z.email().nullable().optional(),
    smtpUrl: z
      .string()
      .refine(isValidSmtpUrl, "must look like smtp://user:password@host:587 or smtps://…")
      .nullable()
      .optional(),
    twilioAccountSid: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, "must be a Twilio Account SID (AC followed by 32 hex digits)")
      .nullable()
      .optional(),
    twilioAuthToken: z.string().min(16).max(128).nullable().optional(),
    smsFrom: z
      .union([e164, z.string().regex(/^MG[0-9a-fA-F]{32}$/, "must be a number or a Messaging Service SID")])
      .nullable()
      .optional(),
    whatsappFrom: e164.nullable().optional(),
    klaviyoApiKey: z
      .string()
      .regex(/^pk_[A-Za-z0-9]{20,}$/, "must be a Klaviyo private API key (pk_…)")
      .nullable()
      .optional(),
    quietHoursStart: z.number().int().min(0).max(23).optional(),
    quietHoursEnd: z.number().int().min(0).max(23).optional(),
    maxPerShipmentPerDay: z.number().int().min(1).max(20).optional(),
    stallDays: z.number().int().min(MIN_STALL_DAYS).max(MAX_STALL_DAYS).optional(),
    brandAccentColor: z
      .string()
      .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "must be a colour like #1a73e8")
      .nullable()
      .optional(),
    brandLogoUrl: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .nullable()
      .optional(),
  })
  .strict();
export type SettingsInput = z.input<typeof settingsInput>;

export type SaveResult = { ok: true } | { ok: false; errors: FieldError[] };

/**
 * Validates and saves a shop's settings in one write: a bad field is reported by name and nothing is
 * saved. A shorter stall period reschedules the shop's active shipments for detection.
 */
export async function saveNotificationSettings(
  db: Db,
  shopId: string,
  input: unknown,
  encryptionKey: Buffer | undefined,
): Promise<SaveResult> {
  const parsed = settingsInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: fieldErrors(parsed.error, "settings") };
  }
  const { smtpUrl, twilioAuthToken, klaviyoApiKey, rules, ...plain } = parsed.data;
  const secrets = { smtpUrl, twilioAuthToken, klaviyoApiKey };
  if (!encryptionKey && Object.values(secrets).some((v) => typeof v === "string")) {
    return {
      ok: false,
      errors: [
        { field: "settings", message: "Secrets cannot be stored: the server has no ENCRYPTION_KEY set" },
      ],
    };
  }
  const seal = (value: string | null | undefined) =>
    value === undefined ? undefined : value === null ? null : encryptSecret(value, encryptionKey!, shopId);
  const data = {
    ...plain,
    smtpUrlEncrypted: seal(smtpUrl),
    twilioAuthTokenEncrypted: seal(twilioAuthToken),
    klaviyoApiKeyEncrypted: seal(klaviyoApiKey),
  };
  await db.$transaction(async (tx) => {
    const before = await tx.notificationSettings.findUnique({
      where: { shopId },
      select: { stallDays: true, rules: true },
    });
    const merged = JSON.stringify({ ...parseRules(before?.rules), ...rules });
    await tx.notificationSettings.upsert({
      where: { shopId },
      create: { ...data, rules: merged, shopId },
      update: { ...data, rules: merged },
    });
    if (plain.stallDays !== undefined && plain.stallDays < (before?.stallDays ?? DEFAULTS.stallDays)) {
      await tx.shipment.updateMany({
        where: { shopId, checkAt: { not: null }, stalledSince: null },
        data: { checkAt: new Date() },
      });
    }
  });
  return { ok: true };
}

function isValidSmtpUrl(url: string): boolean {
  try {
    parseSmtpUrl(url);
    return true;
  } catch {
    return false;
  }
}
