/** Browsers ask for /favicon.ico on every app page; answer quietly instead of a logged 404. */
export const loader = () =>
  new Response(null, { status: 204, headers: { "Cache-Control": "public, max-age=86400" } });
