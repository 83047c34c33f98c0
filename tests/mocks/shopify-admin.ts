import { http, HttpResponse } from "msw";
import type { GqlOrder } from "~/shopify-admin/orders-query";
import type { GqlShopDetails } from "~/shopify-admin/shop-query";
import type { GqlVariantImage } from "~/shopify-admin/variant-images-query";

/**
 * Shopify's Admin GraphQL endpoint for one shop, as documented: POST /admin/api/{version}/graphql.json
 * with X-Shopify-Access-Token; cursor pagination (pageInfo.endCursor / hasNextPage); cost reported in
 * `extensions.cost` with `throttleStatus`; a throttled call answers 200 with
 * `errors[].extensions.code = "THROTTLED"`.
 */
export interface AdminShopState {
  shop: string;
  accessToken: string;
  orders: GqlOrder[];
  /** What ParcelwiseShop answers; `shopDetails(shop)` when not set. */
  details?: Partial<GqlShopDetails>;
  /** Answer ParcelwiseShop with this GraphQL error instead (HTTP 200, `data: null`), e.g. ACCESS_DENIED. */
  detailsError?: { message: string; code: string };
  /**
   * Answer THROTTLED to this many calls first. Like Shopify, only calls that cost more than the points
   * the answer reports as available (THROTTLED_AVAILABLE) are throttled: the 1-point ParcelwiseShop is not.
   */
  throttleNext?: number;
  /** Answer HTTP 503 to this many calls first, whatever the operation. */
  failNext?: number;
  /** Every ParcelwiseOrders call's variables, for assertions. */
  calls: { query: string | undefined; first: number; after: string | null }[];
  /** How many ParcelwiseShop calls were answered (with details or with `detailsError`). */
  detailsCalls: number;
  /** The shop's product variants by numeric id, as ParcelwiseVariantImages reads them; others are deleted. */
  variants: Record<string, GqlVariantImage>;
  /** Every ParcelwiseVariantImages call's ids, for assertions. */
  variantCalls: string[][];
  /** The published (MAIN) theme's files by name, as `theme.files` reads them; null: no published theme. */
  theme?: AdminTheme | null;
  /**
   * Answer the theme operations with this GraphQL error (HTTP 200, `data: null`), e.g. ACCESS_DENIED as
   * Shopify answers an app without read_themes.
   */
  themeError?: { message: string; code: string };
  /** Every theme operation's name and paging, for assertions. */
  themeCalls: { operation: string; first: number; after: string | null }[];
}

export interface AdminTheme {
  id: string;
  name: string;
  /** File name → text, e.g. "templates/page.json". */
  files: Record<string, string>;
}

const COST_PER_ORDER = 120;
const VARIANT_IMAGE_COST = 6;
/** Shopify charges 1 point for an object, nothing for its scalar fields. */
const SHOP_QUERY_COST = 1;
const THROTTLED_AVAILABLE = 10;
const bucket = (currentlyAvailable: number) => ({
  maximumAvailable: 2000,
  currentlyAvailable,
  restoreRate: 100,
});

export function adminShop(
  shop: string,
  orders: GqlOrder[],
  accessToken = "shpat_test_token",
): AdminShopState {
  return {
    shop,
    accessToken,
    orders,
    calls: [],
    detailsCalls: 0,
    variants: {},
    variantCalls: [],
    themeCalls: [],
  };
}

/** A shop as ParcelwiseShop reads it. */
export function shopDetails(shop: string, overrides: Partial<GqlShopDetails> = {}): GqlShopDetails {
  return {
    name: "Maison Poulain",
    contactEmail: `support@${shop.replace(/\.myshopify\.com$/, "")}.example`,
    ianaTimezone: "Europe/Paris",
    currencyCode: "EUR",
    shopAddress: { countryCodeV2: "FR" },
    ...overrides,
  };
}

export function shopifyAdminHandlers(state: AdminShopState) {
  return [
    http.post(`https://${state.shop}/admin/api/:version/graphql.json`, async ({ request }) => {
      if (request.headers.get("X-Shopify-Access-Token") !== state.accessToken) {
        return HttpResponse.json({ errors: "[API] Invalid API key or access token" }, { status: 401 });
      }
      if (state.failNext) {
        state.failNext--;
        return new HttpResponse("Service Unavailable", { status: 503 });
      }
      const { query, variables } = (await request.json()) as {
        query: string;
        variables: {
          first: number;
          after: string | null;
          query?: string;
          ids?: string[];
          id?: string;
          filenames?: string[];
        };
      };
      if (/query ParcelwiseShop\b/.test(query)) return answerShop(state);
      const themeOperation = /query (ParcelwiseMainThemeFiles|ParcelwiseThemeFilesPage)\b/.exec(query)?.[1];
      if (themeOperation) return answerTheme(state, themeOperation, variables);
      if (/query ParcelwiseVariantImages\b/.test(query))
        return answerVariantImages(state, variables.ids ?? []);
      if (!/query ParcelwiseOrders\b/.test(query)) {
        return HttpResponse.json({ errors: [{ message: "Unexpected operation" }] }, { status: 400 });
      }
      const requestedQueryCost = variables.first * COST_PER_ORDER;
      if (state.throttleNext && requestedQueryCost > THROTTLED_AVAILABLE) {
        state.throttleNext--;
        return HttpResponse.json({
          errors: [
            {
              message: "Throttled",
              extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" },
            },
          ],
          extensions: {
            cost: { requestedQueryCost, actualQueryCost: null, throttleStatus: bucket(THROTTLED_AVAILABLE) },
          },
        });
      }
      state.calls.push({ query: variables.query, first: variables.first, after: variables.after });
      const matching = state.orders.filter((o) => matches(o, variables.query));
      const start = variables.after ? Number(variables.after) : 0;
      const nodes = matching.slice(start, start + variables.first);
      const end = start + nodes.length;
      return HttpResponse.json({
        data: {
          orders: {
            pageInfo: { hasNextPage: end < matching.length, endCursor: nodes.length ? String(end) : null },
            nodes,
          },
        },
        extensions: {
          cost: {
            requestedQueryCost,
            actualQueryCost: nodes.length * COST_PER_ORDER,
            throttleStatus: bucket(1500),
          },
        },
      });
    }),
  ];
}

/** ParcelwiseShop: the shop's details, or a top-level GraphQL error as Shopify sends it (still HTTP 200). */
function answerShop(state: AdminShopState) {
  state.detailsCalls++;
  const cost = (actual: number | null) => ({
    requestedQueryCost: SHOP_QUERY_COST,
    actualQueryCost: actual,
    throttleStatus: bucket(1500),
  });
  if (state.detailsError) {
    const { message, code } = state.detailsError;
    return HttpResponse.json({
      data: null,
      errors: [{ message, extensions: { code } }],
      extensions: { cost: cost(null) },
    });
  }
  return HttpResponse.json({
    data: { shop: { ...shopDetails(state.shop), ...state.details } },
    extensions: { cost: cost(SHOP_QUERY_COST) },
  });
}

/** Shopify charges a theme, its files connection and each file; a rough figure is enough here. */
const THEME_FILES_COST = 12;

/**
 * ParcelwiseMainThemeFiles (`themes(roles: [MAIN], first: 1) { nodes { files(filenames:, first:) } }`) and
 * ParcelwiseThemeFilesPage (`theme(id:) { files(…, after:) }`). Filenames match with `*` as any characters;
 * files come in name order, `first` to a page, with the index as cursor. A JSON file's body is
 * OnlineStoreThemeFileBodyText.
 */
function answerTheme(
  state: AdminShopState,
  operation: string,
  variables: { id?: string; filenames?: string[]; first: number; after: string | null },
) {
  state.themeCalls.push({ operation, first: variables.first, after: variables.after ?? null });
  const cost = { requestedQueryCost: THEME_FILES_COST, actualQueryCost: null, throttleStatus: bucket(1500) };
  if (state.themeError) {
    const { message, code } = state.themeError;
    return HttpResponse.json({
      data: null,
      errors: [
        {
          message,
          path: [operation === "ParcelwiseMainThemeFiles" ? "themes" : "theme"],
          extensions: { code },
        },
      ],
      extensions: { cost },
    });
  }
  const theme = state.theme ?? null;
  const patterns = (variables.filenames ?? []).map(globPattern);
  const names = Object.keys(theme?.files ?? {})
    .filter((name) => patterns.some((pattern) => pattern.test(name)))
    .sort();
  const start = variables.after ? Number(variables.after) : 0;
  const page = names.slice(start, start + variables.first);
  const files = theme && {
    nodes: page.map((filename) => ({ filename, body: { content: theme.files[filename] } })),
    pageInfo: {
      hasNextPage: start + page.length < names.length,
      endCursor: page.length ? String(start + page.length) : null,
    },
  };
  const data =
    operation === "ParcelwiseMainThemeFiles"
      ? { themes: { nodes: theme ? [{ id: theme.id, name: theme.name, files }] : [] } }
      : { theme: theme && variables.id === theme.id ? { files } : null };
  return HttpResponse.json({ data, extensions: { cost } });
}

/** A `filenames` entry as a pattern: `*` is any characters, everything else itself. */
function globPattern(name: string): RegExp {
  const literal = name.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${literal.join(".*")}$`);
}

/**
 * ParcelwiseVariantImages: `nodes(ids:)` answers in the order asked, null for an id that names nothing
 * (a deleted variant). Each variant costs its object and the five below it.
 */
function answerVariantImages(state: AdminShopState, ids: string[]) {
  state.variantCalls.push(ids);
  const nodes = ids.map((gid) => {
    const id = /^gid:\/\/shopify\/ProductVariant\/(\d+)$/.exec(gid)?.[1];
    return (id && state.variants[id]) || null;
  });
  const cost = ids.length * VARIANT_IMAGE_COST;
  return HttpResponse.json({
    data: { nodes },
    extensions: { cost: { requestedQueryCost: cost, actualQueryCost: cost, throttleStatus: bucket(1500) } },
  });
}

/** A product variant as ParcelwiseVariantImages returns it: its own image, its product's featured media. */
export function gqlVariant(
  id: string,
  images: { image?: string | null; productImage?: string | null } = {},
): GqlVariantImage {
  const { image = null, productImage = null } = images;
  return {
    id: `gid://shopify/ProductVariant/${id}`,
    image: image ? { url: image } : null,
    product: {
      featuredMedia: productImage ? { preview: { image: { url: productImage } } } : null,
    },
  };
}

/** The two search filters the app uses: created_at:>='…' and updated_at:>='…'. */
function matches(order: GqlOrder, search: string | undefined): boolean {
  const filter = search?.match(/^(created_at|updated_at):>='([^']+)'$/);
  if (!filter) return true;
  const value = filter[1] === "created_at" ? order.createdAt : order.updatedAt;
  return new Date(value) >= new Date(filter[2]);
}

/** An Admin GraphQL order node, as the ParcelwiseOrders query returns it. */
export function gqlOrder(n: number, overrides: Partial<GqlOrder> = {}): GqlOrder {
  const id = String(6_000_000_000_000 + n);
  return {
    legacyResourceId: id,
    name: `#${2000 + n}`,
    email: `shopper${n}@example.com`,
    phone: null,
    customerLocale: "fr",
    createdAt: "2026-11-10T10:00:00Z",
    updatedAt: "2026-11-10T10:00:00Z",
    processedAt: "2026-11-10T10:00:00Z",
    cancelledAt: null,
    cancelReason: null,
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: "FULFILLED",
    customer: { legacyResourceId: String(7_000_000_000_000 + n), firstName: "Amélie", lastName: "Poulain" },
    shippingAddress: {
      name: "Amélie Poulain",
      firstName: "Amélie",
      lastName: "Poulain",
      address1: "15 Rue Lepic",
      address2: null,
      zip: "75018",
      city: "Paris",
      province: null,
      countryCodeV2: "FR",
      phone: null,
    },
    lineItems: {
      nodes: [
        {
          id: `gid://shopify/LineItem/${8_000_000_000_000 + n}`,
          title: "Garden gnome",
          variantTitle: null,
          sku: "GNOME-1",
          quantity: 2,
          product: { legacyResourceId: "101" },
          variant: { legacyResourceId: "201" },
          image: { url: "https://cdn.shopify.com/s/files/1/0000/0001/files/gnome.jpg?v=1700000000" },
        },
      ],
    },
    fulfillments: [
      {
        legacyResourceId: String(9_000_000_000_000 + n),
        name: `#${2000 + n}.1`,
        status: "SUCCESS",
        createdAt: "2026-11-11T09:00:00Z",
        updatedAt: "2026-11-12T09:00:00Z",
        trackingInfo: [
          {
            company: "La Poste",
            number: `6A${n}FR`,
            url: `https://www.laposte.fr/outils/suivre-vos-envois?code=6A${n}FR`,
          },
        ],
        fulfillmentLineItems: {
          nodes: [
            {
              quantity: 2,
              lineItem: {
                id: `gid://shopify/LineItem/${8_000_000_000_000 + n}`,
                title: "Garden gnome",
                variantTitle: null,
                sku: "GNOME-1",
                quantity: 2,
                product: { legacyResourceId: "101" },
                variant: { legacyResourceId: "201" },
              },
            },
          ],
        },
        events: {
          nodes: [
            {
              id: `gid://shopify/FulfillmentEvent/${10_000_000_000_000 + n}`,
              status: "IN_TRANSIT",
              message: "Votre colis est en cours d'acheminement",
              happenedAt: "2026-11-12T08:00:00Z",
              createdAt: "2026-11-12T09:00:00Z",
              city: "Roissy",
              province: null,
              country: "France",
              zip: null,
              address1: null,
              latitude: null,
              longitude: null,
              estimatedDeliveryAt: "2026-11-14T18:00:00Z",
            },
          ],
        },
      },
    ],
    ...overrides,
  };
}
