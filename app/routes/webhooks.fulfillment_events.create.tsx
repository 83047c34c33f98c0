import { webhookAction } from "../ingest/webhook-action.server";
import { fulfillmentEventsCreate } from "../ingest/topics.server";

export const action = webhookAction(fulfillmentEventsCreate);
