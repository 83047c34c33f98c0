-- CreateTable
CREATE TABLE "TrackingNumber" (
    "shopId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,

    PRIMARY KEY ("shopId", "number", "shipmentId"),
    CONSTRAINT "TrackingNumber_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrackingNumber_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TrackingNumber_shipmentId_idx" ON "TrackingNumber"("shipmentId");

-- Backfill: the tracking numbers of existing shipments, normalized as app/shipments/tracking-numbers.server.ts does.
INSERT OR IGNORE INTO "TrackingNumber" ("shopId", "number", "shipmentId")
SELECT "shopId", "number", "shipmentId"
FROM (
    SELECT "s"."shopId",
           upper(replace(replace(replace(replace("j"."value", ' ', ''), char(9), ''), char(10), ''), char(13), '')) AS "number",
           "s"."id" AS "shipmentId"
    FROM "Shipment" AS "s",
         json_each(CASE WHEN json_valid("s"."trackingNumbers") THEN "s"."trackingNumbers" ELSE '[]' END) AS "j"
    WHERE "j"."type" = 'text'
)
WHERE "number" <> '';
