import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { chatTurn, MAX_MESSAGE_CHARS } from "../chat/conversation.server";
import db from "../db.server";
import { env } from "../env.server";
import { parseEncryptionKey } from "../security/secrets.server";
import {
  limitChatMessages,
  lookupAllowed,
  readLookupFields,
  storefrontJson,
  verifyProxyRequest,
} from "../storefront/proxy-request.server";

const chatInput = z.object({
  message: z
    .string({ error: "Type a message." })
    .trim()
    .min(1, "Type a message.")
    .max(MAX_MESSAGE_CHARS, `Messages can be at most ${MAX_MESSAGE_CHARS} characters.`),
  conversationId: z
    .string()
    .regex(/^[\w-]{1,64}$/, "Unknown conversation.")
    .optional(),
  orderNumber: z.string().trim().max(40, "Check the order number.").optional(),
  contact: z.string().trim().max(254, "Check the email address or phone number.").optional(),
  locale: z.string().max(35).optional(),
});

/**
 * POST /apps/parcelwise/chat (through Shopify's app proxy): one chat message, as JSON
 * `{ message, conversationId?, orderNumber?, contact?, locale? }`, answered with the conversation id, the
 * intent, the reply and what the widget shows with it (app/chat/conversation.server.ts). JSON only:
 * nothing a shopper typed comes back as HTML.
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const proxy = await verifyProxyRequest(request);
  if (request.method !== "POST") return storefrontJson({ error: "Use POST." }, 405);
  limitChatMessages(request, proxy.shop);
  const parsed = chatInput.safeParse(await readLookupFields(request, 8192));
  if (!parsed.success) {
    return storefrontJson({ error: parsed.error.issues[0]?.message ?? "Check your message." }, 400);
  }
  const outcome = await chatTurn(
    {
      db,
      verifyAllowed: () => lookupAllowed(request, proxy.shop),
      encryptionKey: env.ENCRYPTION_KEY ? parseEncryptionKey(env.ENCRYPTION_KEY) : undefined,
    },
    {
      shopDomain: proxy.shop,
      customerId: new URL(request.url).searchParams.get("logged_in_customer_id") || null,
      ...parsed.data,
    },
  );
  return storefrontJson(outcome.body, outcome.status);
};
