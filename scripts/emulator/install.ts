/**
 * Installs the app on the demo shop the way production ends up after OAuth / token exchange: an offline
 * session row holding the shop's access token, then the app's own `onShopAuthenticated` (what the
 * `afterAuth` hook calls), which creates the shop and queues its backfill for the server's worker.
 *
 * The app's modules read their configuration from process.env when imported, so the demo's settings
 * are put there first and the modules are imported afterwards.
 */
export async function installDemoShop(
  env: Record<string, string>,
  shop: string,
  accessToken: string,
  scope: string,
) {
  Object.assign(process.env, env);
  const { default: db } = await import("../../app/db.server");
  const { onShopAuthenticated } = await import("../../app/shops/install.server");
  try {
    await db.session.create({
      data: { id: `offline_${shop}`, shop, state: "", isOnline: false, scope, accessToken },
    });
    await onShopAuthenticated(db, shop);
  } finally {
    await db.$disconnect();
  }
}
