import { webhookAction } from "../ingest/webhook-action.server";
import { appUninstalled } from "../ingest/topics.server";

export const action = webhookAction(appUninstalled);
