/**
 * Sends the conversations through the chat's route as Shopify's app proxy forwards them: a real signed
 * request (scripts/emulator/storefront.ts signAppProxyUrl) handed to app/routes/proxy.chat.tsx's action
 * in this process, one turn at a time. Timed from the call to the last byte of the JSON body; building
 * and signing the request is the proxy's work and is not timed.
 *
 * Many conversations are open at once and their turns interleave, as on a busy store: the next turn is
 * a random open conversation's, so a follow-up does not find its conversation's rows still hot.
 */
import { performance } from "node:perf_hooks";
import { signAppProxyUrl } from "../../scripts/emulator/storefront";
import type { ChatLanguage } from "../../app/chat/understand";
import { call } from "../lookup/lookups";
import { shopDomain } from "../lookup/seed";
import type { Expect, Kind, Script } from "./scripts";

export interface Sample {
  kind: Kind;
  variant: string;
  language: ChatLanguage;
  message: string;
  ms: number;
  status: number;
  ok: boolean;
  /** The reply's language, and whether it handed the conversation to a person. */
  replyLanguage: string | null;
  escalated: boolean;
}

export interface DriveOptions {
  secret: string;
  appUrl: string;
  /** Conversations open at once. */
  open: number;
  /** The rate limiter is reset after this many turns (below the per-shop limits even for one shop). */
  round: number;
}

interface Reply {
  conversationId?: string;
  intent?: string;
  language?: string;
  verify?: { reason: string };
  order?: { name: string };
  shipments?: unknown[];
  escalated?: boolean;
}

function answeredRight(expect: Expect, status: number, reply: Reply, order: string): boolean {
  if (status !== 200) return false;
  if (expect === "asksToVerify") return reply.verify?.reason === "needed" && !reply.order;
  if (expect === "generalAnswer") return reply.intent === "other" && !reply.verify && !reply.order;
  if (expect === "status") return reply.order?.name === order && !!reply.shipments?.length;
  return reply.escalated === true;
}

export async function drive(
  scripts: Script[],
  options: DriveOptions,
  rand: () => number,
  log: (m: string) => void,
): Promise<Sample[]> {
  const { action } = await import("../../app/routes/proxy.chat");
  const { resetRateLimits } = await import("../../app/storefront/rate-limit.server");
  const total = scripts.reduce((n, s) => n + s.turns.length, 0);

  // Every conversation is one shopper at one address: at most four messages (chat limit 30 a minute
  // per client) and one verification (lookup limit 10 a minute per client).
  interface Open {
    script: Script;
    ip: string;
    next: number;
    conversationId?: string;
  }
  let started = 0;
  const start = (): Open | null => {
    const script = scripts[started];
    if (!script) return null;
    const n = started++;
    return { script, ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, next: 0 };
  };
  const open: Open[] = [];
  for (let k = 0; k < options.open; k++) {
    const conversation = start();
    if (conversation) open.push(conversation);
  }

  const samples: Sample[] = [];
  for (let sent = 0; open.length; sent++) {
    if (sent % options.round === 0) resetRateLimits();
    const slot = Math.floor(rand() * open.length);
    const conversation = open[slot];
    const { script } = conversation;
    const turn = script.turns[conversation.next++];
    // Built and signed just before it is sent: Shopify's timestamp must be within 90 s.
    const url = signAppProxyUrl(
      new URL(`${options.appUrl}/proxy/chat`),
      shopDomain(script.shop),
      options.secret,
    );
    const request = new Request(url, {
      method: "POST",
      body: JSON.stringify({ ...turn.body, conversationId: conversation.conversationId }),
      headers: { "Content-Type": "application/json", "X-Forwarded-For": conversation.ip },
    });
    const begin = performance.now();
    const response = await call(() => action({ request, params: {}, context: {} }));
    const text = await response.text();
    const ms = performance.now() - begin;

    const reply = JSON.parse(text) as Reply;
    conversation.conversationId = reply.conversationId ?? conversation.conversationId;
    if (script.timed) {
      samples.push({
        kind: turn.kind,
        variant: turn.variant,
        language: script.language,
        message: turn.body.message,
        ms,
        status: response.status,
        ok: answeredRight(turn.expect, response.status, reply, script.order),
        replyLanguage: reply.language ?? null,
        escalated: reply.escalated === true,
      });
    }
    if (conversation.next === script.turns.length) {
      const next = start();
      if (next) open[slot] = next;
      else open.splice(slot, 1);
    }
    if ((sent + 1) % 2000 === 0) log(`turns: ${sent + 1} of ${total}`);
  }
  return samples;
}
