import { webhookAction } from "../ingest/webhook-action.server";
import { customersDataRequest } from "../ingest/topics.server";

export const action = webhookAction(customersDataRequest);
