-- DropIndex
DROP INDEX "Shipment_shopId_status_statusAt_idx";

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN "exceptionResolution" TEXT;
ALTER TABLE "Shipment" ADD COLUMN "merchantEstimateAt" DATETIME;

-- CreateIndex
CREATE INDEX "Shipment_shopId_status_statusAt_id_idx" ON "Shipment"("shopId", "status", "statusAt", "id");

-- CreateIndex
CREATE INDEX "Shipment_shopId_status_lateSince_id_idx" ON "Shipment"("shopId", "status", "lateSince", "id");

-- CreateIndex
CREATE INDEX "Shipment_shopId_status_stalledSince_id_idx" ON "Shipment"("shopId", "status", "stalledSince", "id");
