import { hubFor, type Carrier } from "./carriers";
import type { Country } from "./countries";
import { IdSequence, type OrderStory, type ShopOrder } from "./model";
import { makeOrder } from "./orders";
import { eventJson, fulfillmentJson, orderJson } from "./payloads";
import type { Random } from "./random";
import type { Step } from "./scenarios";

/** A webhook the shop owes the app after a change: topic and REST payload. */
export interface Delivery {
  topic: string;
  payload: unknown;
  story: SimStory;
}

export interface SimStory extends OrderStory {
  country: Country;
  carrier: Carrier;
}

/** The shop's own settings, as Admin GraphQL's `shop` reports them (the app's ParcelwiseShop query). */
export interface ShopSettings {
  name: string;
  contactEmail: string;
  ianaTimezone: string;
  currencyCode: string;
}

/**
 * The demo shop: a German outdoor store selling across Europe (orders.ts prices most orders in EUR), so
 * the app's emails carry a real shop name and lateness is judged on Berlin days, not UTC ones.
 */
export const DEMO_SHOP_SETTINGS: ShopSettings = {
  name: "Parcelwise Demo Outfitters",
  contactEmail: "service@demo-outfitters.example",
  ianaTimezone: "Europe/Berlin",
  currencyCode: "EUR",
};

/** The emulated shop: creates orders and applies scenario steps, returning the webhooks each causes. */
export class Shop {
  readonly stories: SimStory[] = [];
  private nextNumber = 1001;
  private readonly ids;

  constructor(
    readonly domain: string,
    private readonly random: Random,
  ) {
    this.ids = {
      order: new IdSequence(6_120_417_300_000, random),
      customer: new IdSequence(7_804_551_200_000, random),
      lineItem: new IdSequence(15_802_334_100_000, random),
      fulfillment: new IdSequence(5_411_870_200_000, random),
      event: new IdSequence(3_660_912_500_000, random),
    };
  }

  visibleOrders(): ShopOrder[] {
    return this.stories.filter((s) => s.visible).map((s) => s.order);
  }

  newOrder(createdAt: Date, scenario: string, source: SimStory["source"]): SimStory {
    const made = makeOrder(this.random, this.ids, this.nextNumber++, createdAt);
    const story: SimStory = { ...made, scenario, source, visible: false, notes: [], lastWebhook: null };
    this.stories.push(story);
    return story;
  }

  /** Applies one step at event time `at` (recorded by Shopify at `recordedAt`); returns its webhooks. */
  apply(story: SimStory, step: Step, at: Date, recordedAt: Date, eta: Date | null): Delivery[] {
    const { order, carrier } = story;
    const touch = (d: Date) => (order.updatedAt = d > order.updatedAt ? d : order.updatedAt);
    const deliveries = (...list: [string, unknown][]) =>
      list.map(([topic, payload]) => ({ topic, payload, story }));
    if (step.kind === "order") {
      story.visible = true;
      return deliveries(["orders/create", orderJson(order)]);
    }
    if (step.kind === "fulfill") {
      const number = carrier.trackingNumber(this.random);
      const fulfillment = {
        id: this.ids.fulfillment.next(),
        name: `${order.name}.${order.fulfillments.length + 1}`,
        status: "success" as const,
        createdAt: at,
        updatedAt: at,
        company: carrier.name,
        trackingNumber: number,
        trackingUrl: carrier.trackingUrl(number, order.address.zip, order.address.countryCode),
        shipmentStatus: null,
        lineItems: order.lineItems,
        events: [],
      };
      order.fulfillments.push(fulfillment);
      touch(at);
      return deliveries(
        ["fulfillments/create", fulfillmentJson(order, fulfillment)],
        ["orders/updated", orderJson(order)],
      );
    }
    const fulfillment = order.fulfillments[0];
    const a = order.address;
    const event = {
      id: this.ids.event.next(),
      status: step.status!,
      message: step.message ?? step.status!,
      happenedAt: at,
      createdAt: recordedAt,
      place:
        step.where === "hub"
          ? hubFor(carrier, a.countryCode)
          : {
              city: a.city,
              province: a.province,
              country: a.countryName,
              zip: a.zip,
              lat: a.lat,
              lng: a.lng,
            },
      address1: null,
      estimatedDeliveryAt: eta,
    };
    fulfillment.events.push(event);
    fulfillment.shipmentStatus = event.status;
    fulfillment.updatedAt = recordedAt > fulfillment.updatedAt ? recordedAt : fulfillment.updatedAt;
    touch(recordedAt);
    const list: [string, unknown][] = [
      ["fulfillment_events/create", eventJson(order, fulfillment, event)],
      ["fulfillments/update", fulfillmentJson(order, fulfillment)],
    ];
    if (event.status === "delivered") list.push(["orders/updated", orderJson(order)]);
    return deliveries(...list);
  }
}

/** One line for the terminal about the step just applied. */
export function describeStep(story: SimStory, step: Step): string {
  const a = story.order.address;
  if (step.kind === "order") return `placed by ${a.firstName} ${a.lastName}, ${a.city} (${a.countryCode})`;
  const f = story.order.fulfillments[0];
  if (step.kind === "fulfill") return `fulfilled: ${f.company} ${f.trackingNumber}`;
  const e = f.events[f.events.length - 1];
  return `${e.status}: ${e.message} — ${e.place.city}`;
}
