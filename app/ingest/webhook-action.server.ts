import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { env } from "../env.server";
import { wakeInbox } from "../jobs/runtime.server";
import { createInboxInsert } from "./inbox-writer.server";
import { receiveWebhook } from "./receive-webhook.server";
import type { WebhookTopic } from "./topics.server";

const insert = createInboxInsert(db);

/** The Remix action for one webhook topic, on the app's database and secret. */
export function webhookAction<T>(topic: WebhookTopic<T>) {
  return ({ request }: ActionFunctionArgs) =>
    receiveWebhook(request, topic, {
      insert,
      secret: env.SHOPIFY_API_SECRET,
      maxBytes: env.WEBHOOK_MAX_BYTES,
      customShopDomains: env.SHOP_CUSTOM_DOMAIN ? [env.SHOP_CUSTOM_DOMAIN] : [],
      onAccepted: wakeInbox,
    });
}
