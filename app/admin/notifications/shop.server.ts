import type { Db } from "../../db.server";

/** The session's shop as the notifications pages need it. */
export interface AdminShop {
  id: string;
  domain: string;
  name: string | null;
  email: string | null;
  primaryLocale: string;
}

const SELECT = { id: true, domain: true, name: true, email: true, primaryLocale: true } as const;

/** The shop's row, or null when nothing has arrived from it yet (its pages then show the defaults). */
export function findShop(db: Db, domain: string): Promise<AdminShop | null> {
  return db.shop.findUnique({ where: { domain }, select: SELECT });
}

/** The shop's row for a save: the session's shop is installed, its row may just not exist yet. */
export function ensureShop(db: Db, domain: string): Promise<AdminShop> {
  return db.shop.upsert({ where: { domain }, create: { domain }, update: {}, select: SELECT });
}

/** A shop without a row, for reading defaults: an id no row has. */
export function noShop(domain: string): AdminShop {
  return { id: "", domain, name: null, email: null, primaryLocale: "en" };
}
