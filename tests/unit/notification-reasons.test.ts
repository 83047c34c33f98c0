import { describe, expect, it } from "vitest";
import { translate, type AdminKey } from "~/admin/i18n";
import { de } from "~/admin/locales/de";
import { en } from "~/admin/locales/en";
import { reasonText } from "~/admin/notifications/reasons";
import {
  REASON_CODES,
  REASONS,
  reason,
  reasonColumns,
  storedReason,
  type ReasonCode,
  type ReasonParams,
  type StoredReason,
} from "~/notifications/reasons";

const german = (key: AdminKey, vars?: Record<string, string | number>) => translate(de, key, vars);
const english = (key: AdminKey, vars?: Record<string, string | number>) => translate(en, key, vars);

/**
 * One example per code. A mapped type: a code added to the catalogue without an example here fails the
 * typecheck (as a code without a translation fails it in app/admin/notifications/reasons.ts).
 */
const EXAMPLES: { [C in ReasonCode]: ReasonParams<C> } = {
  UNINSTALLED: {},
  ORDER_MISSING: {},
  WAITING_FOR_ORDER: {},
  ERASED: {},
  KLAVIYO_NOT_CONNECTED: {},
  NO_CONTACT: {},
  NO_EMAIL: {},
  NO_MOBILE: {},
  UNSUBSCRIBED: {},
  CHANNEL_NOT_SET_UP: { channel: "whatsapp" },
  QUIET_HOURS: { zone: "Europe/Berlin" },
  FREQUENCY_CAP: { count: 3 },
  SHIPMENT_GONE: {},
  CANCELLED: {},
  DELIVERED_SINCE: {},
  MOVED_ON: { status: "OUT_FOR_DELIVERY" },
  NO_LONGER_LATE: {},
  MOVED_AGAIN: {},
  ESTIMATE_CHANGED: {},
};

const example = (code: ReasonCode) => ({ code, params: EXAMPLES[code] }) as StoredReason;

describe("why a message was skipped or held, in the merchant's language", () => {
  it("has an example for every code of the catalogue", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(REASON_CODES)("%s has an English and a German text, its values filled in", (code) => {
    const stored = "the dispatcher's English";
    for (const t of [english, german]) {
      const text = reasonText(stored, t, example(code));
      expect(text).not.toBe(stored);
      expect(text).not.toMatch(/^reasons\.|^notifications\.|^status\./);
      expect(text).not.toMatch(/\{\w+\}|undefined/);
    }
    expect(reasonText(stored, german, example(code))).not.toBe(reasonText(stored, english, example(code)));
  });

  it("fills the values in, naming the status and channel as the admin does", () => {
    expect(reasonText("", german, { code: "MOVED_ON", params: { status: "OUT_FOR_DELIVERY" } })).toBe(
      "Das Paket ist weiter (jetzt In Zustellung)",
    );
    expect(reasonText("", german, { code: "QUIET_HOURS", params: { zone: "Europe/Berlin" } })).toBe(
      "Wegen Ruhezeiten zurückgehalten (Europe/Berlin)",
    );
    expect(reasonText("", german, { code: "CHANNEL_NOT_SET_UP", params: { channel: "sms" } })).toBe(
      "SMS ist nicht eingerichtet",
    );
  });

  it("shows the stored text for rows without a code, and for a code whose values are missing", () => {
    expect(reasonText("550 5.1.1 no such user", german)).toBe("550 5.1.1 no such user");
    expect(reasonText("550 5.1.1 no such user", german, null)).toBe("550 5.1.1 no such user");
    expect(reasonText(null, german)).toBe("");
    const broken = { code: "QUIET_HOURS", params: {} } as unknown as StoredReason;
    expect(reasonText("Quiet hours in Europe/Berlin", german, broken)).toBe("Quiet hours in Europe/Berlin");
  });
});

describe("the reason catalogue the dispatcher writes from", () => {
  it("builds the code, its values and the English sentence together", () => {
    expect(reason("QUIET_HOURS", { zone: "America/Los_Angeles" })).toEqual({
      code: "QUIET_HOURS",
      params: { zone: "America/Los_Angeles" },
      text: "Quiet hours in America/Los_Angeles",
    });
    expect(reason("MOVED_ON", { status: "OUT_FOR_DELIVERY" }).text).toBe(
      "The parcel moved on (now out for delivery)",
    );
    expect(reason("UNSUBSCRIBED")).toEqual({
      code: "UNSUBSCRIBED",
      params: {},
      text: "The shopper unsubscribed",
    });
  });

  it.each(REASON_CODES)("%s goes into its columns and comes back the same", (code) => {
    const built = reason(code, ...([EXAMPLES[code]] as Parameters<(typeof REASONS)[typeof code]>));
    const columns = reasonColumns(built);
    expect(columns.reasonCode).toBe(code);
    expect(storedReason(columns.reasonCode, columns.reasonParams)).toEqual({ code, params: EXAMPLES[code] });
  });

  it("gives no reason for rows without a code, an unknown code, or values that are not an object", () => {
    expect(reasonColumns(null)).toEqual({ reasonCode: null, reasonParams: null });
    expect(storedReason(null, null)).toBeNull();
    expect(storedReason("SOMETHING_NEWER", null)).toBeNull();
    expect(storedReason("toString", null)).toBeNull();
    expect(storedReason("QUIET_HOURS", "not json")).toBeNull();
    expect(storedReason("QUIET_HOURS", "[1]")).toBeNull();
  });
});
