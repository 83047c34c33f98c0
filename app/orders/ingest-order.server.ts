import type { LineItem, OrderPayload } from "../ingest/payloads";
import { toLineItems } from "../ingest/payloads";
import { ingestFulfillment } from "../shipments/ingest-fulfillment.server";
import type { StatusChange } from "../shipments/refresh-status.server";
import type { ShopRef, Tx } from "../types.server";
import { requestVariantImages } from "../variant-images/request.server";

/**
 * Writes an order from any order payload (orders/create|updated|cancelled, backfill, reconciliation).
 * Ordered by Shopify's `updated_at`: an older payload than the one stored leaves the order as it is.
 * Joins shipments that arrived first, asks for the images of variants the storefront has none for, then
 * ingests the fulfillments the payload carries.
 */
export async function ingestOrder(tx: Tx, shop: ShopRef, order: OrderPayload): Promise<StatusChange[]> {
  const key = { shopId_shopifyId: { shopId: shop.id, shopifyId: order.id } };
  const existing = await tx.order.findUnique({
    where: key,
    select: { id: true, shopifyUpdatedAt: true, redactedAt: true },
  });

  let orderId: string;
  if (existing && existing.shopifyUpdatedAt > order.updated_at) {
    orderId = existing.id;
  } else {
    const lineItems = toLineItems(order.line_items);
    // After customers/redact, the order's status keeps updating but no personal data comes back.
    const data = existing?.redactedAt
      ? businessFields(order, lineItems)
      : { ...businessFields(order, lineItems), ...personalFields(order) };
    if (existing) {
      orderId = existing.id;
      // Conditional on updated_at in the statement itself, so a concurrent newer write always wins.
      await tx.order.updateMany({
        where: { id: orderId, shopifyUpdatedAt: { lte: order.updated_at } },
        data,
      });
    } else {
      const created = await tx.order.create({
        data: { ...data, shopId: shop.id, shopifyId: order.id },
        select: { id: true },
      });
      orderId = created.id;
      await tx.shipment.updateMany({
        where: { shopId: shop.id, orderShopifyId: order.id, orderId: null },
        data: { orderId },
      });
    }
    await requestVariantImages(tx, shop, lineItems);
  }

  const changes: StatusChange[] = [];
  for (const fulfillment of order.fulfillments) {
    const change = await ingestFulfillment(tx, shop, fulfillment, orderId);
    if (change) changes.push(change);
  }
  return changes;
}

function businessFields(order: OrderPayload, lineItems: LineItem[]) {
  return {
    name: order.name,
    financialStatus: order.financial_status,
    fulfillmentStatus: order.fulfillment_status,
    lineItems: JSON.stringify(lineItems),
    processedAt: order.processed_at ?? order.created_at,
    cancelledAt: order.cancelled_at,
    cancelReason: order.cancel_reason,
    customerLocale: order.customer_locale,
    shopifyUpdatedAt: order.updated_at,
  };
}

/** Everything customers/redact must be able to remove (see app/privacy/redact.server.ts). */
function personalFields(order: OrderPayload) {
  const address = order.shipping_address;
  return {
    email: order.email ?? order.contact_email ?? order.customer?.email ?? null,
    phone: order.phone ?? order.customer?.phone ?? address?.phone ?? null,
    customerId: order.customer?.id ?? null,
    customerFirstName: order.customer?.first_name ?? address?.first_name ?? null,
    customerLastName: order.customer?.last_name ?? address?.last_name ?? null,
    shippingName: address?.name ?? null,
    shippingAddress1: address?.address1 ?? null,
    shippingAddress2: address?.address2 ?? null,
    shippingZip: address?.zip ?? null,
    shippingCity: address?.city ?? null,
    shippingCountryCode: address?.country_code ?? null,
    shippingProvince: address?.province ?? null,
    shippingPhone: address?.phone ?? null,
  };
}
