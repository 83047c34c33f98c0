import { z } from "zod";
import { parseSmtpUrl } from "./channels/email.server";
import { parseEncryptionKey } from "./security/secrets.server";

/** Validates an optional value with a parser that throws, reporting its message as the variable's issue. */
function rethrowAsIssue(parse: (raw: string) => unknown) {
  return (raw: string | undefined, context: z.RefinementCtx) => {
    if (!raw) return;
    try {
      parse(raw);
    } catch (error) {
      context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/**
 * The app's configuration, parsed once from `process.env` at boot. Nothing else reads `process.env`:
 * a missing or malformed variable stops the process with a message naming it.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SHOPIFY_API_KEY: z.string().min(1),
  SHOPIFY_API_SECRET: z.string().min(1),
  /** https, as Shopify requires; plain http only on loopback (local development, the demo). */
  SHOPIFY_APP_URL: z
    .url()
    .refine(
      (url) =>
        url.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url),
      { message: "must be an https:// URL (http only for localhost)" },
    ),
  SCOPES: z
    .string()
    .default("read_orders,read_fulfillments,write_app_proxy,read_products,read_themes")
    .transform((value) =>
      value
        .split(",")
        .map((scope) => scope.trim())
        .filter(Boolean),
    ),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  /** `file:./path.sqlite` (SQLite, the embedded default) or `postgresql://…` (production). */
  DATABASE_URL: z
    .string()
    .default("file:./data/parcelwise.sqlite")
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  /** Webhook bodies larger than this are refused with 413 before anything is parsed. */
  WEBHOOK_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /**
   * Origin of the Admin API, e.g. `https://{shop}` in production. `{shop}` is replaced by the shop domain.
   * The demo points it at the local shop emulator.
   */
  SHOPIFY_ADMIN_ORIGIN: z.string().default("https://{shop}"),
  /** Run the background job worker inside the web process (the default for a single SQLite instance). */
  RUN_WORKER: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** How often a worker looks for webhooks other processes accepted (the web process is woken at once). */
  INBOX_POLL_MS: z.coerce.number().int().positive().default(250),
  /** How often the reconciliation job runs per shop, in minutes. */
  RECONCILE_INTERVAL_MINUTES: z.coerce.number().positive().default(60),
  /**
   * The deployment's mail transport, e.g. `smtp://user:pass@smtp.example.com:587` (a shop may set its own
   * in its notification settings). Unset: email notifications wait (retried) until one is configured.
   */
  SMTP_URL: z.string().optional().superRefine(rethrowAsIssue(parseSmtpUrl)),
  /** Sender address for notification emails sent through SMTP_URL; the shop's name is the display name. */
  EMAIL_FROM: z.email().default("notifications@parcelwise.app"),
  /**
   * 32 bytes, base64 or hex (`openssl rand -base64 32`): encrypts merchants' Twilio, Klaviyo and SMTP
   * secrets at rest. Required to save such a secret; changing it makes the stored ones unreadable.
   */
  ENCRYPTION_KEY: z.string().optional().superRefine(rethrowAsIssue(parseEncryptionKey)),
  /** How often delay and stall detection looks for shipments that became due, in seconds. */
  DETECT_INTERVAL_SECONDS: z.coerce.number().positive().default(60),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof schema>;

/** Parses an environment; throws one error naming every bad variable. Exported for tests. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
