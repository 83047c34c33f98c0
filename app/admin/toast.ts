import type { ShopifyGlobal } from "@shopify/app-bridge-react";

/**
 * App Bridge's toast (`shopify.toast.show`). Where App Bridge is not loaded — the demo's emulated admin
 * cannot fetch it from cdn.shopify.com — nothing is shown, instead of the error `useAppBridge()` throws
 * while rendering there.
 */
export function showToast(message: string): void {
  (globalThis as { shopify?: ShopifyGlobal }).shopify?.toast.show(message);
}
