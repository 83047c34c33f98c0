import { env } from "../env.server";
import type { CarrierFeedProvider } from "./feed";
import { seventeenTrack } from "./seventeentrack/client.server";

/**
 * The deployment's carrier feed: 17TRACK when SEVENTEENTRACK_API_KEY is set, otherwise none (nothing is
 * registered, polled or accepted). Read at each call, so a job or request sees the current configuration.
 */
export function configuredFeed(): CarrierFeedProvider | null {
  const apiKey = env.SEVENTEENTRACK_API_KEY;
  if (!apiKey) return null;
  return seventeenTrack({ apiKey, webhookSecret: env.SEVENTEENTRACK_WEBHOOK_SECRET ?? apiKey });
}
