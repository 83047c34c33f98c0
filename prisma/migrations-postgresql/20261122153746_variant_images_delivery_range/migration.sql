-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "estimatedDeliveryLatestAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VariantImage" (
    "shopId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "url" TEXT,
    "fetchedAt" TIMESTAMP(3),

    CONSTRAINT "VariantImage_pkey" PRIMARY KEY ("shopId","variantId")
);

-- CreateIndex
CREATE INDEX "VariantImage_shopId_fetchedAt_idx" ON "VariantImage"("shopId", "fetchedAt");

-- AddForeignKey
ALTER TABLE "VariantImage" ADD CONSTRAINT "VariantImage_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
