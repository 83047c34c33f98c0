import { webhookAction } from "../ingest/webhook-action.server";
import { fulfillmentEventsDelete } from "../ingest/topics.server";

export const action = webhookAction(fulfillmentEventsDelete);
