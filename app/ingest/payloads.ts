import { z } from "zod";

/**
 * Shapes of the Shopify webhook payloads the app reads (REST resource JSON, as webhooks deliver it).
 * Only the fields used are declared; everything else is ignored. Lenient where Shopify is (nulls
 * everywhere), strict on what identifies a record.
 */

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const text = z
  .string()
  .nullish()
  .transform((v) => (v == null || v === "" ? null : v));
const time = z.iso
  .datetime({ offset: true })
  .nullish()
  .transform((v) => (v ? new Date(v) : null));
const requiredTime = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

export const lineItemPayload = z.object({
  id,
  title: text,
  variant_title: text,
  sku: text,
  quantity: z.number().int().nonnegative().default(1),
  product_id: id.nullish(),
  variant_id: id.nullish(),
  /** Never in a webhook: the Admin API's LineItem.image, which the backfill passes on (from-graphql.ts). */
  image_url: text,
});

const address = z
  .object({
    name: text,
    first_name: text,
    last_name: text,
    address1: text,
    address2: text,
    zip: text,
    city: text,
    province: text,
    province_code: text,
    country_code: text,
    phone: text,
  })
  .nullish();

export const fulfillmentPayload = z.object({
  id,
  order_id: id,
  name: text,
  status: text,
  created_at: requiredTime,
  updated_at: requiredTime,
  tracking_company: text,
  tracking_number: text,
  tracking_numbers: z.array(z.string()).nullish(),
  tracking_url: text,
  tracking_urls: z.array(z.string()).nullish(),
  shipment_status: text,
  line_items: z.array(lineItemPayload).default([]),
  destination: address,
});
export type FulfillmentPayload = z.infer<typeof fulfillmentPayload>;

export const orderPayload = z.object({
  id,
  name: z.string().min(1).max(255),
  email: text,
  contact_email: text,
  phone: text,
  customer_locale: text,
  created_at: requiredTime,
  updated_at: requiredTime,
  processed_at: time,
  cancelled_at: time,
  cancel_reason: text,
  financial_status: text,
  fulfillment_status: text,
  customer: z.object({ id, email: text, phone: text, first_name: text, last_name: text }).nullish(),
  shipping_address: address,
  line_items: z.array(lineItemPayload).default([]),
  /** orders/updated carries the order's fulfillments: a missed fulfillments webhook is caught here. */
  fulfillments: z.array(fulfillmentPayload).default([]),
});
export type OrderPayload = z.infer<typeof orderPayload>;

export const fulfillmentEventPayload = z.object({
  id,
  fulfillment_id: id,
  order_id: id.nullish(),
  status: z.string().min(1).max(64),
  message: text,
  happened_at: requiredTime,
  created_at: time,
  city: text,
  province: text,
  country: text,
  zip: text,
  address1: text,
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  estimated_delivery_at: time,
});
export type FulfillmentEventPayload = z.infer<typeof fulfillmentEventPayload>;

/** fulfillment_events/delete: only the ids are sent. */
export const fulfillmentEventDeletePayload = z.object({
  id,
  fulfillment_id: id.nullish(),
  order_id: id.nullish(),
});

const customerRef = z.object({ id: id.nullish(), email: text, phone: text });

export const customersDataRequestPayload = z.object({
  shop_domain: z.string(),
  customer: customerRef,
  orders_requested: z.array(id).default([]),
  data_request: z.object({ id }).nullish(),
});

export const customersRedactPayload = z.object({
  shop_domain: z.string(),
  customer: customerRef,
  orders_to_redact: z.array(id).default([]),
});

export const shopRedactPayload = z.object({ shop_domain: z.string() });

export type LineItem = {
  id: string;
  title: string | null;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  productId: string | null;
  variantId: string | null;
  /** Only from the Admin API; webhook orders get their images through VariantImage. */
  imageUrl?: string;
};

export function toLineItems(items: z.infer<typeof lineItemPayload>[]): LineItem[] {
  return items.map((item) => ({
    id: item.id,
    title: item.title,
    variantTitle: item.variant_title,
    sku: item.sku,
    quantity: item.quantity,
    productId: item.product_id ?? null,
    variantId: item.variant_id ?? null,
    ...(item.image_url ? { imageUrl: item.image_url } : {}),
  }));
}
