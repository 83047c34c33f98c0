import { sessionToken as sign } from "../../scripts/emulator/session-token";
import { TEST_API_KEY, TEST_API_SECRET, TEST_APP_URL } from "../setup/test-env";
import { DEFAULT_SHOP } from "./webhooks";

/** A session token for the test app, as App Bridge's `idToken()` makes one (the emulator's signer). */
export function sessionToken(shop: string, options: { secret?: string; expiresIn?: number } = {}): string {
  return sign(shop, TEST_API_KEY, options.secret ?? TEST_API_SECRET, { expiresIn: options.expiresIn });
}

/**
 * A request from the embedded admin to `path` (below TEST_APP_URL) for `shop`, carrying the session
 * token App Bridge adds; `init` for a method, a body or more headers.
 */
export function adminRequest(path: string, shop = DEFAULT_SHOP, init: RequestInit = {}): Request {
  return new Request(`${TEST_APP_URL}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${sessionToken(shop)}`, ...init.headers },
  });
}

/** A route module's loader or action arguments for `request`. */
export const routeArgs = (request: Request) => ({ request, params: {}, context: {} });
