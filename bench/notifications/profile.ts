/**
 * BENCH_PROFILE=1: where the dispatcher's time goes. A CPU profile of this process (the inspector's
 * sampling profiler) summed by who owns the code, Prisma queries timed by model and operation, and the
 * SMTP sends timed end to end. Lanes overlap, so query and send times add up to more than the wall time.
 */
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import type { Db } from "../../app/db.server";
import type { Senders } from "../../app/notifications/deliver.server";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

/** Who owns a sampled function, by its file. */
function owner({ url, functionName }: ProfileNode["callFrame"]): string {
  if (!url) return functionName === "(garbage collector)" ? "GC" : functionName || "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg?.startsWith("@prisma/") || pkg === "better-sqlite3" || pkg === "pg") return `db: ${pkg}`;
  if (pkg) return pkg;
  if (url.includes("/app/generated/")) return "db: generated Prisma client";
  if (url.includes("/app/notifications/templates/")) return "app: templates";
  if (url.includes("/app/")) return `app: ${url.slice(url.lastIndexOf("/app/") + 5)}`;
  if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0]}`;
  return url.slice(url.lastIndexOf("/") + 1);
}

export interface Profiler {
  db: Db;
  senders: Senders;
  stop(): Promise<string[]>;
}

export async function startProfiler(db: Db, senders: Senders): Promise<Profiler> {
  const queries = new Map<string, { count: number; ms: number }>();
  const add = (key: string, ms: number) => {
    const entry = queries.get(key) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += ms;
    queries.set(key, entry);
  };
  const timed = db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const start = performance.now();
        try {
          return await query(args);
        } finally {
          add(`${model ?? "$"}.${operation}`, performance.now() - start);
        }
      },
    },
  }) as unknown as Db;
  const email: Senders["email"] = async (...args) => {
    const start = performance.now();
    try {
      return await senders.email(...args);
    } finally {
      add("SMTP sendEmail", performance.now() - start);
    }
  };
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  const started = performance.now();

  return {
    db: timed,
    senders: { ...senders, email },
    async stop() {
      const wall = performance.now() - started;
      const { profile } = (await session.post("Profiler.stop")) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      session.disconnect();
      const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const name = owner(byNode.get(id)!.callFrame);
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      const total = [...self.values()].reduce((a, b) => a + b, 0);
      const lines = [
        `CPU profile of the dispatcher process (self time by owner, ${wall.toFixed(0)} ms wall):`,
      ];
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) {
        lines.push(
          `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / total).toFixed(1)}%`,
        );
      }
      lines.push("Prisma queries and SMTP sends (wall time, overlapping across lanes):");
      for (const [key, { count, ms }] of [...queries].sort((a, b) => b[1].ms - a[1].ms)) {
        lines.push(
          `  ${key.padEnd(44)} ${String(count).padStart(7)} × ${(ms / count).toFixed(2).padStart(6)} ms = ${ms.toFixed(0).padStart(6)} ms`,
        );
      }
      return lines;
    },
  };
}
