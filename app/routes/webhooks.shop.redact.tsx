import { webhookAction } from "../ingest/webhook-action.server";
import { shopRedact } from "../ingest/topics.server";

export const action = webhookAction(shopRedact);
