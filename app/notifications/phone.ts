// The "max" metadata, not the default "min": "min" checks only a number's length, so it accepts numbers
// that cannot exist ("+49 123456", five digits read as German). An SMS to those costs money and fails
// anyway. The extra ~65 kB of metadata only matters if this module ever reaches a browser bundle.
import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js/max";

/** Digits and the punctuation people write numbers with; letters (vanity numbers, "ext") are refused. */
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/;
const MASK = "•••";

/**
 * The number in E.164 ("+4915123456789"), or null when it is empty or not a valid number. A national
 * number ("0151 23456789") is read in `countryCode`, the shipping address's country.
 */
export function toE164(raw: string | null | undefined, countryCode?: string | null): string | null {
  const text = raw?.trim();
  if (!text || !PHONE_CHARACTERS.test(text)) return null;
  const country = countryCode?.trim().toUpperCase();
  const phone = parsePhoneNumberFromString(text, {
    defaultCountry: country && isSupportedCountry(country) ? country : undefined,
    // The whole input must be the number, not a number found somewhere inside it.
    extract: false,
  });
  return phone?.isValid() ? phone.number : null;
}

/**
 * A phone number for logs and the merchant's notification log: the country code and the last two
 * digits, "+49 ••• ••• 67". The masked part has a fixed length, so it does not give away how long the
 * number is.
 */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/\D/g, "");
  if (digits.length < 6) return MASK;
  const callingCode = parsePhoneNumberFromString(e164.trim(), { extract: false })?.countryCallingCode;
  const masked = `${MASK} ${MASK} ${digits.slice(-2)}`;
  return callingCode ? `+${callingCode} ${masked}` : masked;
}

/** An email address for logs: the first character and the domain, "j•••@example.com". */
export function maskEmail(address: string): string {
  const text = address.trim();
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1) return MASK;
  // Array.from splits by code point, so a first character outside the BMP stays whole.
  const [first] = Array.from(text.slice(0, at));
  return `${first}${MASK}@${text.slice(at + 1)}`;
}
