-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN "detectedCarrier" TEXT;

-- CreateTable
CREATE TABLE "CarrierFeed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "carrierCode" INTEGER,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "registeredAt" DATETIME,
    "lastPushAt" DATETIME,
    "lastPolledAt" DATETIME,
    "nextPollAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CarrierFeed_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CarrierFeed_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CarrierFeed_provider_number_idx" ON "CarrierFeed"("provider", "number");

-- CreateIndex
CREATE INDEX "CarrierFeed_shopId_idx" ON "CarrierFeed"("shopId");

-- CreateIndex
CREATE UNIQUE INDEX "CarrierFeed_shipmentId_provider_number_key" ON "CarrierFeed"("shipmentId", "provider", "number");
