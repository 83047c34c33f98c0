import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Encryption at rest for merchants' secrets (Twilio auth token, Klaviyo private key, the shop's SMTP
 * URL). AES-256-GCM with a random 12-byte IV, stored as `v1.<iv>.<tag>.<ciphertext>` in base64url.
 * The version prefix leaves room for a new key or algorithm without guessing what a value is.
 */
const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const HOW_TO_MAKE_A_KEY =
  "ENCRYPTION_KEY must be 32 random bytes, written as base64 (make one with `openssl rand -base64 32`) " +
  "or as 64 hex characters (`openssl rand -hex 32`).";

/** Thrown when a stored secret cannot be read back; never includes the value or the plaintext. */
export class SecretDecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt stored secret: ${reason}`);
    this.name = "SecretDecryptionError";
  }
}

/**
 * Reads the ENCRYPTION_KEY setting: 32 bytes as base64 (standard or url-safe) or as 64 hex characters.
 * The error names the variable and how to make a key, but never echoes what was given.
 */
export function parseEncryptionKey(raw: string): Buffer {
  const value = raw.trim();
  // Hex first: 64 hex characters are also valid base64, of the wrong length.
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const key = Buffer.from(value, "base64");
    if (key.length === KEY_BYTES) return key;
  }
  throw new Error(`Invalid ENCRYPTION_KEY. ${HOW_TO_MAKE_A_KEY}`);
}

/**
 * Encrypts a secret. `context` (e.g. the shop's id) is bound in as additional authenticated data, so a
 * value copied into another shop's row does not decrypt there.
 */
export function encryptSecret(plain: string, key: Buffer, context?: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(context));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${VERSION}.${b64url(iv)}.${b64url(tag)}.${b64url(ciphertext)}`;
}

/**
 * Decrypts a value made by `encryptSecret` with the same key and context. A wrong key, a wrong context
 * and an altered value are indistinguishable by design (GCM only says "not authentic").
 */
export function decryptSecret(stored: string, key: Buffer, context?: string): string {
  assertKey(key);
  const parts = stored.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new SecretDecryptionError(`not a ${VERSION} encrypted value`);
  }
  const [iv, tag, ciphertext] = parts.slice(1).map(fromB64url);
  if (!iv || iv.length !== IV_BYTES || !tag || tag.length !== TAG_BYTES || !ciphertext) {
    throw new SecretDecryptionError("malformed value");
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError("wrong ENCRYPTION_KEY or context, or the value was altered");
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES)
    throw new Error(`Encryption key must be ${KEY_BYTES} bytes. ${HOW_TO_MAKE_A_KEY}`);
}

// The version is part of the authenticated data too, so a value cannot be relabelled as another format.
function additionalData(context: string | undefined): Buffer {
  return Buffer.from(`parcelwise:${VERSION}:${context ?? ""}`, "utf8");
}

function b64url(bytes: Buffer): string {
  return bytes.toString("base64url");
}

function fromB64url(text: string): Buffer | undefined {
  return /^[A-Za-z0-9_-]*$/.test(text) ? Buffer.from(text, "base64url") : undefined;
}
