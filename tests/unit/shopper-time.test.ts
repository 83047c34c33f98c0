import { getCountries } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import {
  COUNTRY_ZONES,
  PROVINCE_ZONES,
  nextSendTime,
  shopperTimeZone,
  type QuietHours,
} from "~/notifications/shopper-time";

/** A valid zone no table entry uses, so a lookup that fell through to the fallback shows. */
const FALLBACK = "Etc/GMT-14";

const US_STATES: Array<[code: string, name: string]> = [
  ["AL", "Alabama"],
  ["AK", "Alaska"],
  ["AZ", "Arizona"],
  ["AR", "Arkansas"],
  ["CA", "California"],
  ["CO", "Colorado"],
  ["CT", "Connecticut"],
  ["DE", "Delaware"],
  ["DC", "District of Columbia"],
  ["FL", "Florida"],
  ["GA", "Georgia"],
  ["HI", "Hawaii"],
  ["ID", "Idaho"],
  ["IL", "Illinois"],
  ["IN", "Indiana"],
  ["IA", "Iowa"],
  ["KS", "Kansas"],
  ["KY", "Kentucky"],
  ["LA", "Louisiana"],
  ["ME", "Maine"],
  ["MD", "Maryland"],
  ["MA", "Massachusetts"],
  ["MI", "Michigan"],
  ["MN", "Minnesota"],
  ["MS", "Mississippi"],
  ["MO", "Missouri"],
  ["MT", "Montana"],
  ["NE", "Nebraska"],
  ["NV", "Nevada"],
  ["NH", "New Hampshire"],
  ["NJ", "New Jersey"],
  ["NM", "New Mexico"],
  ["NY", "New York"],
  ["NC", "North Carolina"],
  ["ND", "North Dakota"],
  ["OH", "Ohio"],
  ["OK", "Oklahoma"],
  ["OR", "Oregon"],
  ["PA", "Pennsylvania"],
  ["RI", "Rhode Island"],
  ["SC", "South Carolina"],
  ["SD", "South Dakota"],
  ["TN", "Tennessee"],
  ["TX", "Texas"],
  ["UT", "Utah"],
  ["VT", "Vermont"],
  ["VA", "Virginia"],
  ["WA", "Washington"],
  ["WV", "West Virginia"],
  ["WI", "Wisconsin"],
  ["WY", "Wyoming"],
];

function isIntlTimeZone(zone: string): boolean {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone !== "";
  } catch {
    return false;
  }
}

/** "2026-03-29 08:00" style local time of `date` in `timeZone`. */
function localTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

describe("the zone tables", () => {
  it("hold only zones this Node's Intl accepts", () => {
    const zones = [
      ...Object.values(COUNTRY_ZONES),
      ...Object.values(PROVINCE_ZONES).flatMap((rows) => rows.map(([, , zone]) => zone)),
    ];
    expect(zones.filter((zone) => !zone || !isIntlTimeZone(zone))).toEqual([]);
  });

  it("cover every country a phone number can come from", () => {
    expect(getCountries().filter((country) => !COUNTRY_ZONES[country])).toEqual([]);
  });

  it("resolve every province by its code, its name and its aliases to its own zone", () => {
    for (const [country, rows] of Object.entries(PROVINCE_ZONES)) {
      for (const [code, name, zone, ...aliases] of rows) {
        for (const province of [code, name, ...aliases]) {
          expect({
            country,
            province,
            zone: shopperTimeZone({ countryCode: country, province, fallback: FALLBACK }),
          }).toEqual({ country, province, zone });
        }
      }
    }
  });

  it.each(US_STATES)("maps the US state %s (%s) to a zone Intl accepts", (code, name) => {
    const byCode = shopperTimeZone({ countryCode: "US", province: code, fallback: FALLBACK });
    const byName = shopperTimeZone({ countryCode: "US", province: name, fallback: FALLBACK });
    expect(byCode).not.toBe(FALLBACK);
    expect(byCode).toMatch(/^(America|Pacific)\//);
    expect(isIntlTimeZone(byCode)).toBe(true);
    expect(byName).toBe(byCode);
  });
});

describe("shopperTimeZone", () => {
  it.each([
    ["US", "CA", "America/Los_Angeles"],
    ["US", " california ", "America/Los_Angeles"],
    ["US", "US-CA", "America/Los_Angeles"],
    ["us", "ny", "America/New_York"],
    ["US", "AZ", "America/Phoenix"],
    ["US", "HI", "Pacific/Honolulu"],
    ["CA", "QC", "America/Toronto"],
    ["CA", "Québec", "America/Toronto"],
    ["CA", "SK", "America/Regina"],
    ["CA", "BC", "America/Vancouver"],
    ["AU", "WA", "Australia/Perth"],
    ["AU", "QLD", "Australia/Brisbane"],
    ["AU", "NSW", "Australia/Sydney"],
    ["BR", "SP", "America/Sao_Paulo"],
    ["BR", "AM", "America/Manaus"],
    ["BR", "Sao Paulo", "America/Sao_Paulo"],
    ["MX", "Q ROO", "America/Cancun"],
    ["MX", "Quintana Roo", "America/Cancun"],
    ["MX", "CDMX", "America/Mexico_City"],
    ["MX", "BC", "America/Tijuana"],
    ["RU", "KGD", "Europe/Kaliningrad"],
    ["RU", "PRI", "Asia/Vladivostok"],
    ["RU", "MOW", "Europe/Moscow"],
    ["ID", "BA", "Asia/Makassar"],
    ["ID", "JK", "Asia/Jakarta"],
    ["ES", "TF", "Atlantic/Canary"],
    ["ES", "M", "Europe/Madrid"],
    ["PT", "PT-20", "Atlantic/Azores"],
    ["PT", "Açores", "Atlantic/Azores"],
    ["KZ", null, "Asia/Almaty"],
    ["DE", "BY", "Europe/Berlin"],
    ["IN", null, "Asia/Kolkata"],
    ["GB", null, "Europe/London"],
    ["XK", null, "Europe/Belgrade"],
  ])("maps %s / %s to %s", (countryCode, province, expected) => {
    expect(shopperTimeZone({ countryCode, province, fallback: FALLBACK })).toBe(expected);
  });

  it("uses the country's main zone for a province it does not know", () => {
    expect(shopperTimeZone({ countryCode: "US", province: "Atlantis", fallback: FALLBACK })).toBe(
      "America/New_York",
    );
    expect(shopperTimeZone({ countryCode: "CA", province: null, fallback: FALLBACK })).toBe(
      "America/Toronto",
    );
  });

  it.each([[null], [undefined], [""], ["ZZ"], ["DEU"], ["1A"], ["__proto__"]])(
    "returns the fallback for the unknown country %s",
    (countryCode) => {
      expect(shopperTimeZone({ countryCode, province: "CA", fallback: "Europe/Paris" })).toBe("Europe/Paris");
    },
  );

  it("falls back to UTC when the fallback is no zone either", () => {
    expect(shopperTimeZone({ countryCode: null, fallback: "Mars/Olympus_Mons" })).toBe("UTC");
    expect(shopperTimeZone({ countryCode: "ZZ", fallback: "" })).toBe("UTC");
  });
});

describe("nextSendTime", () => {
  const NIGHT: QuietHours = { startHour: 21, endHour: 8 };

  it("sends now outside quiet hours, and at the very hour they end", () => {
    // given 12:00 and 08:00 in Berlin (UTC+1 in January)
    const noon = new Date("2026-01-15T11:00:00Z");
    const eight = new Date("2026-01-15T07:00:00Z");

    // when / then
    expect(nextSendTime(noon, "Europe/Berlin", NIGHT)).toBe(noon);
    expect(nextSendTime(eight, "Europe/Berlin", NIGHT)).toBe(eight);
  });

  it("waits until 08:00 the same morning, or the next morning from the evening", () => {
    // given 06:00 and 21:00 in Berlin
    const early = new Date("2026-01-15T05:00:00Z");
    const evening = new Date("2026-01-15T20:00:00Z");

    // when / then
    expect(nextSendTime(early, "Europe/Berlin", NIGHT)).toEqual(new Date("2026-01-15T07:00:00Z"));
    expect(nextSendTime(evening, "Europe/Berlin", NIGHT)).toEqual(new Date("2026-01-16T07:00:00Z"));
  });

  it.each([
    // Berlin moves to CEST (UTC+2) on 29 March: 08:00 the next morning is 06:00Z, not 07:00Z.
    ["Europe/Berlin", "2026-03-28T21:30:00Z", "2026-03-29T06:00:00Z", "2026-03-29 08:00"],
    // ...and back to CET (UTC+1) on 25 October: 08:00 is 07:00Z, not 06:00Z.
    ["Europe/Berlin", "2026-10-24T20:00:00Z", "2026-10-25T07:00:00Z", "2026-10-25 08:00"],
    // New York moves to EDT (UTC-4) on 8 March.
    ["America/New_York", "2026-03-08T03:00:00Z", "2026-03-08T12:00:00Z", "2026-03-08 08:00"],
    // ...and back to EST (UTC-5) on 1 November.
    ["America/New_York", "2026-11-01T02:00:00Z", "2026-11-01T13:00:00Z", "2026-11-01 08:00"],
    // Half-hour offset, no DST: 21:30 IST.
    ["Asia/Kolkata", "2026-06-01T16:00:00Z", "2026-06-02T02:30:00Z", "2026-06-02 08:00"],
    // Lord Howe Island: UTC+11 in its summer, a DST step of only 30 minutes.
    ["Australia/Lord_Howe", "2026-01-15T10:30:00Z", "2026-01-15T21:00:00Z", "2026-01-16 08:00"],
    // ...and UTC+10:30 after it falls back on 5 April.
    ["Australia/Lord_Howe", "2026-04-04T12:00:00Z", "2026-04-04T21:30:00Z", "2026-04-05 08:00"],
  ])("in %s from %s waits until %s (local %s)", (zone, now, expected, local) => {
    const result = nextSendTime(new Date(now), zone, NIGHT);
    expect(result).toEqual(new Date(expected));
    expect(localTime(result, zone)).toBe(local);
  });

  it("when quiet hours end inside a spring-forward gap, sends the moment the clock jumps", () => {
    // given quiet hours until 02:00, a time that does not exist on these nights
    const until2 = { startHour: 22, endHour: 2 };

    // when / then: New York jumps 02:00 EST to 03:00 EDT, Lord Howe 02:00 to 02:30
    expect(nextSendTime(new Date("2026-03-08T04:00:00Z"), "America/New_York", until2)).toEqual(
      new Date("2026-03-08T07:00:00Z"),
    );
    expect(nextSendTime(new Date("2026-10-03T13:00:00Z"), "Australia/Lord_Howe", until2)).toEqual(
      new Date("2026-10-03T15:30:00Z"),
    );
  });

  it("when the end hour happens twice (fall back), sends at the first one", () => {
    // given 00:00 EDT on 1 November; 01:00 comes at 05:00Z (EDT) and again at 06:00Z (EST)
    const result = nextSendTime(new Date("2026-11-01T04:00:00Z"), "America/New_York", {
      startHour: 23,
      endHour: 1,
    });

    // then
    expect(result).toEqual(new Date("2026-11-01T05:00:00Z"));
  });

  it("handles a window within one day and no window at all", () => {
    // given 13:00 in Berlin
    const now = new Date("2026-07-01T11:00:00Z");

    // when / then
    expect(nextSendTime(now, "Europe/Berlin", { startHour: 12, endHour: 14 })).toEqual(
      new Date("2026-07-01T12:00:00Z"),
    );
    expect(nextSendTime(now, "Europe/Berlin", { startHour: 13, endHour: 13 })).toBe(now);
    expect(nextSendTime(now, "Europe/Berlin", { startHour: 14, endHour: 12 })).toBe(now);
  });

  it.each(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"])(
    "never sends inside quiet hours and waits no longer than needed, all year round in %s",
    (zone) => {
      const hourFormat = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        hour: "numeric",
      });
      const isQuiet = (date: Date) => {
        const hour = Number(hourFormat.format(date));
        return hour >= 21 || hour < 8;
      };
      const STEP = 97 * 60_000; // not a divisor of an hour or a day, so minutes and days vary
      const wrong: string[] = [];
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += STEP) {
        const now = new Date(t);
        const result = nextSendTime(now, zone, NIGHT);
        const ok = isQuiet(now)
          ? !isQuiet(result) &&
            localTime(result, zone).endsWith(" 08:00") &&
            // A minute earlier it was still quiet: this is the first moment allowed.
            isQuiet(new Date(result.getTime() - 60_000)) &&
            result.getTime() - t <= 12 * 3_600_000
          : result === now;
        if (!ok) wrong.push(`${now.toISOString()} -> ${result.toISOString()}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it("refuses hours outside 0-23 and unknown zones", () => {
    const now = new Date("2026-01-15T12:00:00Z");
    expect(() => nextSendTime(now, "Europe/Berlin", { startHour: 21, endHour: 24 })).toThrow(RangeError);
    expect(() => nextSendTime(now, "Europe/Berlin", { startHour: 7.5, endHour: 8 })).toThrow(RangeError);
    expect(() => nextSendTime(now, "Mars/Olympus_Mons", NIGHT)).toThrow(RangeError);
  });
});
