import { createElement, type ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { shopifyReminder } from "~/admin/notifications/overview.server";
import type { TemplateEditorData } from "~/admin/notifications/templates.server";
import { templateVariables } from "~/admin/notifications/variables.server";
import { previewNotification } from "~/notifications/preview.server";
import { defaultRules } from "~/notifications/rules";
import { defaultTemplate } from "~/notifications/templates/index.server";
import { renderAdminPage } from "../helpers/render-admin";

const LAYOUT = { reminder: shopifyReminder(defaultRules()) };

function editorData(channel: "email" | "sms", locale: "en" | "de"): TemplateEditorData {
  const choice = { milestone: "SHIPPED" as const, channel, locale };
  const preview = previewNotification(choice);
  const wording = defaultTemplate("SHIPPED", channel, locale);
  return {
    choice,
    key: `SHIPPED:${channel}:${locale}`,
    template: { subject: wording.subject ?? null, body: wording.body, custom: false },
    preview: preview.ok ? preview.message : null,
    variables: templateVariables(channel, locale),
    edited: [`DELIVERED:${channel}:${locale}`],
    channelReady: true,
  };
}

const OVERVIEW = {
  rules: { ...defaultRules(), IN_TRANSIT: { channels: ["sms", "email"], klaviyo: false } },
  readiness: { email: true, sms: false, whatsapp: false, klaviyo: false },
  limits: { quietHoursStart: 21, quietHoursEnd: 8, maxPerShipmentPerDay: 3, stallDays: 3 },
  stallRange: { min: 1, max: 30 },
  templateLocale: "de",
};

const CHANNELS = {
  email: {
    senderName: "Maison Poulain",
    senderEmail: null,
    replyTo: null,
    smtpUrlSet: true,
    deploymentFrom: "notifications@parcelwise.app",
    deploymentHasServer: false,
  },
  twilio: {
    accountSid: `AC${"1".repeat(32)}`,
    authTokenSet: true,
    smsFrom: "+14155550100",
    whatsappFrom: null,
  },
  klaviyo: { apiKeySet: false },
  readiness: { email: true, sms: true, whatsapp: false, klaviyo: false },
  canStoreSecrets: true,
};

/** A notifications tab as the server renders it: inside the app layout (the admin's language) and the frame. */
async function render(locale: "en" | "de", path: string, id: string, data: object, Page: ComponentType) {
  const { default: Frame } = await import("~/routes/app.notifications");
  const tab =
    path === "/app/notifications"
      ? { id, index: true, loader: () => data, element: createElement(Page) }
      : {
          id,
          path: path.split("?")[0].slice("/app/notifications/".length),
          loader: () => data,
          element: createElement(Page),
        };
  return renderAdminPage(locale, path, [
    {
      id: "routes/app.notifications",
      path: "notifications",
      loader: () => LAYOUT,
      element: createElement(Frame),
      children: [tab],
    },
  ]);
}

async function renderEditor(locale: "en" | "de", channel: "email" | "sms" = "email") {
  const { default: Page } = await import("~/routes/app.notifications.templates");
  return render(
    locale,
    `/app/notifications/templates?milestone=SHIPPED&channel=${channel}&language=${locale}`,
    "routes/app.notifications.templates",
    editorData(channel, locale),
    Page,
  );
}

const untranslated = /notifications\.[a-zA-Z]+\.[a-zA-Z]/;

describe("notifications pages, rendered on the server", () => {
  it("template editor: the fields, buttons and test send the merchant works with, in English", async () => {
    const html = await renderEditor("en");
    for (const label of [
      "Subject",
      "Message",
      "Save template",
      "Reset to default",
      "Send a test to",
      "Send test",
    ]) {
      expect(html).toContain(`>${label}<`);
    }
    expect(html).toContain("Your order {{ order.name }} has shipped");
    // The email preview is the merchant's HTML in a frame that may run nothing
    expect(html).toMatch(/<iframe[^>]*sandbox=""/);
    expect(html).toContain("Delivered (edited)");
    expect(html).toContain("{{ customer.first_name }}");
    expect(html).not.toMatch(untranslated);
  });

  it("template editor speaks German when the admin does, SMS with its length", async () => {
    const html = await renderEditor("de", "sms");
    for (const label of [
      "Nachricht",
      "Vorlage speichern",
      "Auf Standard zurücksetzen",
      "Test senden an",
      "Test senden",
    ]) {
      expect(html).toContain(`>${label}<`);
    }
    expect(html).not.toContain(">Betreff<");
    expect(html).toMatch(/\d+ Zeichen · 1 SMS \(Standardzeichen\)/);
    expect(html).not.toMatch(untranslated);
  });

  it("frame: tabs and the reminder naming Shopify's notifications, linking to their settings", async () => {
    const html = await renderEditor("en");
    for (const tab of ["Overview", "Templates", "Channels", "Activity"]) expect(html).toContain(tab);
    expect(html).toContain("Turn off Shopify&#x27;s own shipping notifications");
    expect(html).toContain("Shipping confirmation, Shipping update, Out for delivery and Delivered");
    expect(html).toContain("Parcelwise sends Shipped, Out for delivery, Delivered updates by Email");
    expect(html).toContain('href="shopify://admin/settings/notifications"');
    expect(html).toContain('target="_top"');

    const german = await renderEditor("de");
    expect(german).toContain("Schalten Sie die Versandbenachrichtigungen von Shopify aus");
  });

  it("overview: the matrix marks channels that aren't set up, and warns about one still on", async () => {
    const { default: Page } = await import("~/routes/app.notifications._index");
    const html = await render("en", "/app/notifications", "routes/app.notifications._index", OVERVIEW, Page);
    expect(html).toContain("Not set up");
    expect(html).toContain("SMS for In transit");
    expect(html).toContain("SMS isn&#x27;t set up: it&#x27;s skipped and the next channel is used");
    expect(html).toContain("Some channels aren&#x27;t set up yet");
    expect(html).toContain('href="/app/notifications/channels"');
    expect(html).toContain(
      'href="/app/notifications/templates?milestone=IN_TRANSIT&amp;channel=sms&amp;language=de"',
    );
    expect(html).toContain("SMS → Email");
    expect(html).toContain("Quiet hours start");
    expect(html).not.toMatch(untranslated);

    const german = await render(
      "de",
      "/app/notifications",
      "routes/app.notifications._index",
      OVERVIEW,
      Page,
    );
    expect(german).toContain("Nicht eingerichtet");
    expect(german).toContain("Ruhezeit beginnt");
    expect(german).not.toMatch(untranslated);
  });

  it("channels: saved secrets show as set, with a connection test per channel", async () => {
    const { default: Page } = await import("~/routes/app.notifications.channels");
    const html = await render(
      "en",
      "/app/notifications/channels",
      "routes/app.notifications.channels",
      CHANNELS,
      Page,
    );
    expect(html).toContain("Saved. Leave empty to keep it, type a new one to replace it.");
    expect(html.match(/>Test connection</g)).toHaveLength(3);
    expect(html).toContain("Remove the saved one");
    expect(html).not.toMatch(untranslated);
  });
});
