import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import db from "../db.server";
import { env } from "../env.server";
import {
  confirmUnsubscribe,
  describeUnsubscribe,
  type UnsubscribeView,
} from "../notifications/unsubscribe.server";

/**
 * The unsubscribe link in every notification email. GET shows what the link stops and asks to confirm
 * (mail scanners follow links; they must not unsubscribe anyone); POST unsubscribes — from the button,
 * or straight from the mail client's one-click unsubscribe (List-Unsubscribe-Post, RFC 8058).
 */
export const loader = async ({ params }: LoaderFunctionArgs) => {
  const view = await describeUnsubscribe(db, env.SHOPIFY_API_SECRET, params.token ?? "");
  return Response.json(view, { status: view.valid ? 200 : 400, headers: PRIVATE });
};

export const action = async ({ params }: ActionFunctionArgs) => {
  const view = await confirmUnsubscribe(db, env.SHOPIFY_API_SECRET, params.token ?? "");
  return Response.json(view, { status: view.valid ? 200 : 400, headers: PRIVATE });
};

const PRIVATE = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
};

export const headers: HeadersFunction = () => PRIVATE;

export const meta: MetaFunction = () => [
  { title: "Email preferences" },
  { name: "robots", content: "noindex" },
];

export default function Unsubscribe() {
  const loaded = useLoaderData<UnsubscribeView>();
  const acted = useActionData<UnsubscribeView>();
  const view = acted ?? loaded;
  return (
    <main
      style={{
        fontFamily: "system-ui, sans-serif",
        maxWidth: 520,
        margin: "4rem auto",
        lineHeight: 1.5,
        padding: "0 1rem",
      }}
    >
      {!view.valid ? (
        <>
          <h1>This link does not work</h1>
          <p>
            It may have been shortened or changed. Use the unsubscribe link in the latest email you received.
          </p>
        </>
      ) : view.unsubscribed ? (
        <>
          <h1>You are unsubscribed</h1>
          <p>
            {view.address} will no longer get shipping updates from {view.shopName}. You can still follow your
            orders on the shop&apos;s tracking page.
          </p>
        </>
      ) : (
        <>
          <h1>Stop shipping updates?</h1>
          <p>
            {view.address} gets an email from {view.shopName} when an order ships, is out for delivery or is
            late.
          </p>
          <Form method="post">
            <button type="submit" style={{ padding: "0.6rem 1.2rem", fontSize: "1rem" }}>
              Unsubscribe
            </button>
          </Form>
        </>
      )}
    </main>
  );
}
