import type { Locale, MessageVariables } from "../milestones";
import { statusLabel } from "./labels";
import { formatDeliveryDate } from "./locale";

/** What changes from one language's sample to the next: names and words a shopper there would see. */
interface SampleWords {
  firstName: string;
  lastName: string;
  items: [title: string, variant: string][];
  city: string;
  country: string;
  delayReason: string;
}

const WORDS: Record<Locale, SampleWords> = {
  en: {
    firstName: "Emma",
    lastName: "Johnson",
    items: [
      ["Linen Shirt", "Sage / M"],
      ["Canvas Tote Bag", ""],
    ],
    city: "Portland",
    country: "United States",
    delayReason: "Severe weather in the delivery area",
  },
  de: {
    firstName: "Anna",
    lastName: "Schmidt",
    items: [
      ["Leinenhemd", "Salbei / M"],
      ["Canvas-Tasche", ""],
    ],
    city: "Berlin",
    country: "Deutschland",
    delayReason: "Unwetter im Zustellgebiet",
  },
  fr: {
    firstName: "Camille",
    lastName: "Martin",
    items: [
      ["Chemise en lin", "Sauge / M"],
      ["Tote bag en toile", ""],
    ],
    city: "Lyon",
    country: "France",
    delayReason: "Intempéries dans la zone de livraison",
  },
  es: {
    firstName: "Lucía",
    lastName: "García",
    items: [
      ["Camisa de lino", "Salvia / M"],
      ["Bolsa tote de lona", ""],
    ],
    city: "Madrid",
    country: "España",
    delayReason: "Condiciones meteorológicas adversas en la zona de entrega",
  },
  it: {
    firstName: "Giulia",
    lastName: "Rossi",
    items: [
      ["Camicia di lino", "Salvia / M"],
      ["Borsa tote in tela", ""],
    ],
    city: "Milano",
    country: "Italia",
    delayReason: "Maltempo nella zona di consegna",
  },
  nl: {
    firstName: "Sanne",
    lastName: "de Vries",
    items: [
      ["Linnen overhemd", "Salie / M"],
      ["Canvas tas", ""],
    ],
    city: "Utrecht",
    country: "Nederland",
    delayReason: "Extreem weer in het bezorggebied",
  },
};

// Fixed dates, so previews and tests read the same every day (a Thursday and the Tuesday before it).
const ESTIMATE = new Date("2026-11-26T12:00:00Z");
const PREVIOUS_ESTIMATE = new Date("2026-11-24T12:00:00Z");

/**
 * Realistic variables for previews and validation: every field filled, in the shopper's language, so a
 * template shows what a real message will look like.
 */
export function sampleVariables(locale: Locale): MessageVariables {
  const words = WORDS[locale];
  return {
    shop: { name: "Example Store", email: "hello@example.com", url: "https://example.com" },
    customer: {
      first_name: words.firstName,
      last_name: words.lastName,
      name: `${words.firstName} ${words.lastName}`,
    },
    order: { name: "#1001" },
    items: words.items.map(([title, variant], i) => ({ title, variant_title: variant, quantity: i + 1 })),
    shipment: {
      status: statusLabel("IN_TRANSIT", locale),
      carrier: "DHL Express",
      tracking_number: "4820193756",
      tracking_url: "https://www.dhl.com/global-en/home/tracking.html?tracking-id=4820193756",
      destination_city: words.city,
      destination_country: words.country,
    },
    tracking_page_url: "https://example.com/apps/parcelwise/track/sample-token",
    estimated_delivery: formatDeliveryDate(ESTIMATE, locale, "UTC"),
    previous_estimated_delivery: formatDeliveryDate(PREVIOUS_ESTIMATE, locale, "UTC"),
    delay_reason: words.delayReason,
    unsubscribe_url: "https://example.com/apps/parcelwise/unsubscribe/sample-token",
  };
}
