/** The carriers the app recognises by their tracking-number formats (app/carriers/detect.ts). */
export const CARRIER_IDS = [
  "UPS",
  "USPS",
  "FEDEX",
  "DHL_EXPRESS",
  "DHL_ECOMMERCE",
  "DHL_PAKET",
  "DPD",
  "GLS",
  "ROYAL_MAIL",
  "POSTNL",
  "LA_POSTE",
  "DEUTSCHE_POST",
] as const;

export type CarrierId = (typeof CARRIER_IDS)[number];

export interface CarrierInfo {
  /** The name as Shopify's tracking-company list spells it; what Shipment.detectedCarrier stores. */
  name: string;
  /** ISO countries where the carrier is the usual choice: a destination or origin there breaks ties. */
  home: readonly string[];
  /**
   * 17TRACK's carrier key, only where several independent integrations agree on it; otherwise 17TRACK's
   * own auto-detection picks the carrier at registration (a wrong key would be worse than none).
   */
  seventeenTrack?: number;
}

const EU = ["DE", "AT", "NL", "BE", "LU", "FR", "PL", "CZ", "DK", "IT", "ES", "PT", "IE", "HU", "SK", "SI"];

export const CARRIERS: Record<CarrierId, CarrierInfo> = {
  UPS: { name: "UPS", home: ["US", "CA"], seventeenTrack: 100002 },
  USPS: { name: "USPS", home: ["US"], seventeenTrack: 21051 },
  FEDEX: { name: "FedEx", home: ["US", "CA"], seventeenTrack: 100003 },
  DHL_EXPRESS: { name: "DHL Express", home: [], seventeenTrack: 100001 },
  DHL_ECOMMERCE: { name: "DHL eCommerce", home: ["US"] },
  DHL_PAKET: { name: "DHL Parcel", home: ["DE"] },
  DPD: { name: "DPD", home: [...EU, "GB"] },
  GLS: { name: "GLS", home: EU },
  ROYAL_MAIL: { name: "Royal Mail", home: ["GB"] },
  POSTNL: { name: "PostNL", home: ["NL", "BE"] },
  LA_POSTE: { name: "La Poste", home: ["FR"] },
  DEUTSCHE_POST: { name: "Deutsche Post", home: ["DE"] },
};

/** Lower case, letters and digits only: "DHL eCommerce" and "dhl-ecommerce" are one name. */
export function carrierKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Names from Shopify's list of tracking companies that it recognises (it builds their tracking links and,
 * for those it integrates, reports shipment_status). A fulfillment naming none of these — no company,
 * "Other", or a name the merchant typed — has a carrier Shopify does not track.
 */
const SHOPIFY_CARRIERS = new Set(
  [
    "4PX",
    "Amazon Logistics UK",
    "Amazon Logistics US",
    "An Post",
    "Australia Post",
    "bpost",
    "Canada Post",
    "Canpar",
    "China Post",
    "Chronopost",
    "Colissimo",
    "Correios",
    "Correos",
    "CTT",
    "Deutsche Post",
    "Deutsche Post (DE)",
    "Deutsche Post (EN)",
    "DHL Express",
    "DHL eCommerce",
    "DHL eCommerce Asia",
    "DHL Parcel",
    "DPD",
    "DPD Local",
    "DPD UK",
    "Evri",
    "FedEx",
    "GLS",
    "GLS (US)",
    "Japan Post (EN)",
    "Japan Post (JA)",
    "La Poste",
    "Lasership",
    "Mondial Relay",
    "New Zealand Post",
    "OnTrac",
    "Poste Italiane",
    "PostNL",
    "PostNL Domestic",
    "PostNL International",
    "PostNord DK",
    "PostNord NO",
    "PostNord SE",
    "Purolator",
    "Royal Mail",
    "Sendle",
    "SF Express",
    "Singapore Post",
    "StarTrack",
    "Swiss Post",
    "TNT",
    "UPS",
    "USPS",
    "Yamato (EN)",
    "Yamato (JA)",
    "YunExpress",
  ].map(carrierKey),
);

/** Whether Shopify names a carrier it recognises (not missing, not "Other", not free text). */
export function isShopifyCarrier(name: string | null | undefined): boolean {
  return !!name && SHOPIFY_CARRIERS.has(carrierKey(name));
}

/** Our carrier for a name Shopify (or detection) gave, when it is one of ours. */
export function carrierByName(name: string | null | undefined): CarrierId | null {
  if (!name) return null;
  const key = carrierKey(name);
  const aliases: Record<string, CarrierId> = {
    deutschepostde: "DEUTSCHE_POST",
    deutscheposten: "DEUTSCHE_POST",
    dhlpaket: "DHL_PAKET",
    dpdlocal: "DPD",
    dpduk: "DPD",
    colissimo: "LA_POSTE",
    postnldomestic: "POSTNL",
    postnlinternational: "POSTNL",
  };
  if (aliases[key]) return aliases[key];
  return CARRIER_IDS.find((id) => carrierKey(CARRIERS[id].name) === key) ?? null;
}

/** The carrier that carries it: Shopify's name, unless the tracking number's format named another. */
export function effectiveCarrier(shipment: {
  carrier: string | null;
  detectedCarrier: string | null;
}): string | null {
  return shipment.detectedCarrier ?? shipment.carrier;
}
