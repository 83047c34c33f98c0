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
  /**
   * Which job queue runs background jobs (docs/decisions/0016): `auto` picks pg-boss on PostgreSQL (any
   * number of web and worker processes share it) and the in-process `Job` table on SQLite. `table` keeps
   * the table queue on PostgreSQL too (correct with several processes, without pg-boss's tables).
   */
  JOB_QUEUE: z.enum(["auto", "table", "pg-boss"]).default("auto"),
  /**
   * PostgreSQL schema of pg-boss's tables. Default: `pgboss`, or `<schema>_pgboss` when DATABASE_URL names
   * a `?schema=`, so two apps on one database never share a queue.
   */
  JOB_QUEUE_SCHEMA: z
    .string()
    .regex(/^[A-Za-z_]\w{0,49}$/, "must be a PostgreSQL name: letters, digits, underscores, at most 50")
    .optional(),
  /**
   * Seconds a job may run before another worker may take it over (a worker that died holds it that long).
   * Backfill and reconciliation page through the Admin API at Shopify's pace and get at least an hour.
   */
  JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(82_800).default(300),
  /** A failed job's first retry waits this long; each further one twice as long (capped at an hour). */
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
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
  /**
   * 17TRACK's API key (its "security key", sent as `17token`): follows shipments Shopify does not track
   * (docs/decisions/0017-carrier-feeds.md). Unset: nothing is registered and the push endpoint answers 404.
   */
  SEVENTEENTRACK_API_KEY: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  /**
   * The key 17TRACK signs its pushes with (`sign` header). 17TRACK signs with the account's security key,
   * so it defaults to SEVENTEENTRACK_API_KEY; set it only if the two differ.
   */
  SEVENTEENTRACK_WEBHOOK_SECRET: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

/** Variables that only make sense together. */
const checked = schema.superRefine((value, context) => {
  if (value.JOB_QUEUE === "pg-boss" && value.DATABASE_URL.startsWith("file:")) {
    context.addIssue({
      code: "custom",
      path: ["JOB_QUEUE"],
      message: "pg-boss needs a PostgreSQL DATABASE_URL",
    });
  }
});

export type Env = z.infer<typeof schema>;

/** Parses an environment; throws one error naming every bad variable. Exported for tests. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checked.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
