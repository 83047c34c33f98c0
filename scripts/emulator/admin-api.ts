import type { IncomingMessage, ServerResponse } from "node:http";
import { ordersPage, queryCost, SHOP_QUERY_COST, shopResult } from "./graphql";
import type { ShopOrder } from "./model";
import { DEMO_SHOP_SETTINGS, type ShopSettings } from "./shop";

/**
 * Admin GraphQL at /shops/<shop>/admin/api/<version>/graphql.json (the app's SHOPIFY_ADMIN_ORIGIN is
 * http://127.0.0.1:<port>/shops/{shop}). Like Shopify: the access token is checked, cost is charged to
 * a leaky bucket (2,000 points, 100/s) and reported in extensions.cost, and a call the bucket cannot
 * pay for answers HTTP 200 with a THROTTLED error. It answers the app's operations, ParcelwiseOrders,
 * ParcelwiseShop, ParcelwiseVariantImages and ParcelwiseMainThemeFiles; anything else gets a GraphQL error.
 */
export interface AdminApiOptions {
  shop: string;
  accessToken: string;
  orders: () => ShopOrder[];
  /** What ParcelwiseShop answers; the demo shop's settings by default. */
  settings?: ShopSettings;
  log: (line: string) => void;
}

/** One operation's answer before the bucket is charged for it. */
interface Answer {
  data: unknown;
  cost: { requested: number; actual: number };
  /** One line for the log and `stats.lastQuery`. */
  summary: string;
}

const MAX_POINTS = 2000;
const RESTORE_RATE = 100;
const MAX_QUERY_COST = 1000;

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
};

export function createAdminApi(options: AdminApiOptions) {
  let available = MAX_POINTS;
  let lastRefill = Date.now();
  const stats = { requests: 0, throttled: 0, lastQuery: null as string | null };

  async function handle(req: IncomingMessage, res: ServerResponse, shop: string): Promise<void> {
    stats.requests++;
    if (req.method !== "POST") return send(res, 405, { errors: "Use POST" });
    if (shop !== options.shop) return send(res, 404, { errors: "Not Found" });
    if (req.headers["x-shopify-access-token"] !== options.accessToken) {
      options.log(`Admin API: rejected a call with a wrong access token`);
      return send(res, 401, {
        errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
      });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: { query?: string; variables?: Record<string, unknown> };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(res, 400, { errors: "Malformed JSON" });
    }
    const operation = body.query?.match(
      /\bquery\s+(ParcelwiseOrders|ParcelwiseShop|ParcelwiseVariantImages|ParcelwiseMainThemeFiles)\b/,
    )?.[1];
    if (!operation) {
      return send(res, 200, {
        errors: [
          {
            message:
              "The shop emulator only answers the ParcelwiseOrders, ParcelwiseShop, ParcelwiseVariantImages and ParcelwiseMainThemeFiles queries",
          },
        ],
      });
    }
    const { data, cost, summary } =
      operation === "ParcelwiseShop"
        ? shopAnswer()
        : operation === "ParcelwiseVariantImages"
          ? variantImagesAnswer(body.variables ?? {})
          : operation === "ParcelwiseMainThemeFiles"
            ? themeFilesAnswer()
            : ordersAnswer(body.variables ?? {});

    if (cost.requested > MAX_QUERY_COST) {
      return send(res, 200, {
        errors: [
          {
            message: `Query cost is ${cost.requested}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).`,
            extensions: { code: "MAX_COST_EXCEEDED", cost: cost.requested, maxCost: MAX_QUERY_COST },
          },
        ],
      });
    }
    const now = Date.now();
    available = Math.min(MAX_POINTS, available + ((now - lastRefill) / 1000) * RESTORE_RATE);
    lastRefill = now;
    const throttleStatus = () => ({
      maximumAvailable: MAX_POINTS,
      currentlyAvailable: Math.floor(available),
      restoreRate: RESTORE_RATE,
    });
    if (cost.requested > available) {
      stats.throttled++;
      options.log(`Admin API: THROTTLED (${cost.requested} requested, ${Math.floor(available)} available)`);
      return send(res, 200, {
        errors: [
          {
            message: "Throttled",
            extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" },
          },
        ],
        extensions: {
          cost: {
            requestedQueryCost: cost.requested,
            actualQueryCost: null,
            throttleStatus: throttleStatus(),
          },
        },
      });
    }
    // Charged the requested cost up front, refunded down to the actual cost afterwards.
    available -= cost.actual;
    stats.lastQuery = summary;
    options.log(`Admin API: ${operation} ${summary}`);
    send(res, 200, {
      data,
      extensions: {
        cost: {
          requestedQueryCost: cost.requested,
          actualQueryCost: cost.actual,
          throttleStatus: throttleStatus(),
        },
      },
    });
  }

  function ordersAnswer(vars: Record<string, unknown>): Answer {
    const first = Math.min(Number(vars.first) || 10, 250);
    const search = typeof vars.query === "string" ? vars.query : null;
    const page = ordersPage(
      options.orders(),
      first,
      typeof vars.after === "string" ? vars.after : null,
      search,
    );
    const more = page.orders.pageInfo.hasNextPage ? " (more pages)" : "";
    return {
      data: page,
      cost: queryCost(first, page),
      summary: `${search ?? "(all)"} → ${page.orders.nodes.length} orders${more}`,
    };
  }

  function shopAnswer(): Answer {
    const settings = options.settings ?? DEMO_SHOP_SETTINGS;
    return {
      data: shopResult(settings),
      cost: SHOP_QUERY_COST,
      summary: `→ ${settings.name} (${settings.ianaTimezone}, ${settings.currencyCode})`,
    };
  }

  return { handle, stats };
}

/**
 * The demo's products have no images (the demo has no https image host for the storefront to show), so
 * every variant answers with none, as Shopify does for a product without media.
 */
function variantImagesAnswer(vars: Record<string, unknown>): Answer {
  const ids = Array.isArray(vars.ids) ? vars.ids.filter((id): id is string => typeof id === "string") : [];
  const nodes = ids.map((id) => ({ id, image: null, product: { featuredMedia: null } }));
  return {
    data: { nodes },
    // One point per object: the variant and its product.
    cost: { requested: ids.length * 2, actual: ids.length * 2 },
    summary: `→ ${ids.length} variants, no images`,
  };
}

/** The demo theme's extension uuid, as Shopify writes it into a placed block's type. */
const DEMO_EXTENSION_UUID = "0d6b1f6e-5c43-4b8e-9d3a-7f2c2a9e1b40";
const blockType = (handle: string) => `shopify://apps/parcelwise/blocks/${handle}/${DEMO_EXTENSION_UUID}`;

/**
 * The demo shop's live theme as far as the app reads it: the storefront page /storefront/track has the
 * "Order tracking" block (templates/page.track.json) and the chat embed is on (config/settings_data.json),
 * as the emulated storefront renders them. Shopify starts these files with a comment header.
 */
function themeFilesAnswer(): Answer {
  const header = "/*\n * IMPORTANT: The contents of this file are auto-generated.\n */\n";
  const files = [
    {
      filename: "config/settings_data.json",
      content: JSON.stringify({
        current: { blocks: { "1": { type: blockType("chat-embed"), disabled: false, settings: {} } } },
      }),
    },
    {
      filename: "templates/page.track.json",
      content: JSON.stringify({
        sections: {
          main: {
            type: "main-page",
            blocks: { tracking: { type: blockType("order-tracking"), settings: {} } },
            block_order: ["tracking"],
          },
        },
        order: ["main"],
      }),
    },
  ];
  return {
    data: {
      themes: {
        nodes: [
          {
            id: "gid://shopify/OnlineStoreTheme/1",
            name: "Dawn (emulated)",
            files: {
              nodes: files.map((f) => ({ filename: f.filename, body: { content: header + f.content } })),
              pageInfo: { hasNextPage: false, endCursor: null },
            },
          },
        ],
      },
    },
    // One point per theme and per file.
    cost: { requested: 1 + files.length, actual: 1 + files.length },
    summary: `→ live theme, ${files.length} files`,
  };
}
