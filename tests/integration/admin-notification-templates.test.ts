import { describe, expect, it } from "vitest";
import { defaultTemplate } from "~/notifications/templates/index.server";
import { orderPayload } from "../fixtures/builders";
import { seedOfflineSession, testDb } from "../helpers/db";
import { configureShop, hoursAgo } from "../helpers/notifications";
import { adminRequest, routeArgs } from "../helpers/session-token";
import { useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { server } from "../mocks/server";
import { twilioAccount, twilioHandlers } from "../mocks/twilio";

const smtp = useSmtpServer();
const OTHER_SHOP = "other-shop.myshopify.com";
const GERMAN_SHIPPED = { milestone: "SHIPPED", channel: "email", locale: "de" };
const EDITOR = "/app/notifications/templates?milestone=SHIPPED&channel=email&language=de";

/** The editor's loader for the wording in `path`'s query. */
async function openEditor(path = EDITOR, shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.notifications.templates");
  return loader(routeArgs(adminRequest(path, shop)));
}

/** A post to the editor, as its forms and fetchers send it. */
async function post(fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.notifications.templates");
  return action(
    routeArgs(
      adminRequest(EDITOR, shop, {
        method: "POST",
        body: new URLSearchParams(fields),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    ),
  );
}

/** A test send of a small English "shipped" wording. */
const test = (fields: Record<string, string>) =>
  post({
    intent: "test",
    milestone: "SHIPPED",
    locale: "en",
    body: "Shipped: {{ order.name }}",
    ...fields,
  });

/** The editor's live preview (a resource route it fetches as the merchant types). */
async function preview(fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.notifications.preview");
  const response = await action(
    routeArgs(
      adminRequest("/app/notifications/preview", shop, {
        method: "POST",
        body: new URLSearchParams(fields),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    ),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function install(shop = DEFAULT_SHOP) {
  await seedOfflineSession(shop);
  await deliver("orders/create", orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) }), {
    shop,
  });
}

const templateRows = async () => (await testDb()).notificationTemplate.count();

describe("template editor", () => {
  it("opens with the wording in use, its preview and the variables it may use", async () => {
    await install();

    const editor = await openEditor();

    const wording = defaultTemplate("SHIPPED", "email", "de");
    expect(editor.choice).toEqual(GERMAN_SHIPPED);
    expect(editor.template).toEqual({ subject: wording.subject, body: wording.body, custom: false });
    expect(editor.preview?.subject).toMatch(/^Ihre Bestellung #1001 wurde versandt/);
    expect(editor.preview?.html).toContain("Anna");
    expect(editor.variables.map((v) => v.path)).toEqual(
      expect.arrayContaining(["customer.first_name", "order.name", "items", "unsubscribe_url"]),
    );
    expect(editor.variables.find((v) => v.path === "customer.first_name")).toEqual({
      path: "customer.first_name",
      insert: "{{ customer.first_name }}",
      sample: "Anna",
      list: false,
    });
  });

  it("offers no unsubscribe link for SMS, and counts it as text", async () => {
    await install();

    const editor = await openEditor(
      "/app/notifications/templates?milestone=DELIVERED&channel=sms&language=nl",
    );

    expect(editor.choice).toEqual({ milestone: "DELIVERED", channel: "sms", locale: "nl" });
    expect(editor.template.subject).toBeNull();
    expect(editor.preview?.text).toMatch(/bezorgd/i);
    expect(editor.preview?.html).toBeUndefined();
    expect(editor.variables.map((v) => v.path)).not.toContain("unsubscribe_url");
  });

  it("previews unsaved wording as the merchant types, saving nothing", async () => {
    await install();

    const { status, body } = await preview({
      ...GERMAN_SHIPPED,
      subject: "{{ order.name }} ist unterwegs",
      body: "Hallo {{ customer.first_name }},\nIhr Paket ist mit {{ shipment.carrier }} unterwegs.",
    });

    expect(status).toBe(200);
    expect(body).toMatchObject({
      key: "SHIPPED:email:de",
      ok: true,
      message: {
        subject: "#1001 ist unterwegs",
        text: expect.stringContaining("Hallo Anna,\nIhr Paket ist mit DHL Express unterwegs."),
        html: expect.stringContaining("Ihr Paket ist mit DHL Express unterwegs."),
      },
    });
    expect(await templateRows()).toBe(0);
  });

  it("refuses to preview a wording it can't place", async () => {
    await install();
    const { status } = await preview({ milestone: "LOST", channel: "email", locale: "de", body: "Hi" });
    expect(status).toBe(400);
  });

  it("saves German wording, previews it, and a test email over SMTP carries it", async () => {
    // Given a shop sending through its own mail server
    await install();
    await configureShop({ smtpUrl: smtp.url, senderName: "Maison Poulain" });
    const wording = {
      subject: "Gute Nachrichten zu {{ order.name }}",
      body: "Hallo {{ customer.first_name }},\n\nes geht los! Ihr Paket reist mit {{ shipment.carrier }}.",
    };

    // When the merchant saves their German wording
    const saved = await post({ intent: "save", ...GERMAN_SHIPPED, ...wording });

    // Then the editor opens with it, marked as theirs, and previews it
    expect(saved).toEqual({ intent: "save", ok: true });
    const editor = await openEditor();
    expect(editor.template).toEqual({ ...wording, custom: true });
    expect(editor.edited).toEqual(["SHIPPED:email:de"]);
    expect(editor.preview?.subject).toBe("Gute Nachrichten zu #1001");
    expect(editor.preview?.html).toContain("es geht los! Ihr Paket reist mit DHL Express.");

    // And a test email carries it, marked as a test, from the shop's sender name
    const sent = await post({ intent: "test", ...GERMAN_SHIPPED, ...wording, to: "owner@maison.test" });
    expect(sent).toEqual({ intent: "test", ok: true, to: "owner@maison.test" });
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.envelope.rcptTo).toEqual(["owner@maison.test"]);
    expect(mail.subject).toBe("[Test] Gute Nachrichten zu #1001");
    expect(mail.text).toContain("es geht los! Ihr Paket reist mit DHL Express.");
    expect(mail.html).toContain("es geht los! Ihr Paket reist mit DHL Express.");
    expect(mail.from?.value[0].name).toBe("Maison Poulain");
  });

  it("test-sends the wording in the editor, even before it is saved", async () => {
    await install();
    await configureShop({ smtpUrl: smtp.url });

    const sent = await post({
      intent: "test",
      milestone: "DELIVERED",
      channel: "email",
      locale: "en",
      subject: "It's there, {{ customer.first_name }}!",
      body: "Your parcel {{ order.name }} was delivered. Enjoy!",
      to: "owner@shop.test",
    });

    expect(sent).toMatchObject({ ok: true });
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toBe("[Test] It's there, Emma!");
    expect(mail.text).toContain("Your parcel #1001 was delivered. Enjoy!");
    expect(await templateRows()).toBe(0);
  });

  it("refuses a broken template with the line and a suggestion, saves nothing, and sends no test", async () => {
    await install();
    await configureShop({ smtpUrl: smtp.url });
    const broken = {
      ...GERMAN_SHIPPED,
      subject: "Unterwegs: {{ order.name }}",
      body: "Hallo,\n{{ custmer.first_name }}, Ihr Paket ist unterwegs.",
    };
    const problem = {
      field: "body",
      line: 2,
      code: "unknownVariableHint",
      params: { variable: "`custmer.first_name`", line: "2", suggestion: "`customer.first_name`" },
      message: expect.stringContaining("line 2"),
    };

    // The live preview already says so
    expect((await preview(broken)).body).toEqual({
      key: "SHIPPED:email:de",
      ok: false,
      problems: [expect.objectContaining(problem)],
    });

    // Saving is refused the same way, and the default stays in use
    expect(await post({ intent: "save", ...broken })).toEqual({
      intent: "save",
      ok: false,
      problems: [expect.objectContaining(problem)],
    });
    expect(await templateRows()).toBe(0);
    expect((await openEditor()).template.custom).toBe(false);

    // And the test send refuses to send it
    expect(await post({ intent: "test", ...broken, to: "owner@shop.test" })).toMatchObject({
      intent: "test",
      ok: false,
      code: "invalidTemplate",
      problems: [expect.objectContaining({ line: 2 })],
    });
    expect(smtp.messages).toHaveLength(0);
  });

  it("refuses an empty subject and an unclosed tag, each under its field", async () => {
    await install();

    const result = await post({
      intent: "save",
      milestone: "DELAYED",
      channel: "email",
      locale: "en",
      subject: "  ",
      body: "Hi\n\n{% if estimated_delivery != blank %}\nNew date: {{ estimated_delivery }}",
    });

    expect(result).toEqual({
      intent: "save",
      ok: false,
      problems: [
        expect.objectContaining({ field: "subject", code: "emptySubject" }),
        expect.objectContaining({
          field: "body",
          line: 3,
          code: "unclosedTag",
          params: { tag: "`if`", line: "3", fix: "`{% endif %}`" },
        }),
      ],
    });
    expect(await templateRows()).toBe(0);
  });

  it("resets a saved wording to the default", async () => {
    await install();
    await post({ intent: "save", ...GERMAN_SHIPPED, subject: "Eigener Betreff", body: "Eigener Text" });
    expect((await openEditor()).template.custom).toBe(true);

    const reset = await post({ intent: "reset", ...GERMAN_SHIPPED });

    expect(reset).toEqual({ intent: "reset", ok: true });
    const editor = await openEditor();
    expect(editor.template).toEqual({ ...defaultTemplate("SHIPPED", "email", "de"), custom: false });
    expect(editor.edited).toEqual([]);
    expect(await templateRows()).toBe(0);
  });

  it("explains a test send that cannot go, in codes the page translates", async () => {
    // Given a shop with neither a mail server nor Twilio (the test deployment has no SMTP_URL)
    await install();

    expect(await test({ channel: "email", subject: "Shipped", to: "not an address" })).toMatchObject({
      ok: false,
      code: "invalidEmail",
    });
    expect(await test({ channel: "email", subject: "Shipped", to: "owner@shop.test" })).toMatchObject({
      ok: false,
      code: "emailNotSetUp",
    });
    expect(await test({ channel: "sms", to: "12" })).toMatchObject({ ok: false, code: "invalidPhone" });
    expect(await test({ channel: "sms", to: "+14155550123" })).toMatchObject({
      ok: false,
      code: "twilioNotSetUp",
    });
  });

  it("test-sends an SMS through the shop's Twilio account with the editor's wording", async () => {
    const twilio = twilioAccount();
    server.use(...twilioHandlers(twilio));
    await install();
    await configureShop({
      twilioAccountSid: twilio.accountSid,
      twilioAuthToken: twilio.authToken,
      smsFrom: "+14155550100",
    });

    const sent = await post({
      intent: "test",
      milestone: "OUT_FOR_DELIVERY",
      channel: "sms",
      locale: "de",
      body: "{{ customer.first_name }}, Ihr Paket {{ order.name }} kommt heute!",
      to: "+4915112345678",
    });

    expect(sent).toEqual({ intent: "test", ok: true, to: "+4915112345678" });
    expect(twilio.messages).toEqual([
      expect.objectContaining({
        to: "+4915112345678",
        from: "+14155550100",
        body: "Anna, Ihr Paket #1001 kommt heute!",
      }),
    ]);
  });

  it("tells the merchant when Twilio refuses the credentials", async () => {
    const twilio = twilioAccount();
    server.use(...twilioHandlers(twilio));
    await install();
    await configureShop({
      twilioAccountSid: twilio.accountSid,
      twilioAuthToken: "a-token-twilio-does-not-know",
      smsFrom: "+14155550100",
    });

    const sent = await post({
      intent: "test",
      milestone: "SHIPPED",
      channel: "sms",
      locale: "en",
      body: "Shipped: {{ order.name }}",
      to: "+14155550123",
    });

    expect(sent).toMatchObject({ intent: "test", ok: false, code: "auth" });
    expect(twilio.messages).toHaveLength(0);
  });

  it("keeps each shop's wording its own", async () => {
    // Given this shop's own German wording
    await install();
    await install(OTHER_SHOP);
    await post({ intent: "save", ...GERMAN_SHIPPED, subject: "Nur für uns", body: "Nur für uns" });

    // When the other shop opens, saves and resets the same wording
    const theirs = await openEditor(EDITOR, OTHER_SHOP);
    await post(
      { intent: "save", ...GERMAN_SHIPPED, subject: "Anderer Shop", body: "Anderer Shop" },
      OTHER_SHOP,
    );
    await post({ intent: "reset", ...GERMAN_SHIPPED }, OTHER_SHOP);

    // Then it saw the default, and this shop's wording is untouched
    expect(theirs.template.custom).toBe(false);
    expect(theirs.edited).toEqual([]);
    expect((await openEditor()).template).toEqual({
      subject: "Nur für uns",
      body: "Nur für uns",
      custom: true,
    });
  });
});
