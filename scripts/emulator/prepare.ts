import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * What `npm run demo` checks before it starts anything: free ports, a generated Prisma client (a fresh
 * clone has none: app/generated is not committed) and a production build no older than the sources.
 */
export function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Port ${port} (${what}) is already in use. Stop whatever listens there, or pick another port: ${envVar}=<port> npm run demo`
            : `Cannot listen on port ${port} (${what}): ${error.message}`,
        ),
      ),
    );
    probe.once("listening", () => probe.close(() => resolve()));
    probe.listen(port);
  });
}

/** Newest modification time under `target` (a file or a directory tree), 0 when it does not exist. */
function newest(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (max, name) => Math.max(max, newest(path.join(target, name))),
    stat.mtimeMs,
  );
}

export function run(root: string, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export async function ensurePrismaClient(root: string): Promise<void> {
  const client = path.join(root, "app", "generated", "prisma", "client.ts");
  if (newest(client) >= newest(path.join(root, "prisma", "schema.prisma"))) return;
  console.log("• Generating the Prisma clients (npm run prisma:generate)…");
  await run(root, "npm", ["run", "--silent", "prisma:generate"]);
}

export async function ensureBuild(root: string): Promise<void> {
  const built = newest(path.join(root, "build", "server", "index.js"));
  const sources = Math.max(
    ...["app", "vite.config.ts", "package-lock.json", "tsconfig.json"].map((p) => newest(path.join(root, p))),
  );
  if (built && built >= sources) {
    console.log("• Production build is up to date.");
    return;
  }
  console.log(
    built ? "• Sources changed since the last build: npm run build…" : "• No build yet: npm run build…",
  );
  await run(root, "npm", ["run", "--silent", "build"]);
}
