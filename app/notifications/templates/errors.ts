import { LiquidError } from "liquidjs";

/**
 * A template that cannot be parsed or rendered, with a message written for the merchant who wrote it
 * ("Unknown variable `custmer.first_name` on line 2") and the position when liquidjs knows it.
 */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** What went wrong, and optionally what to do about it; the line number goes between the two. */
type Wording = [what: string, fix?: string];

/** liquidjs's wording (without its ", line:x, col:y" suffix) → ours. Order matters: first match wins. */
const REWORDINGS: Array<[RegExp, (m: RegExpMatchArray) => Wording]> = [
  [/^undefined filter: (.+)$/, (m) => [`Unknown filter \`${m[1]}\``]],
  [
    /^tag \{%-?\s*(\w+)[\s\S]*%\} not closed$/,
    (m) => [`Unclosed \`${m[1]}\` tag`, `add \`{% end${m[1]} %}\``],
  ],
  [/^tag "end(\w+)" not found$/, (m) => [`\`{% end${m[1]} %}\` without a matching \`{% ${m[1]} %}\``]],
  [/^tag "(\w+)" not found$/, (m) => [`Unknown tag \`${m[1]}\``]],
  [/^output "[\s\S]*" not closed$/, () => ["Unclosed `{{`", "close it with `}}`"]],
  [/^tag "[\s\S]*" not closed$/, () => ["Unclosed `{%`", "close it with `%}`"]],
  [/^illegal tag: \{%-?\s*(\w+)/, (m) => [`Incomplete \`${m[1]}\` tag`]],
  [/^(\w+) expect \d+ arguments?$/, (m) => [`Filter \`${m[1]}\` is missing an argument`]],
  [
    /^memory alloc limit exceeded$/,
    () => ["Template stopped", "it builds too much text (is a loop running too often?)"],
  ],
  [
    /^template render limit exceeded$/,
    () => ["Template stopped", "it took too long to render (is a loop running too often?)"],
  ],
  [/^parse length limit exceeded$/, () => ["Template too long"]],
];

/**
 * liquidjs names only the first missing segment (`custmer` for `custmer.first_name`); the merchant
 * recognises the whole expression, so it is read back from the tag or output that failed.
 */
function fullVariable(name: string, tokenText: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = tokenText.match(new RegExp(`(?<![\\w.])${escaped}(?:\\.[\\w-]+|\\[[^\\]]*\\])*`));
  return match ? match[0] : name;
}

function reword(raw: string, tokenText: string): Wording {
  const variable = raw.match(/^undefined variable: (.+)$/);
  if (variable) return [`Unknown variable \`${fullVariable(variable[1], tokenText)}\``];
  for (const [pattern, wording] of REWORDINGS) {
    const match = raw.match(pattern);
    if (match) return wording(match);
  }
  return [raw.charAt(0).toUpperCase() + raw.slice(1)];
}

/** Turns whatever liquidjs threw into a `TemplateError` a merchant can act on. */
export function toTemplateError(error: unknown): TemplateError {
  if (error instanceof TemplateError) return error;
  if (!(error instanceof LiquidError)) {
    return new TemplateError(error instanceof Error ? error.message : String(error));
  }
  // `message` carries liquidjs's own position suffix; the original error has the bare wording.
  const raw = (error.originalError?.message ?? error.message).replace(/, line:\d+, col:\d+$/, "");
  const [line, column] = error.token.getPosition();
  const [what, fix] = reword(raw, error.token.getText());
  return new TemplateError(`${what} on line ${line}${fix ? `: ${fix}` : ""}`, line, column);
}
