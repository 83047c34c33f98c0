/** Small, dependency-free HTML helpers for the email layout. */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Bare https links; http and other schemes stay text (a shopper should not be sent to them by a click). */
const LINK = /https:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence rather than the URL ("see https://x.com/a."). */
const TRAILING = /[.,;:!?)\]]+$/;

function linkify(line: string, linkStyle: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    const url = match[0].replace(TRAILING, "");
    const start = match.index;
    html += escapeHtml(line.slice(last, start));
    html += `<a href="${escapeHtml(url)}" style="${linkStyle}">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * Plain text → HTML paragraphs: escaped first, then blank-line-separated blocks become `<p>`, single
 * newlines `<br>`, and bare https links anchors. The merchant writes text, never markup.
 */
export function textToHtml(text: string, styles: { paragraph: string; link: string }): string {
  return text
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n").map((line) => linkify(line, styles.link));
      return `<p style="${styles.paragraph}">${lines.join("<br>")}</p>`;
    })
    .join("\n");
}

/** `#rgb` / `#rrggbb` as lower-case `#rrggbb`, or undefined for anything else (names, rgb(), CSS tricks). */
export function safeColor(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return `#${hex.toLowerCase()}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours (1–21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** White or near-black, whichever reads better on `background` (a merchant's yellow needs dark text). */
export function textColorOn(background: string): string {
  return contrast(background, "#ffffff") >= contrast(background, "#111827") ? "#ffffff" : "#111827";
}

/** The URL if it parses and uses one of `protocols`, else undefined. */
export function safeUrl(
  value: string | undefined,
  protocols: string[] = ["https:", "http:"],
): string | undefined {
  if (!value) return undefined;
  try {
    return protocols.includes(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}
