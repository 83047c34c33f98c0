import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, parseEncryptionKey } from "~/security/secrets.server";

const key = randomBytes(32);
const twilioToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

describe("merchant secrets at rest", () => {
  it("stores a secret as v1.<iv>.<tag>.<ciphertext> and reads it back", () => {
    // given a merchant's Twilio auth token
    // when it is encrypted for their shop
    const stored = encryptSecret(twilioToken, key, "shop_1");

    // then the stored value has the documented shape, does not contain the token, and decrypts
    expect(stored).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(twilioToken);
    expect(decryptSecret(stored, key, "shop_1")).toBe(twilioToken);
  });

  it("uses a fresh IV every time, so equal secrets do not look equal", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("round-trips Unicode and the empty string", () => {
    for (const plain of ["", "smtp://ünïcødé:p@ss🚚@mail.example.com:587"]) {
      expect(decryptSecret(encryptSecret(plain, key, "shop_1"), key, "shop_1")).toBe(plain);
    }
  });

  it("does not decrypt a value copied into another shop's row", () => {
    // given shop A's encrypted Klaviyo key
    const stored = encryptSecret("pk_live_shop_a", key, "shop_a");

    // when shop B's settings hold a copy of it
    // then it does not decrypt for shop B, and the error does not reveal the key
    expect(() => decryptSecret(stored, key, "shop_b")).toThrowError(/Cannot decrypt stored secret/);
    expect(() => decryptSecret(stored, key)).toThrowError(/Cannot decrypt stored secret/);
    expect(errorMessage(() => decryptSecret(stored, key, "shop_b"))).not.toContain("pk_live_shop_a");
  });

  it("refuses a wrong key", () => {
    const stored = encryptSecret(twilioToken, key, "shop_1");
    expect(() => decryptSecret(stored, randomBytes(32), "shop_1")).toThrowError(/wrong ENCRYPTION_KEY/);
  });

  it("detects tampering with any part", () => {
    const stored = encryptSecret(twilioToken, key, "shop_1");
    const parts = stored.split(".");
    for (const index of [1, 2, 3]) {
      const altered = [...parts];
      const bytes = Buffer.from(altered[index], "base64url");
      bytes[0] ^= 0x01;
      altered[index] = bytes.toString("base64url");
      expect(() => decryptSecret(altered.join("."), key, "shop_1")).toThrowError(
        /Cannot decrypt stored secret/,
      );
    }
  });

  it("names what is wrong with a malformed value without echoing it", () => {
    expect(() => decryptSecret("plaintext-token", key)).toThrowError(/not a v1 encrypted value/);
    expect(() => decryptSecret("v2.a.b.c", key)).toThrowError(/not a v1 encrypted value/);
    expect(() => decryptSecret("v1.AAAA.BBBB.CCCC", key)).toThrowError(/malformed value/);
    expect(() => decryptSecret("v1.not base64!.x.y", key)).toThrowError(/malformed value/);
    expect(errorMessage(() => decryptSecret("plaintext-token", key))).not.toContain("plaintext-token");
  });
});

describe("ENCRYPTION_KEY", () => {
  it("accepts 32 bytes as base64, url-safe base64 or hex", () => {
    const bytes = randomBytes(32);
    expect(parseEncryptionKey(bytes.toString("base64"))).toEqual(bytes);
    expect(parseEncryptionKey(bytes.toString("base64url"))).toEqual(bytes);
    expect(parseEncryptionKey(bytes.toString("hex"))).toEqual(bytes);
    expect(parseEncryptionKey(`  ${bytes.toString("base64")}\n`)).toEqual(bytes);
  });

  it("refuses anything else with a message that says how to make a key", () => {
    for (const raw of ["", "changeme", randomBytes(16).toString("base64"), randomBytes(31).toString("hex")]) {
      expect(() => parseEncryptionKey(raw)).toThrowError(/ENCRYPTION_KEY[\s\S]*openssl rand -base64 32/);
    }
    expect(errorMessage(() => parseEncryptionKey("changeme"))).not.toContain("changeme");
  });

  it("refuses a key of the wrong length when encrypting", () => {
    expect(() => encryptSecret("x", randomBytes(16))).toThrowError(/32 bytes/);
  });
});

function errorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected an error");
}
