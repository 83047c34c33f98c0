-- CreateTable
CREATE TABLE "TrackingNumber" (
    "shopId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,

    CONSTRAINT "TrackingNumber_pkey" PRIMARY KEY ("shopId","number","shipmentId")
);

-- CreateIndex
CREATE INDEX "TrackingNumber_shipmentId_idx" ON "TrackingNumber"("shipmentId");

-- AddForeignKey
ALTER TABLE "TrackingNumber" ADD CONSTRAINT "TrackingNumber_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingNumber" ADD CONSTRAINT "TrackingNumber_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the tracking numbers of existing shipments, normalized as app/shipments/tracking-numbers.server.ts does.
INSERT INTO "TrackingNumber" ("shopId", "number", "shipmentId")
SELECT "s"."shopId", "n"."number", "s"."id"
FROM "Shipment" AS "s"
CROSS JOIN LATERAL (
    SELECT upper(regexp_replace("j"."value" #>> '{}', '\s', '', 'g')) AS "number"
    FROM jsonb_array_elements("s"."trackingNumbers"::jsonb) AS "j"("value")
    WHERE jsonb_typeof("j"."value") = 'string'
) AS "n"
WHERE "n"."number" <> ''
ON CONFLICT DO NOTHING;
