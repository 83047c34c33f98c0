import type { Locale, MessageChannel, MessageVariables, Milestone } from "../milestones";
import { defaultTemplate } from "./defaults";
import { renderTemplate } from "./engine.server";
import { emailHtml, emailText } from "./layout";
import type { Brand, MessageTemplate } from "./types";
import { singleLine, tidyText } from "./whitespace";

export interface RenderMessageInput {
  milestone: Milestone;
  channel: MessageChannel;
  locale: Locale;
  variables: MessageVariables;
  /** The merchant's own template; the default for milestone, channel and locale when absent. */
  template?: MessageTemplate;
  brand?: Brand;
}

/** A message ready to send: `subject` and `html` for email only. */
export interface RenderedMessage {
  subject?: string;
  text: string;
  html?: string;
}

/**
 * Renders one message. Throws `TemplateError` when a merchant's template fails (validation makes that
 * rare; the render limits can still stop one) — the caller decides whether to fall back to the default.
 */
export function renderMessage(input: RenderMessageInput): RenderedMessage {
  const fallback = defaultTemplate(input.milestone, input.channel, input.locale);
  const template = input.template ?? fallback;
  const body = tidyText(renderTemplate(template.body, input.variables));
  if (input.channel !== "email") return { text: body };

  // An override saved without a subject keeps the default one rather than sending a blank subject.
  const subjectSource = template.subject?.trim() ? template.subject : (fallback.subject ?? "");
  const subject = singleLine(renderTemplate(subjectSource, input.variables));
  const layout = { ...input, subject, body };
  return { subject, text: emailText(layout), html: emailHtml(layout) };
}
