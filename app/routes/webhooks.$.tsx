/** Any /webhooks/… path without a handler: say so plainly instead of a Remix 404 page. */
const unknownTopic = ({ params }: { params: Record<string, string | undefined> }) =>
  Response.json({ error: `Unknown webhook topic: ${params["*"] ?? ""}` }, { status: 404 });

export const action = unknownTopic;
export const loader = unknownTopic;
