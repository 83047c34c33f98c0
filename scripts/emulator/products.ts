/** What the demo shop sells: a few products with Shopify-sized ids, so line items look real. */
export interface Product {
  productId: number;
  title: string;
  variants: readonly { id: number; title: string; sku: string }[];
  price: string;
}

const p = (
  productId: number,
  title: string,
  price: string,
  variants: [number, string, string][],
): Product => ({
  productId,
  title,
  price,
  variants: variants.map(([id, t, sku]) => ({ id, title: t, sku })),
});

export const PRODUCTS: readonly Product[] = [
  p(8011122330001, "Merino Crew Sweater", "89.00", [
    [45011122330011, "Navy / M", "MCS-NAV-M"],
    [45011122330012, "Oat / L", "MCS-OAT-L"],
  ]),
  p(8011122330002, "Waxed Canvas Weekender", "149.00", [[45011122330021, "Olive", "WCW-OLV"]]),
  p(8011122330003, "Stoneware Pour-Over Set", "54.00", [[45011122330031, "Speckled White", "SPO-WHT"]]),
  p(8011122330004, "Linen Duvet Cover", "129.00", [
    [45011122330041, "Sage / Queen", "LDC-SAG-Q"],
    [45011122330042, "Sand / King", "LDC-SND-K"],
  ]),
  p(8011122330005, "Trail Running Socks (3-pack)", "24.00", [
    [45011122330051, "Charcoal / 39-42", "TRS-CHR-M"],
  ]),
  p(8011122330006, "Beeswax Candle Trio", "32.00", [[45011122330061, "Unscented", "BCT-UNS"]]),
  p(8011122330007, "Leather Card Holder", "39.00", [
    [45011122330071, "Cognac", "LCH-COG"],
    [45011122330072, "Black", "LCH-BLK"],
  ]),
];
