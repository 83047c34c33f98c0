-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "estimateConfidence" DOUBLE PRECISION,
ADD COLUMN     "estimateLane" TEXT,
ADD COLUMN     "estimateSource" TEXT,
ADD COLUMN     "firstScanAt" TIMESTAMP(3),
ADD COLUMN     "scanDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "countryCode" TEXT;

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
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LaneStat_pkey" PRIMARY KEY ("shopId","key")
);

-- AddForeignKey
ALTER TABLE "LaneStat" ADD CONSTRAINT "LaneStat_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the first carrier scan of delivered shipments, which the lane statistics read (time to first
-- scan). Shipments still moving get theirs from the next tracking update (refresh-status.server.ts).
UPDATE "Shipment" SET "firstScanAt" = (
    SELECT MIN(e."happenedAt") FROM "TrackingEvent" e
    WHERE e."shipmentId" = "Shipment"."id" AND e."deletedAt" IS NULL
      AND e."status" IN ('IN_TRANSIT', 'DELAYED', 'OUT_FOR_DELIVERY', 'ATTEMPTED_DELIVERY', 'READY_FOR_PICKUP')
)
WHERE "status" = 'DELIVERED';
