import { describe, expect, it } from "vitest";
import { CHANNELS, LOCALES, MILESTONES } from "~/notifications/milestones";
import {
  DEFAULTS,
  validateTemplate,
  type ValidateTemplateInput,
} from "~/notifications/templates/index.server";

/** The errors a merchant would see for a body on `channel` (email gets a valid subject). */
function errorsFor(body: string, channel: ValidateTemplateInput["channel"] = "email") {
  const result = validateTemplate({ channel, subject: "Your order {{ order.name }}", body });
  return result.ok ? [] : result.errors;
}

describe("validateTemplate", () => {
  it.each(LOCALES)("accepts every default template in %s", (locale) => {
    for (const milestone of MILESTONES) {
      for (const channel of CHANNELS.filter((c) => c !== "klaviyo")) {
        const template =
          channel === "email"
            ? DEFAULTS[locale].email[milestone]
            : { body: DEFAULTS[locale].short[milestone] };
        expect(validateTemplate({ channel, ...template }), `${milestone} ${channel}`).toEqual({ ok: true });
      }
    }
  });

  it("names an unknown variable, its line, and what was probably meant", () => {
    const errors = errorsFor("Hello,\n{{ custmer.first_name }} your order is on its way");

    expect(errors).toEqual([
      {
        field: "body",
        message: "Unknown variable `custmer.first_name` on line 2 (did you mean `customer.first_name`?)",
        line: 2,
        column: 4,
      },
    ]);
  });

  it("finds an unknown variable in a branch the sample data never takes", () => {
    const errors = errorsFor("{% if customer.first_name == blank %}\nHi {{ shop.nmae }}\n{% endif %}");

    expect(errors.map((e) => e.message)).toEqual([
      "Unknown variable `shop.nmae` on line 2 (did you mean `shop.name`?)",
    ]);
  });

  it("finds a misspelt property of a loop item", () => {
    const errors = errorsFor("{% for item in items %}\n- {{ item.titel }}\n{% endfor %}");

    expect(errors.map((e) => e.message)).toEqual(["Unknown variable `item.titel` on line 2"]);
  });

  it("names an unknown filter", () => {
    expect(errorsFor("{{ order.name | shout }}").map((e) => e.message)).toEqual([
      "Unknown filter `shout` on line 1",
    ]);
  });

  it.each([
    [
      "{% if estimated_delivery != blank %}\nArrives {{ estimated_delivery }}",
      "Unclosed `if` tag on line 1: add `{% endif %}`",
    ],
    ["{% for item in items %}{{ item.title }}", "Unclosed `for` tag on line 1: add `{% endfor %}`"],
    ["Hi\n{{ customer.first_name", "Unclosed `{{` on line 2: close it with `}}`"],
    ["Done{% endif %}", "`{% endif %}` without a matching `{% if %}` on line 1"],
    ["{% shout %}", "Unknown tag `shout` on line 1"],
  ])("explains a broken structure: %j", (body, message) => {
    expect(errorsFor(body).map((e) => e.message)).toEqual([message]);
  });

  it.each(["include", "render", "layout"])("refuses the `%s` tag before anything is read", (tag) => {
    const errors = errorsFor(`Hello\n\n{% ${tag} 'footer' %}`);

    expect(errors).toEqual([
      { field: "body", message: `Tag \`${tag}\` is not allowed on line 3`, line: 3, column: 1 },
    ]);
  });

  it("refuses `include` hidden in a `liquid` tag too", () => {
    expect(errorsFor("{% liquid\n  echo order.name\n  include 'footer'\n%}").map((e) => e.message)).toEqual([
      "Tag `include` is not allowed on line 3",
    ]);
  });

  it.each([
    "{{ shop.constructor.name }}",
    "{{ items.__proto__ }}",
    "{% assign s = shop %}{{ s.constructor }}",
  ])("gives no access to JavaScript internals: %s", (body) => {
    expect(errorsFor(body).map((e) => e.message)).toEqual([expect.stringMatching(/^Unknown variable `/)]);
  });

  it("stops a loop that would allocate a hundred million numbers", () => {
    const errors = errorsFor("{% for i in (1..100000000) %}{{ i }}{% endfor %}");

    expect(errors.map((e) => e.message)).toEqual([
      "Template stopped on line 1: it builds too much text (is a loop running too often?)",
    ]);
  });

  it("stops nested loops that would run for minutes", () => {
    const started = Date.now();

    const errors = errorsFor(
      "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}",
    );

    expect(errors.map((e) => e.message)).toEqual([
      "Template stopped on line 1: it took too long to render (is a loop running too often?)",
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("warns that the first item may not exist, and accepts the guarded version", () => {
    const unguarded = errorsFor("You ordered {{ items.first.title }}.");
    const guarded = errorsFor("{% if items.size > 0 %}You ordered {{ items.first.title }}.{% endif %}");

    expect(unguarded.map((e) => e.message)).toEqual([
      "`items.first.title` on line 1 fails when the order has no items or the value is empty: check it first, e.g. with `{% if items.size > 0 %}`",
    ]);
    expect(guarded).toEqual([]);
  });

  it("requires an email subject and checks it like the body", () => {
    expect(validateTemplate({ channel: "email", subject: "  ", body: "Hi" })).toEqual({
      ok: false,
      errors: [{ field: "subject", message: "The subject is empty" }],
    });
    expect(validateTemplate({ channel: "email", subject: "Order {{ ordr.name }}", body: "Hi" })).toEqual({
      ok: false,
      errors: [
        {
          field: "subject",
          message: "Unknown variable `ordr.name` on line 1 (did you mean `order.name`?)",
          line: 1,
          column: 10,
        },
      ],
    });
  });

  it("needs no subject for SMS or WhatsApp", () => {
    expect(validateTemplate({ channel: "sms", body: "{{ order.name }}: {{ tracking_page_url }}" })).toEqual({
      ok: true,
    });
    expect(validateTemplate({ channel: "whatsapp", body: "{{ tracking_page_url }}" })).toEqual({ ok: true });
  });

  it.each([
    ["email", "subject", "S".repeat(201), "The subject is too long: 201 characters (the limit is 200)"],
    ["email", "body", "B".repeat(20_001), "The message is too long: 20,001 characters (the limit is 20,000)"],
    ["sms", "body", "B".repeat(1_601), "The message is too long: 1,601 characters (the limit is 1,600)"],
    ["whatsapp", "body", "", "The message is empty"],
  ] as const)("limits %s %s length", (channel, field, text, message) => {
    const input =
      field === "subject" ? { channel, subject: text, body: "Hi" } : { channel, subject: "Hi", body: text };

    expect(validateTemplate(input)).toEqual({ ok: false, errors: [{ field, message }] });
  });

  it("limits an SMS that only grows too long once rendered", () => {
    const errors = errorsFor("{% for i in (1..200) %}{{ shop.name }} {% endfor %}", "sms");

    expect(errors.map((e) => e.message)).toEqual([
      "With sample data the message is 2,799 characters (the limit is 1,600)",
    ]);
  });

  it("rejects invisible control characters but accepts tabs and Windows line breaks", () => {
    expect(errorsFor("Hi\r\nthere\u0007")).toEqual([
      { field: "body", message: "Invisible control character U+0007 on line 2: remove it", line: 2 },
    ]);
    expect(errorsFor("Bare\rreturn").map((e) => e.message)).toEqual([
      "Invisible control character U+000D on line 1: remove it",
    ]);
    expect(errorsFor("Hi\r\n\tthere")).toEqual([]);
  });
});
