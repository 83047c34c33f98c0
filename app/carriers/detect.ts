import { CARRIERS, type CarrierId } from "./carriers";
import {
  fedexGroundCheck,
  fedexWeightedCheck,
  mod10FromRight,
  mod3736Check,
  mod7Check,
  s10Check,
  upsCheck,
} from "./check-digits";

/** One carrier a tracking number may belong to. */
export interface CarrierCandidate {
  carrier: CarrierId;
  /** The carrier's name as Shopify spells it. */
  name: string;
  /** 0–1: how sure the format makes us; a verified check digit counts for most of it. */
  confidence: number;
  /** The format that matched, e.g. "UPS 1Z", "UPU S10 (GB)". */
  format: string;
  /** Whether the format has a check digit and it matched ("none": the format has no check digit). */
  checkDigit: "valid" | "none";
}

/** What else is known about the parcel: a country where a carrier usually works breaks ties. */
export interface DetectHints {
  destinationCountry?: string | null;
  originCountry?: string | null;
}

interface Format {
  carrier: CarrierId;
  format: string;
  pattern: RegExp;
  confidence: number;
  /** The check-digit test; absent for formats without one. */
  check?: (number: string) => boolean;
}

/** Last character equals what `compute` makes of the rest. */
const lastOf = (compute: (payload: string) => string) => (n: string) =>
  compute(n.slice(0, -1)) === n.slice(-1);

/**
 * USPS IMpb may carry a routing prefix, "420" + ZIP (5) or ZIP+4 (9); the check digit covers only the
 * tracking part after it. Which prefix a 34-digit number has is not marked, so both are tried.
 */
function impbValid(n: string): boolean {
  const parts = n.startsWith("420") ? [n.slice(8), n.slice(12)] : [n];
  return parts.some((part) => /^9[1-5]/.test(part) && lastOf(mod10FromRight)(part));
}

const FEDEX_12_WEIGHTS = [3, 1, 7];
const FEDEX_34_WEIGHTS = [1, 7, 3];

/**
 * UPU S10 (two service letters, 8 digits, a mod-11 check digit, the origin country): the national post of
 * the country that issued it.
 */
const S10_POSTS: Record<string, CarrierId> = {
  US: "USPS",
  GB: "ROYAL_MAIL",
  DE: "DEUTSCHE_POST",
  FR: "LA_POSTE",
  NL: "POSTNL",
};

/**
 * Published formats, most specific first. Where a format has a check digit a number failing it does not
 * match at all (a mistyped number tracks nowhere); formats without one get a modest confidence, since a
 * run of digits of the right length is weak evidence.
 */
const FORMATS: Format[] = [
  {
    carrier: "UPS",
    format: "UPS 1Z",
    pattern: /^1Z[0-9A-Z]{16}$/,
    confidence: 0.99,
    check: (n) => upsCheck(n.slice(2, 17)) === n[17],
  },
  {
    carrier: "USPS",
    format: "USPS IMpb",
    pattern: /^(?:420\d{5}(?:\d{4})?)?9[1-5]\d{20}(?:\d{4})?$/,
    confidence: 0.95,
    check: impbValid,
  },
  // SmartPost numbers are IMpb numbers ("92…") handed to USPS for the last mile.
  {
    carrier: "FEDEX",
    format: "FedEx SmartPost",
    pattern: /^92\d{20}$/,
    confidence: 0.5,
    check: lastOf(mod10FromRight),
  },
  // 20 digits without the "9x" application identifier: USPS computes the check digit with or without it.
  {
    carrier: "USPS",
    format: "USPS 20",
    pattern: /^\d{20}$/,
    confidence: 0.6,
    check: (n) => lastOf(mod10FromRight)(n) || lastOf(mod10FromRight)(`91${n}`),
  },
  {
    carrier: "FEDEX",
    format: "FedEx SmartPost 20",
    pattern: /^\d{20}$/,
    confidence: 0.55,
    check: (n) => lastOf(mod10FromRight)(`92${n}`),
  },
  {
    carrier: "DHL_PAKET",
    format: "DHL Paket SSCC",
    pattern: /^00340434\d{12}$/,
    confidence: 0.9,
    check: lastOf(mod10FromRight),
  },
  {
    carrier: "FEDEX",
    format: "FedEx Express 34",
    pattern: /^100\d{31}$/,
    confidence: 0.9,
    check: (n) => fedexWeightedCheck(n.slice(20, 33), FEDEX_34_WEIGHTS) === n[33],
  },
  {
    carrier: "FEDEX",
    format: "FedEx Ground 96",
    pattern: /^96\d{20}$/,
    confidence: 0.9,
    check: (n) => fedexGroundCheck(n.slice(7, 21)) === n[21],
  },
  {
    carrier: "FEDEX",
    format: "FedEx Ground 15",
    pattern: /^\d{15}$/,
    confidence: 0.85,
    check: lastOf(fedexGroundCheck),
  },
  {
    carrier: "FEDEX",
    format: "FedEx Express 12",
    pattern: /^\d{12}$/,
    confidence: 0.8,
    check: (n) => fedexWeightedCheck(n.slice(0, 11), FEDEX_12_WEIGHTS) === n[11],
  },
  {
    carrier: "DHL_EXPRESS",
    format: "DHL Express 10",
    pattern: /^\d{10}$/,
    confidence: 0.8,
    check: lastOf(mod7Check),
  },
  {
    carrier: "DHL_EXPRESS",
    format: "DHL Express 11",
    pattern: /^\d{11}$/,
    confidence: 0.6,
    check: lastOf(mod7Check),
  },
  { carrier: "DHL_EXPRESS", format: "DHL Express piece", pattern: /^J[A-Z]{2,3}\d{9,10}$/, confidence: 0.85 },
  {
    carrier: "DHL_ECOMMERCE",
    format: "DHL eCommerce",
    pattern: /^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)\d{10,39}$/,
    confidence: 0.85,
  },
  {
    carrier: "DPD",
    format: "DPD barcode 28",
    pattern: /^\d{27}[0-9A-Z]$/,
    confidence: 0.95,
    check: lastOf(mod3736Check),
  },
  { carrier: "DPD", format: "DPD 14", pattern: /^\d{14}$/, confidence: 0.45 },
  { carrier: "POSTNL", format: "PostNL 3S", pattern: /^3S[A-Z]{4}\d{7,11}$/, confidence: 0.9 },
  // Colissimo: a digit and a letter (6A, 6C, 8R, 9L …) then 11 digits.
  { carrier: "LA_POSTE", format: "Colissimo", pattern: /^[4-9][A-Z]\d{11}$/, confidence: 0.75 },
  { carrier: "DHL_PAKET", format: "DHL Paket 12", pattern: /^\d{12}$/, confidence: 0.3 },
  { carrier: "GLS", format: "GLS 11/12", pattern: /^\d{11,12}$/, confidence: 0.3 },
];

const HINT_BONUS = 0.1;

/**
 * The carriers a tracking number's format points to, most likely first. Whitespace and dashes are
 * ignored and case does not matter. Several candidates mean the format is shared (a 12-digit number may be
 * FedEx, GLS or DHL Paket); a destination or origin country where a candidate usually works moves it up.
 * Empty when nothing matches or the check digit is wrong.
 */
export function detectCarrier(trackingNumber: string, hints: DetectHints = {}): CarrierCandidate[] {
  const n = trackingNumber.replace(/[\s-]+/g, "").toUpperCase();
  const found = new Map<CarrierId, CarrierCandidate>();
  const add = (carrier: CarrierId, format: string, confidence: number, checkDigit: "valid" | "none") => {
    const previous = found.get(carrier);
    if (previous && previous.confidence >= confidence) return;
    found.set(carrier, { carrier, name: CARRIERS[carrier].name, confidence, format, checkDigit });
  };

  const s10 = /^[A-Z]{2}(\d{8})(\d)([A-Z]{2})$/.exec(n);
  if (s10 && s10Check(s10[1]) === s10[2] && S10_POSTS[s10[3]]) {
    add(S10_POSTS[s10[3]], `UPU S10 (${s10[3]})`, 0.97, "valid");
  }
  for (const format of FORMATS) {
    if (!format.pattern.test(n)) continue;
    if (format.check && !format.check(n)) continue;
    add(format.carrier, format.format, format.confidence, format.check ? "valid" : "none");
  }

  const countries = [hints.destinationCountry, hints.originCountry]
    .filter((c): c is string => !!c)
    .map((c) => c.toUpperCase());
  const ranked = [...found.values()].map((candidate) =>
    countries.some((c) => CARRIERS[candidate.carrier].home.includes(c))
      ? { ...candidate, confidence: Math.min(0.99, round(candidate.confidence + HINT_BONUS)) }
      : candidate,
  );
  // Stable: equal confidence keeps the order of FORMATS (the more specific format first).
  return ranked.sort((a, b) => b.confidence - a.confidence);
}

/** Below this the best guess is not worth storing as the shipment's carrier. */
export const MIN_STORED_CONFIDENCE = 0.5;

/** The candidate worth naming the shipment's carrier by, if any: the first, when it is likely enough. */
export function likelyCarrier(trackingNumber: string, hints: DetectHints = {}): CarrierCandidate | null {
  const [best] = detectCarrier(trackingNumber, hints);
  return best && best.confidence >= MIN_STORED_CONFIDENCE ? best : null;
}

const round = (value: number) => Math.round(value * 100) / 100;
