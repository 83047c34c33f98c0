import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import {
  readExtensionAsset,
  renderHomePage,
  renderProxyLiquid,
  renderTrackingPage,
} from "../../scripts/emulator/theme-block";
import { call, proxyRequest } from "../helpers/app-proxy";
import { DEFAULT_SHOP } from "../helpers/webhooks";

/**
 * A storefront for end-to-end tests, playing the two parts of Shopify the tracking block and the chat
 * depend on:
 * - the theme: a page that renders the block's Liquid (scripts/emulator/theme-block.ts), a home page
 *   without it, the chat's app embed on both, and the extension's assets;
 * - the app proxy: `/apps/parcelwise/*` is signed as Shopify signs it and handed to the app's proxy
 *   routes, in this process, on the test's database.
 */
export async function startStorefront(
  options: { shop?: string } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const shop = options.shop ?? DEFAULT_SHOP;
  const server: Server = createServer((req, res) => {
    handle(req.method ?? "GET", req.url ?? "/", req.headers, req)
      .then(({ status, type, body, headers }) => {
        res.writeHead(status, { "Content-Type": type, ...headers }).end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { "Content-Type": "text/plain" }).end(String(error));
      });
  });

  async function handle(
    method: string,
    rawUrl: string,
    incoming: IncomingHttpHeaders,
    body: AsyncIterable<unknown>,
  ) {
    const url = new URL(rawUrl, "http://storefront.test");
    if (url.pathname === "/") {
      const locale = url.searchParams.get("locale") ?? "en";
      return {
        status: 200,
        type: "text/html; charset=utf-8",
        body: await renderHomePage(locale),
        headers: {},
      };
    }
    if (url.pathname === "/pages/track") {
      const locale = url.searchParams.get("locale") ?? "en";
      return {
        status: 200,
        type: "text/html; charset=utf-8",
        body: await renderTrackingPage(locale),
        headers: {},
      };
    }
    if (url.pathname.startsWith("/ext-assets/")) {
      const { body: file, type, status } = await readExtensionAsset(url.pathname);
      return { status, type, body: file, headers: {} };
    }
    if (url.pathname === "/apps/parcelwise" || url.pathname.startsWith("/apps/parcelwise/")) {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      const rest = url.pathname.slice("/apps/parcelwise".length);
      const request = proxyRequest(rest + url.search, {
        shop,
        method,
        body: method === "GET" ? undefined : Buffer.concat(chunks),
        headers: {
          Accept: incoming.accept ?? "*/*",
          ...(incoming["content-type"] ? { "Content-Type": incoming["content-type"] } : {}),
        },
      });
      const response = await call(() => proxyRoute(rest, request));
      if (response.headers.get("content-type")?.startsWith("application/liquid")) {
        const locale = url.searchParams.get("locale") ?? "en";
        return {
          status: response.status,
          type: "text/html; charset=utf-8",
          body: await renderProxyLiquid(await response.text(), locale, "Parcelwise Test Shop"),
          headers: {},
        };
      }
      return {
        status: response.status,
        type: response.headers.get("content-type") ?? "application/json",
        body: Buffer.from(await response.arrayBuffer()),
        headers: Object.fromEntries([...response.headers.entries()].filter(([k]) => k !== "content-type")),
      };
    }
    return { status: 404, type: "text/plain", body: "Not found", headers: {} };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function proxyRoute(rest: string, request: Request): Promise<Response> {
  if (rest === "" || rest === "/") {
    const { loader } = await import("~/routes/proxy._index");
    return loader({ request, params: {}, context: {} });
  }
  const asset = /^\/assets\/([^/]+)$/.exec(rest);
  if (asset) {
    const { loader } = await import("~/routes/proxy.assets.$file");
    return loader({ request, params: { file: asset[1] }, context: {} });
  }
  const track = /^\/track\/([^/]+)$/.exec(rest);
  if (track) {
    const { loader } = await import("~/routes/proxy.track.$token");
    return loader({ request, params: { token: track[1] }, context: {} });
  }
  if (rest === "/lookup") {
    const { action } = await import("~/routes/proxy.lookup");
    return action({ request, params: {}, context: {} });
  }
  if (rest === "/chat") {
    const route = (await import("~/routes/proxy.chat" as string)) as {
      action: (args: { request: Request; params: object; context: object }) => Promise<Response>;
    };
    return route.action({ request, params: {}, context: {} });
  }
  if (rest === "/tracking") {
    const route = (await import("~/routes/proxy.tracking" as string)) as {
      action: (args: { request: Request; params: object; context: object }) => Promise<Response>;
    };
    return route.action({ request, params: {}, context: {} });
  }
  return new Response("Not found", { status: 404 });
}
