import { sendEmail } from "../channels/email.server";
import { SendError } from "../channels/send-error";
import type { Db } from "../db.server";
import { whileDatabaseAway } from "../jobs/database-outage.server";
import { channelSetup, type Deployment } from "../notifications/channel-setup.server";
import { loadNotificationSettings } from "../notifications/settings.server";
import { STATUS_LABEL } from "../shipments/status";
import { escapeHtml } from "../notifications/templates/html";
import { orderTrackingView } from "../storefront/tracking-view.server";
import type { HandoffReason } from "./answer";
import { REASON_LABEL } from "./handoff-reasons";

/**
 * The email that hands a chat over to the shop's team: why, the order with its parcels, how to reach the
 * shopper (Reply-To), and the whole transcript. Sent by the "chat-handoff" job, queued in the transaction
 * that marked the conversation escalated, so a crash never loses one; the Message-ID is the conversation's,
 * so a retry after a crash is recognisably the same mail.
 *
 * It goes to the shop's reply-to address (notification settings), else its contact email. A shop with
 * neither keeps the conversation on the admin's list, marked as not emailed.
 */

export type HandoffEmailResult = "sent" | "failed" | "no-address" | "gone";

export async function sendHandoffEmail(
  db: Db,
  deployment: Deployment,
  conversationId: string,
  adminOrigin = "https://admin.shopify.com",
): Promise<HandoffEmailResult> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    include: {
      shop: { select: { id: true, domain: true, name: true, email: true, uninstalledAt: true } },
      messages: { orderBy: [{ createdAt: "asc" }, { role: "desc" }], take: 200 },
    },
  });
  if (!conversation || conversation.shop.uninstalledAt || !conversation.escalatedAt) return "gone";
  const { shop } = conversation;
  const settings = await loadNotificationSettings(db, shop.id);
  const to = settings.replyTo ?? shop.email;
  if (!to) {
    await db.conversation.update({ where: { id: conversation.id }, data: { handoffEmail: "NO_ADDRESS" } });
    return "no-address";
  }

  const order = conversation.orderId
    ? await db.order.findFirst({
        where: { id: conversation.orderId, shopId: shop.id, redactedAt: null },
        select: { id: true, shopifyId: true, name: true, email: true, phone: true },
      })
    : null;
  const view = order ? await orderTrackingView(db, shop.id, order.id, order.name) : null;
  const reason = REASON_LABEL[conversation.escalationReason as HandoffReason] ?? "Handed over";
  const shopperEmail = order?.email ?? conversation.contactEmail;
  const storeHandle = shop.domain.replace(/\.myshopify\.com$/, "");

  const lines = [
    `A shopper's chat on ${shop.name ?? shop.domain} needs you.`,
    "",
    `Reason: ${reason}`,
    `Language: ${conversation.language}`,
    order
      ? `Order: ${order.name} — ${adminOrigin}/store/${storeHandle}/orders/${order.shopifyId}`
      : "Order: not verified",
    ...(view?.shipments ?? []).map(
      (s, i) =>
        `Parcel ${i + 1}: ${STATUS_LABEL[s.status]}${s.carrier ? `, ${s.carrier}` : ""}${
          s.trackingNumbers.length ? `, ${s.trackingNumbers.join(", ")}` : ""
        }${s.events[0] ? `, last update ${s.events[0].at}` : ""}`,
    ),
    `Shopper: ${[shopperEmail, order?.phone].filter(Boolean).join(", ") || "no contact given"}`,
    "",
    "Transcript:",
    ...conversation.messages.map(
      (m) => `[${m.createdAt.toISOString()}] ${m.role === "SHOPPER" ? "Shopper" : "Assistant"}: ${m.text}`,
    ),
  ];
  const text = lines.join("\n");
  const setup = channelSetup(settings, shop, deployment);
  let outcome: "SENT" | "FAILED" = "SENT";
  try {
    await sendEmail(setup.email.smtpUrl, {
      messageId: `<chat-${conversation.id}@parcelwise.app>`,
      from: setup.email.from,
      replyTo: shopperEmail && /^[^\s@<>,]+@[^\s@<>,]+$/.test(shopperEmail) ? shopperEmail : undefined,
      to,
      subject: `Chat handover: ${reason}${order ? ` (order ${order.name})` : ""}`,
      text,
      html: `<pre style="font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
      language: "en",
    });
  } catch (error) {
    // A refused address will not change by retrying: record it and stop. Anything else is retried.
    if (!(error instanceof SendError && error.permanent)) throw error;
    outcome = "FAILED";
  }
  // Sent: a database restart now must not make the job fail and send it again.
  await whileDatabaseAway("Recording the handover email", () =>
    db.conversation.update({ where: { id: conversation.id }, data: { handoffEmail: outcome } }),
  );
  return outcome === "SENT" ? "sent" : "failed";
}
