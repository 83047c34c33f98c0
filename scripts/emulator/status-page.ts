import { latestEvent } from "./model";
import type { SimStory } from "./shop";

/**
 * The emulator's own page: every order it made, the scenario it follows, what Shopify currently says
 * about its parcel and the last webhook sent for it, plus delivery counters. Refreshes itself.
 */
export interface StatusView {
  shop: string;
  adminUrl: string;
  appUrl: string;
  stories: SimStory[];
  pending: (story: SimStory) => number;
  counters: Record<string, number>;
  failures: string[];
  /** The page of emails the app sent (mail-page.ts), and how many so far. */
  mailUrl: string;
  storefrontUrl: string;
  proxyPageUrl: string;
  mailCount: number;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const ago = (d: Date) => {
  const s = Math.round((Date.now() - d.getTime()) / 1000);
  return s < 90 ? `${s}s ago` : s < 5400 ? `${Math.round(s / 60)} min ago` : `${Math.round(s / 3600)} h ago`;
};
const day = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** What the emulated Shopify says about the order's parcel now (the app should agree). */
export function shopifyStatus(story: SimStory): string {
  const f = story.order.fulfillments[0];
  if (!f) return story.visible ? "unfulfilled" : "not placed yet";
  return latestEvent(f)?.status ?? "fulfilled";
}

export function statusPage(view: StatusView): string {
  const rows = view.stories
    .filter((s) => s.visible)
    .sort((a, b) => b.order.number - a.order.number)
    .map((s) => {
      const f = s.order.fulfillments[0];
      const a = s.order.address;
      const hook = s.lastWebhook;
      const bad = hook && hook.status !== 200;
      return `<tr><td><b>${esc(s.order.name)}</b></td><td>${day.format(s.order.createdAt)}</td>
<td>${esc(`${a.firstName} ${a.lastName}`)} <small>${esc(s.order.locale)}</small></td><td>${esc(`${a.city}, ${a.countryCode}`)}</td>
<td>${esc(f ? f.company : s.carrier.name)}</td><td><code>${esc(f?.trackingNumber ?? "")}</code></td>
<td>${esc(s.scenario)}</td><td><b>${esc(shopifyStatus(s))}</b></td><td>${s.source === "backfill" ? "backfill, then webhooks" : "webhooks"}</td>
<td>${view.pending(s) || ""}</td>
<td class="${bad ? "bad" : ""}">${hook ? `${esc(hook.topic)} → ${hook.status ?? "no answer"} <small>${ago(hook.at)}</small>` : "—"}</td>
<td><small>${esc(s.notes.join("; "))}</small></td></tr>`;
    })
    .join("\n");
  const counters = Object.entries(view.counters)
    .map(
      ([k, v]) =>
        `<span class="${k.startsWith("non-200") && v > 0 ? "bad" : ""}"><b>${v}</b> ${esc(k)}</span>`,
    )
    .join("");
  const failures = view.failures.length
    ? `<h2>Non-200 answers</h2><pre>${esc(view.failures.join("\n"))}</pre>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>Shop emulator · ${esc(view.shop)}</title>
<style>
  body { font: 13px/1.4 system-ui, sans-serif; margin: 24px; color: #303030; }
  .counters { display: flex; gap: 20px; flex-wrap: wrap; margin: 12px 0 20px; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
  th { background: #f6f6f6; position: sticky; top: 0; } td:nth-child(-n+6) { white-space: nowrap; } .bad { color: #b42318; } small { color: #707070; }
</style></head><body>
<h1>Shop emulator · ${esc(view.shop)}</h1>
<p>Open the app as a merchant would: <a href="${esc(view.adminUrl)}">${esc(view.adminUrl)}</a> · the app's own server: <a href="${esc(view.appUrl)}">${esc(view.appUrl)}</a></p>
<p>What shoppers were told: <a href="${esc(view.mailUrl)}">${esc(view.mailUrl)}</a> (<b>${view.mailCount}</b> emails)</p>
<p>The shop's tracking page (the theme block, through the app proxy): <a href="${esc(view.storefrontUrl)}">${esc(view.storefrontUrl)}</a> · <a href="${esc(view.storefrontUrl)}?locale=de">Deutsch</a></p>
<p>The app's own tracking page, for shops without the block (Liquid through the app proxy, inside the theme): <a href="${esc(view.proxyPageUrl)}">${esc(view.proxyPageUrl)}</a> · <a href="${esc(view.proxyPageUrl)}?locale=de">Deutsch</a></p>
<div class="counters">${counters}</div>
${failures}
<table><thead><tr><th>Order</th><th>Placed (UTC)</th><th>Customer</th><th>Ship to</th><th>Carrier</th><th>Tracking</th>
<th>Scenario</th><th>Shopify says</th><th>App learns via</th><th>Steps to come</th><th>Last webhook</th><th>Anomalies sent</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`;
}
