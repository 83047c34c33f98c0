import { findNumbers } from "./numbers";

export interface Entities {
  orderNumber: string | null;
  email: string | null;
  phone: string | null;
  /** The message with every email, link, order number and phone number blanked out. */
  rest: string;
}

const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_PART = /[\p{L}\p{N}.-]/u;

/**
 * Finds "name@domain.tld" by walking out from each "@", so a long message without one costs a single
 * scan (a regular expression would retry the local part at every position).
 */
function findEmails(text: string): Array<{ start: number; end: number; email: string }> {
  const found: Array<{ start: number; end: number; email: string }> = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_PART.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && DOMAIN_PART.test(text[end])) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
    while (start < at && text[start] === ".") start++;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(domain)) {
      found.push({ start, end, email: text.slice(start, end).toLowerCase() });
    }
  }
  return found;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/** The order number, email and phone number in a message, and the message without them. */
export function extractEntities(message: string): Entities {
  let rest = message;
  const emails = findEmails(rest);
  for (const { start, end } of emails) rest = blank(rest, start, end);
  // Links carry digits (tracking pages, order status URLs) that are neither orders nor phones.
  rest = rest.replace(/\b(?:https?:\/\/|www\.)\S+/giu, (link) => " ".repeat(link.length));
  const numbers = findNumbers(rest);
  for (const [start, end] of numbers.spans) rest = blank(rest, start, end);
  return {
    orderNumber: numbers.orderNumber,
    email: emails[0]?.email ?? null,
    phone: numbers.phone,
    rest: rest.replace(/#/g, " "),
  };
}
