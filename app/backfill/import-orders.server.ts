import type { Db } from "../db.server";
import { ingestOrder } from "../orders/ingest-order.server";
import { ingestFulfillmentEvent } from "../shipments/ingest-event.server";
import type { AdminGraphql } from "../shopify-admin/admin-graphql.server";
import { ORDERS_QUERY, type OrdersQueryResult } from "../shopify-admin/orders-query";
import type { ShopRef } from "../types.server";
import { eventsFromGraphql, orderFromGraphql } from "./from-graphql";

export interface ImportResult {
  orders: number;
  pages: number;
  /** Newest Shopify updated_at seen: the next reconciliation starts there. */
  newestUpdatedAt: Date | null;
}

/**
 * Pages through the Admin API's orders matching `search` (Shopify search syntax) and ingests each page
 * in one short transaction. A failure mid-way keeps the pages already written; rerunning is safe
 * because ingestion is idempotent and ordered by updated_at.
 */
export async function importOrders(
  db: Db,
  shop: ShopRef,
  graphql: AdminGraphql,
  search: string,
  pageSize = 5,
): Promise<ImportResult> {
  const result: ImportResult = { orders: 0, pages: 0, newestUpdatedAt: null };
  let after: string | null = null;
  do {
    const page: OrdersQueryResult = await graphql<OrdersQueryResult>(ORDERS_QUERY, {
      first: pageSize,
      after,
      query: search,
    });
    const orders = page.orders.nodes;
    await db.$transaction(async (tx) => {
      for (const node of orders) {
        const order = orderFromGraphql(node);
        await ingestOrder(tx, shop, order);
        for (const event of eventsFromGraphql(node)) await ingestFulfillmentEvent(tx, shop, event);
        if (!result.newestUpdatedAt || order.updated_at > result.newestUpdatedAt) {
          result.newestUpdatedAt = order.updated_at;
        }
      }
    });
    result.orders += orders.length;
    result.pages += 1;
    after = page.orders.pageInfo.hasNextPage ? page.orders.pageInfo.endCursor : null;
  } while (after);
  return result;
}
