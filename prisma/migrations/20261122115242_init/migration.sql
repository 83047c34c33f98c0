-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT,
    "expires" DATETIME,
    "accessToken" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "accountOwner" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT,
    "collaborator" BOOLEAN DEFAULT false,
    "emailVerified" BOOLEAN DEFAULT false,
    "refreshToken" TEXT,
    "refreshTokenExpires" DATETIME
);

-- CreateTable
CREATE TABLE "Shop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "domain" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "primaryLocale" TEXT NOT NULL DEFAULT 'en',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "currency" TEXT,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" DATETIME,
    "backfilledAt" DATETIME,
    "reconciledUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopId" TEXT NOT NULL,
    "shopifyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "customerId" TEXT,
    "customerFirstName" TEXT,
    "customerLastName" TEXT,
    "customerLocale" TEXT,
    "shippingName" TEXT,
    "shippingAddress1" TEXT,
    "shippingAddress2" TEXT,
    "shippingZip" TEXT,
    "shippingCity" TEXT,
    "shippingProvince" TEXT,
    "shippingCountryCode" TEXT,
    "shippingPhone" TEXT,
    "financialStatus" TEXT,
    "fulfillmentStatus" TEXT,
    "lineItems" TEXT NOT NULL DEFAULT '[]',
    "processedAt" DATETIME,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT,
    "shopifyUpdatedAt" DATETIME NOT NULL,
    "redactedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Order_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopId" TEXT NOT NULL,
    "orderId" TEXT,
    "orderShopifyId" TEXT NOT NULL,
    "shopifyId" TEXT NOT NULL,
    "name" TEXT,
    "fulfillmentStatus" TEXT,
    "carrier" TEXT,
    "trackingNumbers" TEXT NOT NULL DEFAULT '[]',
    "trackingUrls" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "statusAt" DATETIME,
    "shopifyShipmentStatus" TEXT,
    "estimatedDeliveryAt" DATETIME,
    "deliveredAt" DATETIME,
    "lastEventAt" DATETIME,
    "destinationCity" TEXT,
    "destinationCountry" TEXT,
    "lineItems" TEXT NOT NULL DEFAULT '[]',
    "shippedAt" DATETIME NOT NULL,
    "redactedAt" DATETIME,
    "shopifyUpdatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Shipment_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Shipment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackingEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopId" TEXT NOT NULL,
    "shipmentId" TEXT,
    "fulfillmentShopifyId" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'shopify',
    "externalId" TEXT NOT NULL,
    "rawStatus" TEXT NOT NULL,
    "status" TEXT,
    "message" TEXT,
    "happenedAt" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "city" TEXT,
    "province" TEXT,
    "country" TEXT,
    "zip" TEXT,
    "address1" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "estimatedDeliveryAt" DATETIME,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrackingEvent_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrackingEvent_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookInbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopDomain" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "webhookId" TEXT,
    "topic" TEXT NOT NULL,
    "triggeredAt" DATETIME,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" TEXT,
    "processedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "lockedBy" TEXT,
    "lastError" TEXT,
    "failedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopDomain" TEXT,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "uniqueKey" TEXT,
    "runAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 8,
    "lockedUntil" DATETIME,
    "lockedBy" TEXT,
    "lastError" TEXT,
    "finishedAt" DATETIME,
    "failedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DataRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shopId" TEXT NOT NULL,
    "shopifyRequestId" TEXT,
    "customerShopifyId" TEXT,
    "customerEmail" TEXT,
    "ordersRequested" TEXT NOT NULL DEFAULT '[]',
    "data" TEXT,
    "compiledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DataRequest_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Session_shop_idx" ON "Session"("shop");

-- CreateIndex
CREATE UNIQUE INDEX "Shop_domain_key" ON "Shop"("domain");

-- CreateIndex
CREATE INDEX "Order_shopId_customerId_idx" ON "Order"("shopId", "customerId");

-- CreateIndex
CREATE INDEX "Order_shopId_email_idx" ON "Order"("shopId", "email");

-- CreateIndex
CREATE INDEX "Order_shopId_shopifyUpdatedAt_idx" ON "Order"("shopId", "shopifyUpdatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_shopId_shopifyId_key" ON "Order"("shopId", "shopifyId");

-- CreateIndex
CREATE INDEX "Shipment_shopId_orderShopifyId_idx" ON "Shipment"("shopId", "orderShopifyId");

-- CreateIndex
CREATE INDEX "Shipment_shopId_status_statusAt_idx" ON "Shipment"("shopId", "status", "statusAt");

-- CreateIndex
CREATE INDEX "Shipment_orderId_idx" ON "Shipment"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_shopId_shopifyId_key" ON "Shipment"("shopId", "shopifyId");

-- CreateIndex
CREATE INDEX "TrackingEvent_shopId_fulfillmentShopifyId_idx" ON "TrackingEvent"("shopId", "fulfillmentShopifyId");

-- CreateIndex
CREATE INDEX "TrackingEvent_shipmentId_happenedAt_idx" ON "TrackingEvent"("shipmentId", "happenedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingEvent_shopId_source_externalId_key" ON "TrackingEvent"("shopId", "source", "externalId");

-- CreateIndex
CREATE INDEX "WebhookInbox_processedAt_failedAt_receivedAt_idx" ON "WebhookInbox"("processedAt", "failedAt", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookInbox_shopDomain_receivedAt_idx" ON "WebhookInbox"("shopDomain", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookInbox_shopDomain_eventId_key" ON "WebhookInbox"("shopDomain", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Job_uniqueKey_key" ON "Job"("uniqueKey");

-- CreateIndex
CREATE INDEX "Job_finishedAt_failedAt_runAt_idx" ON "Job"("finishedAt", "failedAt", "runAt");

-- CreateIndex
CREATE INDEX "Job_shopDomain_idx" ON "Job"("shopDomain");

-- CreateIndex
CREATE INDEX "DataRequest_shopId_createdAt_idx" ON "DataRequest"("shopId", "createdAt");
