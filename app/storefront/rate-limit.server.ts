/**
 * Fixed-window counters in this process's memory: enough to stop one client guessing order numbers
 * through one app instance. Several instances each keep their own count, so the real limit is per
 * instance; a shared store (Redis, PostgreSQL) can replace this behind the same function.
 */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const windows = new Map<string, { start: number; count: number }>();
const MAX_KEYS = 100_000;

export function takeToken(key: string, rule: RateLimit, now = Date.now()): RateDecision {
  let window = windows.get(key);
  if (!window || now - window.start >= rule.windowMs) {
    if (windows.size >= MAX_KEYS) sweep(now, rule.windowMs);
    window = { start: now, count: 0 };
    windows.set(key, window);
  }
  window.count++;
  if (window.count <= rule.limit) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((window.start + rule.windowMs - now) / 1000)),
  };
}

/** Forgets every counter (tests). */
export function resetRateLimits(): void {
  windows.clear();
}

function sweep(now: number, windowMs: number): void {
  for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
  // Still full (a flood of distinct keys): start over rather than grow without bound.
  if (windows.size >= MAX_KEYS) windows.clear();
}
