import { forgetShopJobs } from "../jobs/queue.server";
import type { Tx } from "../types.server";

export interface CustomerRef {
  id?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * customers/redact: removes one customer's personal data from every table of one shop, keeping the
 * anonymous shipment history (status, times, carrier) the merchant's analytics need. Safe to run twice.
 * Orders are matched by Shopify customer id, email, phone, or the order ids Shopify names.
 */
export async function redactCustomer(
  tx: Tx,
  shopId: string,
  customer: CustomerRef,
  orderIds: string[],
): Promise<{ orders: number }> {
  const match = [
    ...(customer.id ? [{ customerId: customer.id }] : []),
    ...(customer.email ? [{ email: customer.email }] : []),
    ...(customer.phone ? [{ phone: customer.phone }] : []),
    ...(orderIds.length ? [{ shopifyId: { in: orderIds } }] : []),
  ];
  if (!match.length) return { orders: 0 };

  const orders = await tx.order.findMany({
    where: { shopId, OR: match },
    select: { id: true, shopifyId: true },
  });
  const ids = orders.map((o) => o.id);
  const now = new Date();
  await tx.order.updateMany({
    where: { shopId, id: { in: ids } },
    data: {
      email: null,
      phone: null,
      customerId: null,
      customerFirstName: null,
      customerLastName: null,
      shippingName: null,
      shippingAddress1: null,
      shippingAddress2: null,
      shippingZip: null,
      shippingCity: null,
      shippingProvince: null,
      shippingCountryCode: null,
      shippingPhone: null,
      redactedAt: now,
    },
  });
  // Shipments that arrived before their order are matched by the order's Shopify id as well.
  const shopifyIds = [...orders.map((o) => o.shopifyId), ...orderIds];
  const shipmentWhere = {
    shopId,
    OR: [{ orderId: { in: ids } }, { orderShopifyId: { in: shopifyIds } }],
  };
  const shipments = await tx.shipment.findMany({ where: shipmentWhere, select: { shopifyId: true } });
  await tx.shipment.updateMany({
    where: shipmentWhere,
    // The merchant's note on a handled exception is free text about this customer's parcel: it goes too.
    data: { destinationCity: null, destinationCountry: null, exceptionNote: null, redactedAt: now },
  });
  // The merchant's notification log keeps what was sent and when, not to whom (even masked).
  await tx.notification.updateMany({
    where: { shopId, shipment: shipmentWhere },
    data: { recipient: null },
  });
  // The last scans of a parcel are made at the shopper's door: their places go too.
  await tx.trackingEvent.updateMany({
    where: { shopId, fulfillmentShopifyId: { in: shipments.map((s) => s.shopifyId) } },
    data: { city: null, province: null, zip: null, address1: null, latitude: null, longitude: null },
  });
  // Chats hold what the shopper wrote: conversations about their orders, as them, or with their address.
  await tx.conversation.deleteMany({
    where: {
      shopId,
      OR: [
        { orderId: { in: ids } },
        ...(customer.id ? [{ customerId: customer.id }] : []),
        ...(customer.email ? [{ contactEmail: customer.email.toLowerCase() }] : []),
      ],
    },
  });
  const requests = [
    ...(customer.id ? [{ customerShopifyId: customer.id }] : []),
    ...(customer.email ? [{ customerEmail: customer.email }] : []),
  ];
  if (requests.length) await tx.dataRequest.deleteMany({ where: { shopId, OR: requests } });
  return { orders: ids.length };
}

/** shop/redact (48 h after uninstall): everything the app holds for the shop goes. Safe to run twice. */
export async function redactShop(tx: Tx, domain: string): Promise<void> {
  await tx.session.deleteMany({ where: { shop: domain } });
  await forgetShopJobs(tx, domain);
  await tx.webhookInbox.deleteMany({ where: { shopDomain: domain } });
  // Orders, shipments, events and data requests cascade from the shop row.
  await tx.shop.deleteMany({ where: { domain } });
}
