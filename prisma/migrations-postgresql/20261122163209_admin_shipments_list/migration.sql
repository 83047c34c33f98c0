-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "exceptionHandledAt" TIMESTAMP(3),
ADD COLUMN     "exceptionNote" TEXT;

-- CreateIndex
CREATE INDEX "Shipment_shopId_shippedAt_id_idx" ON "Shipment"("shopId", "shippedAt", "id");

-- CreateIndex
CREATE INDEX "Shipment_shopId_status_shippedAt_id_idx" ON "Shipment"("shopId", "status", "shippedAt", "id");

-- CreateIndex
CREATE INDEX "Shipment_shopId_carrier_shippedAt_id_idx" ON "Shipment"("shopId", "carrier", "shippedAt", "id");

-- CreateIndex
CREATE INDEX "Shipment_shopId_status_carrier_shippedAt_id_idx" ON "Shipment"("shopId", "status", "carrier", "shippedAt", "id");
