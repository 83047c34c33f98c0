/**
 * Shopify's `tracking_company` is free text: the merchant's app or hand picks "DHL Express", "dhl
 * express" or "DHL Express " for the same service. Lanes group on this normalized name. Services stay
 * apart ("dhl express" is not "dhl paket"): their transit times differ by days.
 */
const ALIASES: Record<string, string> = {
  "united states postal service": "usps",
  "u s postal service": "usps",
  "us postal service": "usps",
  "federal express": "fedex",
  "fed ex": "fedex",
  "united parcel service": "ups",
  "dhl express worldwide": "dhl express",
  "dhl germany": "dhl paket",
  "deutsche post dhl": "dhl paket",
  "la poste colissimo": "colissimo",
  "canada post postes canada": "canada post",
};

/** Lower case, accents and punctuation dropped, single spaces; "" when there is no carrier. */
export function normalizeCarrier(raw: string | null | undefined): string {
  if (!raw) return "";
  const plain = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return ALIASES[plain] ?? plain;
}
