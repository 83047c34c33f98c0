import type { Db } from "../db.server";
import { BodyTooLargeError, readBodyWithLimit } from "../ingest/read-body.server";
import { normalizeTrackingNumber } from "../shipments/tracking-numbers.server";
import { applySnapshot, feedTarget } from "./apply-snapshot.server";
import { POLL_AFTER_SILENCE_MS, type CarrierFeedProvider } from "./feed";
import { schedulePoll } from "./poll.server";

export interface PushDeps {
  db: Db;
  /** The deployment's feed; null: not configured, and the endpoint does not exist (404). */
  provider: CarrierFeedProvider | null;
  maxBytes: number;
  /** Called when a push changed something (the web process wakes its notification dispatcher). */
  onChange?: () => void;
  now?: () => Date;
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status });

/**
 * A carrier feed's push. Refused before anything is read or written, in order: method (405), no feed
 * configured (404), size (413, counted on the stream), signature (401, also when absent), JSON (400),
 * shape (400). A number nobody registered is acknowledged and ignored (200). Otherwise every shop's
 * shipment with that number is updated, each in its own transaction — a shop only ever sees its own
 * shipment change — and the answer comes after they committed: a failure answers 500 and the provider
 * retries (17TRACK: after 10, 30 and 60 minutes), while polling covers a push that is lost for good.
 */
export async function receiveCarrierPush(request: Request, deps: PushDeps): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "Pushes must be POSTed" });
  const { db, provider } = deps;
  if (!provider) return json(404, { error: "No carrier feed is configured" });

  let body: string;
  try {
    body = await readBodyWithLimit(request, deps.maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(413, { error: error.message });
    throw error;
  }
  if (!provider.verifyPush(request.headers, body)) return json(401, { error: "Invalid signature" });
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return json(400, { error: "Malformed JSON body" });
  }
  const message = provider.parsePush(payload);
  if (message.kind === "invalid") return json(400, { error: `Invalid push: ${message.error}` });
  if (message.kind === "ignored") return json(200, { ok: true, ignored: message.reason });

  const number = normalizeTrackingNumber(
    message.kind === "updated" ? message.snapshot.number : message.number,
  );
  const carrierCode = message.kind === "updated" ? message.snapshot.carrierCode : message.carrierCode;
  const feeds = (
    await db.carrierFeed.findMany({
      where: {
        provider: provider.name,
        number,
        state: { in: ["PENDING", "REGISTERED", "STOPPED"] },
        shop: { uninstalledAt: null },
      },
      include: {
        shipment: { select: { shopifyId: true, redactedAt: true } },
        shop: { select: { domain: true } },
      },
    })
  ).filter((feed) => !feed.carrierCode || !carrierCode || feed.carrierCode === carrierCode);
  if (!feeds.length) return json(200, { ok: true, ignored: "unknown tracking number" });

  const now = deps.now?.() ?? new Date();
  let changed = false;
  for (const feed of feeds) {
    await db.$transaction(async (tx) => {
      if (message.kind === "stopped") {
        await tx.carrierFeed.update({ where: { id: feed.id }, data: { state: "STOPPED", nextPollAt: null } });
        return;
      }
      const applied = await applySnapshot(tx, feedTarget(feed), message.snapshot, now);
      changed ||= applied.added + applied.updated > 0;
      // The registration job still owns a PENDING number; a push only says it is alive.
      const registered = feed.state !== "PENDING";
      const nextPollAt = new Date(now.getTime() + POLL_AFTER_SILENCE_MS);
      await tx.carrierFeed.update({
        where: { id: feed.id },
        data: {
          lastPushAt: now,
          carrierCode: feed.carrierCode ?? carrierCode,
          ...(registered ? { state: "REGISTERED", nextPollAt, attempts: 0 } : {}),
        },
      });
      // Tracking that had stopped started again: polling resumes with it.
      if (feed.state === "STOPPED") await schedulePoll(tx, feed.shop.domain, feed.id, nextPollAt);
    });
  }
  if (changed) deps.onChange?.();
  return json(200, { ok: true, shipments: feeds.length });
}
