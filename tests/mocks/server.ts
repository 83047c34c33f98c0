import { setupServer } from "msw/node";

/**
 * One msw server for every test file. Handlers per upstream live beside this file (shopify-admin.ts,
 * twilio.ts, klaviyo.ts, seventeentrack.ts) and are installed by the tests that need them with
 * `server.use(...)`; any request nobody handles fails the test, so nothing reaches the network by accident.
 */
export const server = setupServer();
