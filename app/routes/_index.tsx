import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

/** Shopify opens the app at its URL with ?shop=…; everything else is a short explanation. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return null;
};

export default function Index() {
  return (
    <main
      style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", lineHeight: 1.5 }}
    >
      <h1>Parcelwise</h1>
      <p>
        Tells your customers where their order is before they ask. Install Parcelwise from the Shopify App
        Store and open it from your Shopify admin.
      </p>
    </main>
  );
}
