/**
 * The notifications page's copy (route app.notifications.tsx), merged into the admin messages as
 * `notifications`. German follows key for key in notifications.de.ts.
 */
export const notificationsEn = {
  title: "Notifications",
  subtitle: "Every message Parcelwise sent your customers, and why any was not sent",
  status: {
    SENT: "Sent",
    PENDING: "Waiting",
    FAILED: "Failed",
    SKIPPED: "Not sent",
  },
  filter: {
    label: "Show",
    all: "All messages",
  },
  empty: {
    heading: "No notifications yet",
    body: "Messages appear here as your orders ship, move and arrive.",
  },
  resourceSingular: "notification",
  resourcePlural: "notifications",
  columns: {
    order: "Order",
    milestone: "Milestone",
    channel: "Channel",
    status: "Status",
    to: "To",
    when: "When",
    details: "Details",
  },
  nextAttempt: "(attempt {attempt} next)",
  /** Notification milestones (app/notifications/templates/labels.ts). */
  milestones: {
    SHIPPED: "Shipped",
    IN_TRANSIT: "In transit",
    OUT_FOR_DELIVERY: "Out for delivery",
    ATTEMPTED_DELIVERY: "Delivery attempted",
    READY_FOR_PICKUP: "Ready for pickup",
    DELIVERED: "Delivered",
    EXCEPTION: "Delivery problem",
    DELAYED: "Delayed",
    STALLED: "No tracking updates",
    NEW_ESTIMATE: "New delivery date",
  },
  channels: {
    email: "Email",
    sms: "SMS",
    whatsapp: "WhatsApp",
    klaviyo: "Klaviyo",
  },
  locales: {
    en: "English",
    de: "German",
    fr: "French",
    es: "Spanish",
    it: "Italian",
    nl: "Dutch",
  },
  preview: {
    heading: "Preview",
    milestone: "Milestone",
    channel: "Channel",
    language: "Language",
    emailFrame: "Email preview",
    sendToEmail: "Send a test to (email)",
    sendToPhone: "Send a test to (phone, +…)",
    send: "Send test",
    sent: "Test message sent.",
  },
};
