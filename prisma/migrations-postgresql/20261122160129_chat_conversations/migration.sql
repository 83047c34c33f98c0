-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "customerId" TEXT,
    "orderId" TEXT,
    "contactEmail" TEXT,
    "pendingIntent" TEXT,
    "lastIntent" TEXT,
    "otherStreak" INTEGER NOT NULL DEFAULT 0,
    "turns" INTEGER NOT NULL DEFAULT 0,
    "answeredWithData" BOOLEAN NOT NULL DEFAULT false,
    "escalatedAt" TIMESTAMP(3),
    "escalationReason" TEXT,
    "handoffEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationMessage" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "intent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatSettings" (
    "shopId" TEXT NOT NULL,
    "processingDays" INTEGER NOT NULL DEFAULT 2,
    "replyHours" INTEGER NOT NULL DEFAULT 24,
    "refundPolicyUrl" TEXT,
    "refundPolicySummary" TEXT,
    "llmEnabled" BOOLEAN NOT NULL DEFAULT false,
    "llmBaseUrl" TEXT,
    "llmModel" TEXT,
    "llmApiKeyEncrypted" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatSettings_pkey" PRIMARY KEY ("shopId")
);

-- CreateIndex
CREATE INDEX "Conversation_shopId_createdAt_idx" ON "Conversation"("shopId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_shopId_escalatedAt_idx" ON "Conversation"("shopId", "escalatedAt");

-- CreateIndex
CREATE INDEX "Conversation_shopId_orderId_idx" ON "Conversation"("shopId", "orderId");

-- CreateIndex
CREATE INDEX "Conversation_shopId_customerId_idx" ON "Conversation"("shopId", "customerId");

-- CreateIndex
CREATE INDEX "ConversationMessage_conversationId_createdAt_idx" ON "ConversationMessage"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationMessage_shopId_createdAt_idx" ON "ConversationMessage"("shopId", "createdAt");

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationMessage" ADD CONSTRAINT "ConversationMessage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatSettings" ADD CONSTRAINT "ChatSettings_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
