/**
 * Liquid tags leave the whitespace around them behind: a false `{% if %}` on its own line becomes an
 * empty line. These tidy rendered text so default and merchant templates can be written readably.
 */

/** Email body: lines trimmed, at most one blank line between paragraphs, nothing around the edges. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Subject: one line, single spaces. A newline in a header would end it (or inject another). */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
