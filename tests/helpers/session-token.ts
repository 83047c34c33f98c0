import { sessionToken as sign } from "../../scripts/emulator/session-token";
import { TEST_API_KEY, TEST_API_SECRET } from "../setup/test-env";

/** A session token for the test app, as App Bridge's `idToken()` makes one (the emulator's signer). */
export function sessionToken(shop: string, options: { secret?: string; expiresIn?: number } = {}): string {
  return sign(shop, TEST_API_KEY, options.secret ?? TEST_API_SECRET, { expiresIn: options.expiresIn });
}
