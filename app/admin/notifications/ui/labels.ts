import type { Channel, Locale, Milestone } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import type { FieldProblem, SettingsErrors } from "../errors";

/** The admin's names for milestones, channels and template languages, and settings errors in words. */
export function useNotificationLabels() {
  const { t } = useAdminI18n();
  const channel = (value: Channel | string) =>
    isKnown(value, CHANNEL_CODES) ? t(`notifications.channels.${value}`) : value;
  return {
    milestone: (value: Milestone) => t(`notifications.milestones.${value}`),
    channel,
    locale: (value: Locale) => t(`notifications.locales.${value}`),
    /** A refusal under its field, with a channel named in the admin's language. */
    problem: (problem: FieldProblem | undefined) =>
      problem
        ? t(`notifications.settings.errors.${problem.code}`, {
            ...problem.params,
            ...(problem.params?.channel ? { channel: channel(String(problem.params.channel)) } : {}),
          })
        : undefined,
  };
}

/** A function that finds the translated refusal for a field of a save's errors. */
export function useFieldErrors(errors: SettingsErrors | undefined) {
  const { problem } = useNotificationLabels();
  return (field: string) => problem(errors?.[field]);
}

const CHANNEL_CODES = ["email", "sms", "whatsapp", "klaviyo"] as const;

function isKnown<T extends string>(value: string, known: readonly T[]): value is T {
  return (known as readonly string[]).includes(value);
}
