import { webhookAction } from "../ingest/webhook-action.server";
import { fulfillmentsCreate } from "../ingest/topics.server";

export const action = webhookAction(fulfillmentsCreate);
