import type { ExceptionKind } from "../dashboard/exception-kinds";
import type { AdminLocale } from "../i18n";

/** Copy in every admin language; tests/unit/carrier-checklist.test.ts checks that none is missing. */
export type Localized = Record<AdminLocale, string>;

export interface CarrierContact {
  id: string;
  /** As the merchant knows it. */
  name: string;
  /**
   * The carrier's public customer service or contact page, on its own official site. Deep links at
   * carriers move often; these are the entry pages that have stayed put.
   */
  contactUrl: string;
  /** Where a shipper files a trace or a claim, when the carrier has a page of its own for it. */
  claimsUrl: string | null;
  /** What is particular about this carrier, per kind of problem (shown after the general steps). */
  notes: Partial<Record<ExceptionKind, Localized>>;
}

/**
 * The carriers Shopify merchants ship with most, matched by the carrier name on the fulfillment
 * (Shopify's `tracking_company`, or whatever the merchant typed). Order matters: the first match wins,
 * so "DHL Express" is tried before DHL's parcel service.
 */
export const CARRIERS: ReadonlyArray<CarrierContact & { match: RegExp }> = [
  {
    id: "ups",
    name: "UPS",
    match: /\bups\b|united parcel/,
    contactUrl: "https://www.ups.com/us/en/support/contact-us.page",
    claimsUrl: "https://www.ups.com/us/en/support/file-a-claim.page",
    notes: {
      exception: {
        en: "Ask UPS whether the address can be corrected or the delivery intercepted before the parcel is returned to you.",
        de: "Fragen Sie UPS, ob die Adresse korrigiert oder die Zustellung abgefangen werden kann, bevor das Paket an Sie zurückgeht.",
      },
      stalled: {
        en: "For a parcel that stopped moving, open a trace with UPS; a damage or loss claim is filed online by the shipper.",
        de: "Für ein Paket ohne Bewegung einen Suchauftrag bei UPS stellen; Verlust- oder Schadensmeldungen reicht der Versender online ein.",
      },
    },
  },
  {
    id: "usps",
    name: "USPS",
    match: /\busps\b|postal service|united states post/,
    contactUrl: "https://www.usps.com/help/missing-mail.htm",
    claimsUrl: "https://www.usps.com/help/claims.htm",
    notes: {
      stalled: {
        en: "USPS asks for a Missing Mail search first; a claim for an insured parcel follows once the waiting period on its page has passed.",
        de: "USPS verlangt zuerst eine „Missing Mail“-Suche; eine Reklamation für ein versichertes Paket folgt nach der dort genannten Wartezeit.",
      },
      late: {
        en: "USPS asks for a Missing Mail search first; a claim for an insured parcel follows once the waiting period on its page has passed.",
        de: "USPS verlangt zuerst eine „Missing Mail“-Suche; eine Reklamation für ein versichertes Paket folgt nach der dort genannten Wartezeit.",
      },
    },
  },
  {
    id: "fedex",
    name: "FedEx",
    match: /fed\s*ex/,
    contactUrl: "https://www.fedex.com/en-us/customer-support.html",
    claimsUrl: "https://www.fedex.com/en-us/customer-support/claims.html",
    notes: {
      exception: {
        en: "Ask FedEx whether the parcel can be held at a FedEx location for the customer instead of being returned.",
        de: "Fragen Sie FedEx, ob das Paket für den Kunden in einer FedEx-Filiale hinterlegt werden kann, statt zurückzugehen.",
      },
    },
  },
  {
    id: "dhl-express",
    name: "DHL Express",
    match: /dhl\s*express/,
    contactUrl: "https://www.dhl.com/global-en/home/customer-service.html",
    claimsUrl: null,
    notes: {
      exception: {
        en: "Customs holds are common with DHL Express: ask whether documents or duties are missing.",
        de: "Bei DHL Express hängen Sendungen oft im Zoll: fragen Sie, ob Unterlagen oder Abgaben fehlen.",
      },
    },
  },
  {
    id: "dhl-parcel",
    name: "DHL Parcel / Deutsche Post",
    // "DHL" alone is how German shops name DHL Paket; DHL eCommerce (US, Asia) is another company.
    match: /^dhl$|dhl\s*(paket|parcel)|deutsche\s*post/,
    contactUrl: "https://www.dhl.de/de/privatkunden/kundenservice.html",
    claimsUrl: null,
    notes: {
      stalled: {
        en: "Only the sender can open an investigation (Nachforschungsauftrag), and only some days after handover: keep the posting receipt ready.",
        de: "Nur der Absender kann einen Nachforschungsauftrag stellen, und erst einige Tage nach der Einlieferung: Einlieferungsbeleg bereithalten.",
      },
      late: {
        en: "Only the sender can open an investigation (Nachforschungsauftrag), and only some days after handover: keep the posting receipt ready.",
        de: "Nur der Absender kann einen Nachforschungsauftrag stellen, und erst einige Tage nach der Einlieferung: Einlieferungsbeleg bereithalten.",
      },
    },
  },
  {
    id: "dpd",
    name: "DPD",
    match: /\bdpd\b/,
    contactUrl: "https://www.dpd.com/",
    claimsUrl: null,
    notes: {
      attempted: {
        en: "DPD often leaves the parcel at a nearby Pickup parcelshop after a failed attempt: the tracking names it.",
        de: "DPD hinterlegt das Paket nach einem Fehlversuch oft in einem nahen Pickup Paketshop: die Sendungsverfolgung nennt ihn.",
      },
    },
  },
  {
    id: "gls",
    name: "GLS",
    match: /\bgls\b/,
    contactUrl: "https://gls-group.com/",
    claimsUrl: null,
    notes: {
      stalled: {
        en: "With GLS only the sender can report a loss: contact your GLS depot or account manager.",
        de: "Bei GLS kann nur der Versender einen Verlust melden: wenden Sie sich an Ihr GLS-Depot oder Ihre Ansprechperson.",
      },
    },
  },
  {
    id: "royal-mail",
    name: "Royal Mail",
    match: /royal\s*mail|parcelforce/,
    contactUrl: "https://help.royalmail.com/",
    claimsUrl: null,
    notes: {
      late: {
        en: "Royal Mail only accepts a loss claim once its waiting period after the due date has passed; the help centre says how long.",
        de: "Royal Mail nimmt Verlustmeldungen erst nach einer Wartezeit ab dem Zustelltermin an; das Hilfe-Center nennt die Frist.",
      },
    },
  },
  {
    id: "postnl",
    name: "PostNL",
    match: /post\s*nl/,
    contactUrl: "https://www.postnl.nl/klantenservice/",
    claimsUrl: null,
    notes: {},
  },
  {
    id: "la-poste",
    name: "La Poste / Colissimo",
    match: /la\s*poste|colissimo/,
    contactUrl: "https://aide.laposte.fr/",
    claimsUrl: null,
    notes: {},
  },
  {
    id: "canada-post",
    name: "Canada Post",
    match: /canada\s*post|postes\s*canada/,
    contactUrl: "https://www.canadapost-postescanada.ca/cpc/en/support.page",
    claimsUrl: null,
    notes: {},
  },
  {
    id: "australia-post",
    name: "Australia Post",
    match: /australia\s*post|auspost|startrack/,
    contactUrl: "https://auspost.com.au/help-and-support",
    claimsUrl: null,
    notes: {},
  },
];

/** What to do, whoever the carrier, per kind of problem. */
export const GENERAL_STEPS: Record<ExceptionKind, Localized[]> = {
  exception: [
    {
      en: "Read the carrier's reason in the tracking: address problem, damaged, refused, or on its way back.",
      de: "Lesen Sie den Grund des Versanddienstleisters in der Sendungsverfolgung: Adressproblem, beschädigt, verweigert oder auf dem Rückweg.",
    },
    {
      en: "Contact the carrier with the tracking number and ask whether the address can be corrected or the parcel redirected.",
      de: "Kontaktieren Sie den Versanddienstleister mit der Sendungsnummer und fragen Sie, ob die Adresse korrigiert oder das Paket umgeleitet werden kann.",
    },
    {
      en: "If it is lost or damaged, file a claim as the sender, with the order's invoice.",
      de: "Ist es verloren oder beschädigt, reklamieren Sie als Absender, mit der Rechnung zur Bestellung.",
    },
    {
      en: "Tell the customer what happens next: a new delivery date, a reshipment or a refund.",
      de: "Sagen Sie dem Kunden, wie es weitergeht: neuer Liefertermin, Neuversand oder Erstattung.",
    },
  ],
  attempted: [
    {
      en: "Check the tracking for what happens next: another attempt, a pickup point, or held at the depot.",
      de: "Prüfen Sie in der Sendungsverfolgung, wie es weitergeht: neuer Zustellversuch, Abholstelle oder Lagerung im Depot.",
    },
    {
      en: "Confirm the shipping address and phone number with the customer.",
      de: "Bestätigen Sie Lieferadresse und Telefonnummer mit dem Kunden.",
    },
    {
      en: "Ask the carrier to deliver again or to hold the parcel for pickup.",
      de: "Bitten Sie den Versanddienstleister um eine neue Zustellung oder darum, das Paket zur Abholung zu lagern.",
    },
    {
      en: "Tell the customer where, and until when, they can collect it.",
      de: "Sagen Sie dem Kunden, wo und bis wann er es abholen kann.",
    },
  ],
  notPickedUp: [
    {
      en: "Check that the parcel was handed over: in the last pickup, or dropped off with a receipt.",
      de: "Prüfen Sie, ob das Paket übergeben wurde: bei der letzten Abholung oder mit Beleg eingeliefert.",
    },
    {
      en: "If it was handed over, ask the carrier to trace the first scan, with the tracking number and the receipt.",
      de: "Wurde es übergeben, bitten Sie den Versanddienstleister mit Sendungsnummer und Beleg, den ersten Scan nachzuverfolgen.",
    },
    {
      en: "If it never left, ship it now, or cancel the label and create a new one.",
      de: "Ist es nie losgegangen, versenden Sie es jetzt, oder stornieren Sie das Etikett und erstellen Sie ein neues.",
    },
  ],
  late: [
    {
      en: "Look at the last scan: where the parcel was and when.",
      de: "Sehen Sie sich den letzten Scan an: wo das Paket war und wann.",
    },
    {
      en: "Ask the carrier for a new delivery date.",
      de: "Fragen Sie den Versanddienstleister nach einem neuen Liefertermin.",
    },
    {
      en: "Send the customer the new date with “New estimate”.",
      de: "Schicken Sie dem Kunden den neuen Termin mit „Neuer Liefertermin“.",
    },
    {
      en: "If the carrier cannot find it, open a trace or claim and reship or refund.",
      de: "Findet der Versanddienstleister es nicht, stellen Sie einen Nachforschungsauftrag und versenden neu oder erstatten.",
    },
  ],
  stalled: [
    {
      en: "Note the place and time of the last scan.",
      de: "Notieren Sie Ort und Zeit des letzten Scans.",
    },
    {
      en: "Ask the carrier to trace the parcel; most accept a trace after a few days without a scan.",
      de: "Bitten Sie den Versanddienstleister um einen Nachforschungsauftrag; die meisten nehmen ihn nach einigen Tagen ohne Scan an.",
    },
    {
      en: "Keep the shipping receipt and the invoice ready for a claim.",
      de: "Halten Sie Einlieferungsbeleg und Rechnung für eine Reklamation bereit.",
    },
    {
      en: "Agree with the customer whether to wait, reship or refund.",
      de: "Vereinbaren Sie mit dem Kunden, ob Sie warten, neu versenden oder erstatten.",
    },
  ],
};

/** A carrier not listed: the general steps, and its tracking page for contact details. */
export const GENERIC_CARRIER: CarrierContact = {
  id: "other",
  name: "",
  contactUrl: "",
  claimsUrl: null,
  notes: {},
};

/** The carrier's entry for a carrier name as it stands on the shipment; the generic one otherwise. */
export function carrierContact(carrier: string | null): CarrierContact {
  const name = carrier?.trim().toLowerCase() ?? "";
  const found = name ? CARRIERS.find((c) => c.match.test(name)) : undefined;
  if (!found) return GENERIC_CARRIER;
  const { match: _match, ...contact } = found;
  return contact;
}

export interface Checklist {
  carrier: CarrierContact;
  /** The steps in the admin's language: the general ones, then what is particular to the carrier. */
  steps: string[];
}

export function carrierChecklist(
  carrier: string | null,
  kind: ExceptionKind,
  locale: AdminLocale,
): Checklist {
  const contact = carrierContact(carrier);
  const note = contact.notes[kind];
  return {
    carrier: contact,
    steps: [...GENERAL_STEPS[kind].map((step) => step[locale]), ...(note ? [note[locale]] : [])],
  };
}
