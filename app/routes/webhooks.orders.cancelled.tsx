import { webhookAction } from "../ingest/webhook-action.server";
import { ordersCancelled } from "../ingest/topics.server";

export const action = webhookAction(ordersCancelled);
