/**
 * Destination regions, the level between "international" and one country when a lane is thin: parcels
 * from Germany to Austria and to Belgium take alike, to Austria and to Australia do not. The EU is its
 * own region (no customs inside it); the rest of Europe, with customs, is another. ISO 3166-1 alpha-2.
 */
const REGIONS: Record<string, string> = {
  EU: "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE",
  EUROPE: "GB CH NO IS LI AD MC SM VA GI JE GG IM FO AX AL BA ME MK RS XK MD UA BY TR GE AM AZ",
  NAMERICA: "US CA MX PR GL PM BM VI UM AS GU MP",
  LATAM:
    "AR BO BR CL CO CR CU DO EC SV GT HN JM NI PA PY PE TT UY VE BS BB BZ HT GY SR AG DM GD KN LC VC AW CW SX BQ KY TC VG AI MS GP MQ GF BL MF",
  ASIA: "CN JP KR KP HK TW MO SG MY TH VN PH ID IN PK BD LK NP BT MV KH LA MM BN TL MN KZ UZ KG TJ TM AF",
  OCEANIA: "AU NZ FJ PG NC PF WS TO VU SB KI TV NR FM MH PW CK NU NF WF",
  MEA: "AE SA IL PS QA KW BH OM JO LB SY IQ IR YE EG MA TN DZ LY SD SS ZA NA BW ZW ZM MZ MW TZ KE UG RW BI ET ER DJ SO NG GH CI SN ML BF NE TD CM GA CG CD AO GQ ST CF GM GN GW SL LR TG BJ MR CV MG MU SC KM RE YT SH",
};

const REGION_OF = new Map<string, string>(
  Object.entries(REGIONS).flatMap(([region, codes]) => codes.split(" ").map((code) => [code, region])),
);

/** The region of a country code; "OTHER" for a code not listed. */
export function regionOf(code: string): string {
  return REGION_OF.get(code.toUpperCase()) ?? "OTHER";
}

/** An upper-case two-letter code, or null for anything else (a missing or malformed country). */
export function countryCode(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase() ?? "";
  return /^[A-Z]{2}$/.test(code) ? code : null;
}
