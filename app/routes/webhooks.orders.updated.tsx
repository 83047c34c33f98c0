import { webhookAction } from "../ingest/webhook-action.server";
import { ordersUpdated } from "../ingest/topics.server";

export const action = webhookAction(ordersUpdated);
