/**
 * The app's main Admin GraphQL read (the others are the shop's details, shop-query.ts, and variant
 * images, variant-images-query.ts): a page of orders with their fulfillments and tracking events. Page
 * sizes keep the requested cost (orders × (line items + fulfillments × (items + events))) under
 * Shopify's 1,000-point single-query ceiling. Only the order's own line items ask for their image (a
 * point each): a fulfillment's items are the same line items, matched by id (from-graphql.ts).
 *
 * Types are written by hand for this operation: Shopify's codegen preset downloads the Admin schema,
 * which this build cannot reach (docs/decisions/0004-jobs-and-admin-api.md).
 */
export const ORDERS_QUERY = `#graphql
  query ParcelwiseOrders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        legacyResourceId
        name
        email
        phone
        customerLocale
        createdAt
        updatedAt
        processedAt
        cancelledAt
        cancelReason
        displayFinancialStatus
        displayFulfillmentStatus
        customer {
          legacyResourceId
          firstName
          lastName
        }
        shippingAddress {
          name
          firstName
          lastName
          address1
          address2
          zip
          city
          province
          countryCodeV2
          phone
        }
        lineItems(first: 20) {
          nodes {
            ...ParcelwiseLineItem
            image {
              url
            }
          }
        }
        fulfillments(first: 4) {
          legacyResourceId
          name
          status
          createdAt
          updatedAt
          trackingInfo(first: 5) {
            company
            number
            url
          }
          fulfillmentLineItems(first: 20) {
            nodes {
              quantity
              lineItem {
                ...ParcelwiseLineItem
              }
            }
          }
          events(first: 10, sortKey: HAPPENED_AT, reverse: true) {
            nodes {
              id
              status
              message
              happenedAt
              createdAt
              city
              province
              country
              zip
              address1
              latitude
              longitude
              estimatedDeliveryAt
            }
          }
        }
      }
    }
  }

  fragment ParcelwiseLineItem on LineItem {
    id
    title
    variantTitle
    sku
    quantity
    product {
      legacyResourceId
    }
    variant {
      legacyResourceId
    }
  }
`;

export interface GqlLineItem {
  id: string;
  title: string | null;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  product: { legacyResourceId: string } | null;
  variant: { legacyResourceId: string } | null;
}

export interface GqlFulfillmentEvent {
  id: string;
  status: string;
  message: string | null;
  happenedAt: string;
  createdAt: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  address1: string | null;
  latitude: number | null;
  longitude: number | null;
  estimatedDeliveryAt: string | null;
}

export interface GqlFulfillment {
  legacyResourceId: string;
  name: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  trackingInfo: { company: string | null; number: string | null; url: string | null }[];
  fulfillmentLineItems: { nodes: { quantity: number; lineItem: GqlLineItem }[] };
  events: { nodes: GqlFulfillmentEvent[] };
}

export interface GqlAddress {
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  address1: string | null;
  address2: string | null;
  zip: string | null;
  city: string | null;
  province: string | null;
  countryCodeV2: string | null;
  phone: string | null;
}

/** An order's own line item: with the image of its variant (LineItem.image), null when it has none. */
export interface GqlOrderLineItem extends GqlLineItem {
  /** Optional only for callers that build orders without images (the demo's emulated shop). */
  image?: { url: string } | null;
}

export interface GqlOrder {
  legacyResourceId: string;
  name: string;
  email: string | null;
  phone: string | null;
  customerLocale: string | null;
  createdAt: string;
  updatedAt: string;
  processedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string | null;
  customer: { legacyResourceId: string; firstName: string | null; lastName: string | null } | null;
  shippingAddress: GqlAddress | null;
  lineItems: { nodes: GqlOrderLineItem[] };
  fulfillments: GqlFulfillment[];
}

export interface OrdersQueryResult {
  orders: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: GqlOrder[];
  };
}
