import { shopperTimeZone } from "../../notifications/shopper-time";

/**
 * The time zone of a carrier scan's place, so the timeline reads as the carrier's local times ("left the
 * Louisville hub 11:40 PM EST"). Shopify's fulfillment events name the country in words ("United
 * States") and the province by name; both are mapped to what shopperTimeZone understands. Unknown
 * places get `fallback` (the shop's zone).
 */
export function scanTimeZone(country: string | null, province: string | null, fallback: string): string {
  const code = countryCode(country);
  return code ? shopperTimeZone({ countryCode: code, province, fallback }) : fallback;
}

let byName: Map<string, string> | undefined;

/** ISO 3166-1 alpha-2 for a code or an English country name, from Intl's own region names. */
export function countryCode(country: string | null): string | null {
  const text = country?.trim();
  if (!text) return null;
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  byName ??= regionNames();
  return byName.get(text.toLowerCase()) ?? null;
}

function regionNames(): Map<string, string> {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const map = new Map<string, string>([
    ["usa", "US"],
    ["united states of america", "US"],
    ["uk", "GB"],
  ]);
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const name = names.of(code);
      if (name && name !== code) map.set(name.toLowerCase(), code);
    }
  }
  return map;
}
