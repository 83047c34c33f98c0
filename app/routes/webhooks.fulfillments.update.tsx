import { webhookAction } from "../ingest/webhook-action.server";
import { fulfillmentsUpdate } from "../ingest/topics.server";

export const action = webhookAction(fulfillmentsUpdate);
