import { CARRIERS, type Carrier } from "./carriers";
import { COUNTRIES, type Country } from "./countries";
import type { IdSequence, ShopOrder } from "./model";
import { PRODUCTS } from "./products";
import type { Random } from "./random";

/** A new order from a random customer somewhere the shop sells, with the carrier that will ship it. */
export interface NewOrder {
  order: ShopOrder;
  country: Country;
  carrier: Carrier;
}

const CURRENCY: Record<string, string> = { US: "USD", GB: "GBP" };
/** "Lefèvre" → "lefevre", for example.com addresses. */
const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();

export function makeOrder(
  r: Random,
  ids: Record<"order" | "customer" | "lineItem", IdSequence>,
  number: number,
  createdAt: Date,
): NewOrder {
  const country = r.pick(COUNTRIES);
  const city = r.pick(country.cities);
  const [firstName, lastName] = [r.pick(country.firstNames), r.pick(country.lastNames)];
  const streetFirst = country.code === "US" || country.code === "GB";
  const order: ShopOrder = {
    id: ids.order.next(),
    name: `#${number}`,
    number,
    createdAt,
    updatedAt: createdAt,
    email: `${ascii(firstName)}.${ascii(lastName)}@example.com`,
    phone: `${country.phonePrefix}${r.digits(2)}`,
    locale: country.locale,
    currency: CURRENCY[country.code] ?? "EUR",
    customerId: ids.customer.next(),
    address: {
      firstName,
      lastName,
      address1: streetFirst ? `${r.int(2, 480)} ${city.street}` : `${city.street} ${r.int(1, 140)}`,
      address2: r.chance(0.2) ? `Apt ${r.int(1, 40)}` : null,
      ...city,
      countryCode: country.code,
      countryName: country.name,
      phone: `${country.phonePrefix}${r.digits(2)}`,
    },
    lineItems: Array.from({ length: r.int(1, 3) }, () => {
      const product = r.pick(PRODUCTS);
      const variant = r.pick(product.variants);
      return {
        id: ids.lineItem.next(),
        productId: product.productId,
        variantId: variant.id,
        title: product.title,
        variantTitle: variant.title,
        sku: variant.sku,
        quantity: r.chance(0.8) ? 1 : 2,
        price: product.price,
      };
    }),
    fulfillments: [],
  };
  // A shop ships most parcels with its main carrier for the market.
  const carrier = CARRIERS[r.chance(0.7) ? country.carriers[0] : r.pick(country.carriers)];
  return { order, country, carrier };
}
