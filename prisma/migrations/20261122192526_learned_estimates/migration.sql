-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN "estimateConfidence" REAL;
ALTER TABLE "Shipment" ADD COLUMN "estimateLane" TEXT;
ALTER TABLE "Shipment" ADD COLUMN "estimateSource" TEXT;
ALTER TABLE "Shipment" ADD COLUMN "firstScanAt" DATETIME;
ALTER TABLE "Shipment" ADD COLUMN "scanDueAt" DATETIME;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN "countryCode" TEXT;

-- CreateTable
CREATE TABLE "LaneStat" (
    "shopId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "transit" TEXT NOT NULL DEFAULT '[]',
    "scan" TEXT NOT NULL DEFAULT '[]',
    "unscanned" INTEGER NOT NULL DEFAULT 0,
    "weekdays" INTEGER NOT NULL,
    "p10" INTEGER,
    "p50" INTEGER,
    "p90" INTEGER,
    "scanP90" INTEGER,
    "computedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shopId", "key"),
    CONSTRAINT "LaneStat_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Backfill: the first carrier scan of delivered shipments, which the lane statistics read (time to first
-- scan). Shipments still moving get theirs from the next tracking update (refresh-status.server.ts).
UPDATE "Shipment" SET "firstScanAt" = (
    SELECT MIN(e."happenedAt") FROM "TrackingEvent" e
    WHERE e."shipmentId" = "Shipment"."id" AND e."deletedAt" IS NULL
      AND e."status" IN ('IN_TRANSIT', 'DELAYED', 'OUT_FOR_DELIVERY', 'ATTEMPTED_DELIVERY', 'READY_FOR_PICKUP')
)
WHERE "status" = 'DELIVERED';
