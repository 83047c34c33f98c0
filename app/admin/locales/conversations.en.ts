/**
 * The chat conversations page's copy (route app.conversations.tsx), merged into the admin messages as
 * `conversations`. German follows key for key in conversations.de.ts.
 */
export const conversationsEn = {
  title: "Chat conversations",
  tabs: {
    escalated: "Handed to you",
    recent: "Recent",
  },
  figures: {
    conversations: "Conversations (30 days)",
    deflected: "Answered without a person",
    escalated: "Handed to you",
    orderStatus: "“Where is my order?” questions",
  },
  empty: {
    heading: "No conversations here yet",
    body: "Chats the assistant hands to your team appear here, with the transcript and the order.",
  },
  order: "Order {name}",
  noOrder: "No order verified",
  handoffEmail: {
    sent: "Emailed to you",
    failed: "Email not delivered",
    queued: "Email queued",
  },
  /** Why a chat was handed to the team (app/chat/handoff-reasons.ts). */
  reasons: {
    human: "The shopper asked for a person",
    repeated_other: "The assistant could not answer",
    not_received: "Marked delivered, but the shopper has not received it",
    stalled: "Parcel stalled in transit",
    label_not_picked_up: "Label created, parcel never picked up by the carrier",
    not_shipped_late: "Order not shipped yet, later than usual",
    change_address: "Change of shipping address requested",
    cancel_order: "Cancellation requested",
  },
  roles: {
    shopper: "Shopper",
    assistant: "Assistant",
  },
};
