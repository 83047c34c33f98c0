import { z } from "zod";
import type { Db } from "../db.server";
import type { FieldError } from "../notifications/field-errors";
import { fieldErrors } from "../notifications/field-errors";
import { encryptSecret } from "../security/secrets.server";
import type { Tx } from "../types.server";

/** A shop's chat settings as the chat uses them; the LLM key stays encrypted until a call needs it. */
export interface ChatSettingsView {
  processingDays: number;
  replyHours: number;
  refundPolicyUrl: string | null;
  refundPolicySummary: string | null;
  llmEnabled: boolean;
  llmBaseUrl: string | null;
  llmModel: string | null;
  llmApiKeyEncrypted: string | null;
}

const DEFAULTS: ChatSettingsView = {
  processingDays: 2,
  replyHours: 24,
  refundPolicyUrl: null,
  refundPolicySummary: null,
  llmEnabled: false,
  llmBaseUrl: null,
  llmModel: null,
  llmApiKeyEncrypted: null,
};

export async function loadChatSettings(tx: Tx, shopId: string): Promise<ChatSettingsView> {
  const row = await tx.chatSettings.findUnique({ where: { shopId } });
  if (!row) return { ...DEFAULTS };
  const { shopId: _shopId, updatedAt: _updated, ...view } = row;
  return view;
}

/**
 * What a merchant can change. The LLM's endpoint must be https (it receives the shopper's message and
 * their verified order's status); its key is given in plain text and stored encrypted, `null` removes it.
 */
export const chatSettingsInput = z
  .object({
    processingDays: z.number().int().min(0).max(60).optional(),
    replyHours: z.number().int().min(1).max(168).optional(),
    refundPolicyUrl: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .nullable()
      .optional(),
    refundPolicySummary: z.string().trim().max(500).nullable().optional(),
    llmEnabled: z.boolean().optional(),
    llmBaseUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .nullable()
      .optional(),
    llmModel: z
      .string()
      .regex(/^[\w.:/-]{1,100}$/, "must be a model name such as gpt-4o-mini")
      .nullable()
      .optional(),
    llmApiKey: z.string().min(8).max(300).nullable().optional(),
  })
  .strict();

export async function saveChatSettings(
  db: Db,
  shopId: string,
  input: unknown,
  encryptionKey: Buffer | undefined,
): Promise<{ ok: true } | { ok: false; errors: FieldError[] }> {
  const parsed = chatSettingsInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, "chat") };
  const { llmApiKey, ...plain } = parsed.data;
  if (typeof llmApiKey === "string" && !encryptionKey) {
    return {
      ok: false,
      errors: [
        { field: "llmApiKey", message: "Secrets cannot be stored: the server has no ENCRYPTION_KEY set" },
      ],
    };
  }
  const current = await loadChatSettings(db, shopId);
  const next = { ...current, ...plain };
  if (llmApiKey !== undefined) {
    next.llmApiKeyEncrypted = llmApiKey === null ? null : encryptSecret(llmApiKey, encryptionKey!, shopId);
  }
  if (next.llmEnabled && (!next.llmBaseUrl || !next.llmModel || !next.llmApiKeyEncrypted)) {
    return {
      ok: false,
      errors: [{ field: "llmEnabled", message: "An LLM needs an https endpoint, a model and an API key" }],
    };
  }
  await db.chatSettings.upsert({ where: { shopId }, create: { shopId, ...next }, update: next });
  return { ok: true };
}
