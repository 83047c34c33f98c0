import { describe, expect, it } from "vitest";
import { carrierByName, isShopifyCarrier, type CarrierId } from "~/carriers/carriers";
import { detectCarrier, likelyCarrier } from "~/carriers/detect";
import { fromSeventeenTrack } from "~/carriers/seventeentrack/status";

/**
 * Published example numbers: UPS's developer-guide number (1Z999AA10123456784) and the valid/invalid
 * examples collected from carriers' label specifications in jkeen/tracking_number_data (couriers/*.json),
 * plus the UPU S10 standard's worked example (RB123456785…).
 */
const VALID: [CarrierId, string, string][] = [
  ["UPS", "1Z999AA10123456784", "UPS 1Z"],
  ["UPS", "1Z5R89390357567127", "UPS 1Z"],
  ["UPS", "1Z879E930346834440", "UPS 1Z"],
  ["UPS", "1Z410E7W0392751591", "UPS 1Z"],
  ["USPS", "9400 1112 0108 0805 4830 16", "USPS IMpb"],
  ["USPS", "9361 2898 7870 0317 6337 95", "USPS IMpb"],
  ["USPS", "9505 5110 6960 5048 6006 24", "USPS IMpb"],
  ["USPS", "92748931507708513018050063", "USPS IMpb"],
  ["USPS", "420 22153 9101026837331000039521", "USPS IMpb"],
  ["USPS", "4201002334249200190132607600833457", "USPS IMpb"],
  ["USPS", "0307 1790 0005 2348 3741", "USPS 20"],
  ["USPS", "7196 9010 7560 0307 7385", "USPS 20"],
  ["USPS", "RB123456785US", "UPU S10 (US)"],
  ["FEDEX", "986578788855", "FedEx Express 12"],
  ["FEDEX", "477179081230", "FedEx Express 12"],
  ["FEDEX", "0414 4176 0228 964", "FedEx Ground 15"],
  ["FEDEX", "5682 8361 0012 734", "FedEx Ground 15"],
  ["FEDEX", "61299998820821171811", "FedEx SmartPost 20"],
  ["FEDEX", "9611020987654312345672", "FedEx Ground 96"],
  ["FEDEX", "1001921334250001000300779017972697", "FedEx Express 34"],
  ["DHL_EXPRESS", "3318810025", "DHL Express 10"],
  ["DHL_EXPRESS", "8487135506", "DHL Express 10"],
  ["DHL_EXPRESS", "73891051146", "DHL Express 11"],
  ["DHL_EXPRESS", "JJD0099999999", "DHL Express piece"],
  ["DHL_ECOMMERCE", "GM2951173225174494", "DHL eCommerce"],
  ["DHL_ECOMMERCE", "GM 2 9 5 117 32 25 1 7 44 9 4", "DHL eCommerce"],
  ["DPD", "00 81827 0998 0000 0200 33 350 276 C", "DPD barcode 28"],
  ["DPD", "0081 827 0998 0000 0200 45 327 276 N", "DPD barcode 28"],
  ["ROYAL_MAIL", "RB123456785GB", "UPU S10 (GB)"],
  ["DEUTSCHE_POST", "RB123456785DE", "UPU S10 (DE)"],
  ["LA_POSTE", "RB123456785FR", "UPU S10 (FR)"],
  ["POSTNL", "RB123456785NL", "UPU S10 (NL)"],
];

/** The same examples with a wrong check digit (the published invalid ones where there are any). */
const WRONG_CHECK_DIGIT: [CarrierId, string][] = [
  ["UPS", "1Z999AA10123456785"],
  ["UPS", "1Z1111111111111111"],
  ["USPS", "9400 1112 0108 0805 4830 17"],
  ["USPS", "4201028200009261290113185417468511"],
  ["USPS", "RB123456786US"],
  ["FEDEX", "996578788855"],
  ["FEDEX", "5682 8361 0012 732"],
  ["FEDEX", "9261292700768711948020"],
  ["FEDEX", "1001901781990001000300617767839438"],
  ["DHL_EXPRESS", "3318810010"],
  ["DHL_EXPRESS", "3318810034"],
  ["DPD", "008182709980000020033350276A"],
  ["ROYAL_MAIL", "RB123456784GB"],
];

describe("detectCarrier", () => {
  it.each(VALID)("names %s for %s", (carrier, number, format) => {
    // When a published valid number is detected
    const [best] = detectCarrier(number);

    // Then its carrier comes first, by its format
    expect(best).toMatchObject({ carrier, format });
    expect(best.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(WRONG_CHECK_DIGIT)("does not name %s for %s, whose check digit is wrong", (carrier, number) => {
    expect(detectCarrier(number).map((c) => c.carrier)).not.toContain(carrier);
  });

  it("verifies the check digit where the format has one", () => {
    expect(detectCarrier("1Z999AA10123456784")[0].checkDigit).toBe("valid");
    expect(detectCarrier("3SABCD1234567")[0]).toMatchObject({ carrier: "POSTNL", checkDigit: "none" });
  });

  it("ignores spaces, dashes and case", () => {
    expect(detectCarrier(" 1z 999 aa1 01 2345 6784 ")[0].carrier).toBe("UPS");
    expect(detectCarrier("rb-123-456-785-gb")[0].carrier).toBe("ROYAL_MAIL");
  });

  it("reads the S10 country suffix, and names no carrier for a post it does not cover", () => {
    expect(detectCarrier("EE123456785GB")[0].name).toBe("Royal Mail");
    expect(detectCarrier("CP123456785DE")[0].name).toBe("Deutsche Post");
    // 17TRACK's documented example number is a China Post S10 with a placeholder check digit.
    expect(detectCarrier("RR123456785CN")).toEqual([]);
    expect(detectCarrier("RR123456789CN")).toEqual([]);
  });

  it("recognises formats without a check digit, with less confidence", () => {
    expect(detectCarrier("3SDEVC1234567")[0]).toMatchObject({ carrier: "POSTNL", confidence: 0.9 });
    expect(detectCarrier("6A12345678901")[0]).toMatchObject({ carrier: "LA_POSTE", format: "Colissimo" });
    expect(detectCarrier("8R12345678901")[0].carrier).toBe("LA_POSTE");
    expect(detectCarrier("05212345678901")[0]).toMatchObject({ carrier: "DPD", confidence: 0.45 });
  });

  it("ranks every carrier an ambiguous number may belong to, a verified check digit first", () => {
    // A valid FedEx Express 12: twelve digits are also DHL Paket's and GLS's length
    const candidates = detectCarrier("986578788855");
    expect(candidates.map((c) => c.carrier)).toEqual(["FEDEX", "DHL_PAKET", "GLS"]);
    expect(candidates[0].confidence).toBeGreaterThan(candidates[1].confidence);
    // Shipped within Germany the check digit still outweighs the country
    expect(detectCarrier("986578788855", { destinationCountry: "DE" })[0].carrier).toBe("FEDEX");
  });

  it("breaks ties by the destination or origin country", () => {
    // Twelve digits failing FedEx's check digit: DHL Paket or GLS, equally likely
    const number = "123456789013";
    expect(detectCarrier(number).map((c) => [c.carrier, c.confidence])).toEqual([
      ["DHL_PAKET", 0.3],
      ["GLS", 0.3],
    ]);
    // To France (GLS's territory, not DHL Paket's) GLS comes first
    expect(detectCarrier(number, { destinationCountry: "FR" })[0]).toMatchObject({
      carrier: "GLS",
      confidence: 0.4,
    });
    // From Austria too, whatever the case of the code
    expect(detectCarrier(number, { originCountry: "at" })[0].carrier).toBe("GLS");
  });

  it("returns nothing for what is no tracking number", () => {
    for (const value of ["", "hello", "12345", "1Z", "ZZ123456785ZZ"])
      expect(detectCarrier(value)).toEqual([]);
  });
});

describe("likelyCarrier", () => {
  it("names a carrier only when the format makes it likely enough", () => {
    expect(likelyCarrier("1Z999AA10123456784")?.name).toBe("UPS");
    // Fourteen digits alone are weak evidence for DPD; shipped to Germany, good enough
    expect(likelyCarrier("05212345678901")).toBeNull();
    expect(likelyCarrier("05212345678901", { destinationCountry: "DE" })?.name).toBe("DPD");
  });
});

describe("Shopify carrier names", () => {
  it("tells carriers Shopify recognises from none, Other and free text", () => {
    expect(isShopifyCarrier("UPS")).toBe(true);
    expect(isShopifyCarrier("DHL eCommerce")).toBe(true);
    expect(isShopifyCarrier("dhl-ecommerce")).toBe(true);
    expect(isShopifyCarrier("Other")).toBe(false);
    expect(isShopifyCarrier("Bob's Courier")).toBe(false);
    expect(isShopifyCarrier(null)).toBe(false);
    expect(carrierByName("Colissimo")).toBe("LA_POSTE");
    expect(carrierByName("FedEx")).toBe("FEDEX");
    expect(carrierByName("Other")).toBeNull();
  });
});

describe("17TRACK statuses", () => {
  it("map onto the canonical statuses", () => {
    const cases: [string | null, string | null][] = [
      ["NotFound", null],
      ["NotFound_Other", null],
      ["InfoReceived", "PENDING"],
      ["InTransit", "IN_TRANSIT"],
      ["InTransit_PickedUp", "IN_TRANSIT"],
      ["PickedUp", "IN_TRANSIT"],
      ["Expired", null],
      ["AvailableForPickup", "READY_FOR_PICKUP"],
      ["OutForDelivery_Other", "OUT_FOR_DELIVERY"],
      ["DeliveryFailure_NoBody", "ATTEMPTED_DELIVERY"],
      ["Delivered_Other", "DELIVERED"],
      ["Exception_Returning", "EXCEPTION"],
      ["Exception_Delayed", "DELAYED"],
      ["Returned", "EXCEPTION"],
      ["__proto__", null],
      [null, null],
    ];
    for (const [raw, canonical] of cases) expect([raw, fromSeventeenTrack(raw)]).toEqual([raw, canonical]);
  });
});
