-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN "estimatedDeliveryLatestAt" DATETIME;

-- CreateTable
CREATE TABLE "VariantImage" (
    "shopId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "url" TEXT,
    "fetchedAt" DATETIME,

    PRIMARY KEY ("shopId", "variantId"),
    CONSTRAINT "VariantImage_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "VariantImage_shopId_fetchedAt_idx" ON "VariantImage"("shopId", "fetchedAt");
