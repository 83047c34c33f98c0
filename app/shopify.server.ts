import "@shopify/shopify-app-remix/adapters/node";
import { ApiVersion, AppDistribution, LogSeverity, shopifyApp } from "@shopify/shopify-app-remix/server";
import db from "./db.server";
import { env } from "./env.server";
import { PrismaSessionStorage } from "./sessions/prisma-session-storage.server";
import { onShopAuthenticated } from "./shops/install.server";

/** The Admin API version every call and webhook uses (the newest this library supports). */
export const API_VERSION = ApiVersion.July26;

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion: API_VERSION,
  scopes: env.SCOPES,
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  sessionStorage: new PrismaSessionStorage(db),
  distribution: AppDistribution.AppStore,
  // Webhook subscriptions live in shopify.app.toml (app-specific webhooks); none are registered here.
  webhooks: {},
  hooks: {
    afterAuth: async ({ session }) => {
      await onShopAuthenticated(db, session.shop);
    },
  },
  logger: { level: env.LOG_LEVEL === "debug" ? LogSeverity.Debug : LogSeverity.Warning },
  future: {
    unstable_newEmbeddedAuthStrategy: true,
  },
  ...(env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [env.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const registerWebhooks = shopify.registerWebhooks;
export const sessionStorage = shopify.sessionStorage;
