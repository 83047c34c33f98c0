import type { Prisma } from "./generated/prisma/client";

/** A Prisma transaction (or the client itself): domain functions take one so callers own atomicity. */
export type Tx = Prisma.TransactionClient;

/** The shop a request or job acts for. Every query in the domain is scoped by `id`. */
export interface ShopRef {
  id: string;
  domain: string;
}
