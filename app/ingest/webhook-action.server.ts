import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";
import { receiveWebhook, type VerifiedWebhook } from "./receive-webhook.server";
import type { WebhookTopic } from "./topics.server";

/** The Remix action for one webhook topic: the real `authenticate.webhook`, the app's database. */
export function webhookAction<T>(topic: WebhookTopic<T>) {
  return ({ request }: ActionFunctionArgs) =>
    receiveWebhook(request, topic, {
      db,
      authenticate: (req) => authenticate.webhook(req) as Promise<VerifiedWebhook>,
      maxBytes: env.WEBHOOK_MAX_BYTES,
    });
}
