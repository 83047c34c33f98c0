import type { z } from "zod";
import { cancelShopJobs, enqueue } from "../jobs/queue.server";
import { ingestOrder } from "../orders/ingest-order.server";
import { redactCustomer, redactShop } from "../privacy/redact.server";
import { ingestFulfillment } from "../shipments/ingest-fulfillment.server";
import { deleteFulfillmentEvent, ingestFulfillmentEvent } from "../shipments/ingest-event.server";
import type { ShopRef, Tx } from "../types.server";
import {
  customersDataRequestPayload,
  customersRedactPayload,
  fulfillmentEventDeletePayload,
  fulfillmentEventPayload,
  fulfillmentPayload,
  orderPayload,
  shopRedactPayload,
} from "./payloads";

export interface WebhookContext<T> {
  /** The shop's row; null only for topics with `createsShop: false` whose shop we do not know. */
  shop: ShopRef | null;
  shopDomain: string;
  payload: T;
}

/** What the app does with one webhook topic. `handle` runs inside the receipt's transaction. */
export interface WebhookTopic<T = unknown> {
  topic: string;
  payload: z.ZodType<T, unknown>;
  /** Whether a webhook from a shop without a row creates the row (false where that would be wrong). */
  createsShop: boolean;
  handle(tx: Tx, context: WebhookContext<T>): Promise<void>;
}

function defineTopic<T>(topic: WebhookTopic<T>): WebhookTopic<T> {
  return topic;
}

function requireShop(context: WebhookContext<unknown>): ShopRef {
  if (!context.shop) throw new Error(`No shop row for ${context.shopDomain}`);
  return context.shop;
}

const orderTopic = (topic: string) =>
  defineTopic({
    topic,
    payload: orderPayload,
    createsShop: true,
    handle: async (tx, context) => {
      await ingestOrder(tx, requireShop(context), context.payload);
    },
  });

const fulfillmentTopic = (topic: string) =>
  defineTopic({
    topic,
    payload: fulfillmentPayload,
    createsShop: true,
    handle: async (tx, context) => {
      await ingestFulfillment(tx, requireShop(context), context.payload);
    },
  });

export const ordersCreate = orderTopic("orders/create");
export const ordersUpdated = orderTopic("orders/updated");
export const ordersCancelled = orderTopic("orders/cancelled");
export const fulfillmentsCreate = fulfillmentTopic("fulfillments/create");
export const fulfillmentsUpdate = fulfillmentTopic("fulfillments/update");

export const fulfillmentEventsCreate = defineTopic({
  topic: "fulfillment_events/create",
  payload: fulfillmentEventPayload,
  createsShop: true,
  handle: async (tx, context) => {
    await ingestFulfillmentEvent(tx, requireShop(context), context.payload);
  },
});

export const fulfillmentEventsDelete = defineTopic({
  topic: "fulfillment_events/delete",
  payload: fulfillmentEventDeletePayload,
  createsShop: true,
  handle: async (tx, context) => {
    await deleteFulfillmentEvent(tx, requireShop(context), context.payload);
  },
});

/** The shop stays (history survives a reinstall) but its tokens go; shop/redact removes the rest. */
export const appUninstalled = defineTopic({
  topic: "app/uninstalled",
  payload: shopRedactPayload.partial().loose(),
  createsShop: false,
  handle: async (tx, { shopDomain }) => {
    await tx.session.deleteMany({ where: { shop: shopDomain } });
    await tx.shop.updateMany({
      where: { domain: shopDomain, uninstalledAt: null },
      data: { uninstalledAt: new Date() },
    });
    await cancelShopJobs(tx, shopDomain);
  },
});

export const customersDataRequest = defineTopic({
  topic: "customers/data_request",
  payload: customersDataRequestPayload,
  createsShop: false,
  handle: async (tx, { shop, payload }) => {
    if (!shop) return; // Nothing held for a shop we never stored.
    const request = await tx.dataRequest.create({
      data: {
        shopId: shop.id,
        shopifyRequestId: payload.data_request?.id ?? null,
        customerShopifyId: payload.customer.id ?? null,
        customerEmail: payload.customer.email,
        ordersRequested: JSON.stringify(payload.orders_requested),
      },
      select: { id: true },
    });
    await enqueue(tx, "compile-data-request", { dataRequestId: request.id });
  },
});

export const customersRedact = defineTopic({
  topic: "customers/redact",
  payload: customersRedactPayload,
  createsShop: false,
  handle: async (tx, { shop, shopDomain, payload }) => {
    // Webhooks that could not be applied keep their payload for inspection: not this customer's.
    const needles = [payload.customer.email, payload.customer.id].filter((v): v is string => !!v);
    for (const needle of needles) {
      await tx.webhookInbox.updateMany({
        where: { shopDomain, failedAt: { not: null }, payload: { contains: needle } },
        data: { payload: null },
      });
    }
    if (!shop) return;
    await redactCustomer(tx, shop.id, payload.customer, payload.orders_to_redact);
  },
});

export const shopRedact = defineTopic({
  topic: "shop/redact",
  payload: shopRedactPayload,
  createsShop: false,
  handle: async (tx, { shopDomain }) => {
    await redactShop(tx, shopDomain);
  },
});

/** Every topic the app handles, by Shopify's name: the inbox worker dispatches with it. */
export const WEBHOOK_TOPICS: ReadonlyMap<string, WebhookTopic<never>> = new Map(
  [
    ordersCreate,
    ordersUpdated,
    ordersCancelled,
    fulfillmentsCreate,
    fulfillmentsUpdate,
    fulfillmentEventsCreate,
    fulfillmentEventsDelete,
    appUninstalled,
    customersDataRequest,
    customersRedact,
    shopRedact,
  ].map((topic) => [topic.topic, topic as WebhookTopic<never>]),
);
