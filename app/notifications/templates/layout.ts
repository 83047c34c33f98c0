import type { Locale, MessageVariables, Milestone } from "../milestones";
import { DEFAULTS } from "./defaults";
import { renderTemplate } from "./engine.server";
import { contrast, safeColor, safeUrl, textColorOn, textToHtml } from "./html";
import type { Brand } from "./types";

/** What the layout wraps around a rendered body. */
export interface LayoutInput {
  milestone: Milestone;
  locale: Locale;
  subject: string;
  /** The rendered, tidied plain-text body. */
  body: string;
  variables: MessageVariables;
  brand?: Brand;
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const DEFAULT_ACCENT = "#111827";
const DEFAULT_LINK = "#1d4ed8";

/**
 * Tables and inline styles because Outlook and Gmail ignore most of CSS; the one media query only
 * narrows the padding on phones. Rendered by the escaping engine: every `{{ }}` is HTML-escaped and only
 * the body, built by `textToHtml`, goes through `| raw`.
 */
const EMAIL_LAYOUT = `<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>{{ subject }}</title>
<style>@media only screen and (max-width:620px){.pw-card{padding:24px 20px !important}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;">
<tr><td align="center" style="padding:8px 0 20px;font-family:${FONT};">
{% if logo_url != blank %}<img src="{{ logo_url }}" alt="{{ shop_name }}" width="160" style="display:block;max-width:160px;height:auto;border:0;">{% else %}<span style="font-size:20px;font-weight:700;color:#111827;">{{ shop_name }}</span>{% endif %}
</td></tr>
<tr><td class="pw-card" style="background-color:#ffffff;border-radius:8px;padding:32px 40px;font-family:${FONT};font-size:16px;line-height:1.5;color:#1f2937;">
{{ body_html | raw }}
{% if tracking_page_url != blank %}<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 28px;">
<tr><td align="center" bgcolor="{{ accent }}" style="border-radius:6px;background-color:{{ accent }};">
<a href="{{ tracking_page_url }}" target="_blank" style="display:inline-block;padding:14px 28px;font-family:${FONT};font-size:16px;font-weight:600;color:{{ accent_text }};text-decoration:none;border-radius:6px;">{{ track_label }}</a>
</td></tr>
</table>{% endif %}
{% if summary.size > 0 or items.size > 0 %}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-top:1px solid #e5e7eb;font-size:14px;line-height:1.5;">
{% for row in summary %}<tr>
<td valign="top" style="padding:10px 12px 0 0;color:#6b7280;white-space:nowrap;">{{ row.label }}</td>
<td valign="top" style="padding:10px 0 0;color:#111827;">{% if row.href != blank %}<a href="{{ row.href }}" target="_blank" style="color:{{ link_color }};">{{ row.value }}</a>{% else %}{{ row.value }}{% endif %}</td>
</tr>
{% endfor %}{% if items.size > 0 %}<tr>
<td valign="top" style="padding:10px 12px 0 0;color:#6b7280;white-space:nowrap;">{{ items_label }}</td>
<td valign="top" style="padding:10px 0 0;color:#111827;">{% for item in items %}{{ item }}{% unless forloop.last %}<br>{% endunless %}{% endfor %}</td>
</tr>{% endif %}
</table>{% endif %}
</td></tr>
<tr><td align="center" style="padding:20px 24px;font-family:${FONT};font-size:12px;line-height:1.5;color:#6b7280;">
{{ footer }}{% if unsubscribe_url != blank %} <a href="{{ unsubscribe_url }}" target="_blank" style="color:#6b7280;text-decoration:underline;">{{ unsubscribe_label }}</a>{% endif %}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

interface SummaryRow {
  label: string;
  value: string;
  href: string;
}

/** Order, carrier, tracking number and estimate, each only when known. */
function summaryRows({ milestone, locale, variables: v }: LayoutInput): SummaryRow[] {
  const words = DEFAULTS[locale].layout;
  const rows: SummaryRow[] = [
    { label: words.order, value: v.order.name, href: "" },
    { label: words.carrier, value: v.shipment.carrier, href: "" },
    {
      label: words.trackingNumber,
      value: v.shipment.tracking_number,
      href: safeUrl(v.shipment.tracking_url) ?? "",
    },
    // Once the parcel is delivered, an estimate is history.
    {
      label: words.estimatedDelivery,
      value: milestone === "DELIVERED" ? "" : v.estimated_delivery,
      href: "",
    },
  ];
  return rows.filter((row) => row.value.trim() !== "");
}

function itemLines(variables: MessageVariables): string[] {
  return variables.items.map(
    (item) => `${item.quantity} × ${item.title}${item.variant_title ? ` – ${item.variant_title}` : ""}`,
  );
}

function footerText(input: LayoutInput): string {
  return DEFAULTS[input.locale].layout.footer.replace("{shop}", input.variables.shop.name);
}

/** The HTML part: logo or shop name, the body as paragraphs, the tracking button, a summary, the footer. */
export function emailHtml(input: LayoutInput): string {
  const words = DEFAULTS[input.locale].layout;
  const accent = safeColor(input.brand?.accentColor) ?? DEFAULT_ACCENT;
  // Links take the brand colour only when it stays readable on white.
  const linkColor = contrast(accent, "#ffffff") >= 4.5 ? accent : DEFAULT_LINK;
  const bodyHtml = textToHtml(input.body, {
    paragraph: "margin:0 0 16px;",
    link: `color:${linkColor};`,
  });
  return renderTemplate(
    EMAIL_LAYOUT,
    {
      lang: input.locale,
      subject: input.subject,
      shop_name: input.variables.shop.name,
      logo_url: safeUrl(input.brand?.logoUrl, ["https:"]) ?? "",
      body_html: bodyHtml,
      tracking_page_url: safeUrl(input.variables.tracking_page_url) ?? "",
      track_label: words.trackButton,
      accent,
      accent_text: textColorOn(accent),
      link_color: linkColor,
      summary: summaryRows(input),
      items_label: words.items,
      items: itemLines(input.variables),
      footer: footerText(input),
      unsubscribe_url: safeUrl(input.variables.unsubscribe_url) ?? "",
      unsubscribe_label: words.unsubscribe,
    },
    "html",
  );
}

/** The plain-text part: the same content in the same order as the HTML part. */
export function emailText(input: LayoutInput): string {
  const words = DEFAULTS[input.locale].layout;
  const { colon } = words;
  const blocks = [input.body];
  const trackingPage = safeUrl(input.variables.tracking_page_url);
  if (trackingPage) blocks.push(`${words.trackButton}${colon}${trackingPage}`);
  const summary = summaryRows(input).map((row) => `${row.label}${colon}${row.value}`);
  const items = itemLines(input.variables);
  if (items.length > 0) summary.push(`${words.items}${colon.trimEnd()}`, ...items.map((line) => `- ${line}`));
  if (summary.length > 0) blocks.push(summary.join("\n"));
  const unsubscribe = safeUrl(input.variables.unsubscribe_url);
  blocks.push(
    unsubscribe ? `${footerText(input)}\n${words.unsubscribe}${colon}${unsubscribe}` : footerText(input),
  );
  return blocks.join("\n\n");
}
