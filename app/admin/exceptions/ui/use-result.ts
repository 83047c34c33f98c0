import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { InboxActionResult } from "../result";

export type InboxSuccess = Extract<InboxActionResult, { ok: true }>;

/**
 * A modal's form post to the inbox's action. Once it is saved (and the list reloaded without the row),
 * `onDone` is called once; a refusal stays in `errors` for the fields to show.
 */
export function useInboxAction(onDone: (result: InboxSuccess) => void) {
  const fetcher = useFetcher<InboxActionResult>();
  const reported = useRef(false);
  const result = fetcher.data;
  useEffect(() => {
    if (fetcher.state !== "idle" || !result?.ok || reported.current) return;
    reported.current = true;
    onDone(result);
  }, [fetcher.state, result, onDone]);
  const submit = (fields: Record<string, string>) => {
    reported.current = false;
    fetcher.submit(fields, { method: "post" });
  };
  return {
    submit,
    busy: fetcher.state !== "idle",
    errors: result && !result.ok ? result.errors : {},
  };
}
