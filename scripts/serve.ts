/**
 * The production server (`npm run start`): Remix's Express adapter for pages, as remix-serve does, plus
 * a direct path for Shopify's webhooks. A webhook POST goes straight to its route module's action —
 * the same code Remix would call — skipping Remix's document/data machinery, which is the largest cost
 * left on the acknowledgement path (bench/webhooks; docs/decisions/0003).
 *
 * Env: PORT (3000), HOST (all interfaces); the app's own variables are read by app/env.server.ts.
 */
import path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Request as ExpressRequest, type Response as ExpressResponse } from "express";

type Action = (args: {
  request: Request;
  params: Record<string, string>;
  context: unknown;
}) => Promise<Response>;

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const build = (await import(pathToFileURL(path.join(ROOT, "build/server/index.js")).href)) as ServerBuild;

/** "/webhooks/orders/create" → that route's action, from the build's own route table. */
const webhookActions = new Map<string, Action>();
for (const route of Object.values(build.routes)) {
  const action = (route.module as { action?: Action }).action;
  if (route.path?.startsWith("webhooks/") && !route.path.includes("*") && action) {
    webhookActions.set(`/${route.path}`, action);
  }
}

async function webhook(req: ExpressRequest, res: ExpressResponse, action: Action) {
  const url = new URL(req.originalUrl, `http://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const request = new Request(url, {
    method: "POST",
    headers,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: "half",
  } as RequestInit);
  const response = await action({ request, params: {}, context: {} });
  res.status(response.status);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const app = express();
app.disable("x-powered-by");
app.post("/webhooks/*", (req, res, next) => {
  const action = webhookActions.get(req.path);
  if (!action) return next();
  webhook(req, res, action).catch(next);
});
app.use(compression());
app.use(
  build.publicPath,
  express.static(path.join(ROOT, "build/client", build.publicPath), { immutable: true, maxAge: "1y" }),
);
app.use(express.static(path.join(ROOT, "build/client"), { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: "production" }));

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, process.env.HOST || "0.0.0.0", () => {
  console.log(`[parcelwise] listening on http://${process.env.HOST || "localhost"}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
