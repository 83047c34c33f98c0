import type { Db } from "../db.server";

/**
 * customers/data_request, compiled in the background: everything Parcelwise holds on one customer of
 * one shop, as JSON the merchant can hand over. Stored on the DataRequest row and shown in the admin.
 */
export async function compileDataRequest(db: Db, dataRequestId: string): Promise<void> {
  const request = await db.dataRequest.findUnique({ where: { id: dataRequestId } });
  if (!request || request.compiledAt) return;
  const orderIds: string[] = JSON.parse(request.ordersRequested);
  const match = [
    ...(request.customerShopifyId ? [{ customerId: request.customerShopifyId }] : []),
    ...(request.customerEmail ? [{ email: request.customerEmail }] : []),
    ...(orderIds.length ? [{ shopifyId: { in: orderIds } }] : []),
  ];
  const orders = match.length
    ? await db.order.findMany({
        where: { shopId: request.shopId, OR: match },
        include: {
          shipments: {
            include: {
              events: { where: { deletedAt: null }, orderBy: { happenedAt: "asc" } },
              notifications: {
                where: { status: "SENT" },
                orderBy: { sentAt: "asc" },
                select: { milestone: true, channel: true, sentAt: true, locale: true },
              },
            },
          },
        },
        orderBy: { processedAt: "asc" },
      })
    : [];
  const conversations = await db.conversation.findMany({
    where: {
      shopId: request.shopId,
      OR: [
        { orderId: { in: orders.map((o) => o.id) } },
        ...(request.customerShopifyId ? [{ customerId: request.customerShopifyId }] : []),
        ...(request.customerEmail ? [{ contactEmail: request.customerEmail.toLowerCase() }] : []),
      ],
    },
    include: {
      messages: { orderBy: { createdAt: "asc" }, select: { role: true, text: true, createdAt: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const data = {
    customer: { id: request.customerShopifyId, email: request.customerEmail },
    // What the customer wrote to the shop's chat, and what it answered.
    chats: conversations.map((c) => ({
      startedAt: c.createdAt,
      language: c.language,
      escalatedAt: c.escalatedAt,
      messages: c.messages,
    })),
    orders: orders.map((order) => ({
      id: order.shopifyId,
      name: order.name,
      email: order.email,
      phone: order.phone,
      firstName: order.customerFirstName,
      lastName: order.customerLastName,
      locale: order.customerLocale,
      shippingAddress: {
        name: order.shippingName,
        address1: order.shippingAddress1,
        address2: order.shippingAddress2,
        zip: order.shippingZip,
        city: order.shippingCity,
        province: order.shippingProvince,
        countryCode: order.shippingCountryCode,
        phone: order.shippingPhone,
      },
      shipments: order.shipments.map((s) => ({
        id: s.shopifyId,
        carrier: s.carrier,
        trackingNumbers: JSON.parse(s.trackingNumbers) as string[],
        status: s.status,
        deliveredAt: s.deliveredAt,
        // What the merchant noted when they handled a problem with the parcel (admin shipment page).
        exceptionNote: s.exceptionNote,
        events: s.events.map((e) => ({
          status: e.rawStatus,
          happenedAt: e.happenedAt,
          city: e.city,
          country: e.country,
          message: e.message,
        })),
        // The messages Parcelwise sent this customer about the shipment.
        notifications: s.notifications,
      })),
    })),
  };
  await db.dataRequest.update({
    where: { id: request.id },
    data: { data: JSON.stringify(data, null, 2), compiledAt: new Date() },
  });
}
