/**
 * Images of product variants, for the items on the storefront tracking page when their order came by
 * webhook (webhook line items carry no image). One `nodes` call for a batch of ProductVariant ids; a
 * deleted variant answers null. The variant's own image first, else its product's featured media
 * (`Product.featuredImage` is deprecated for `featuredMedia`, whose preview image also covers a video
 * or 3D model). About 6 points a variant, so a batch of 100 stays under the 1,000-point ceiling.
 * Needs the read_products scope.
 */
export const VARIANT_IMAGES_QUERY = `#graphql
  query ParcelwiseVariantImages($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on ProductVariant {
        id
        image {
          url
        }
        product {
          featuredMedia {
            preview {
              image {
                url
              }
            }
          }
        }
      }
    }
  }
`;

export interface GqlVariantImage {
  id: string;
  image: { url: string } | null;
  product: { featuredMedia: { preview: { image: { url: string } | null } | null } | null } | null;
}

export interface VariantImagesQueryResult {
  /** In the order of the ids asked for: null for a deleted variant, `{}` for an id of another type. */
  nodes: Array<GqlVariantImage | Record<string, never> | null>;
}
