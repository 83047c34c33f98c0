import { DEFAULT_PATH_PREFIX } from "../../storefront/proxy-page.server";
import { CHAT_EMBED_HANDLE, TRACKING_BLOCK_HANDLE } from "./theme-placement";

/** The template the "Add the block" link opens: the shop's default page template. */
export const BLOCK_TEMPLATE = "page";

export interface SetupLinks {
  /** The theme editor on the live theme, the "Order tracking" block ready to add in a new Apps section. */
  addBlock: string;
  /** The theme editor's App embeds, with the chat embed selected to switch on. */
  activateEmbed: string;
  /** Parcelwise's own tracking page, where shopify.app.toml mounts the app proxy. */
  ownPage: string;
  /** Shopify's customer notification settings, inside the admin (App Bridge reads `shopify://admin`). */
  shopifyNotifications: string;
}

/**
 * Shopify's documented theme editor deep links (shopify.dev, "Configure theme app extensions"):
 * `…/admin/themes/current/editor?template=<template>&addAppBlockId=<api_key>/<block handle>&target=newAppsSection`
 * and `…/admin/themes/current/editor?context=apps&activateAppId=<api_key>/<embed handle>`. The id is the
 * app's API key (client_id), not the extension's uuid; the handle is the block's file name. They must be
 * on the shop's myshopify.com domain: a custom domain does not serve /admin.
 */
export function setupLinks(shopDomain: string, apiKey: string): SetupLinks {
  const editor = `https://${shopDomain}/admin/themes/current/editor`;
  const id = (handle: string) => `${encodeURIComponent(apiKey)}/${handle}`;
  return {
    addBlock: `${editor}?template=${BLOCK_TEMPLATE}&addAppBlockId=${id(TRACKING_BLOCK_HANDLE)}&target=newAppsSection`,
    activateEmbed: `${editor}?context=apps&activateAppId=${id(CHAT_EMBED_HANDLE)}`,
    ownPage: `https://${shopDomain}${DEFAULT_PATH_PREFIX}`,
    shopifyNotifications: "shopify://admin/settings/notifications",
  };
}
