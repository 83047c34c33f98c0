import { useEffect, useRef, useState } from "react";
import { NOTIFICATIONS_PATH, type TemplateChoice } from "../model";
import type { TemplatePreviewResult } from "../templates.server";

/** Typing pauses this long before the wording is rendered again. */
const DEBOUNCE_MS = 350;
const PREVIEW_URL = `${NOTIFICATIONS_PATH}/preview`;

/**
 * The editor's wording rendered with sample data, again each time typing pauses. Plain `fetch` to the
 * preview resource route, not a Remix fetcher: a fetcher action that lands while a save reloads the page
 * completes that reload with its own (stale) data. In the admin, App Bridge adds the session token to
 * the request. A newer edit cancels the request for an older one.
 */
export function useLivePreview(choice: TemplateChoice, subject: string | null, body: string) {
  const [answer, setAnswer] = useState<TemplatePreviewResult | null>(null);
  const [pending, setPending] = useState(false);
  // The wording the shown preview is of: the page's own at first, then the last one answered.
  const answered = useRef({ subject, body });
  const { milestone, channel, locale } = choice;

  useEffect(() => {
    if (answered.current.subject === subject && answered.current.body === body) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setPending(true);
      const form = new URLSearchParams({ milestone, channel, locale, body });
      if (subject !== null) form.set("subject", subject);
      fetch(PREVIEW_URL, { method: "POST", body: form, signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<TemplatePreviewResult>) : null))
        .then((result) => {
          if (result) {
            answered.current = { subject, body };
            setAnswer(result);
          }
          setPending(false);
        })
        // Aborted for a newer edit (which sends its own once typing pauses), or offline: the last
        // preview stays.
        .catch(() => setPending(false));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [subject, body, milestone, channel, locale]);

  return { answer, pending };
}
