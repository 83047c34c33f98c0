import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { sessionToken } from "./session-token";

/**
 * Plays App Bridge for the framed app: every request the page makes (the document, Remix's `.data`
 * single-fetch loads, `/__manifest` route discovery, `/assets/*`) is forwarded to the app with a fresh
 * `Authorization: Bearer <session token>`, which is what App Bridge adds to an embedded app's fetches.
 * The app then runs its real `authenticate.admin` (token exchange strategy) against the seeded session.
 */
export interface ProxyOptions {
  /** Where the app listens, e.g. http://127.0.0.1:3000. */
  appOrigin: string;
  /** The app's own idea of its URL (SHOPIFY_APP_URL); redirects to it are rewritten to the emulator. */
  appUrl: string;
  shop: string;
  apiKey: string;
  apiSecret: string;
  log: (line: string) => void;
}

export function createAppProxy(options: ProxyOptions) {
  const appOrigins = [options.appOrigin, options.appUrl].map((u) => new URL(u).origin);
  const localize = (value: string) => {
    for (const origin of appOrigins) if (value.startsWith(origin)) return value.slice(origin.length) || "/";
    return value;
  };

  return function proxy(req: IncomingMessage, res: ServerResponse): void {
    const target = new URL(req.url ?? "/", options.appOrigin);
    // The browser's host goes on as X-Forwarded-Host, as a real reverse proxy sends it: Remix refuses a
    // form post whose Origin matches neither (its CSRF check).
    const headers = {
      ...req.headers,
      host: target.host,
      "x-forwarded-host": req.headers.host ?? target.host,
    };
    headers.authorization = `Bearer ${sessionToken(options.shop, options.apiKey, options.apiSecret)}`;
    const upstream = http.request(target, { method: req.method, headers }, (answer) => {
      const out = { ...answer.headers };
      for (const name of ["location", "x-remix-redirect"]) {
        const value = out[name];
        if (typeof value === "string") out[name] = localize(value);
      }
      // The app allows framing by Shopify admin only; this frame stands in for Shopify admin.
      if (typeof out["content-security-policy"] === "string") {
        out["content-security-policy"] = out["content-security-policy"].replace(
          /frame-ancestors /,
          "frame-ancestors 'self' ",
        );
      }
      if (answer.statusCode === 401 || (answer.statusCode ?? 0) >= 500) {
        options.log(`Admin proxy: ${req.method} ${target.pathname} → ${answer.statusCode}`);
      }
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      if (res.headersSent) return void res.destroy(error);
      res
        .writeHead(502, { "Content-Type": "text/plain" })
        .end(`The app is not reachable at ${options.appOrigin}: ${error.message}`);
    });
    req.pipe(upstream);
  };
}
