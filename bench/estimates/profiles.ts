import { MON_TO_FRI, SATURDAY } from "~/estimates/calendar";

/**
 * The two synthetic shops of the benchmark. Medians are in the carrier's delivery days from pickup, in
 * the range the carriers advertise for these services (DHL Paket next day in Germany, 2–4 days inside
 * the EU; USPS Ground Advantage 2–5 days; USPS international 6–15; DHL Express 1–4 days worldwide).
 * They are plausible, not measured: the point is lanes that differ, with tails, weekends and peaks.
 */
export interface CarrierProfile {
  /** As the shop's fulfillment app writes it most of the time. */
  name: string;
  /** Other spellings merchants type, each used now and then. */
  spellings: string[];
  /** The days it delivers on (calendar.ts mask). */
  deliveryWeekdays: number;
  /** Share of parcels with no scan before delivery reaches Shopify (untracked legs, sparse feeds). */
  scanMissing: number;
  /** "Carrier default days": what a merchant would type into a fixed-days setting (the naive baseline). */
  naiveDays: number;
}

export interface LaneProfile {
  carrier: string;
  destination: string;
  /** Median delivery days from pickup, and the lognormal spread around it. */
  median: number;
  sigma: number;
  /** Relative volume. */
  weight: number;
}

export interface ShopProfile {
  domain: string;
  timeZone: string;
  origin: string;
  /** Fulfillments on an ordinary weekday. */
  perDay: number;
  carriers: CarrierProfile[];
  lanes: LaneProfile[];
  /** Days no carrier picks up or delivers ("MM-DD"), besides Sundays. */
  holidays: string[];
}

const MON_TO_SAT = MON_TO_FRI | SATURDAY;

export const SHOPS: ShopProfile[] = [
  {
    domain: "alpenglow-outdoor.myshopify.com",
    timeZone: "Europe/Berlin",
    origin: "DE",
    perDay: 70,
    holidays: ["01-01", "05-01", "10-03", "12-25", "12-26"],
    carriers: [
      {
        name: "DHL Paket",
        spellings: ["DHL", "dhl paket"],
        deliveryWeekdays: MON_TO_SAT,
        scanMissing: 0.02,
        naiveDays: 2,
      },
      {
        name: "DPD",
        spellings: ["dpd", "DPD Germany"],
        deliveryWeekdays: MON_TO_FRI,
        scanMissing: 0.02,
        naiveDays: 2,
      },
      {
        name: "DHL Express",
        spellings: ["dhl express", "DHL express "],
        deliveryWeekdays: MON_TO_FRI,
        scanMissing: 0,
        naiveDays: 1,
      },
      {
        name: "Deutsche Post",
        spellings: ["deutsche post"],
        deliveryWeekdays: MON_TO_SAT,
        scanMissing: 0.35,
        naiveDays: 4,
      },
    ],
    lanes: [
      { carrier: "DHL Paket", destination: "DE", median: 1.3, sigma: 0.35, weight: 40 },
      { carrier: "DPD", destination: "DE", median: 1.2, sigma: 0.3, weight: 12 },
      { carrier: "DHL Express", destination: "DE", median: 1, sigma: 0.15, weight: 2 },
      { carrier: "DHL Paket", destination: "AT", median: 2.5, sigma: 0.35, weight: 5 },
      { carrier: "DPD", destination: "AT", median: 2.3, sigma: 0.3, weight: 2 },
      { carrier: "DHL Paket", destination: "NL", median: 3, sigma: 0.35, weight: 2 },
      { carrier: "DHL Paket", destination: "BE", median: 3, sigma: 0.35, weight: 1.5 },
      { carrier: "DHL Paket", destination: "FR", median: 3.2, sigma: 0.4, weight: 2.5 },
      { carrier: "DPD", destination: "FR", median: 2.8, sigma: 0.35, weight: 1 },
      { carrier: "DHL Paket", destination: "DK", median: 3, sigma: 0.35, weight: 1 },
      { carrier: "DHL Paket", destination: "PL", median: 3.3, sigma: 0.4, weight: 1 },
      { carrier: "DHL Paket", destination: "IT", median: 4.5, sigma: 0.4, weight: 1.5 },
      { carrier: "DHL Paket", destination: "ES", median: 4.5, sigma: 0.4, weight: 1.5 },
      { carrier: "DHL Paket", destination: "SE", median: 4, sigma: 0.4, weight: 1 },
      { carrier: "DHL Paket", destination: "CH", median: 4, sigma: 0.55, weight: 2 },
      { carrier: "DHL Paket", destination: "GB", median: 5, sigma: 0.5, weight: 2 },
      { carrier: "DHL Express", destination: "GB", median: 2, sigma: 0.3, weight: 0.5 },
      { carrier: "Deutsche Post", destination: "US", median: 9, sigma: 0.45, weight: 1 },
      { carrier: "DHL Express", destination: "US", median: 3, sigma: 0.3, weight: 0.8 },
      // Thin lanes: a few parcels a month.
      { carrier: "Deutsche Post", destination: "AU", median: 12, sigma: 0.5, weight: 0.2 },
      { carrier: "DHL Paket", destination: "NO", median: 5.5, sigma: 0.6, weight: 0.3 },
      { carrier: "DHL Paket", destination: "IE", median: 5, sigma: 0.45, weight: 0.3 },
      { carrier: "DHL Paket", destination: "PT", median: 5.5, sigma: 0.45, weight: 0.3 },
      { carrier: "DHL Paket", destination: "GR", median: 6, sigma: 0.5, weight: 0.2 },
      { carrier: "DHL Express", destination: "JP", median: 3.5, sigma: 0.3, weight: 0.1 },
    ],
  },
  {
    domain: "tidewater-apparel.myshopify.com",
    timeZone: "America/New_York",
    origin: "US",
    perDay: 50,
    holidays: ["01-01", "07-04", "11-27", "12-25"],
    carriers: [
      {
        name: "USPS",
        spellings: ["usps", "United States Postal Service"],
        deliveryWeekdays: MON_TO_SAT,
        scanMissing: 0.03,
        naiveDays: 3,
      },
      {
        name: "UPS",
        spellings: ["ups", "UPS Ground"],
        deliveryWeekdays: MON_TO_FRI,
        scanMissing: 0.01,
        naiveDays: 3,
      },
      {
        name: "FedEx",
        spellings: ["fedex", "Federal Express"],
        deliveryWeekdays: MON_TO_SAT,
        scanMissing: 0.01,
        naiveDays: 3,
      },
      {
        name: "DHL Express",
        spellings: ["dhl express"],
        deliveryWeekdays: MON_TO_FRI,
        scanMissing: 0,
        naiveDays: 2,
      },
    ],
    lanes: [
      { carrier: "USPS", destination: "US", median: 3.2, sigma: 0.45, weight: 45 },
      { carrier: "UPS", destination: "US", median: 2.8, sigma: 0.45, weight: 25 },
      { carrier: "FedEx", destination: "US", median: 2.6, sigma: 0.4, weight: 10 },
      { carrier: "USPS", destination: "CA", median: 7, sigma: 0.45, weight: 4 },
      { carrier: "UPS", destination: "CA", median: 4, sigma: 0.35, weight: 1 },
      { carrier: "USPS", destination: "GB", median: 8, sigma: 0.45, weight: 2 },
      { carrier: "DHL Express", destination: "GB", median: 3, sigma: 0.3, weight: 0.8 },
      { carrier: "USPS", destination: "DE", median: 9, sigma: 0.45, weight: 1 },
      { carrier: "DHL Express", destination: "DE", median: 3.2, sigma: 0.3, weight: 0.5 },
      { carrier: "USPS", destination: "AU", median: 10, sigma: 0.5, weight: 1 },
      { carrier: "DHL Express", destination: "AU", median: 4.5, sigma: 0.3, weight: 0.3 },
      // Thin lanes.
      { carrier: "USPS", destination: "MX", median: 12, sigma: 0.6, weight: 0.3 },
      { carrier: "USPS", destination: "JP", median: 9, sigma: 0.45, weight: 0.2 },
      { carrier: "UPS", destination: "PR", median: 5, sigma: 0.5, weight: 0.2 },
    ],
  },
];
