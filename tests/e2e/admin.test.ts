import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { seedOfflineSession } from "../helpers/db";
import { insertShipments } from "../helpers/shipments";
import { useSmtpServer } from "../helpers/smtp";
import { ARTIFACTS, CHROMIUM, haveChromium, layoutShift, openPage, seedOutForDelivery } from "./browser";
import { DESKTOP_USER_AGENT, startEmbeddedAdmin, type EmbeddedAdmin } from "./admin";

if (!haveChromium) console.warn(`SKIPPED: admin end-to-end tests need Chromium at ${CHROMIUM}`);

const smtp = useSmtpServer();
const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** The page's visible text, whitespace collapsed. */
const text = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));

describe.skipIf(!haveChromium)("embedded admin in a real browser", () => {
  let browser: Browser;
  let admin: EmbeddedAdmin;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    admin = await startEmbeddedAdmin({ smtpUrl: smtp.url });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await admin?.close();
  });

  beforeEach(async () => {
    await seedOfflineSession();
    // Jon's #1001 through webhooks (with a carrier timeline), and three more written as ingest leaves them.
    await seedOutForDelivery();
    await insertShipments([
      {
        id: "s-delivered",
        shippedAt: days(6),
        status: "DELIVERED",
        carrier: "DHL Express",
        orderName: "#2001",
      },
      { id: "s-transit", shippedAt: days(3), status: "IN_TRANSIT", carrier: "FedEx", orderName: "#2002" },
      {
        id: "s-late",
        shippedAt: days(9),
        status: "IN_TRANSIT",
        carrier: "DHL Express",
        lateSince: days(1),
        orderName: "#2003",
        email: "late-shopper@example.com",
      },
    ]);
  });

  const open = async (url: string) => {
    const { page } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
      userAgent: DESKTOP_USER_AGENT,
    });
    const problems: string[] = [];
    await admin.authorize(page);
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    return { page, problems };
  };

  it("filters the shipments list, searches it and opens a shipment's timeline", async () => {
    const { page, problems } = await open(admin.url("/shipments"));
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    expect(await text(page)).toContain("#2003");

    // The "Late" filter, as a merchant applies it: Add filter → Late → Only late shipments.
    await page.getByRole("button", { name: /add filter/i }).click();
    await page.getByRole("button", { name: /^Late$/ }).click();
    await page.getByLabel("Only late shipments").click();
    await expect.poll(() => page.url()).toContain("late=1");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain("#2003");
    await page.keyboard.press("Escape");
    await page.screenshot({ path: `${ARTIFACTS}/admin-shipments-late.png`, fullPage: true });

    // Clear, then search by the shopper's email.
    await page.getByRole("button", { name: /clear all/i }).click();
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByPlaceholder("Search by order, tracking number or customer email").fill("jon@example.com");
    await expect.poll(() => page.url()).toContain("q=jon%40example.com");
    await expect.poll(() => rows.count()).toBe(1);

    // Open it: the detail page shows the status and the carrier's timeline.
    await rows.first().getByRole("link", { name: "#1001" }).click();
    await page.getByRole("heading", { name: "#1001" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/shipments\/[^/]+$/);
    const detail = await text(page);
    expect(detail).toContain("#1001");
    expect(detail).toContain("Out for delivery");
    expect(detail).toContain("Louisville");
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.1);
    await page.screenshot({ path: `${ARTIFACTS}/admin-shipment-detail.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("works through the exceptions inbox: the carrier checklist, then resolving a late parcel as reshipped", async () => {
    const { page, problems } = await open(admin.url("/exceptions", { kind: "late" }));
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain("#2003");

    // The carrier checklist for DHL Express, with the tracking number to copy.
    await rows.first().getByRole("button", { name: "Contact carrier" }).click();
    const checklist = page.getByRole("dialog");
    await checklist.waitFor();
    expect(await checklist.getByLabel("Tracking number").inputValue()).toBe("TNS-LATE");
    expect(
      await checklist
        .getByRole("link", { name: /DHL Express/ })
        .first()
        .getAttribute("href"),
    ).toMatch(/^https:\/\/[^/]*dhl\./);
    await page.screenshot({ path: `${ARTIFACTS}/admin-exceptions-carrier.png` });
    await checklist.getByRole("button", { name: "Close" }).first().click();
    await checklist.waitFor({ state: "hidden" });

    // Resolve without a note: refused inline, nothing saved; then with one.
    await rows.first().getByRole("button", { name: "Resolve" }).click();
    const resolve = page.getByRole("dialog");
    await resolve.getByLabel("Reshipped the order").check();
    await resolve.getByRole("button", { name: "Mark as resolved" }).click();
    await resolve.getByText("Write what you did about it.").waitFor();
    await resolve
      .getByRole("textbox", { name: "Note" })
      .fill("Sent a new parcel with DHL, 00340434161234567890");
    await resolve.getByRole("button", { name: "Mark as resolved" }).click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(await text(page)).toContain("Nothing to handle here");
    await page.screenshot({ path: `${ARTIFACTS}/admin-exceptions-resolved.png`, fullPage: true });

    // The shipment page shows what was done.
    await page.goto(admin.url("/shipments/s-late"));
    const detail = await text(page);
    expect(detail).toContain("Reshipped");
    expect(detail).toContain("Sent a new parcel with DHL, 00340434161234567890");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("edits the German shipping email: a broken template is refused inline, the saved one is what a test email carries", async () => {
    const { page, problems } = await open(
      admin.url("/notifications/templates", { milestone: "SHIPPED", channel: "email", language: "de" }),
    );
    const body = page.getByLabel("Message");
    const preview = page.frameLocator("iframe").first();
    const original = await body.inputValue();
    expect(original).toContain("{{");

    // A typo in a variable: the editor names it, with the line and the fix, and saving changes nothing.
    await body.fill(`Hallo {{ customer.frist_name }},\n\n${original}`);
    await page
      .getByText(/customer\.frist_name.*line 1.*customer\.first_name/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Save template" }).click();
    await page
      .getByText(/customer\.frist_name.*line 1/)
      .first()
      .waitFor();

    // The merchant's own first line: the live preview shows it as the shopper will read it.
    const greeting = "Frohe Feiertage von allen bei Parcelwise!";
    await body.fill(`${greeting}\n\n${original}`);
    await preview.getByText(greeting).waitFor();
    await page.getByRole("button", { name: "Save template" }).click();
    await page.getByText("Your wording").waitFor();
    await page.getByText("Unsaved changes").waitFor({ state: "hidden" });
    await page.screenshot({ path: `${ARTIFACTS}/admin-template-editor-de.png`, fullPage: true });

    // A test send goes through the shop's mail settings to a real SMTP server, in German, with that line.
    await page.getByLabel("Send a test to").fill("merchant@example.com");
    await page.getByRole("button", { name: "Send test" }).click();
    await page.getByText("Test sent to merchant@example.com.").waitFor();
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.envelope.rcptTo).toEqual(["merchant@example.com"]);
    expect(mail.subject).toMatch(/^\[Test\]/);
    expect(mail.text).toContain(greeting);
    expect(mail.html || "").toContain(greeting);

    // And it was saved: a fresh visit shows it.
    await page.reload();
    expect(await page.getByLabel("Message").inputValue()).toContain(greeting);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the home dashboard in the merchant's language, with no layout shift worth the name", async () => {
    const { page, problems } = await open(admin.url("", { locale: "de" }));
    const body = await text(page);
    expect(body).toContain("Handlungsbedarf");
    expect(body).toContain("Verspätet seit");
    expect(body).toContain("#2003");
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.1);
    await page.screenshot({ path: `${ARTIFACTS}/admin-dashboard-de.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
