import { webhookAction } from "../ingest/webhook-action.server";
import { customersRedact } from "../ingest/topics.server";

export const action = webhookAction(customersRedact);
