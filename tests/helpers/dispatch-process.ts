/**
 * The dispatcher in a process of its own, for tests that kill it mid-send: `node --import tsx
 * tests/helpers/dispatch-process.ts <smtpUrl> <workerId>`, with the test's environment (DATABASE_URL
 * and the app's variables). Runs one dispatch with the app's code, prints the result as JSON, exits.
 */
import { closeMailTransports } from "~/channels/email.server";
import db from "~/db.server";
import { dispatchNotifications } from "~/notifications/dispatch.server";
import { dispatchConfig } from "./notifications";

const [smtpUrl, workerId] = process.argv.slice(2);
const result = await dispatchNotifications(db, dispatchConfig(smtpUrl), { workerId });
console.log(JSON.stringify(result));
await closeMailTransports();
await db.$disconnect();
