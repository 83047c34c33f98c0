import type { ServerResponse } from "node:http";
import type { CaughtMail, MailCatcher } from "./mail-catcher";

/**
 * The emulator's mail pages: what the app sent through the demo's SMTP server (mail-catcher.ts).
 *   /mail             every message, newest first (refreshes itself)     /mail.json  the same as JSON
 *   /mail/<id>        one message: its headers, the HTML part framed, the plain-text part
 *   /mail/<id>/html   the HTML part alone
 * The HTML is rendered from templates a merchant can edit, so it is treated as a stranger's page: served
 * under a CSP that allows no script, no network and no form, and framed with sandbox="" (opaque origin,
 * links inert). The plain-text part below it carries the same links, readable.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});
const languageName = new Intl.DisplayNames(["en"], { type: "language" });
const language = (tag: string) => {
  if (!tag) return "—";
  let name = tag;
  try {
    name = languageName.of(tag) ?? tag;
  } catch {
    // Not a language tag: shown as sent.
  }
  return `<b>${esc(tag)}</b> <small>${esc(name)}</small>`;
};
const HTML_PART_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; sandbox";

const STYLE = `<style>
  body { font: 13px/1.4 system-ui, sans-serif; margin: 24px; color: #303030; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eee; }
  th { background: #f6f6f6; position: sticky; top: 0; } td:nth-child(-n+3) { white-space: nowrap; } small { color: #707070; }
  .counts { display: flex; gap: 20px; flex-wrap: wrap; margin: 12px 0 20px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; } dt { color: #707070; } dd { margin: 0; word-break: break-all; }
  iframe { width: 100%; max-width: 760px; height: 70vh; border: 1px solid #ddd; border-radius: 6px; background: #fff; }
  pre { white-space: pre-wrap; max-width: 760px; background: #f6f6f6; padding: 12px; border-radius: 6px; }
</style>`;

function page(title: string, body: string, refresh = false): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${refresh ? '<meta http-equiv="refresh" content="5">' : ""}
<title>${esc(title)}</title>${STYLE}</head><body>${body}</body></html>`;
}

function listPage(mail: MailCatcher): string {
  const messages = mail.list();
  const byLanguage = new Map<string, number>();
  for (const m of messages) byLanguage.set(m.language, (byLanguage.get(m.language) ?? 0) + 1);
  const counts = [...byLanguage]
    .sort((a, b) => b[1] - a[1])
    .map(([tag, n]) => `<span><b>${n}</b> ${language(tag)}</span>`)
    .join("");
  const rows = messages
    .map(
      (m) => `<tr><td>${time.format(m.receivedAt)}</td><td>${esc(m.to)}</td><td>${language(m.language)}</td>
<td><a href="/mail/${m.id}">${esc(m.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("\n");
  const dropped = mail.received() - messages.length;
  return page(
    "Mail sent by the app",
    `<h1>Mail sent by the app</h1>
<p>Every email Parcelwise sent through the demo's SMTP server, newest first. <a href="/">← Shop emulator</a> · <a href="/mail.json">JSON</a></p>
<div class="counts"><span><b>${mail.received()}</b> received</span>${counts}</div>
${dropped > 0 ? `<p><small>The oldest ${dropped} are no longer kept.</small></p>` : ""}
${
  rows
    ? `<table><thead><tr><th>Received (UTC)</th><th>To</th><th>Language</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : "<p>Nothing yet. The app writes when a parcel ships, is out for delivery, is delivered, runs late or goes quiet.</p>"
}`,
    true,
  );
}

const field = (name: string, value: string) => `<dt>${name}</dt><dd>${value}</dd>`;
/** A link to the unsubscribe page the email offers, at the address the app actually serves it on. */
const unsubscribeHere = (m: CaughtMail, servedLink: (url: string) => string) => {
  const link = m.listUnsubscribe.replace(/^<|>$/g, "");
  return link ? ` <a href="${esc(servedLink(link))}">open it</a>` : "";
};

function messagePage(m: CaughtMail, mail: MailCatcher, servedLink: (url: string) => string): string {
  const nav = [
    mail.get(m.id + 1) ? `<a href="/mail/${m.id + 1}">← Newer</a>` : "",
    `<a href="/mail">All mail</a>`,
    mail.get(m.id - 1) ? `<a href="/mail/${m.id - 1}">Older →</a>` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return page(
    m.subject,
    `<p>${nav}</p><h1>${esc(m.subject || "(no subject)")}</h1>
<dl>${field("From", esc(m.from))}${field("To", esc(m.to))}${field("Language", language(m.language))}
${field("Received", `${time.format(m.receivedAt)} UTC`)}${field("Message-ID", `<code>${esc(m.messageId)}</code>`)}
${field("List-Unsubscribe", `<code>${esc(m.listUnsubscribe)}</code>${unsubscribeHere(m, servedLink)}`)}</dl>
<h2>HTML</h2>
${m.html ? `<iframe sandbox="" src="/mail/${m.id}/html" title="HTML part"></iframe>` : "<p>No HTML part.</p>"}
<h2>Plain text</h2><pre>${esc(m.text)}</pre>`,
  );
}

/** Answers the /mail routes; false for any other path. `servedLink` maps an app link to where it is served. */
export function serveMail(
  pathname: string,
  res: ServerResponse,
  mail: MailCatcher,
  servedLink: (url: string) => string,
): boolean {
  const html = (body: string) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body);
  if (pathname === "/mail" || pathname === "/mail/") {
    html(listPage(mail));
    return true;
  }
  if (pathname === "/mail.json") {
    const list = mail.list().map(({ html: _html, text: _text, ...summary }) => summary);
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(list, null, 2));
    return true;
  }
  const match = pathname.match(/^\/mail\/(\d+)(\/html)?$/);
  if (!match) return false;
  const message = mail.get(Number(match[1]));
  if (!message || (match[2] && !message.html)) {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("No such message (the oldest are dropped).");
  } else if (match[2]) {
    res
      .writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": HTML_PART_CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      })
      .end(message.html);
  } else {
    html(messagePage(message, mail, servedLink));
  }
  return true;
}
