import { createHash } from "node:crypto";
import type { Tx } from "../types.server";

export type AddressKind = "email" | "phone";

/**
 * Opt-outs are kept as a hash of shop and address: enough to recognise the address again, no personal
 * data to redact, so an unsubscribe survives customers/redact and a reinstall.
 */
export function addressHash(shopId: string, kind: AddressKind, address: string): string {
  const normalized = kind === "email" ? address.trim().toLowerCase() : address.replace(/[^\d+]/g, "");
  return createHash("sha256").update(`${shopId}\n${kind}\n${normalized}`).digest("hex");
}

export async function isSuppressed(
  tx: Tx,
  shopId: string,
  kind: AddressKind,
  address: string,
): Promise<boolean> {
  const row = await tx.suppression.findUnique({
    where: { shopId_kind_addressHash: { shopId, kind, addressHash: addressHash(shopId, kind, address) } },
    select: { id: true },
  });
  return !!row;
}

/** Records an opt-out; doing it twice is one opt-out. */
export async function suppress(
  tx: Tx,
  shopId: string,
  kind: AddressKind,
  address: string,
  source: "unsubscribe-link" | "sms-stop" | "hard-bounce",
): Promise<void> {
  const hash = addressHash(shopId, kind, address);
  await tx.suppression.upsert({
    where: { shopId_kind_addressHash: { shopId, kind, addressHash: hash } },
    create: { shopId, kind, addressHash: hash, source },
    update: {},
  });
}
