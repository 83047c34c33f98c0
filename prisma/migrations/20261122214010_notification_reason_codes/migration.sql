-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "reasonCode" TEXT;
ALTER TABLE "Notification" ADD COLUMN "reasonParams" TEXT;

-- Backfill (docs/decisions/0019-notification-reason-codes.md): rows written before reason codes get the
-- code of the English sentence they hold, matched exactly as the admin matched them until now, with its
-- values. Anything else (a provider's error) keeps none and is shown as written.
UPDATE "Notification"
SET
  "reasonCode" = CASE COALESCE("skipReason", "lastError")
    WHEN 'The app was uninstalled' THEN 'UNINSTALLED'
    WHEN 'The order never arrived from Shopify' THEN 'ORDER_MISSING'
    WHEN 'Waiting for the order' THEN 'WAITING_FOR_ORDER'
    WHEN 'The customer''s data was erased on request' THEN 'ERASED'
    WHEN 'Klaviyo is not connected' THEN 'KLAVIYO_NOT_CONNECTED'
    WHEN 'The order has no email address or phone number' THEN 'NO_CONTACT'
    WHEN 'The order has no email address' THEN 'NO_EMAIL'
    WHEN 'The order has no valid mobile number' THEN 'NO_MOBILE'
    WHEN 'The shopper unsubscribed' THEN 'UNSUBSCRIBED'
    WHEN 'SMS is not set up' THEN 'CHANNEL_NOT_SET_UP'
    WHEN 'WhatsApp is not set up' THEN 'CHANNEL_NOT_SET_UP'
    WHEN 'The shipment no longer exists' THEN 'SHIPMENT_GONE'
    WHEN 'The shipment was cancelled' THEN 'CANCELLED'
    WHEN 'The parcel was delivered since' THEN 'DELIVERED_SINCE'
    WHEN 'The parcel is no longer late' THEN 'NO_LONGER_LATE'
    WHEN 'The parcel moved again' THEN 'MOVED_AGAIN'
    WHEN 'The estimate changed again' THEN 'ESTIMATE_CHANGED'
  END,
  "reasonParams" = CASE COALESCE("skipReason", "lastError")
    WHEN 'SMS is not set up' THEN '{"channel":"sms"}'
    WHEN 'WhatsApp is not set up' THEN '{"channel":"whatsapp"}'
  END
WHERE "skipReason" IS NOT NULL OR "lastError" IS NOT NULL;

-- "Quiet hours in <zone>"
UPDATE "Notification"
SET "reasonCode" = 'QUIET_HOURS', "reasonParams" = json_object('zone', substr(COALESCE("skipReason", "lastError"), 16))
WHERE substr(COALESCE("skipReason", "lastError"), 1, 15) = 'Quiet hours in ' AND length(COALESCE("skipReason", "lastError")) > 15;

-- "Frequency cap: <count> messages for this shipment in 24 hours"
UPDATE "Notification"
SET "reasonCode" = 'FREQUENCY_CAP', "reasonParams" = json_object('count', CAST(substr(COALESCE("skipReason", "lastError"), 16, length(COALESCE("skipReason", "lastError")) - 54) AS INTEGER))
WHERE substr(COALESCE("skipReason", "lastError"), 1, 15) = 'Frequency cap: '
  AND substr(COALESCE("skipReason", "lastError"), length(COALESCE("skipReason", "lastError")) - 38) = ' messages for this shipment in 24 hours'
  AND substr(COALESCE("skipReason", "lastError"), 16, length(COALESCE("skipReason", "lastError")) - 54) <> '' AND substr(COALESCE("skipReason", "lastError"), 16, length(COALESCE("skipReason", "lastError")) - 54) NOT GLOB '*[^0-9]*';

-- "The parcel moved on (now <status, lower case>)"
UPDATE "Notification"
SET "reasonCode" = 'MOVED_ON', "reasonParams" = json_object('status', upper(replace(substr(COALESCE("skipReason", "lastError"), 26, length(COALESCE("skipReason", "lastError")) - 26), ' ', '_')))
WHERE substr(COALESCE("skipReason", "lastError"), 1, 25) = 'The parcel moved on (now '
  AND substr(COALESCE("skipReason", "lastError"), length(COALESCE("skipReason", "lastError"))) = ')'
  AND upper(replace(substr(COALESCE("skipReason", "lastError"), 26, length(COALESCE("skipReason", "lastError")) - 26), ' ', '_')) IN ('PENDING', 'IN_TRANSIT', 'DELAYED', 'OUT_FOR_DELIVERY', 'ATTEMPTED_DELIVERY', 'READY_FOR_PICKUP', 'EXCEPTION', 'DELIVERED', 'CANCELLED');
