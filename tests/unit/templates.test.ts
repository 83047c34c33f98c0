import { describe, expect, it } from "vitest";
import { LOCALES, MILESTONES, type Locale, type MessageVariables } from "~/notifications/milestones";
import {
  renderMessage,
  sampleVariables,
  TemplateError,
  type RenderMessageInput,
} from "~/notifications/templates/index.server";

const EMAILS = LOCALES.flatMap((locale) => MILESTONES.map((milestone) => ({ locale, milestone })));
const SHORT_MESSAGES = EMAILS.flatMap((c) =>
  (["sms", "whatsapp"] as const).map((channel) => ({ ...c, channel })),
);
const LEFTOVER_LIQUID = /\{\{|\{%/;
/** A gap where a missing value was: a space before punctuation, or two spaces. */
const GAP = / [,.]| {2}/;

/** Sample variables with some fields replaced, the way a real shipment differs from the preview. */
function variables(locale: Locale, patch: Partial<MessageVariables> = {}): MessageVariables {
  return { ...sampleVariables(locale), ...patch };
}

function email(overrides: Partial<RenderMessageInput> = {}) {
  const locale = overrides.locale ?? "en";
  const message = renderMessage({
    milestone: "SHIPPED",
    channel: "email",
    locale,
    variables: variables(locale),
    ...overrides,
  });
  return { subject: message.subject ?? "", text: message.text, html: message.html ?? "" };
}

describe("default templates", () => {
  it.each(EMAILS)("$milestone email in $locale renders completely", ({ locale, milestone }) => {
    // given
    const vars = variables(locale);

    // when
    const { subject, text, html } = email({ milestone, locale, variables: vars });

    // then
    expect(subject).toMatch(/^[^\n]*#1001[^\n]*$/);
    for (const part of [subject, text, html]) expect(part).not.toMatch(LEFTOVER_LIQUID);
    expect(text).not.toMatch(GAP);
    expect(text).toContain(vars.tracking_page_url);
    expect(html).toContain(`href="${vars.tracking_page_url}"`);
    expect(html).toContain(`href="${vars.unsubscribe_url}"`);
  });

  it.each(SHORT_MESSAGES)(
    "$milestone by $channel in $locale renders a short text",
    ({ locale, milestone, channel }) => {
      const vars = variables(locale);

      const message = renderMessage({ milestone, channel, locale, variables: vars });

      expect(message).toEqual({ text: expect.stringContaining(vars.tracking_page_url) });
      expect(message.text).not.toMatch(LEFTOVER_LIQUID);
      expect(message.text).not.toMatch(GAP);
      // Everything but the link fits one 160-character SMS segment.
      expect(message.text.replace(vars.tracking_page_url, "").length).toBeLessThanOrEqual(160);
    },
  );

  it.each([
    ["en", "Your order #1001 has shipped", "Good news", "Track your order"],
    ["de", "Ihre Bestellung #1001 wurde versandt", "gute Nachrichten", "Bestellung verfolgen"],
    ["fr", "Votre commande #1001 a été expédiée", "Bonne nouvelle", "Suivre ma commande"],
    ["es", "Hemos enviado tu pedido #1001", "¡Buenas noticias!", "Seguir mi pedido"],
    ["it", "Il tuo ordine #1001 è stato spedito", "buone notizie", "Traccia il tuo ordine"],
    ["nl", "Je bestelling #1001 is verzonden", "Goed nieuws", "Volg je bestelling"],
  ] as const)("writes %s in that language, layout included", (locale, subject, phrase, button) => {
    const { subject: rendered, text, html } = email({ locale });

    expect(rendered).toBe(subject);
    expect(text).toContain(phrase);
    expect(html).toContain(`>${button}</a>`);
    expect(html).toContain(`<html lang="${locale}">`);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("leaves no English in a %s email", (locale) => {
    for (const milestone of MILESTONES) {
      const { subject, text } = email({ milestone, locale });
      expect(`${subject}\n${text}`).not.toMatch(/\b(Your|order|the carrier|Track|Unsubscribe|Items)\b/);
    }
  });

  it.each([
    ["de", "Voraussichtliche Zustellung: Donnerstag, 26. November", "Sie erhalten diese E-Mail"],
    ["fr", "Livraison prévue : jeudi 26 novembre", "Vous recevez cet e-mail"],
    ["es", "Entrega prevista: jueves 26 de noviembre", "Recibes este correo"],
  ] as const)("in %s, the plain-text summary and footer are translated too", (locale, estimate, footer) => {
    const { text } = email({ locale });

    expect(text).toContain(estimate);
    expect(text).toContain(`${footer}`);
  });
});

describe("renderMessage for email", () => {
  it("escapes a customer's name in the HTML part and keeps it verbatim in the text part and subject", () => {
    const name = "<script>alert(1)</script>";
    const vars = variables("en", { customer: { first_name: name, last_name: "", name } });

    const { subject, text, html } = email({
      variables: vars,
      template: { subject: "For {{ customer.first_name }}", body: "Hi {{ customer.first_name }}," },
    });

    expect(html).not.toContain("<script>");
    expect(html).toContain("Hi &lt;script&gt;alert(1)&lt;/script&gt;,");
    expect(text).toContain("Hi <script>alert(1)</script>,");
    expect(subject).toBe("For <script>alert(1)</script>");
  });

  it("escapes a merchant's shop name and product titles in the layout", () => {
    const vars = variables("en", {
      shop: { name: "Tom & Jerry's <Shop>", email: "", url: "https://example.com" },
      items: [{ title: 'Mug "Classic"', variant_title: "", quantity: 1 }],
    });

    const { html } = email({ variables: vars });

    expect(html).toContain("Tom &amp; Jerry&#39;s &lt;Shop&gt;");
    expect(html).toContain("1 × Mug &#34;Classic&#34;");
    expect(html).not.toContain("<Shop>");
  });

  it.each(LOCALES)("greets naturally in %s when the first name is unknown", (locale) => {
    const vars = variables(locale, { customer: { first_name: "", last_name: "", name: "" } });

    const { text } = email({ locale, variables: vars });

    const greeting = text.split("\n")[0];
    expect(["Hi there,", "Guten Tag,", "Bonjour,", "¡Hola!", "Ciao,", "Hoi,"]).toContain(greeting);
  });

  it("leaves out what the shipment does not know instead of printing gaps", () => {
    const vars = variables("en", {
      shipment: { ...sampleVariables("en").shipment, carrier: "", tracking_number: "", tracking_url: "" },
      estimated_delivery: "",
      delay_reason: "",
    });

    const { text, html } = email({ milestone: "ATTEMPTED_DELIVERY", variables: vars });

    expect(text).toContain(
      "The carrier tried to deliver your order #1001, but couldn't complete the delivery.",
    );
    expect(text).not.toMatch(/Reason given|Carrier:|Tracking number:|Estimated delivery:/);
    expect(html).not.toMatch(/>Carrier<|>Tracking number<|>Estimated delivery</);
  });

  it("puts the carrier's reason in its own paragraph when there is one", () => {
    const { text, html } = email({ milestone: "DELAYED" });

    expect(text).toContain("\n\nReason given by the carrier: Severe weather in the delivery area\n\n");
    expect(html).toContain(">Reason given by the carrier: Severe weather in the delivery area</p>");
  });

  it("summarises order, carrier, tracking number (linked to the carrier) and items", () => {
    const vars = sampleVariables("en");

    const { text, html } = email({ variables: vars });

    expect(text).toContain(
      [
        "Track your order: https://example.com/apps/parcelwise/track/sample-token",
        "",
        "Order: #1001",
        "Carrier: DHL Express",
        "Tracking number: 4820193756",
        "Estimated delivery: Thursday, November 26",
        "Items:",
        "- 1 × Linen Shirt – Sage / M",
        "- 2 × Canvas Tote Bag",
      ].join("\n"),
    );
    expect(html).toContain(`<a href="${vars.shipment.tracking_url}" target="_blank"`);
    expect(html).toContain("1 × Linen Shirt – Sage / M<br>2 × Canvas Tote Bag");
  });

  it("does not show an estimate once the parcel is delivered", () => {
    const { text, html } = email({ milestone: "DELIVERED" });

    expect(text).not.toContain("Estimated delivery");
    expect(html).not.toContain("Estimated delivery");
  });

  it("ends with the footer naming the shop and the unsubscribe link", () => {
    const { text, html } = email();

    expect(
      text.endsWith(
        "You receive this email because you ordered from Example Store.\n" +
          "Unsubscribe: https://example.com/apps/parcelwise/unsubscribe/sample-token",
      ),
    ).toBe(true);
    expect(html).toContain(
      'You receive this email because you ordered from Example Store. <a href="https://example.com/apps/parcelwise/unsubscribe/sample-token"',
    );
  });

  it("turns a merchant's paragraphs, line breaks and https links into HTML", () => {
    const body =
      "Hello {{ customer.first_name }}!\nThanks for waiting.\n\n\n\nQuestions? See https://example.com/faq?a=1&b=2.";

    const { text, html } = email({ template: { subject: "Hi", body } });

    expect(
      text.startsWith("Hello Emma!\nThanks for waiting.\n\nQuestions? See https://example.com/faq?a=1&b=2."),
    ).toBe(true);
    expect(html).toContain(">Hello Emma!<br>Thanks for waiting.</p>");
    expect(html).toContain(
      'See <a href="https://example.com/faq?a=1&amp;b=2" style="color:#111827;">https://example.com/faq?a=1&amp;b=2</a>.</p>',
    );
  });

  it("writes a merchant's markup as text, not HTML", () => {
    const { html } = email({
      template: { subject: "Hi", body: '<img src=x onerror="alert(1)"> and http://plain.example' },
    });

    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; and http://plain.example</p>");
    expect(html).not.toContain('href="http://plain.example"');
  });

  it("makes the subject one line", () => {
    const { subject } = email({
      template: { subject: "  Order {{ order.name }}\n\nhas  shipped \r\n", body: "Hi" },
    });

    expect(subject).toBe("Order #1001 has shipped");
  });

  it("keeps the default subject when a merchant's override has none", () => {
    const { subject, text } = email({ template: { body: "Custom body for {{ order.name }}" } });

    expect(subject).toBe("Your order #1001 has shipped");
    expect(text.startsWith("Custom body for #1001")).toBe(true);
  });

  it("uses a valid brand colour and https logo", () => {
    const { html } = email({ brand: { accentColor: "#0A7", logoUrl: "https://cdn.example.com/logo.png" } });

    expect(html).toContain('bgcolor="#00aa77"');
    expect(html).toContain('<img src="https://cdn.example.com/logo.png" alt="Example Store"');
  });

  it("picks dark button text on a light brand colour", () => {
    const { html } = email({ brand: { accentColor: "#ffee00" } });

    expect(html).toMatch(/color:#111827;text-decoration:none;border-radius:6px;">Track your order</);
  });

  it.each([
    ["a colour name", { accentColor: "red" }],
    ["CSS smuggled into the colour", { accentColor: "#fff;background:url(https://evil.example)" }],
    ["an http logo", { logoUrl: "http://cdn.example.com/logo.png" }],
    ["a javascript: logo", { logoUrl: "javascript:alert(1)" }],
  ])("ignores %s", (_, brand) => {
    const { html } = email({ brand });

    expect(html).toContain('bgcolor="#111827"');
    expect(html).not.toMatch(/<img|evil|javascript|http:\/\/cdn/);
    expect(html).toContain(">Example Store</span>");
  });

  it("does not link a tracking number to a carrier URL that is not http(s)", () => {
    const vars = variables("en", {
      shipment: { ...sampleVariables("en").shipment, tracking_url: "javascript:alert(1)" },
    });

    const { html } = email({ variables: vars });

    expect(html).toContain(">4820193756</td>");
    expect(html).not.toContain("javascript:");
  });

  it("stops a runaway merchant template with a clear error instead of hanging", () => {
    const runaway = { subject: "Hi", body: "{% for i in (1..100000000) %}{{ i }}{% endfor %}" };

    expect(() => email({ template: runaway })).toThrow(TemplateError);
    expect(() => email({ template: runaway })).toThrow("Template stopped on line 1: it builds too much text");
  });
});

describe("renderMessage for SMS and WhatsApp", () => {
  it.each(["sms", "whatsapp"] as const)("returns tidy text only on %s", (channel) => {
    const message = renderMessage({
      milestone: "SHIPPED",
      channel,
      locale: "en",
      variables: sampleVariables("en"),
      template: { body: "  Hi   {{ customer.first_name }}  \n\n\n\n{{ tracking_page_url }}  " },
    });

    expect(message).toEqual({ text: "Hi Emma\n\nhttps://example.com/apps/parcelwise/track/sample-token" });
  });

  it("reads naturally without a carrier or estimate", () => {
    const vars = variables("de", { estimated_delivery: "" });

    const { text } = renderMessage({ milestone: "DELAYED", channel: "sms", locale: "de", variables: vars });

    expect(text).toBe(
      "Example Store: Ihre Bestellung #1001 verspätet sich. Details: https://example.com/apps/parcelwise/track/sample-token",
    );
  });
});
