/**
 * The emulated Shopify admin around the app: a top bar, the admin's navigation with the app's pages
 * (what App Bridge's <ui-nav-menu> would put there), and the app in an iframe, as Shopify hosts it.
 * The frame's URL is mirrored into the address bar (/admin/privacy ⇄ /app/privacy) like the real admin.
 *
 * The app itself lives at /app/* on this origin, not under /admin: Remix hydrates against the URL in
 * the frame, so the frame must show the app's own paths.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function adminShell(shop: string, subPath: string, query: string): string {
  const host = Buffer.from(`admin.shopify.com/store/${shop.replace(".myshopify.com", "")}`).toString(
    "base64url",
  );
  const params = new URLSearchParams(query);
  // The merchant's admin language: ?locale=de on the emulated admin's URL, as Shopify passes it to the app.
  const locale = /^[a-z]{2}(-[A-Z]{2})?$/.test(params.get("locale") ?? "") ? params.get("locale")! : "en";
  for (const [k, v] of Object.entries({ embedded: "1", shop, host, locale })) params.set(k, v);
  const link = (path: string, label: string) =>
    `<a class="sub${subPath === path ? " on" : ""}" href="/admin${path}${locale === "en" ? "" : `?locale=${locale}`}">${esc(label)}</a>`;
  const frameSrc = `/app${subPath}?${params}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parcelwise · ${esc(shop)} · Shopify admin (emulated)</title>
<style>
  body { margin: 0; font: 13px/1.4 system-ui, sans-serif; background: #f1f1f1; display: grid; grid-template: 48px 1fr / 240px 1fr; height: 100vh; }
  header { grid-column: 1 / 3; background: #1a1a1a; color: #e3e3e3; display: flex; align-items: center; gap: 16px; padding: 0 16px; }
  header b { color: #fff; } header a { color: #9fd3ff; margin-left: auto; }
  nav { padding: 12px 8px; display: flex; flex-direction: column; gap: 2px; }
  nav span, nav a { padding: 6px 10px; border-radius: 8px; color: #303030; text-decoration: none; }
  nav span.off { color: #8a8a8a; } nav .app { font-weight: 600; margin-top: 12px; }
  nav a.sub { padding-left: 28px; } nav a.on { background: #fff; font-weight: 600; }
  main { display: flex; flex-direction: column; min-height: 0; }
  .note { margin: 8px 16px 0; padding: 6px 10px; background: #fff4e4; border-radius: 8px; color: #5e4200; }
  iframe { flex: 1; border: 0; margin: 8px 16px 16px; border-radius: 12px; background: #fff; box-shadow: 0 1px 0 #ddd; }
</style></head>
<body>
<header><b>Shopify</b> <span>${esc(shop)}</span> <a href="/">Shop emulator: orders &amp; webhooks →</a></header>
<nav>
  <span class="off">Home</span><span class="off">Orders</span><span class="off">Products</span><span class="off">Customers</span>
  <span class="app">Parcelwise</span>
  ${link("", "Home")}
  ${link("/shipments", "Shipments")}
  ${link("/exceptions", "Exceptions")}
  ${link("/notifications", "Notifications")}
  ${link("/storefront", "Tracking page & chat")}
  ${link("/conversations", "Conversations")}
  ${link("/privacy", "Privacy requests")}
</nav>
<main>
  <div class="note">Emulated admin: App Bridge (cdn.shopify.com) cannot load offline, so this frame signs the app's session tokens and draws its navigation.</div>
  <iframe id="app" title="Parcelwise" src="${esc(frameSrc)}"></iframe>
</main>
<script>
  // Mirror the app's location into the address bar, as Shopify admin does for embedded apps.
  const frame = document.getElementById("app");
  const sync = () => {
    try {
      const framed = frame.contentWindow.location.pathname;
      if (!framed.startsWith("/app")) return;
      const want = "/admin" + framed.slice(4);
      if (location.pathname !== want) history.replaceState(null, "", want);
      for (const a of document.querySelectorAll("nav a.sub")) a.classList.toggle("on", a.pathname === want);
      // <ui-nav-menu> is App Bridge's; without it its links would show inline: this frame draws them.
      const doc = frame.contentDocument;
      if (doc?.head && !doc.getElementById("emulated-admin")) {
        doc.head.insertAdjacentHTML("beforeend", '<style id="emulated-admin">ui-nav-menu { display: none }</style>');
      }
    } catch {}
  };
  frame.addEventListener("load", sync);
  setInterval(sync, 500);
</script>
</body></html>`;
}
