import { describe, expect, it } from "vitest";
import { adminMessages, translate, type AdminKey } from "~/admin/i18n";
import { chainOrders, parseTemplateChoice } from "~/admin/notifications/model";
import { smsLength } from "~/admin/notifications/sms-segments";
import { shownProblem } from "~/admin/notifications/template-problems";
import { validateTemplate } from "~/notifications/templates/index.server";

/** Templates that break in every way the validator words, with the channel they're written for. */
const BROKEN: Array<[string, "email" | "sms", string, string?]> = [
  ["empty subject", "email", "Hi", ""],
  ["empty message", "sms", "   "],
  ["too long", "sms", "x".repeat(1_601)],
  ["too long with sample data", "sms", "{% for i in (1..200) %}{{ shop.name }} {% endfor %}"],
  ["control character", "sms", "Hi\r\nthere\u0007"],
  ["misspelt variable", "sms", "Hi {{ custmer.first_name }}"],
  ["unknown variable", "sms", "Hi {{ zzz.qqq }}"],
  ["unguarded first item", "sms", "You ordered {{ items.first.title }}."],
  ["unknown filter", "sms", "{{ order.name | shout }}"],
  ["unknown tag", "sms", "{% shout %}"],
  ["file tag", "sms", "Hello\n\n{% include 'footer' %}"],
  ["unclosed if", "sms", "{% if estimated_delivery != blank %}\nArrives {{ estimated_delivery }}"],
  ["stray endif", "sms", "Done{% endif %}"],
  ["unclosed output", "sms", "Hi\n{{ customer.first_name"],
  ["runaway loop", "email", "{% for i in (1..100000000) %}{{ i }}{% endfor %}", "Subject"],
];

describe("template problems in the admin's language", () => {
  it.each(BROKEN)("knows the validator's wording for: %s", (_, channel, body, subject) => {
    const result = validateTemplate({ channel, body, subject });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.errors;
    // (At least one problem, or the loop below would check nothing.)
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const shown = shownProblem(problem);
      expect(shown.code, problem.message).not.toBeNull();
      // Every placeholder of both languages is filled, and the line number survives translation
      for (const locale of ["en", "de"] as const) {
        const text = translate(
          adminMessages(locale),
          `notifications.templates.problems.${shown.code!}` as AdminKey,
          shown.params,
        );
        expect(text, `${locale}: ${problem.message}`).not.toMatch(/\{\w+\}/);
        expect(text).toContain(problem.line ? String(problem.line) : "");
      }
    }
  });

  it("reads a misspelt variable back with its line and suggestion, in German too", () => {
    const shown = shownProblem({
      field: "body",
      line: 2,
      message: "Unknown variable `custmer.first_name` on line 2 (did you mean `customer.first_name`?)",
    });
    expect(shown).toMatchObject({ field: "body", line: 2, code: "unknownVariableHint" });
    expect(
      translate(adminMessages("de"), "notifications.templates.problems.unknownVariableHint", shown.params),
    ).toBe("Unbekannte Variable `custmer.first_name` in Zeile 2 (meinten Sie `customer.first_name`?)");
  });

  it("keeps wording it doesn't know in the server's English", () => {
    expect(shownProblem({ field: "body", message: "Something new on line 4", line: 4 })).toEqual({
      field: "body",
      line: 4,
      code: null,
      params: {},
      message: "Something new on line 4",
    });
  });
});

describe("SMS length", () => {
  it("counts standard characters in 160s, then 153 per part", () => {
    expect(smsLength("Your parcel is here!")).toEqual({ characters: 20, segments: 1, encoding: "gsm" });
    expect(smsLength("a".repeat(160)).segments).toBe(1);
    expect(smsLength("a".repeat(161)).segments).toBe(2);
    expect(smsLength("a".repeat(306)).segments).toBe(2);
    expect(smsLength("a".repeat(307)).segments).toBe(3);
  });

  it("counts € and brackets twice, and anything else switches to Unicode's 70", () => {
    expect(smsLength("€".repeat(80)).segments).toBe(1);
    expect(smsLength("€".repeat(81)).segments).toBe(2);
    expect(smsLength("Ihr Paket ist da 📦")).toEqual({ characters: 18, segments: 1, encoding: "unicode" });
    expect(smsLength("ł".repeat(71))).toEqual({ characters: 71, segments: 2, encoding: "unicode" });
    expect(smsLength("")).toEqual({ characters: 0, segments: 0, encoding: "gsm" });
  });
});

describe("matrix and editor helpers", () => {
  it("offers every order of the channels switched on, the current one first", () => {
    expect(chainOrders(["whatsapp", "sms", "email"])).toEqual([
      ["whatsapp", "sms", "email"],
      ["whatsapp", "email", "sms"],
      ["sms", "whatsapp", "email"],
      ["sms", "email", "whatsapp"],
      ["email", "whatsapp", "sms"],
      ["email", "sms", "whatsapp"],
    ]);
    expect(chainOrders(["email"])).toEqual([["email"]]);
  });

  it("opens the editor on what the URL names, and on safe defaults for anything else", () => {
    expect(
      parseTemplateChoice(new URLSearchParams("milestone=DELAYED&channel=whatsapp&language=it")),
    ).toEqual({
      milestone: "DELAYED",
      channel: "whatsapp",
      locale: "it",
    });
    expect(parseTemplateChoice(new URLSearchParams("milestone=x&channel=klaviyo&language=pt"), "de")).toEqual(
      {
        milestone: "SHIPPED",
        channel: "email",
        locale: "de",
      },
    );
  });
});
