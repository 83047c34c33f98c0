import type { Random } from "./random";

/** Where a carrier scan happened (a FulfillmentEvent's location fields). */
export interface Place {
  city: string;
  province: string | null;
  country: string;
  zip: string;
  lat: number;
  lng: number;
}

export interface Carrier {
  /** As Shopify spells `tracking_company` for the carriers it knows. */
  name: string;
  /** First sorting centre by destination country code, "*" for the rest. */
  hubs: Record<string, Place>;
  trackingNumber(random: Random): string;
  trackingUrl(number: string, zip: string, countryCode: string): string;
}

const place = (
  city: string,
  province: string | null,
  country: string,
  zip: string,
  lat: number,
  lng: number,
) => ({
  city,
  province,
  country,
  zip,
  lat,
  lng,
});

/** UPU S10 check digit (Royal Mail, La Poste international): weights 8 6 4 2 3 5 9 7, mod 11. */
function s10(random: Random, prefix: string, suffix: string): string {
  const serial = random.digits(8);
  const sum = [...serial].reduce((acc, d, i) => acc + Number(d) * [8, 6, 4, 2, 3, 5, 9, 7][i], 0);
  const check = 11 - (sum % 11);
  return `${prefix}${serial}${check === 10 ? 0 : check === 11 ? 5 : check}${suffix}`;
}

export const CARRIERS: Record<string, Carrier> = {
  UPS: {
    name: "UPS",
    hubs: {
      US: place("Louisville", "Kentucky", "United States", "40209", 38.1744, -85.7364),
      "*": place("Köln", "Nordrhein-Westfalen", "Germany", "51147", 50.8659, 7.1427),
    },
    trackingNumber: (r) =>
      `1Z${r.letters(3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")}${r.digits(3)}${r.pick(["01", "03", "68"])}${r.digits(8)}`,
    trackingUrl: (n) => `https://www.ups.com/track?tracknum=${n}`,
  },
  USPS: {
    name: "USPS",
    hubs: { "*": place("Chicago", "Illinois", "United States", "60607", 41.8739, -87.6486) },
    trackingNumber: (r) => `9400${r.digits(18)}`,
    trackingUrl: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  },
  "DHL Express": {
    name: "DHL Express",
    hubs: { "*": place("Leipzig", "Sachsen", "Germany", "04435", 51.4239, 12.2364) },
    trackingNumber: (r) => `${r.int(1, 9)}${r.digits(9)}`,
    trackingUrl: (n) =>
      `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`,
  },
  "La Poste": {
    name: "La Poste",
    hubs: { "*": place("Roissy-en-France", "Val-d'Oise", "France", "95700", 49.0036, 2.5167) },
    // Colissimo domestic parcels: 6A + 11 digits.
    trackingNumber: (r) => `6A${r.digits(11)}`,
    trackingUrl: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}`,
  },
  PostNL: {
    name: "PostNL",
    hubs: { "*": place("Nieuwegein", "Utrecht", "Netherlands", "3439 LM", 52.0297, 5.0797) },
    trackingNumber: (r) => `3S${r.letters(4)}${r.digits(9)}`,
    trackingUrl: (n, zip, country) =>
      `https://jouw.postnl.nl/track-and-trace/${n}-${country}-${zip.replace(/\s/g, "")}`,
  },
  "Royal Mail": {
    name: "Royal Mail",
    hubs: { "*": place("Warrington", "England", "United Kingdom", "WA5 7ZZ", 53.4086, -2.6329) },
    trackingNumber: (r) => s10(r, r.pick(["TT", "RM", "FQ"]), "GB"),
    trackingUrl: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  },
};

export function hubFor(carrier: Carrier, countryCode: string): Place {
  return carrier.hubs[countryCode] ?? carrier.hubs["*"];
}
