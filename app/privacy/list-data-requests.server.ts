import type { Db } from "../db.server";

/** The shop's customer data requests, newest first, for the admin's privacy page. */
export async function listDataRequests(db: Db, shopDomain: string) {
  const rows = await db.dataRequest.findMany({
    where: { shop: { domain: shopDomain } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    customerEmail: r.customerEmail,
    customerShopifyId: r.customerShopifyId,
    createdAt: r.createdAt.toISOString(),
    compiledAt: r.compiledAt?.toISOString() ?? null,
    data: r.data,
  }));
}
