import type { notificationsEn } from "../locales/notifications.en";

/** Why a settings save was refused: a key of the page's `settings.errors` copy. */
export type SettingsErrorCode = keyof (typeof notificationsEn)["settings"]["errors"];

/** One refusal, shown under its field; `params.channel` is a channel's code, translated by the page. */
export interface FieldProblem {
  code: SettingsErrorCode;
  params?: Record<string, string | number>;
}

/** Refusals by field name, "form" for the form as a whole and `rules.<MILESTONE>` for a matrix row. */
export type SettingsErrors = Record<string, FieldProblem>;

/** A save's answer: what was saved, or why nothing was. */
export type SaveResult<Intent extends string> =
  { ok: true; intent: Intent } | { ok: false; intent: Intent | null; errors: SettingsErrors };
