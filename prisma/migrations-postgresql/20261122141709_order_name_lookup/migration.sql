-- CreateIndex
CREATE INDEX "Order_shopId_name_idx" ON "Order"("shopId", "name");
