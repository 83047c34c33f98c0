/**
 * Message templates: the safe Liquid engine, the default copy in every language, the email layout,
 * validation for merchants' own templates and the sample data their previews use.
 *
 * Server-only through `render.server` / `validate.server`: client code that needs only names imports
 * `./labels` directly.
 */
export { DEFAULTS, defaultTemplate } from "./defaults";
export { LIMITS, renderTemplate, type RenderMode } from "./engine.server";
export { TemplateError } from "./errors";
export { CHANNEL_LABEL, LOCALE_LABEL, MILESTONE_LABEL, statusLabel } from "./labels";
export { formatDeliveryDate, formatDeliveryRange, isLocale, resolveLocale } from "./locale";
export { renderMessage, type RenderedMessage, type RenderMessageInput } from "./render.server";
export { sampleVariables } from "./sample";
export type { Brand, EmailTemplate, LayoutStrings, LocaleDefaults, MessageTemplate } from "./types";
export {
  TEMPLATE_LIMITS,
  validateTemplate,
  type TemplateProblem,
  type TemplateValidation,
  type ValidateTemplateInput,
} from "./validate.server";
