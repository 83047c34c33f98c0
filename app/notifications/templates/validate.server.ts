import type { MessageChannel, MessageVariables } from "../milestones";
import { globalVariables, renderTemplate } from "./engine.server";
import { TemplateError } from "./errors";
import { sampleVariables } from "./sample";
import { closestPath, emptied, hasPath, variablePaths } from "./variable-paths";
import { tidyText } from "./whitespace";

/** Field limits. SMS allows 1,600 characters because carriers join at most ten 160-character segments. */
export const TEMPLATE_LIMITS = { subject: 200, emailBody: 20_000, shortBody: 1_600 } as const;

/** One thing wrong with a merchant's template, worded for the merchant. */
export interface TemplateProblem {
  field: "subject" | "body";
  message: string;
  line?: number;
  column?: number;
}

export type TemplateValidation = { ok: true } | { ok: false; errors: TemplateProblem[] };

export interface ValidateTemplateInput {
  channel: MessageChannel;
  /** Email only; ignored for SMS and WhatsApp. */
  subject?: string;
  body: string;
}

/** Position of the first control character, or -1. Invisible in the editor, so never what was meant. */
function firstControlCharacter(source: string): number {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // Newline and tab are text; browsers submit textareas with CRLF, so a CR before a newline is too.
    const text = code === 0x09 || code === 0x0a || (code === 0x0d && source.charCodeAt(i + 1) === 0x0a);
    if (!text && (code < 0x20 || (code >= 0x7f && code <= 0x9f))) return i;
  }
  return -1;
}

const SAMPLE: MessageVariables = sampleVariables("en");
const EMPTY: MessageVariables = emptied(SAMPLE);
const KNOWN_PATHS = variablePaths(SAMPLE);

const count = (n: number) => n.toLocaleString("en-US");

/** Length, required and character checks; cheap, and a template failing them is not worth parsing. */
function checkText(field: TemplateProblem["field"], source: string, max: number): TemplateProblem | null {
  const name = field === "subject" ? "The subject" : "The message";
  if (source.trim() === "") return { field, message: `${name} is empty` };
  if (source.length > max) {
    return {
      field,
      message: `${name} is too long: ${count(source.length)} characters (the limit is ${count(max)})`,
    };
  }
  const control = firstControlCharacter(source);
  if (control >= 0) {
    const line = source.slice(0, control).split("\n").length;
    const code = source.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
    return { field, message: `Invisible control character U+${code} on line ${line}: remove it`, line };
  }
  return null;
}

/** Variables the template reads that no message has, including in branches the sample never takes. */
function unknownVariables(field: TemplateProblem["field"], source: string): TemplateProblem[] {
  const problems = new Map<string, TemplateProblem>();
  for (const v of globalVariables(source)) {
    if (hasPath(SAMPLE, v.path) || problems.has(v.text)) continue;
    const suggestion = closestPath(v.text, KNOWN_PATHS);
    const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : "";
    const message = `Unknown variable \`${v.text}\` on line ${v.line}${hint}`;
    problems.set(v.text, { field, message, line: v.line, column: v.column });
  }
  return [...problems.values()];
}

const problem = (field: TemplateProblem["field"], error: TemplateError): TemplateProblem => ({
  field,
  message: error.message,
  line: error.line,
  column: error.column,
});

/** Renders with full sample data, then with every value empty, as a real shipment may have. */
function renderChecks(field: TemplateProblem["field"], source: string, max?: number): TemplateProblem | null {
  try {
    const text = tidyText(renderTemplate(source, SAMPLE));
    if (max !== undefined && text.length > max) {
      return {
        field,
        message: `With sample data the message is ${count(text.length)} characters (the limit is ${count(max)})`,
      };
    }
  } catch (error) {
    if (error instanceof TemplateError) return problem(field, error);
    throw error;
  }
  try {
    renderTemplate(source, EMPTY);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const variable = error.message.match(/^Unknown variable `(.+)` on line/);
    if (!variable) return problem(field, error);
    const message = `\`${variable[1]}\` on line ${error.line} fails when the order has no items or the value is empty: check it first, e.g. with \`{% if items.size > 0 %}\``;
    return { field, message, line: error.line, column: error.column };
  }
  return null;
}

function checkField(
  field: TemplateProblem["field"],
  source: string,
  max: number,
  renderedMax?: number,
): TemplateProblem[] {
  const text = checkText(field, source, max);
  if (text) return [text];
  try {
    const unknown = unknownVariables(field, source);
    if (unknown.length > 0) return unknown;
  } catch (error) {
    if (error instanceof TemplateError) return [problem(field, error)];
    throw error;
  }
  const rendered = renderChecks(field, source, renderedMax);
  return rendered ? [rendered] : [];
}

/**
 * Checks a merchant's template before it is saved: parses it, looks up every variable it reads, and
 * renders it against sample data in strict mode, full and empty. A template that passes cannot fail on a
 * real shipment except by hitting the render limits.
 */
export function validateTemplate(input: ValidateTemplateInput): TemplateValidation {
  const errors =
    input.channel === "email"
      ? [
          ...checkField("subject", input.subject ?? "", TEMPLATE_LIMITS.subject),
          ...checkField("body", input.body, TEMPLATE_LIMITS.emailBody),
        ]
      : checkField("body", input.body, TEMPLATE_LIMITS.shortBody, TEMPLATE_LIMITS.shortBody);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
