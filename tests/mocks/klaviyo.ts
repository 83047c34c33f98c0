import { randomUUID } from "node:crypto";
import { delay, http, HttpResponse } from "msw";

/**
 * Klaviyo's Create Event endpoint, as documented (stable spec, revision 2026-07-15): POST {apiBase}/api/events
 * with `Authorization: Klaviyo-API-Key <private key>`, a `revision` header and a JSON:API body. 202 with
 * no body on success; errors are JSON:API `{ errors: [{ id, status, code, title, detail, source }] }`.
 * A repeated unique_id for the same profile and metric is accepted but only the first is recorded.
 */
export interface KlaviyoEventRecord {
  metric: string;
  uniqueId: string | null;
  time: string | null;
  profile: Record<string, string>;
  properties: Record<string, unknown>;
  revision: string;
  /** True when Klaviyo would drop it: same unique_id, profile and metric as an earlier event. */
  duplicate: boolean;
}

export type KlaviyoFailure =
  | { status: number; code?: string; detail?: string; retryAfterSeconds?: number }
  | { network: true }
  | { delayMs: number };

export interface KlaviyoState {
  apiBase: string;
  apiKey: string;
  /** Every accepted request, duplicates included (flagged). */
  events: KlaviyoEventRecord[];
  /** Consumed one per request, before anything else. */
  failNext: KlaviyoFailure[];
  /** The account Get Accounts answers with; a key without the accounts:read scope gets 403. */
  account?: { id: string; organizationName: string; canReadAccounts: boolean };
}

export function klaviyoAccount(overrides: Partial<KlaviyoState> = {}): KlaviyoState {
  return {
    apiBase: "https://a.klaviyo.com",
    apiKey: "pk_test_klaviyo_private_key",
    events: [],
    failNext: [],
    account: { id: "XyZ123", organizationName: "Maison Poulain", canReadAccounts: true },
    ...overrides,
  };
}

/** The events a merchant would see in Klaviyo (duplicates dropped). */
export function distinctEvents(state: KlaviyoState): KlaviyoEventRecord[] {
  return state.events.filter((event) => !event.duplicate);
}

function jsonApiError(
  status: number,
  code: string,
  detail: string,
  pointer?: string,
  retryAfterSeconds?: number,
) {
  const title =
    status === 401
      ? "Authentication credentials were not provided."
      : status === 403
        ? "You do not have permission to perform this action."
        : "Invalid input.";
  return HttpResponse.json(
    { errors: [{ id: randomUUID(), status, code, title, detail, source: pointer ? { pointer } : {} }] },
    {
      status,
      headers: {
        "Content-Type": "application/vnd.api+json",
        ...(retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {}),
      },
    },
  );
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks the body against the Create Event schema; returns the first problem as [pointer, detail]. */
function validate(body: unknown): [string, string] | KlaviyoEventRecord {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data) || data.type !== "event") return ["/data/type", "'type' must be 'event'."];
  const attributes = data.attributes;
  if (!isObject(attributes)) return ["/data/attributes", "'attributes' is required."];
  if (!isObject(attributes.properties))
    return ["/data/attributes/properties", "'properties' must be an object."];
  const metric = isObject(attributes.metric) ? attributes.metric.data : undefined;
  const name = isObject(metric) && isObject(metric.attributes) ? metric.attributes.name : undefined;
  if (!isObject(metric) || metric.type !== "metric" || typeof name !== "string" || !name) {
    return ["/data/attributes/metric/data", "A metric with a 'name' is required."];
  }
  if (name.length >= 128)
    return ["/data/attributes/metric/data/attributes/name", "Must be less than 128 characters."];
  const profile = isObject(attributes.profile) ? attributes.profile.data : undefined;
  const identity = isObject(profile) && isObject(profile.attributes) ? profile.attributes : undefined;
  if (
    !isObject(profile) ||
    profile.type !== "profile" ||
    !identity ||
    !(identity.email || identity.phone_number)
  ) {
    return ["/data/attributes/profile/data", "A profile identifier (email or phone_number) is required."];
  }
  if (identity.phone_number !== undefined && !/^\+[1-9]\d{6,14}$/.test(String(identity.phone_number))) {
    return ["/data/attributes/profile/data/attributes/phone_number", "Invalid phone number format."];
  }
  const time = attributes.time;
  if (time !== undefined && (typeof time !== "string" || Number.isNaN(Date.parse(time)))) {
    return ["/data/attributes/time", "Invalid datetime."];
  }
  const uniqueId = attributes.unique_id;
  return {
    metric: name,
    uniqueId: typeof uniqueId === "string" ? uniqueId : null,
    time: typeof time === "string" ? time : null,
    profile: Object.fromEntries(Object.entries(identity).map(([key, value]) => [key, String(value)])),
    properties: attributes.properties,
    revision: "",
    duplicate: false,
  };
}

/**
 * Get Accounts, as documented: GET {apiBase}/api/accounts/ with the same key and `revision` header; 200
 * with a JSON:API list holding the key's one account, 401 for a wrong key, 403 without accounts:read.
 */
function accountsHandler(state: KlaviyoState) {
  return http.get(`${state.apiBase}/api/accounts/`, async ({ request }) => {
    const failure = state.failNext.shift();
    if (failure && "network" in failure) return HttpResponse.error();
    if (failure && "delayMs" in failure) await delay(failure.delayMs);
    if (failure && "status" in failure) {
      const code = failure.code ?? (failure.status >= 500 ? "error" : "throttled");
      return jsonApiError(failure.status, code, failure.detail ?? "Simulated failure");
    }
    if (request.headers.get("Authorization") !== `Klaviyo-API-Key ${state.apiKey}`) {
      return jsonApiError(401, "not_authenticated", "Missing or invalid private key.");
    }
    const revision = request.headers.get("revision");
    if (!revision || !/^\d{4}-\d{2}-\d{2}(\.\w+)?$/.test(revision)) {
      return jsonApiError(400, "invalid", "A valid 'revision' header is required.");
    }
    const account = state.account ?? {
      id: "XyZ123",
      organizationName: "Maison Poulain",
      canReadAccounts: true,
    };
    if (!account.canReadAccounts) {
      return jsonApiError(
        403,
        "permission_denied",
        "This API key is missing required scopes: accounts:read.",
      );
    }
    const self = `${state.apiBase}/api/accounts/${account.id}/`;
    return HttpResponse.json(
      {
        data: [
          {
            type: "account",
            id: account.id,
            attributes: {
              test_account: false,
              contact_information: {
                default_sender_name: account.organizationName,
                default_sender_email: "hello@example.com",
                website_url: "https://example.com",
                organization_name: account.organizationName,
                street_address: {
                  address1: "1 Rue de Rivoli",
                  address2: "",
                  city: "Paris",
                  region: "",
                  country: "FR",
                  zip: "75001",
                },
              },
              industry: "Apparel & Accessories",
              timezone: "Europe/Paris",
              preferred_currency: "EUR",
              public_api_key: "AbC123",
              locale: "fr-FR",
            },
            links: { self },
          },
        ],
        links: { self: `${state.apiBase}/api/accounts/`, next: null, prev: null },
      },
      { headers: { "Content-Type": "application/vnd.api+json" } },
    );
  });
}

export function klaviyoHandlers(state: KlaviyoState) {
  return [
    accountsHandler(state),
    http.post(`${state.apiBase}/api/events`, async ({ request }) => {
      const failure = state.failNext.shift();
      if (failure && "network" in failure) return HttpResponse.error();
      if (failure && "delayMs" in failure) await delay(failure.delayMs);
      if (failure && "status" in failure) {
        const code = failure.code ?? (failure.status >= 500 ? "error" : "throttled");
        return jsonApiError(
          failure.status,
          code,
          failure.detail ?? "Simulated failure",
          undefined,
          failure.retryAfterSeconds,
        );
      }

      if (request.headers.get("Authorization") !== `Klaviyo-API-Key ${state.apiKey}`) {
        return jsonApiError(401, "not_authenticated", "Missing or invalid private key.");
      }
      const revision = request.headers.get("revision");
      if (!revision || !/^\d{4}-\d{2}-\d{2}(\.\w+)?$/.test(revision)) {
        return jsonApiError(400, "invalid", "A valid 'revision' header is required.", undefined);
      }
      const contentType = request.headers.get("Content-Type") ?? "";
      if (!/^application\/(vnd\.api\+)?json/.test(contentType)) {
        return jsonApiError(415, "unsupported_media_type", `Unsupported media type "${contentType}".`);
      }
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return jsonApiError(400, "parse_error", "Malformed JSON.");
      }
      const result = validate(body);
      if (Array.isArray(result)) return jsonApiError(400, "invalid", result[1], result[0]);

      const who = result.profile.email ?? result.profile.phone_number;
      result.revision = revision;
      result.duplicate =
        result.uniqueId !== null &&
        state.events.some(
          (e) =>
            e.uniqueId === result.uniqueId &&
            e.metric === result.metric &&
            (e.profile.email ?? e.profile.phone_number) === who,
        );
      state.events.push(result);
      return new HttpResponse(null, { status: 202 });
    }),
  ];
}
