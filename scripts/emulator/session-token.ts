import { createHmac, randomUUID } from "node:crypto";

/**
 * A Shopify session token, as App Bridge's `idToken()` makes one for every request of an embedded app:
 * an HS256 JWT signed with the app's secret, naming the shop in `dest` and the app in `aud`. Short-lived
 * (one minute) like the real ones, so the proxy signs a fresh one per request.
 */
const b64url = (value: string) => Buffer.from(value).toString("base64url");

export function sessionToken(
  shop: string,
  apiKey: string,
  apiSecret: string,
  options: { userId?: string; expiresIn?: number } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({
      iss: `https://${shop}/admin`,
      dest: `https://${shop}`,
      aud: apiKey,
      sub: options.userId ?? "1",
      exp: now + (options.expiresIn ?? 60),
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      sid: randomUUID(),
    }),
  );
  const signature = createHmac("sha256", apiSecret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
