import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHAT_EMBED_HANDLE, TRACKING_BLOCK_HANDLE } from "~/admin/storefront/theme-placement";
import { loadChatSettings } from "~/chat/settings.server";
import { loadNotificationSettings, saveNotificationSettings } from "~/notifications/settings.server";
import { decryptSecret } from "~/security/secrets.server";
import { seedOfflineSession, testDb } from "../helpers/db";
import { sessionToken } from "../helpers/session-token";
import { DEFAULT_SHOP } from "../helpers/webhooks";
import { server } from "../mocks/server";
import {
  adminShop,
  shopifyAdminHandlers,
  type AdminShopState,
  type AdminTheme,
} from "../mocks/shopify-admin";
import { TEST_API_KEY, TEST_APP_URL, TEST_ENCRYPTION_KEY } from "../setup/test-env";

const OTHER_SHOP = "other-shop.myshopify.com";
/** The token seedOfflineSession stores, which the Admin API mock expects. */
const ACCESS_TOKEN = "shpat_x";
const KEY = Buffer.from(TEST_ENCRYPTION_KEY, "base64");

/** Shopify's notice on top of every generated JSON template and settings_data.json. */
const NOTICE = `/*
 * ------------------------------------------------------------
 * IMPORTANT: The contents of this file are auto-generated.
 * ------------------------------------------------------------
 */
`;
const appBlock = (handle: string) =>
  `shopify://apps/parcelwise/blocks/${handle}/0199a8f2-3c1d-7e4b-9a55-2b6f1d3e4c5a`;

function template(blocks: Record<string, unknown>, section: Record<string, unknown> = {}) {
  return (
    NOTICE +
    JSON.stringify({
      sections: {
        main: { type: "main-page", settings: {} },
        apps_x7: { type: "apps", blocks, block_order: Object.keys(blocks), settings: {}, ...section },
      },
      order: ["main", "apps_x7"],
    })
  );
}

function settingsData(embed: { disabled: boolean } | null) {
  const blocks = embed
    ? {
        "16342012345678901234": { type: appBlock(CHAT_EMBED_HANDLE), disabled: embed.disabled, settings: {} },
      }
    : {};
  return NOTICE + JSON.stringify({ current: { colors_accent_1: "#121212", blocks }, presets: {} });
}

function liveTheme(files: Record<string, string>): AdminTheme {
  return { id: "gid://shopify/OnlineStoreTheme/140000000001", name: "Dawn", files };
}

/** An installed shop: its offline session, its row, and its Admin API answering with this theme. */
async function install(theme: AdminTheme | null, shop = DEFAULT_SHOP): Promise<AdminShopState> {
  await seedOfflineSession(shop);
  await (await testDb()).shop.create({ data: { domain: shop, name: "Maison Poulain" } });
  const state = adminShop(shop, [], ACCESS_TOKEN);
  state.theme = theme;
  server.use(...shopifyAdminHandlers(state));
  return state;
}

function adminRequest(shop: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${sessionToken(shop)}`);
  return new Request(`${TEST_APP_URL}/app/storefront`, { ...init, headers });
}

/** The page's loader, as App Bridge calls it. */
async function load(shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.storefront");
  return loader({ request: adminRequest(shop), params: {}, context: {} });
}

/** A form post from the page. */
async function post(fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.storefront");
  return action({
    request: adminRequest(shop, { method: "POST", body: new URLSearchParams(fields) }),
    params: {},
    context: {},
  });
}

async function shopIdOf(shop: string) {
  return (await (await testDb()).shop.findUniqueOrThrow({ where: { domain: shop } })).id;
}

const CHAT_FORM = {
  intent: "chat",
  processingDays: "3",
  replyHours: "12",
  refundPolicyUrl: "https://maison-poulain.example/policies/refund-policy",
  refundPolicySummary: "30 days to return, refunds within 5 days of arrival.",
  llmEnabled: "false",
  llmBaseUrl: "",
  llmModel: "",
  llmApiKey: "",
  removeLlmApiKey: "false",
};

describe("tracking page & chat: the setup checklist reads the live theme", () => {
  it("sees the block placed and the chat switched on, in one Admin API call", async () => {
    const state = await install(
      liveTheme({
        "config/settings_data.json": settingsData({ disabled: false }),
        "templates/index.json": template({}),
        "templates/page.tracking.json": template({
          order_tracking_Ab12: { type: appBlock(TRACKING_BLOCK_HANDLE), settings: {} },
        }),
        "sections/footer-group.json": NOTICE + JSON.stringify({ type: "footer", sections: {}, order: [] }),
      }),
    );

    const page = await load();

    expect(page.checklist.theme).toEqual({
      themeName: "Dawn",
      block: "done",
      blockFiles: ["templates/page.tracking.json"],
      embed: "done",
      problem: null,
    });
    expect(state.themeCalls).toEqual([{ operation: "ParcelwiseMainThemeFiles", first: 100, after: null }]);
  });

  it("says what is left when the block is not placed (or its section is hidden) and the chat never added", async () => {
    await install(
      liveTheme({
        "config/settings_data.json": settingsData(null),
        "templates/page.json": template(
          { order_tracking_Ab12: { type: appBlock(TRACKING_BLOCK_HANDLE), settings: {} } },
          { disabled: true },
        ),
        "templates/product.json": template({
          reviews: { type: "shopify://apps/another-app/blocks/reviews/1f0e", settings: {} },
        }),
      }),
    );

    const { checklist } = await load();

    expect(checklist.theme).toMatchObject({ block: "todo", blockFiles: [], embed: "todo", problem: null });
  });

  it("tells a chat embed that is in the theme but switched off from one never added", async () => {
    await install(
      liveTheme({
        "config/settings_data.json": settingsData({ disabled: true }),
        "templates/page.json": template({}),
      }),
    );

    const { checklist } = await load();

    expect(checklist.theme).toMatchObject({ block: "todo", embed: "off", problem: null });
  });

  it("reads a second page of files when the theme has many, and no more", async () => {
    const files: Record<string, string> = { "config/settings_data.json": settingsData({ disabled: false }) };
    for (let n = 0; n < 150; n++)
      files[`templates/page.landing-${String(n).padStart(3, "0")}.json`] = template({});
    files["templates/page.zz-tracking.json"] = template({
      tracking: { type: appBlock(TRACKING_BLOCK_HANDLE), settings: {} },
    });
    const state = await install(liveTheme(files));

    const { checklist } = await load();

    expect(checklist.theme).toMatchObject({ block: "done", blockFiles: ["templates/page.zz-tracking.json"] });
    expect(state.themeCalls.map((call) => call.operation)).toEqual([
      "ParcelwiseMainThemeFiles",
      "ParcelwiseThemeFilesPage",
    ]);
  });

  it("says it couldn't check, rather than guessing, when the files do not fit two pages", async () => {
    const files: Record<string, string> = { "config/settings_data.json": settingsData(null) };
    for (let n = 0; n < 250; n++)
      files[`templates/page.landing-${String(n).padStart(3, "0")}.json`] = template({});
    const state = await install(liveTheme(files));

    const { checklist } = await load();

    expect(checklist.theme).toMatchObject({ block: "unknown", embed: "todo", problem: "incomplete" });
    expect(state.themeCalls).toHaveLength(2);
  });

  it("says it couldn't check when the app has no read_themes scope yet", async () => {
    const state = await install(liveTheme({}));
    state.themeError = {
      message: "Access denied for themes field. Required access: `read_themes` access scope.",
      code: "ACCESS_DENIED",
    };

    const { checklist } = await load();

    expect(checklist.theme).toEqual({
      themeName: null,
      block: "unknown",
      blockFiles: [],
      embed: "unknown",
      problem: "missingScope",
    });
  });

  it("says it couldn't check when Shopify fails, and the rest of the page still loads", async () => {
    const state = await install(
      liveTheme({ "config/settings_data.json": settingsData({ disabled: false }) }),
    );
    state.failNext = 1;

    const page = await load();

    expect(page.checklist.theme).toMatchObject({ block: "unknown", embed: "unknown", problem: "apiError" });
    expect(page.chat.processingDays).toBe(2);
    expect(page.preview).toContain("<parcelwise-tracking");
  });

  it("says there is nothing to check on a shop without a published theme", async () => {
    await install(null);

    const { checklist } = await load();

    expect(checklist.theme).toMatchObject({ block: "unknown", embed: "unknown", problem: "noTheme" });
  });

  it("links the theme editor to the app's block and embed by API key and handle, and the app's own page", async () => {
    await install(liveTheme({}));

    const { links } = (await load()).checklist;

    expect(links.addBlock).toBe(
      `https://${DEFAULT_SHOP}/admin/themes/current/editor?template=page` +
        `&addAppBlockId=${TEST_API_KEY}/${TRACKING_BLOCK_HANDLE}&target=newAppsSection`,
    );
    expect(links.activateEmbed).toBe(
      `https://${DEFAULT_SHOP}/admin/themes/current/editor?context=apps&activateAppId=${TEST_API_KEY}/${CHAT_EMBED_HANDLE}`,
    );
    expect(links.ownPage).toBe(`https://${DEFAULT_SHOP}/apps/parcelwise`);
    expect(links.shopifyNotifications).toBe("shopify://admin/settings/notifications");
    // The handles are the extension's block files.
    for (const handle of [TRACKING_BLOCK_HANDLE, CHAT_EMBED_HANDLE]) {
      expect(existsSync(`extensions/parcelwise-tracking/blocks/${handle}.liquid`), handle).toBe(true);
    }
  });

  it("asks to turn Shopify's shipping notifications off only while Parcelwise sends its own", async () => {
    await install(liveTheme({}));
    expect((await load()).checklist.parcelwiseShippingMessagesOn).toBe(true);

    const off = { channels: [], klaviyo: false };
    const db = await testDb();
    const saved = await saveNotificationSettings(
      db,
      await shopIdOf(DEFAULT_SHOP),
      { rules: { SHIPPED: off, OUT_FOR_DELIVERY: off, DELIVERED: off } },
      KEY,
    );
    expect(saved.ok).toBe(true);

    expect((await load()).checklist.parcelwiseShippingMessagesOn).toBe(false);
  });
});

describe("tracking page & chat: the chat's settings", () => {
  it("refuses bad fields by name and saves nothing", async () => {
    await install(liveTheme({}));

    const result = await post({
      ...CHAT_FORM,
      processingDays: "lots",
      replyHours: "500",
      refundPolicyUrl: "http://maison-poulain.example/refunds",
      llmModel: "gpt 4o; drop table",
    });

    expect(result).toEqual({
      ok: false,
      intent: "chat",
      errors: {
        processingDays: "processingDays",
        replyHours: "replyHours",
        refundPolicyUrl: "refundPolicyUrl",
        llmModel: "llmModel",
      },
    });
    const db = await testDb();
    expect(await db.chatSettings.count()).toBe(0);
  });

  it("refuses AI answers without an endpoint, a model and a key, saving nothing", async () => {
    await install(liveTheme({}));

    const result = await post({
      ...CHAT_FORM,
      llmEnabled: "true",
      llmBaseUrl: "https://llm.example.test/v1",
    });

    expect(result).toEqual({ ok: false, intent: "chat", errors: { llmEnabled: "llmIncomplete" } });
    expect(await (await testDb()).chatSettings.count()).toBe(0);
  });

  it("saves the chat's settings and keeps the API key write-only", async () => {
    await install(liveTheme({}));
    const apiKey = "sk-test-0123456789abcdef";

    const result = await post({
      ...CHAT_FORM,
      llmEnabled: "true",
      llmBaseUrl: "https://llm.example.test/v1",
      llmModel: "gpt-4o-mini",
      llmApiKey: apiKey,
    });

    expect(result).toEqual({ ok: true, intent: "chat" });
    const db = await testDb();
    const stored = await loadChatSettings(db, await shopIdOf(DEFAULT_SHOP));
    expect(stored).toMatchObject({
      processingDays: 3,
      replyHours: 12,
      refundPolicyUrl: CHAT_FORM.refundPolicyUrl,
      refundPolicySummary: CHAT_FORM.refundPolicySummary,
      llmEnabled: true,
      llmModel: "gpt-4o-mini",
    });
    expect(decryptSecret(stored.llmApiKeyEncrypted!, KEY, await shopIdOf(DEFAULT_SHOP))).toBe(apiKey);

    // The page learns only that a key is stored
    const page = await load();
    expect(page.chat).toMatchObject({ llmEnabled: true, llmKeyStored: true });
    expect(JSON.stringify(page)).not.toContain(apiKey);
    expect(JSON.stringify(page)).not.toContain(stored.llmApiKeyEncrypted);

    // An empty key field keeps the key; asking to remove it (with AI answers off) removes it
    await post({
      ...CHAT_FORM,
      llmEnabled: "true",
      llmBaseUrl: "https://llm.example.test/v1",
      llmModel: "gpt-4o",
    });
    expect((await loadChatSettings(db, await shopIdOf(DEFAULT_SHOP))).llmApiKeyEncrypted).toBe(
      stored.llmApiKeyEncrypted,
    );
    expect(await post({ ...CHAT_FORM, removeLlmApiKey: "true" })).toEqual({ ok: true, intent: "chat" });
    expect((await load()).chat).toMatchObject({ llmEnabled: false, llmKeyStored: false });
  });

  it("refuses a form it does not know", async () => {
    await install(liveTheme({}));
    expect(await post({ intent: "delete-everything" })).toEqual({
      ok: false,
      intent: null,
      errors: { form: "invalid" },
    });
  });
});

describe("tracking page & chat: branding and preview", () => {
  it("saves the accent colour and logo without touching other notification settings, and previews them", async () => {
    await install(liveTheme({}));
    const db = await testDb();
    const id = await shopIdOf(DEFAULT_SHOP);
    await saveNotificationSettings(db, id, { senderName: "Maison Poulain", quietHoursStart: 22 }, KEY);
    const logo = "https://cdn.shopify.com/s/files/1/0000/0001/files/logo.png";

    const result = await post({ intent: "branding", brandAccentColor: "#c0392b", brandLogoUrl: logo });

    expect(result).toEqual({ ok: true, intent: "branding" });
    expect(await loadNotificationSettings(db, id)).toMatchObject({
      brandAccentColor: "#c0392b",
      brandLogoUrl: logo,
      senderName: "Maison Poulain",
      quietHoursStart: 22,
    });
    const page = await load();
    expect(page.branding).toEqual({ brandAccentColor: "#c0392b", brandLogoUrl: logo });
    expect(page.preview).toContain("--pw-accent: #c0392b");
    expect(page.preview).toContain(`src="${logo}"`);
    // The extension's stylesheet is inlined, and nothing runs in the preview
    expect(page.preview).toMatch(/<style>[^<]*parcelwise-tracking\{--pw-fg/);
    expect(page.preview).not.toMatch(/<script(?! type="application\/json")/);
  });

  it("refuses a bad colour or logo by field and keeps what was saved", async () => {
    await install(liveTheme({}));
    await post({ intent: "branding", brandAccentColor: "#123456", brandLogoUrl: "" });

    const result = await post({
      intent: "branding",
      brandAccentColor: "red",
      brandLogoUrl: "http://example.test/logo.png",
    });

    expect(result).toEqual({
      ok: false,
      intent: "branding",
      errors: { brandAccentColor: "brandAccentColor", brandLogoUrl: "brandLogoUrl" },
    });
    expect((await load()).branding).toEqual({ brandAccentColor: "#123456", brandLogoUrl: null });
  });
});

describe("tracking page & chat: one shop at a time", () => {
  it("shows and saves only the session's shop, and reads only its theme", async () => {
    const ours = await install(
      liveTheme({
        "config/settings_data.json": settingsData({ disabled: false }),
        "templates/page.json": template({ t: { type: appBlock(TRACKING_BLOCK_HANDLE), settings: {} } }),
      }),
    );
    const theirs = await install(
      liveTheme({ "config/settings_data.json": settingsData(null), "templates/page.json": template({}) }),
      OTHER_SHOP,
    );
    await post({ ...CHAT_FORM, processingDays: "9" });
    await post({ intent: "branding", brandAccentColor: "#abcdef", brandLogoUrl: "" });

    const other = await load(OTHER_SHOP);

    expect(other.checklist.theme).toMatchObject({ block: "todo", embed: "todo" });
    expect(other.checklist.links.addBlock).toContain(`https://${OTHER_SHOP}/`);
    expect(other.chat.processingDays).toBe(2);
    expect(other.branding.brandAccentColor).toBeNull();
    expect(theirs.themeCalls).toHaveLength(1);

    await post({ ...CHAT_FORM, processingDays: "1" }, OTHER_SHOP);
    const db = await testDb();
    expect((await loadChatSettings(db, await shopIdOf(DEFAULT_SHOP))).processingDays).toBe(9);
    expect((await loadChatSettings(db, await shopIdOf(OTHER_SHOP))).processingDays).toBe(1);
    expect(ours.themeCalls).toHaveLength(0);
  });
});
