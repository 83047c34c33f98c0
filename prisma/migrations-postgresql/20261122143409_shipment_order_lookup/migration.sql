-- CreateIndex
CREATE INDEX "Shipment_shopId_orderId_shippedAt_idx" ON "Shipment"("shopId", "orderId", "shippedAt");
