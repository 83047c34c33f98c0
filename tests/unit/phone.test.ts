import { describe, expect, it } from "vitest";
import { maskEmail, maskPhone, toE164 } from "~/notifications/phone";

describe("toE164", () => {
  it.each([
    ["+49 1512 3456789", null, "+4915123456789"],
    ["+49 (0)1512 3456789", null, "+4915123456789"],
    ["01512 3456789", "DE", "+4915123456789"],
    ["0049 1512 3456789", "DE", "+4915123456789"],
    ["030 12345678", "de", "+493012345678"],
    ["(201) 555-0123", "US", "+12015550123"],
    ["201.555.0123", "US", "+12015550123"],
    ["07911 123456", "GB", "+447911123456"],
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["0412 345 678", "AU", "+61412345678"],
    // An international number keeps its own country whatever the shipping address says.
    ["+33 6 12 34 56 78", "DE", "+33612345678"],
  ])("reads %s (shipping to %s) as %s", (raw, country, expected) => {
    expect(toE164(raw, country)).toBe(expected);
  });

  it.each([
    ["nothing", null, "DE"],
    ["undefined", undefined, "DE"],
    ["empty", "", "DE"],
    ["blank", "   ", "DE"],
    ["too short", "12345", "DE"],
    ["too short, international", "+49 123456", null],
    ["impossible number", "+1 555 555 5555", null],
    ["all zeros", "+49 000 0000000", null],
    ["letters", "1-800-FLOWERS", "US"],
    ["text around it", "call +49 1512 3456789", null],
    ["an extension", "+49 1512 3456789 ext 12", null],
    ["a national number with no country to read it in", "01512 3456789", null],
    ["a national number with an unknown country", "01512 3456789", "ZZ"],
    ["an email address", "jane@example.com", "DE"],
  ])("returns null for %s", (_case, raw, country) => {
    expect(toE164(raw, country)).toBeNull();
  });
});

describe("maskPhone", () => {
  it("keeps the country code and the last two digits, and hides how long the number is", () => {
    expect(maskPhone("+4915123456789")).toBe("+49 ••• ••• 89");
    expect(maskPhone("+493012345667")).toBe("+49 ••• ••• 67");
    expect(maskPhone("+12015550123")).toBe("+1 ••• ••• 23");
    expect(maskPhone("+85291234567")).toBe("+852 ••• ••• 67");
  });

  it("never shows more than two digits of what it was given", () => {
    for (const raw of ["+4915123456789", "015123456789", "not a number 1234567", "+999 123 456 7890"]) {
      const digitsShown = maskPhone(raw)
        .replace(/^\+\d{1,3} /, "")
        .replace(/\D/g, "");
      expect(digitsShown.length).toBeLessThanOrEqual(2);
    }
    expect(maskPhone("")).toBe("•••");
    expect(maskPhone("+49")).toBe("•••");
  });
});

describe("maskEmail", () => {
  it.each([
    ["jane.doe@example.com", "j•••@example.com"],
    ["J@example.com", "J•••@example.com"],
    [" jane@example.com ", "j•••@example.com"],
    ['"a@b"@example.com', '"•••@example.com'],
    ["😀smile@example.com", "😀•••@example.com"],
  ])("masks %s as %s", (address, expected) => {
    expect(maskEmail(address)).toBe(expected);
  });

  it.each([[""], ["no-at-sign"], ["@example.com"], ["jane@"]])("hides %s entirely", (address) => {
    expect(maskEmail(address)).toBe("•••");
  });
});
