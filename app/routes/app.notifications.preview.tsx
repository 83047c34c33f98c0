import type { ActionFunctionArgs } from "@remix-run/node";
import { templatePreview } from "../admin/notifications/templates.server";
import db from "../db.server";
import { authenticate } from "../shopify.server";

/**
 * The template editor's live preview: POST the wording being typed (milestone, channel, locale, subject,
 * body), get it rendered with sample data. A resource route fetched outside Remix's router, so a preview
 * never reloads the page's data nor races a save's reload (a fetcher action landing while a navigation
 * reloads would complete that navigation with the fetcher's, possibly stale, data).
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const result = await templatePreview(db, session.shop, await request.formData());
  return result ? Response.json(result) : Response.json({ error: "Unknown template" }, { status: 400 });
};
