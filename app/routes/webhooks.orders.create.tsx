import { webhookAction } from "../ingest/webhook-action.server";
import { ordersCreate } from "../ingest/topics.server";

export const action = webhookAction(ordersCreate);
