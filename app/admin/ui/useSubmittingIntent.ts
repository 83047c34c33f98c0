import { useNavigation } from "@remix-run/react";

/** The `intent` of the form being submitted now, or null: which of a page's forms shows its spinner. */
export function useSubmittingIntent(): string | null {
  const navigation = useNavigation();
  if (navigation.state !== "submitting") return null;
  const intent = navigation.formData?.get("intent");
  return typeof intent === "string" ? intent : null;
}
