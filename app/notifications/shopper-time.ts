/**
 * When a shopper may be messaged. Shopify gives us a shipping address, not a time zone, so the zone is
 * looked up from the country and, where a country spans several zones, from the province.
 */

/** The parts of a shipping address that decide the shopper's time zone. */
export interface ShopperLocation {
  /** ISO 3166-1 alpha-2, as Shopify's `countryCode`. */
  countryCode?: string | null;
  /** Shopify's province code or name, e.g. "CA" or "California"; "US-CA" is understood too. */
  province?: string | null;
  /** Used when the address tells us nothing, usually the shop's own zone. */
  fallback: string;
}

/** Local hours (0-23) in which nothing is sent: [startHour, endHour). */
export interface QuietHours {
  startHour: number;
  endHour: number;
}

/** The IANA zone of a shipping address; `fallback` when unknown, or "UTC" if that is no zone either. */
export function shopperTimeZone({ countryCode, province, fallback }: ShopperLocation): string {
  const safeFallback = isTimeZone(fallback) ? fallback : "UTC";
  const country = countryCode?.trim().toUpperCase() ?? "";
  if (!/^[A-Z]{2}$/.test(country)) return safeFallback;
  const byProvince = province
    ? provinceIndex().get(country)?.get(subdivisionKey(province, country))
    : undefined;
  // An older ICU may not know a recently created zone; the country's main zone is then the next best.
  for (const zone of [byProvince, COUNTRY_ZONES[country]]) {
    if (zone && isTimeZone(zone)) return zone;
  }
  return safeFallback;
}

/**
 * `now` if the local time in `timeZone` is outside quiet hours, else the instant they end: the next local
 * `endHour:00`. The window may wrap midnight (21 to 8); equal hours mean no quiet hours. The end is
 * found as a local wall time and only then turned into an instant, so a DST change in between is
 * honoured. Throws RangeError for an hour outside 0-23 or a zone Intl does not know.
 */
export function nextSendTime(now: Date, timeZone: string, quiet: QuietHours): Date {
  const { startHour, endHour } = quiet;
  for (const hour of [startHour, endHour]) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`Invalid quiet hour: ${hour}`);
  }
  const local = wallClock(now.getTime(), timeZone);
  const quietNow =
    startHour < endHour
      ? local.hour >= startHour && local.hour < endHour
      : startHour > endHour && (local.hour >= startHour || local.hour < endHour);
  if (!quietNow) return now;

  // Before endHour we are in the morning part of a wrapping window (or inside a same-day one): quiet
  // hours end today. Otherwise it is the evening part, and they end tomorrow.
  const dayShift = local.hour < endHour ? 0 : 1;
  const end = instantOf(Date.UTC(local.year, local.month - 1, local.day + dayShift, endHour), timeZone);
  // Later than now by construction; the guard keeps a zone with odd rules from scheduling into the past.
  return end > now.getTime() ? new Date(end) : now;
}

const DAY = 86_400_000;

/**
 * The first instant whose local time in `timeZone` reads `wall` (a local time written as if it were
 * UTC). The offsets a day before and after bracket any DST change near it.
 */
function instantOf(wall: number, timeZone: string): number {
  const offsetBefore = localAsUtc(wall - DAY, timeZone) - (wall - DAY);
  const offsetAfter = localAsUtc(wall + DAY, timeZone) - (wall + DAY);
  const matches = [wall - offsetBefore, wall - offsetAfter].filter((t) => localAsUtc(t, timeZone) === wall);
  // In a fall-back overlap the hour happens twice and the first one ends quiet hours. In a spring-forward
  // gap it never happens; the old offset then gives the instant the clock jumps past it.
  return matches.length > 0 ? Math.min(...matches) : wall - offsetBefore;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The calendar date and time on a wall clock in `timeZone` at `instant` (one cached formatter per zone). */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) {
    if (type !== "literal") parts[type] = Number(value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return { year, month, day, hour, minute, second };
}

/** The local time at `instant`, written as if it were UTC (to the second, as Intl formats it). */
function localAsUtc(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** Building a DateTimeFormat is the slow part, and only a few hundred zones exist. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      // h23, not hour12: false, which renders midnight as "24" on some ICU versions.
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** "US-CA", "Québec", "Q ROO" become "CA", "QUEBEC", "QROO": codes and names typed either way match. */
function subdivisionKey(value: string, countryCode: string): string {
  const upper = value.trim().toUpperCase();
  const local = upper.startsWith(`${countryCode}-`) ? upper.slice(countryCode.length + 1) : upper;
  return local
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Z0-9]/g, "");
}

let provinces: Map<string, Map<string, string>> | undefined;

function provinceIndex(): Map<string, Map<string, string>> {
  if (!provinces) {
    provinces = new Map();
    for (const [country, rows] of Object.entries(PROVINCE_ZONES)) {
      const byKey = new Map<string, string>();
      for (const [code, name, zone, ...aliases] of rows) {
        for (const key of [code, name, ...aliases]) byKey.set(subdivisionKey(key, country), zone);
      }
      provinces.set(country, byKey);
    }
  }
  return provinces;
}

/** A province: Shopify's code, its name, its zone, then other spellings (ISO codes, local names). */
export type Subdivision = readonly [code: string, name: string, zone: string, ...aliases: string[]];

/**
 * Each country's main zone: its only zone, or for a country with several the one most people live in,
 * refined by `PROVINCE_ZONES`. Taken from tzdata's zone.tab (its first zone for the country), except
 * where that is a geographic extreme rather than the main zone (AU, BR, CA, RU, UA, UZ, PS, FM, UM);
 * plus the non-ISO codes Shopify uses (XK, AC, TA).
 */
export const COUNTRY_ZONES: Readonly<Partial<Record<string, string>>> = {
  AC: "Atlantic/St_Helena",
  AD: "Europe/Andorra",
  AE: "Asia/Dubai",
  AF: "Asia/Kabul",
  AG: "America/Antigua",
  AI: "America/Anguilla",
  AL: "Europe/Tirane",
  AM: "Asia/Yerevan",
  AO: "Africa/Luanda",
  AQ: "Antarctica/McMurdo",
  AR: "America/Argentina/Buenos_Aires",
  AS: "Pacific/Pago_Pago",
  AT: "Europe/Vienna",
  AU: "Australia/Sydney",
  AW: "America/Aruba",
  AX: "Europe/Mariehamn",
  AZ: "Asia/Baku",
  BA: "Europe/Sarajevo",
  BB: "America/Barbados",
  BD: "Asia/Dhaka",
  BE: "Europe/Brussels",
  BF: "Africa/Ouagadougou",
  BG: "Europe/Sofia",
  BH: "Asia/Bahrain",
  BI: "Africa/Bujumbura",
  BJ: "Africa/Porto-Novo",
  BL: "America/St_Barthelemy",
  BM: "Atlantic/Bermuda",
  BN: "Asia/Brunei",
  BO: "America/La_Paz",
  BQ: "America/Kralendijk",
  BR: "America/Sao_Paulo",
  BS: "America/Nassau",
  BT: "Asia/Thimphu",
  BW: "Africa/Gaborone",
  BY: "Europe/Minsk",
  BZ: "America/Belize",
  CA: "America/Toronto",
  CC: "Indian/Cocos",
  CD: "Africa/Kinshasa",
  CF: "Africa/Bangui",
  CG: "Africa/Brazzaville",
  CH: "Europe/Zurich",
  CI: "Africa/Abidjan",
  CK: "Pacific/Rarotonga",
  CL: "America/Santiago",
  CM: "Africa/Douala",
  CN: "Asia/Shanghai",
  CO: "America/Bogota",
  CR: "America/Costa_Rica",
  CU: "America/Havana",
  CV: "Atlantic/Cape_Verde",
  CW: "America/Curacao",
  CX: "Indian/Christmas",
  CY: "Asia/Nicosia",
  CZ: "Europe/Prague",
  DE: "Europe/Berlin",
  DJ: "Africa/Djibouti",
  DK: "Europe/Copenhagen",
  DM: "America/Dominica",
  DO: "America/Santo_Domingo",
  DZ: "Africa/Algiers",
  EC: "America/Guayaquil",
  EE: "Europe/Tallinn",
  EG: "Africa/Cairo",
  EH: "Africa/El_Aaiun",
  ER: "Africa/Asmara",
  ES: "Europe/Madrid",
  ET: "Africa/Addis_Ababa",
  FI: "Europe/Helsinki",
  FJ: "Pacific/Fiji",
  FK: "Atlantic/Stanley",
  FM: "Pacific/Pohnpei",
  FO: "Atlantic/Faroe",
  FR: "Europe/Paris",
  GA: "Africa/Libreville",
  GB: "Europe/London",
  GD: "America/Grenada",
  GE: "Asia/Tbilisi",
  GF: "America/Cayenne",
  GG: "Europe/Guernsey",
  GH: "Africa/Accra",
  GI: "Europe/Gibraltar",
  GL: "America/Nuuk",
  GM: "Africa/Banjul",
  GN: "Africa/Conakry",
  GP: "America/Guadeloupe",
  GQ: "Africa/Malabo",
  GR: "Europe/Athens",
  GS: "Atlantic/South_Georgia",
  GT: "America/Guatemala",
  GU: "Pacific/Guam",
  GW: "Africa/Bissau",
  GY: "America/Guyana",
  HK: "Asia/Hong_Kong",
  HN: "America/Tegucigalpa",
  HR: "Europe/Zagreb",
  HT: "America/Port-au-Prince",
  HU: "Europe/Budapest",
  ID: "Asia/Jakarta",
  IE: "Europe/Dublin",
  IL: "Asia/Jerusalem",
  IM: "Europe/Isle_of_Man",
  IN: "Asia/Kolkata",
  IO: "Indian/Chagos",
  IQ: "Asia/Baghdad",
  IR: "Asia/Tehran",
  IS: "Atlantic/Reykjavik",
  IT: "Europe/Rome",
  JE: "Europe/Jersey",
  JM: "America/Jamaica",
  JO: "Asia/Amman",
  JP: "Asia/Tokyo",
  KE: "Africa/Nairobi",
  KG: "Asia/Bishkek",
  KH: "Asia/Phnom_Penh",
  KI: "Pacific/Tarawa",
  KM: "Indian/Comoro",
  KN: "America/St_Kitts",
  KP: "Asia/Pyongyang",
  KR: "Asia/Seoul",
  KW: "Asia/Kuwait",
  KY: "America/Cayman",
  KZ: "Asia/Almaty",
  LA: "Asia/Vientiane",
  LB: "Asia/Beirut",
  LC: "America/St_Lucia",
  LI: "Europe/Vaduz",
  LK: "Asia/Colombo",
  LR: "Africa/Monrovia",
  LS: "Africa/Maseru",
  LT: "Europe/Vilnius",
  LU: "Europe/Luxembourg",
  LV: "Europe/Riga",
  LY: "Africa/Tripoli",
  MA: "Africa/Casablanca",
  MC: "Europe/Monaco",
  MD: "Europe/Chisinau",
  ME: "Europe/Podgorica",
  MF: "America/Marigot",
  MG: "Indian/Antananarivo",
  MH: "Pacific/Majuro",
  MK: "Europe/Skopje",
  ML: "Africa/Bamako",
  MM: "Asia/Yangon",
  MN: "Asia/Ulaanbaatar",
  MO: "Asia/Macau",
  MP: "Pacific/Saipan",
  MQ: "America/Martinique",
  MR: "Africa/Nouakchott",
  MS: "America/Montserrat",
  MT: "Europe/Malta",
  MU: "Indian/Mauritius",
  MV: "Indian/Maldives",
  MW: "Africa/Blantyre",
  MX: "America/Mexico_City",
  MY: "Asia/Kuala_Lumpur",
  MZ: "Africa/Maputo",
  NA: "Africa/Windhoek",
  NC: "Pacific/Noumea",
  NE: "Africa/Niamey",
  NF: "Pacific/Norfolk",
  NG: "Africa/Lagos",
  NI: "America/Managua",
  NL: "Europe/Amsterdam",
  NO: "Europe/Oslo",
  NP: "Asia/Kathmandu",
  NR: "Pacific/Nauru",
  NU: "Pacific/Niue",
  NZ: "Pacific/Auckland",
  OM: "Asia/Muscat",
  PA: "America/Panama",
  PE: "America/Lima",
  PF: "Pacific/Tahiti",
  PG: "Pacific/Port_Moresby",
  PH: "Asia/Manila",
  PK: "Asia/Karachi",
  PL: "Europe/Warsaw",
  PM: "America/Miquelon",
  PN: "Pacific/Pitcairn",
  PR: "America/Puerto_Rico",
  PS: "Asia/Hebron",
  PT: "Europe/Lisbon",
  PW: "Pacific/Palau",
  PY: "America/Asuncion",
  QA: "Asia/Qatar",
  RE: "Indian/Reunion",
  RO: "Europe/Bucharest",
  RS: "Europe/Belgrade",
  RU: "Europe/Moscow",
  RW: "Africa/Kigali",
  SA: "Asia/Riyadh",
  SB: "Pacific/Guadalcanal",
  SC: "Indian/Mahe",
  SD: "Africa/Khartoum",
  SE: "Europe/Stockholm",
  SG: "Asia/Singapore",
  SH: "Atlantic/St_Helena",
  SI: "Europe/Ljubljana",
  SJ: "Arctic/Longyearbyen",
  SK: "Europe/Bratislava",
  SL: "Africa/Freetown",
  SM: "Europe/San_Marino",
  SN: "Africa/Dakar",
  SO: "Africa/Mogadishu",
  SR: "America/Paramaribo",
  SS: "Africa/Juba",
  ST: "Africa/Sao_Tome",
  SV: "America/El_Salvador",
  SX: "America/Lower_Princes",
  SY: "Asia/Damascus",
  SZ: "Africa/Mbabane",
  TA: "Atlantic/St_Helena",
  TC: "America/Grand_Turk",
  TD: "Africa/Ndjamena",
  TF: "Indian/Kerguelen",
  TG: "Africa/Lome",
  TH: "Asia/Bangkok",
  TJ: "Asia/Dushanbe",
  TK: "Pacific/Fakaofo",
  TL: "Asia/Dili",
  TM: "Asia/Ashgabat",
  TN: "Africa/Tunis",
  TO: "Pacific/Tongatapu",
  TR: "Europe/Istanbul",
  TT: "America/Port_of_Spain",
  TV: "Pacific/Funafuti",
  TW: "Asia/Taipei",
  TZ: "Africa/Dar_es_Salaam",
  UA: "Europe/Kyiv",
  UG: "Africa/Kampala",
  UM: "Pacific/Wake",
  US: "America/New_York",
  UY: "America/Montevideo",
  UZ: "Asia/Tashkent",
  VA: "Europe/Vatican",
  VC: "America/St_Vincent",
  VE: "America/Caracas",
  VG: "America/Tortola",
  VI: "America/St_Thomas",
  VN: "Asia/Ho_Chi_Minh",
  VU: "Pacific/Efate",
  WF: "Pacific/Wallis",
  WS: "Pacific/Apia",
  XK: "Europe/Belgrade",
  YE: "Asia/Aden",
  YT: "Indian/Mayotte",
  ZA: "Africa/Johannesburg",
  ZM: "Africa/Lusaka",
  ZW: "Africa/Harare",
};

/**
 * Provinces of the countries that span several zones, keyed by Shopify's province codes. A province
 * that itself spans zones gets the one most of its people live in. Provinces not listed use the
 * country's main zone: for RU and ID only the ones off that zone are listed.
 */
export const PROVINCE_ZONES: Readonly<Record<string, readonly Subdivision[]>> = {
  US: [
    ["AL", "Alabama", "America/Chicago"],
    ["AK", "Alaska", "America/Anchorage"],
    ["AS", "American Samoa", "Pacific/Pago_Pago"],
    ["AZ", "Arizona", "America/Phoenix"],
    ["AR", "Arkansas", "America/Chicago"],
    ["CA", "California", "America/Los_Angeles"],
    ["CO", "Colorado", "America/Denver"],
    ["CT", "Connecticut", "America/New_York"],
    ["DE", "Delaware", "America/New_York"],
    ["DC", "District of Columbia", "America/New_York", "Washington DC"],
    ["FM", "Federated States of Micronesia", "Pacific/Pohnpei", "Micronesia"],
    ["FL", "Florida", "America/New_York"],
    ["GA", "Georgia", "America/New_York"],
    ["GU", "Guam", "Pacific/Guam"],
    ["HI", "Hawaii", "Pacific/Honolulu"],
    ["ID", "Idaho", "America/Boise"],
    ["IL", "Illinois", "America/Chicago"],
    ["IN", "Indiana", "America/Indiana/Indianapolis"],
    ["IA", "Iowa", "America/Chicago"],
    ["KS", "Kansas", "America/Chicago"],
    ["KY", "Kentucky", "America/Kentucky/Louisville"],
    ["LA", "Louisiana", "America/Chicago"],
    ["ME", "Maine", "America/New_York"],
    ["MH", "Marshall Islands", "Pacific/Majuro"],
    ["MD", "Maryland", "America/New_York"],
    ["MA", "Massachusetts", "America/New_York"],
    ["MI", "Michigan", "America/Detroit"],
    ["MN", "Minnesota", "America/Chicago"],
    ["MS", "Mississippi", "America/Chicago"],
    ["MO", "Missouri", "America/Chicago"],
    ["MT", "Montana", "America/Denver"],
    ["NE", "Nebraska", "America/Chicago"],
    ["NV", "Nevada", "America/Los_Angeles"],
    ["NH", "New Hampshire", "America/New_York"],
    ["NJ", "New Jersey", "America/New_York"],
    ["NM", "New Mexico", "America/Denver"],
    ["NY", "New York", "America/New_York"],
    ["NC", "North Carolina", "America/New_York"],
    ["ND", "North Dakota", "America/Chicago"],
    ["MP", "Northern Mariana Islands", "Pacific/Saipan"],
    ["OH", "Ohio", "America/New_York"],
    ["OK", "Oklahoma", "America/Chicago"],
    ["OR", "Oregon", "America/Los_Angeles"],
    ["PW", "Palau", "Pacific/Palau"],
    ["PA", "Pennsylvania", "America/New_York"],
    ["PR", "Puerto Rico", "America/Puerto_Rico"],
    ["RI", "Rhode Island", "America/New_York"],
    ["SC", "South Carolina", "America/New_York"],
    ["SD", "South Dakota", "America/Chicago"],
    ["TN", "Tennessee", "America/Chicago"],
    ["TX", "Texas", "America/Chicago"],
    ["UT", "Utah", "America/Denver"],
    ["VT", "Vermont", "America/New_York"],
    ["VI", "Virgin Islands", "America/St_Thomas", "U.S. Virgin Islands"],
    ["VA", "Virginia", "America/New_York"],
    ["WA", "Washington", "America/Los_Angeles"],
    ["WV", "West Virginia", "America/New_York"],
    ["WI", "Wisconsin", "America/Chicago"],
    ["WY", "Wyoming", "America/Denver"],
    // Military post: the zone is a guess at where most such addresses are (the mail for AE goes via
    // Germany, for AP via Japan and Korea).
    ["AA", "Armed Forces Americas", "America/New_York"],
    ["AE", "Armed Forces Europe", "Europe/Berlin"],
    ["AP", "Armed Forces Pacific", "Asia/Tokyo"],
  ],
  CA: [
    ["AB", "Alberta", "America/Edmonton"],
    ["BC", "British Columbia", "America/Vancouver"],
    ["MB", "Manitoba", "America/Winnipeg"],
    ["NB", "New Brunswick", "America/Moncton"],
    ["NL", "Newfoundland and Labrador", "America/St_Johns", "Newfoundland"],
    ["NT", "Northwest Territories", "America/Edmonton"],
    ["NS", "Nova Scotia", "America/Halifax"],
    ["NU", "Nunavut", "America/Iqaluit"],
    ["ON", "Ontario", "America/Toronto"],
    ["PE", "Prince Edward Island", "America/Halifax"],
    ["QC", "Quebec", "America/Toronto"],
    // No DST: it keeps Central Standard Time all year.
    ["SK", "Saskatchewan", "America/Regina"],
    ["YT", "Yukon", "America/Whitehorse"],
  ],
  AU: [
    ["ACT", "Australian Capital Territory", "Australia/Sydney"],
    ["NSW", "New South Wales", "Australia/Sydney"],
    ["NT", "Northern Territory", "Australia/Darwin"],
    ["QLD", "Queensland", "Australia/Brisbane"],
    ["SA", "South Australia", "Australia/Adelaide"],
    ["TAS", "Tasmania", "Australia/Hobart"],
    ["VIC", "Victoria", "Australia/Melbourne"],
    ["WA", "Western Australia", "Australia/Perth"],
  ],
  BR: [
    ["AC", "Acre", "America/Rio_Branco"],
    ["AL", "Alagoas", "America/Maceio"],
    ["AP", "Amapá", "America/Belem"],
    ["AM", "Amazonas", "America/Manaus"],
    ["BA", "Bahia", "America/Bahia"],
    ["CE", "Ceará", "America/Fortaleza"],
    ["DF", "Distrito Federal", "America/Sao_Paulo"],
    ["ES", "Espírito Santo", "America/Sao_Paulo"],
    ["GO", "Goiás", "America/Sao_Paulo"],
    ["MA", "Maranhão", "America/Fortaleza"],
    ["MT", "Mato Grosso", "America/Cuiaba"],
    ["MS", "Mato Grosso do Sul", "America/Campo_Grande"],
    ["MG", "Minas Gerais", "America/Sao_Paulo"],
    ["PA", "Pará", "America/Belem"],
    ["PB", "Paraíba", "America/Fortaleza"],
    ["PR", "Paraná", "America/Sao_Paulo"],
    ["PE", "Pernambuco", "America/Recife"],
    ["PI", "Piauí", "America/Fortaleza"],
    ["RJ", "Rio de Janeiro", "America/Sao_Paulo"],
    ["RN", "Rio Grande do Norte", "America/Fortaleza"],
    ["RS", "Rio Grande do Sul", "America/Sao_Paulo"],
    ["RO", "Rondônia", "America/Porto_Velho"],
    ["RR", "Roraima", "America/Boa_Vista"],
    ["SC", "Santa Catarina", "America/Sao_Paulo"],
    ["SP", "São Paulo", "America/Sao_Paulo"],
    ["SE", "Sergipe", "America/Maceio"],
    ["TO", "Tocantins", "America/Araguaina"],
  ],
  // Shopify's codes first, ISO 3166-2 codes as aliases.
  MX: [
    ["AGS", "Aguascalientes", "America/Mexico_City", "AGU"],
    ["BC", "Baja California", "America/Tijuana", "BCN"],
    ["BCS", "Baja California Sur", "America/Mazatlan"],
    ["CAMP", "Campeche", "America/Merida", "CAM"],
    ["CHIS", "Chiapas", "America/Mexico_City", "CHP"],
    ["CHIH", "Chihuahua", "America/Chihuahua", "CHH"],
    ["DF", "Ciudad de México", "America/Mexico_City", "CMX", "CDMX", "Mexico City", "Distrito Federal"],
    ["COAH", "Coahuila", "America/Monterrey", "COA"],
    ["COL", "Colima", "America/Mexico_City"],
    ["DGO", "Durango", "America/Monterrey", "DUR"],
    ["GTO", "Guanajuato", "America/Mexico_City", "GUA"],
    ["GRO", "Guerrero", "America/Mexico_City"],
    ["HGO", "Hidalgo", "America/Mexico_City", "HID"],
    ["JAL", "Jalisco", "America/Mexico_City"],
    ["MEX", "México", "America/Mexico_City", "Estado de México"],
    ["MICH", "Michoacán", "America/Mexico_City", "MIC"],
    ["MOR", "Morelos", "America/Mexico_City"],
    ["NAY", "Nayarit", "America/Mazatlan"],
    ["NL", "Nuevo León", "America/Monterrey", "NLE"],
    ["OAX", "Oaxaca", "America/Mexico_City"],
    ["PUE", "Puebla", "America/Mexico_City"],
    ["QRO", "Querétaro", "America/Mexico_City", "QUE"],
    ["Q ROO", "Quintana Roo", "America/Cancun", "ROO"],
    ["SLP", "San Luis Potosí", "America/Mexico_City"],
    ["SIN", "Sinaloa", "America/Mazatlan"],
    ["SON", "Sonora", "America/Hermosillo"],
    ["TAB", "Tabasco", "America/Mexico_City"],
    ["TAMPS", "Tamaulipas", "America/Monterrey", "TAM"],
    ["TLAX", "Tlaxcala", "America/Mexico_City", "TLA"],
    ["VER", "Veracruz", "America/Mexico_City"],
    ["YUC", "Yucatán", "America/Merida"],
    ["ZAC", "Zacatecas", "America/Mexico_City"],
  ],
  RU: [
    ["KGD", "Kaliningrad Oblast", "Europe/Kaliningrad"],
    ["SAM", "Samara Oblast", "Europe/Samara"],
    ["UD", "Udmurtia", "Europe/Samara"],
    ["AST", "Astrakhan Oblast", "Europe/Astrakhan"],
    ["SAR", "Saratov Oblast", "Europe/Saratov"],
    ["ULY", "Ulyanovsk Oblast", "Europe/Ulyanovsk"],
    ["SVE", "Sverdlovsk Oblast", "Asia/Yekaterinburg"],
    ["CHE", "Chelyabinsk Oblast", "Asia/Yekaterinburg"],
    ["BA", "Republic of Bashkortostan", "Asia/Yekaterinburg"],
    ["PER", "Perm Krai", "Asia/Yekaterinburg"],
    ["TYU", "Tyumen Oblast", "Asia/Yekaterinburg"],
    ["ORE", "Orenburg Oblast", "Asia/Yekaterinburg"],
    ["KGN", "Kurgan Oblast", "Asia/Yekaterinburg"],
    ["KHM", "Khanty-Mansi Autonomous Okrug", "Asia/Yekaterinburg"],
    ["YAN", "Yamalo-Nenets Autonomous Okrug", "Asia/Yekaterinburg"],
    ["OMS", "Omsk Oblast", "Asia/Omsk"],
    ["NVS", "Novosibirsk Oblast", "Asia/Novosibirsk"],
    ["ALT", "Altai Krai", "Asia/Barnaul"],
    ["AL", "Altai Republic", "Asia/Barnaul"],
    ["TOM", "Tomsk Oblast", "Asia/Tomsk"],
    ["KEM", "Kemerovo Oblast", "Asia/Novokuznetsk"],
    ["KYA", "Krasnoyarsk Krai", "Asia/Krasnoyarsk"],
    ["KK", "Republic of Khakassia", "Asia/Krasnoyarsk"],
    ["TY", "Tyva Republic", "Asia/Krasnoyarsk"],
    ["IRK", "Irkutsk Oblast", "Asia/Irkutsk"],
    ["BU", "Republic of Buryatia", "Asia/Irkutsk"],
    ["ZAB", "Zabaykalsky Krai", "Asia/Chita"],
    ["AMU", "Amur Oblast", "Asia/Yakutsk"],
    ["SA", "Sakha Republic (Yakutia)", "Asia/Yakutsk"],
    ["PRI", "Primorsky Krai", "Asia/Vladivostok"],
    ["KHA", "Khabarovsk Krai", "Asia/Vladivostok"],
    ["YEV", "Jewish Autonomous Oblast", "Asia/Vladivostok"],
    ["MAG", "Magadan Oblast", "Asia/Magadan"],
    ["SAK", "Sakhalin Oblast", "Asia/Sakhalin"],
    ["KAM", "Kamchatka Krai", "Asia/Kamchatka"],
    ["CHU", "Chukotka Autonomous Okrug", "Asia/Anadyr"],
  ],
  ID: [
    ["BA", "Bali", "Asia/Makassar"],
    ["NB", "Nusa Tenggara Barat", "Asia/Makassar"],
    ["NT", "Nusa Tenggara Timur", "Asia/Makassar"],
    ["KB", "Kalimantan Barat", "Asia/Pontianak"],
    ["KT", "Kalimantan Tengah", "Asia/Pontianak"],
    ["KS", "Kalimantan Selatan", "Asia/Makassar"],
    ["KI", "Kalimantan Timur", "Asia/Makassar"],
    ["KU", "Kalimantan Utara", "Asia/Makassar"],
    ["SA", "Sulawesi Utara", "Asia/Makassar"],
    ["ST", "Sulawesi Tengah", "Asia/Makassar"],
    ["SN", "Sulawesi Selatan", "Asia/Makassar"],
    ["SG", "Sulawesi Tenggara", "Asia/Makassar"],
    ["SR", "Sulawesi Barat", "Asia/Makassar"],
    ["GO", "Gorontalo", "Asia/Makassar"],
    ["MA", "Maluku", "Asia/Jayapura"],
    ["MU", "Maluku Utara", "Asia/Jayapura"],
    ["PA", "Papua", "Asia/Jayapura"],
    ["PB", "Papua Barat", "Asia/Jayapura"],
  ],
  // The islands an hour behind the mainland.
  ES: [
    ["GC", "Las Palmas", "Atlantic/Canary"],
    ["TF", "Santa Cruz de Tenerife", "Atlantic/Canary"],
  ],
  PT: [
    ["PT-20", "Açores", "Atlantic/Azores", "Azores"],
    ["PT-30", "Madeira", "Atlantic/Madeira"],
  ],
  CL: [
    // Aysén left Chile's DST in 2025 (tzdata 2025b); an ICU without the zone falls back to Santiago.
    ["AI", "Aysén", "America/Coyhaique"],
    ["MA", "Magallanes", "America/Punta_Arenas"],
  ],
};
