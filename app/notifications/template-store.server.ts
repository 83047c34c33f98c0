import { z } from "zod";
import type { Db } from "../db.server";
import type { Tx } from "../types.server";
import { fieldErrors, type FieldError } from "./field-errors";
import { LOCALES, MILESTONES, type Locale, type MessageChannel, type Milestone } from "./milestones";
import { defaultTemplate, validateTemplate, type TemplateProblem } from "./templates/index.server";

export const templateKeyInput = z.object({
  milestone: z.enum(MILESTONES),
  channel: z.enum(["email", "sms", "whatsapp"]),
  locale: z.enum(LOCALES),
});

export const templateInput = templateKeyInput.extend({
  subject: z.string().max(10_000).optional(),
  body: z.string().max(100_000),
});
export type TemplateInput = z.input<typeof templateInput>;

export type TemplateSaveResult = { ok: true } | { ok: false; errors: Array<TemplateProblem | FieldError> };

/**
 * Saves a merchant's wording for one milestone, channel and language. It is parsed and rendered against
 * sample data first (strict variables, no file access, size and time limits): a template that would fail
 * on a real shipment is refused with the line and the reason, and nothing is written.
 */
export async function saveTemplate(db: Db, shopId: string, input: unknown): Promise<TemplateSaveResult> {
  return saveTemplates(db, shopId, [input]);
}

/** Several templates at once (e.g. a whole language): all are saved, or none. */
export async function saveTemplates(db: Db, shopId: string, inputs: unknown[]): Promise<TemplateSaveResult> {
  const parsed: Array<z.infer<typeof templateInput>> = [];
  for (const input of inputs) {
    const result = templateInput.safeParse(input);
    if (!result.success) {
      return { ok: false, errors: fieldErrors(result.error, "template") };
    }
    const checked = validateTemplate({
      channel: result.data.channel,
      subject: result.data.channel === "email" ? (result.data.subject ?? "") : undefined,
      body: result.data.body,
    });
    if (!checked.ok) return { ok: false, errors: checked.errors };
    parsed.push(result.data);
  }
  await db.$transaction(async (tx) => {
    for (const t of parsed) {
      const subject = t.channel === "email" ? (t.subject ?? null) : null;
      await tx.notificationTemplate.upsert({
        where: {
          shopId_milestone_channel_locale: {
            shopId,
            milestone: t.milestone,
            channel: t.channel,
            locale: t.locale,
          },
        },
        create: {
          shopId,
          milestone: t.milestone,
          channel: t.channel,
          locale: t.locale,
          subject,
          body: t.body,
        },
        update: { subject, body: t.body },
      });
    }
  });
  return { ok: true };
}

/** Goes back to the shipped wording. */
export async function resetTemplate(
  tx: Tx,
  shopId: string,
  key: { milestone: Milestone; channel: MessageChannel; locale: Locale },
): Promise<void> {
  await tx.notificationTemplate.deleteMany({ where: { shopId, ...key } });
}

/** The wording in use: the merchant's own if saved, the default otherwise. */
export async function templateInUse(
  tx: Tx,
  shopId: string,
  key: { milestone: Milestone; channel: MessageChannel; locale: Locale },
): Promise<{ subject?: string; body: string; custom: boolean }> {
  const own = await tx.notificationTemplate.findUnique({
    where: { shopId_milestone_channel_locale: { shopId, ...key } },
    select: { subject: true, body: true },
  });
  if (own) return { subject: own.subject ?? undefined, body: own.body, custom: true };
  return { ...defaultTemplate(key.milestone, key.channel, key.locale), custom: false };
}
