import { loadChatSettings } from "../../chat/settings.server";
import type { Db } from "../../db.server";
import type { Milestone } from "../../notifications/milestones";
import type { AdminGraphql } from "../../shopify-admin/admin-graphql.server";
import { loadNotificationSettings } from "../../notifications/settings.server";
import { brandingSettings } from "../../storefront/proxy-page.server";
import { setupLinks } from "./links.server";
import { trackingPagePreview } from "./preview.server";
import { checkTheme } from "./theme-check.server";

/** The milestones Shopify's own Shipping confirmation / update, Out for delivery and Delivered cover. */
const SHOPIFY_SHIPPING_MILESTONES: Milestone[] = ["SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED"];

export interface StorefrontDeployment {
  /** The app's client_id: Shopify's theme editor deep links name the app by it. */
  apiKey: string;
  /** Whether the server can store the LLM's API key (ENCRYPTION_KEY is set). */
  canStoreSecrets: boolean;
}

/**
 * Everything the "Tracking page & chat" page shows for the session's shop: the setup checklist (the live
 * theme read now), the chat settings without the stored key, the tracking page's branding and a preview.
 * A shop Parcelwise has no row for yet sees the defaults.
 */
export async function storefrontPage(
  db: Db,
  shopDomain: string,
  graphql: AdminGraphql,
  deployment: StorefrontDeployment,
) {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, name: true, primaryLocale: true },
  });
  // No shop row: an id no row has, so both loads answer their defaults.
  const shopId = shop?.id ?? "";
  const [theme, chat, notifications] = await Promise.all([
    checkTheme(graphql),
    loadChatSettings(db, shopId),
    loadNotificationSettings(db, shopId),
  ]);
  const { llmApiKeyEncrypted, ...chatView } = chat;
  return {
    checklist: {
      theme,
      links: setupLinks(shopDomain, deployment.apiKey),
      parcelwiseShippingMessagesOn: SHOPIFY_SHIPPING_MILESTONES.some(
        (milestone) => notifications.rules[milestone].channels.length > 0,
      ),
    },
    chat: { ...chatView, llmKeyStored: llmApiKeyEncrypted !== null },
    canStoreSecrets: deployment.canStoreSecrets,
    branding: {
      brandAccentColor: notifications.brandAccentColor,
      brandLogoUrl: notifications.brandLogoUrl,
    },
    preview: await trackingPagePreview(
      brandingSettings(notifications, shop?.name ?? null),
      shop?.primaryLocale.slice(0, 2).toLowerCase() ?? "en",
    ),
  };
}

export type StorefrontPageData = Awaited<ReturnType<typeof storefrontPage>>;
