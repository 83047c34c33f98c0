import type { notificationsEn } from "../locales/notifications.en";

/** A template problem the admin can say in the merchant's language: a key of `templates.problems`. */
export type TemplateProblemCode = keyof (typeof notificationsEn)["templates"]["problems"];

/** One problem with a template as the editor shows it, under its field. */
export interface ShownProblem {
  field: "subject" | "body";
  line?: number;
  /** Null for wording this table does not know yet: the page shows `message`, the server's English. */
  code: TemplateProblemCode | null;
  params: Record<string, string | number>;
  message: string;
}

const quoted = (text: string) => `\`${text}\``;

/**
 * The template validator's wording (app/notifications/templates/validate.server.ts and errors.ts) read back
 * into a code and its values. First match wins; anything unknown keeps its English text.
 */
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => [TemplateProblemCode, Record<string, string>]]> = [
  [/^The subject is empty$/, () => ["emptySubject", {}]],
  [/^The message is empty$/, () => ["emptyBody", {}]],
  [
    /^The (subject|message) is too long: ([\d,.]+) characters \(the limit is ([\d,.]+)\)$/,
    (m) => [m[1] === "subject" ? "tooLongSubject" : "tooLongBody", { count: m[2], max: m[3] }],
  ],
  [
    /^With sample data the message is ([\d,.]+) characters \(the limit is ([\d,.]+)\)$/,
    (m) => ["renderedTooLong", { count: m[1], max: m[2] }],
  ],
  [
    /^Invisible control character (U\+[0-9A-F]+) on line (\d+): remove it$/,
    (m) => ["controlCharacter", { char: m[1], line: m[2] }],
  ],
  [
    /^Unknown variable `(.+?)` on line (\d+) \(did you mean `(.+)`\?\)$/,
    (m) => ["unknownVariableHint", { variable: quoted(m[1]), line: m[2], suggestion: quoted(m[3]) }],
  ],
  [
    /^Unknown variable `(.+?)` on line (\d+)$/,
    (m) => ["unknownVariable", { variable: quoted(m[1]), line: m[2] }],
  ],
  [
    /^`(.+?)` on line (\d+) fails when the order has no items or the value is empty: check it first, e\.g\. with `(.+)`$/,
    (m) => ["failsWhenEmpty", { variable: quoted(m[1]), line: m[2], example: quoted(m[3]) }],
  ],
  [/^Unknown filter `(.+?)` on line (\d+)$/, (m) => ["unknownFilter", { filter: quoted(m[1]), line: m[2] }]],
  [/^Unknown tag `(.+?)` on line (\d+)$/, (m) => ["unknownTag", { tag: quoted(m[1]), line: m[2] }]],
  [/^Tag `(\w+)` is not allowed on line (\d+)$/, (m) => ["tagNotAllowed", { tag: quoted(m[1]), line: m[2] }]],
  [
    /^Unclosed `(\w+)` tag on line (\d+): add `(.+)`$/,
    (m) => ["unclosedTag", { tag: quoted(m[1]), line: m[2], fix: quoted(m[3]) }],
  ],
  [
    /^`(\{% end\w+ %\})` without a matching `\{% \w+ %\}` on line (\d+)$/,
    (m) => ["strayEnd", { end: quoted(m[1]), line: m[2] }],
  ],
  [
    /^Unclosed `\{\{` on line (\d+): close it with `\}\}`$/,
    (m) => ["unclosedOutput", { open: quoted("{{"), close: quoted("}}"), line: m[1] }],
  ],
  [
    /^Unclosed `\{%` on line (\d+): close it with `%\}`$/,
    (m) => ["unclosedTagMarker", { open: quoted("{%"), close: quoted("%}"), line: m[1] }],
  ],
  [/^Incomplete `(\w+)` tag on line (\d+)$/, (m) => ["incompleteTag", { tag: quoted(m[1]), line: m[2] }]],
  [
    /^Filter `(\w+)` is missing an argument on line (\d+)$/,
    (m) => ["filterArgument", { filter: quoted(m[1]), line: m[2] }],
  ],
  [/^Template stopped on line (\d+): it builds too much text/, (m) => ["tooMuchText", { line: m[1] }]],
  [/^Template stopped on line (\d+): it took too long/, (m) => ["tooSlow", { line: m[1] }]],
  [/^Template too long on line (\d+)$/, () => ["templateTooLong", {}]],
];

/** A validator problem (or a zod field error about the template) as the editor shows it. */
export function shownProblem(problem: { field: string; message: string; line?: number }): ShownProblem {
  const field = problem.field === "subject" ? "subject" : "body";
  for (const [pattern, read] of PATTERNS) {
    const match = problem.message.match(pattern);
    if (match) {
      const [code, params] = read(match);
      return { field, line: problem.line, code, params, message: problem.message };
    }
  }
  return { field, line: problem.line, code: null, params: {}, message: problem.message };
}
