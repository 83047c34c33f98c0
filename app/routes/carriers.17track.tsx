import type { ActionFunctionArgs } from "@remix-run/node";
import { configuredFeed } from "../carriers/provider.server";
import { receiveCarrierPush } from "../carriers/receive-push.server";
import db from "../db.server";
import { env } from "../env.server";
import { wakeNotifications } from "../jobs/runtime.server";

/**
 * 17TRACK's push webhook (TRACKING_UPDATED, TRACKING_STOPPED), set as the webhook URL in 17TRACK's
 * dashboard: https://<app>/carriers/17track. Signed with the account's key (app/carriers/seventeentrack/).
 */
export const action = ({ request }: ActionFunctionArgs) =>
  receiveCarrierPush(request, {
    db,
    provider: configuredFeed(),
    maxBytes: env.WEBHOOK_MAX_BYTES,
    onChange: wakeNotifications,
  });

export const loader = () => Response.json({ error: "Pushes must be POSTed" }, { status: 405 });
