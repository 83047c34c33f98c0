/**
 * The queries one turn of each kind sends, as counted by a client that logs them: two short
 * conversations of one seeded shopper, run through chatTurn (the domain function behind the route).
 */
import type { Db } from "../../app/db.server";
import { queriesPerLookup } from "../lookup/plan";
import { orderEmail, orderName, shopDomain, type StorePlan } from "../lookup/seed";

export async function queriesPerTurn(url: string, plan: StorePlan): Promise<Record<string, string[]>> {
  const { chatTurn } = await import("../../app/chat/conversation.server");
  const i = 12_345 % plan.shipments;
  const shop = shopDomain(i % plan.shops);
  let verified: string | undefined;
  let guest: string | undefined;
  const turn = async (
    db: Db,
    message: string,
    more: { conversationId?: string; orderNumber?: string; contact?: string },
  ) => {
    const outcome = await chatTurn(
      { db, verifyAllowed: () => true },
      { shopDomain: shop, customerId: null, message, locale: "en", ...more },
    );
    return "conversationId" in outcome.body ? outcome.body.conversationId : undefined;
  };
  return queriesPerLookup(url, {
    "first message (where is my order)": async (db) => (verified = await turn(db, "where is my order?", {})),
    "verify + status (form fields)": (db) =>
      turn(db, orderName(i, plan.shops), {
        conversationId: verified,
        orderNumber: orderName(i, plan.shops),
        contact: orderEmail(i),
      }),
    "verified follow-up": (db) => turn(db, "when will it arrive?", { conversationId: verified }),
    "handoff (verified)": (db) => turn(db, "can I talk to someone please", { conversationId: verified }),
    "first message (other)": async (db) => (guest = await turn(db, "do you ship to Canada?", {})),
    "handoff (guest with email)": (db) =>
      turn(db, `I want to talk to a person, my email is ${orderEmail(i)}`, { conversationId: guest }),
  });
}
