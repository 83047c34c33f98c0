import { createHmac, randomUUID } from "node:crypto";
import { TEST_API_KEY, TEST_API_SECRET } from "../setup/test-env";

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * A Shopify session token (App Bridge's `idToken()`): an HS256 JWT signed with the app's secret, naming
 * the shop in `dest` and the app in `aud`.
 */
export function sessionToken(shop: string, options: { secret?: string; expiresIn?: number } = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({
      iss: `https://${shop}/admin`,
      dest: `https://${shop}`,
      aud: TEST_API_KEY,
      sub: "42",
      exp: now + (options.expiresIn ?? 60),
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      sid: randomUUID(),
    }),
  );
  const signature = createHmac("sha256", options.secret ?? TEST_API_SECRET)
    .update(`${header}.${payload}`)
    .digest("base64url");
  return `${header}.${payload}.${signature}`;
}
