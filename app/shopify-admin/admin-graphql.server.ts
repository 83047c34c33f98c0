import { ClientError, GraphQLClient } from "graphql-request";

/**
 * A throttle-aware Admin GraphQL client for background work (backfill, reconciliation), built on
 * graphql-request so it runs without a request context.
 *
 * Shopify limits GraphQL by query cost with a leaky bucket: every response reports
 * `extensions.cost.throttleStatus` (available points, restore rate). A throttled call still answers
 * HTTP 200, with an error whose `extensions.code` is THROTTLED. This client waits before a call the
 * bucket cannot pay for, waits exactly long enough after THROTTLED, and backs off on 429/5xx/network.
 */
export interface AdminGraphqlOptions {
  shop: string;
  accessToken: string;
  apiVersion: string;
  /** e.g. `https://{shop}`; `{shop}` is replaced by the shop domain. */
  origin: string;
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}
interface CostExtension {
  cost?: { requestedQueryCost?: number; throttleStatus?: ThrottleStatus };
}

export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The GraphQL errors' `extensions.code`s, e.g. ACCESS_DENIED for a scope the app was not granted. */
    readonly codes: string[] = [],
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

export type AdminGraphql = <T>(document: string, variables?: Record<string, unknown>) => Promise<T>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createAdminGraphql(options: AdminGraphqlOptions): AdminGraphql {
  const origin = options.origin.replace("{shop}", options.shop);
  const client = new GraphQLClient(`${origin}/admin/api/${options.apiVersion}/graphql.json`, {
    headers: { "X-Shopify-Access-Token": options.accessToken },
    errorPolicy: "all",
    fetch: options.fetch,
  });
  const sleep = options.sleep ?? defaultSleep;
  const maxRetries = options.maxRetries ?? 6;
  let bucket: ThrottleStatus | null = null;
  let lastCost = 0;

  return async function query<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      if (bucket && lastCost > bucket.currentlyAvailable && bucket.restoreRate > 0) {
        await sleep(((lastCost - bucket.currentlyAvailable) / bucket.restoreRate) * 1000);
        bucket = null;
      }
      let response;
      try {
        response = await client.rawRequest<T>(document, variables);
      } catch (error) {
        const status = error instanceof ClientError ? error.response.status : 0;
        const retryable = status === 0 || status === 429 || status >= 500;
        if (!retryable) throw new AdminApiError(`Admin API answered HTTP ${status}`, false);
        if (attempt >= maxRetries) {
          throw new AdminApiError(`Admin API unreachable after ${attempt + 1} tries`, true);
        }
        await sleep(Math.min(1000 * 2 ** attempt, 30_000));
        continue;
      }
      const cost = (response.extensions as CostExtension | undefined)?.cost;
      if (cost?.throttleStatus) bucket = cost.throttleStatus;
      if (cost?.requestedQueryCost) lastCost = cost.requestedQueryCost;

      const errors = response.errors ?? [];
      if (errors.some((e) => e.extensions?.code === "THROTTLED")) {
        if (attempt >= maxRetries) throw new AdminApiError("Admin API still throttled", true);
        const available = bucket?.currentlyAvailable ?? 0;
        const rate = bucket?.restoreRate || 50;
        await sleep(Math.max(((lastCost - available) / rate) * 1000, 1000));
        bucket = null;
        continue;
      }
      if (errors.length) {
        const codes = errors.map((e) => e.extensions?.code).filter((code) => typeof code === "string");
        throw new AdminApiError(`Admin API errors: ${errors.map((e) => e.message).join("; ")}`, false, codes);
      }
      return response.data;
    }
  };
}
