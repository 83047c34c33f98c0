import { pollCarrierFeed } from "../carriers/poll.server";
import { configuredFeed } from "../carriers/provider.server";
import { registerCarrierFeeds } from "../carriers/register.server";
import { sendHandoffEmail } from "../chat/handoff-email.server";
import { learnLanes } from "../estimates/learn.server";
import type { Deployment } from "../notifications/channel-setup.server";
import { runBackfill, runReconcile, type SyncDeps } from "../backfill/jobs.server";
import { compileDataRequest } from "../privacy/data-request.server";
import { createAdminGraphql } from "../shopify-admin/admin-graphql.server";
import { fetchVariantImages } from "../variant-images/fetch.server";
import type { JobHandlers } from "./job-types";

/** Wires every job type to its domain function. */
export function createJobHandlers(deps: SyncDeps & { mail: Deployment }): JobHandlers {
  return {
    backfill: (payload) => runBackfill(deps, payload.shop),
    reconcile: (payload, job) => runReconcile(deps, payload.shop, job),
    "compile-data-request": (payload) => compileDataRequest(deps.db, payload.dataRequestId),
    "fetch-variant-images": (payload, job) => fetchVariantImages(deps, payload.shop, job),
    "chat-handoff": async (payload) =>
      void (await sendHandoffEmail(deps.db, deps.mail, payload.conversationId)),
    "carrier-register": (payload) => registerCarrierFeeds(deps.db, configuredFeed(), payload.shipmentId),
    "carrier-poll": (payload) => pollCarrierFeed(deps.db, configuredFeed(), payload.feedId),
    "learn-lanes": async (payload) => void (await learnLanes(deps.db, payload.shop)),
  };
}

/** Builds the Admin API client from the shop's stored offline session. */
export function offlineGraphqlFactory(
  deps: Pick<SyncDeps, "db">,
  config: { apiVersion: string; origin: string },
): SyncDeps["graphqlFor"] {
  return async (shop) => {
    const session = await deps.db.session.findUnique({ where: { id: `offline_${shop}` } });
    if (!session?.accessToken) return null;
    return createAdminGraphql({ shop, accessToken: session.accessToken, ...config });
  };
}
