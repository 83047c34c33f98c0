/**
 * The receiving SMTP server, run as its own process (forked by smtp.ts) so the dispatcher has its core
 * to itself, as it would with a real mail server elsewhere. Accepts every message and discards it,
 * keeping only its Message-ID header so the run can check that each outbox row arrived exactly once.
 * Plain text, no AUTH, no STARTTLS (the URL carries ignoreTLS=true), like tests/helpers/smtp.ts.
 *
 * IPC: sends { port } once listening; answers "count" with { received, distinct, withoutId }; takes
 * { latencyMs } to answer each message that much later from then on, as a real relay does (it accepts the
 * DATA only once it has queued the message: tens to hundreds of milliseconds), and confirms with { latencyMs }.
 */
import { SMTPServer } from "smtp-server";

export interface SinkCount {
  received: number;
  distinct: number;
  withoutId: number;
}

const HEADER_END = "\r\n\r\n";
const MESSAGE_ID = /^Message-ID:[ \t]*(<[^>\r\n]+>)/im;

const ids = new Set<string>();
let received = 0;
let withoutId = 0;
let latencyMs = 0;

const server = new SMTPServer({
  secure: false,
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  // Above the dispatcher's pool (3 connections per SMTP URL).
  maxClients: 64,
  onData(stream, _session, callback) {
    let head = "";
    let done = false;
    stream.on("data", (chunk: Buffer) => {
      if (done) return;
      head += chunk.toString("latin1");
      const end = head.indexOf(HEADER_END);
      if (end >= 0 || head.length > 64 * 1024) {
        done = true;
        head = end >= 0 ? head.slice(0, end) : head;
      }
    });
    stream.on("end", () => {
      received++;
      const id = MESSAGE_ID.exec(head)?.[1];
      if (id) ids.add(id);
      else withoutId++;
      if (latencyMs > 0) setTimeout(() => callback(), latencyMs);
      else callback();
    });
  },
});

server.listen(0, "127.0.0.1", () => {
  const address = server.server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
});

process.on("message", (message) => {
  if (typeof message === "object" && message !== null && "latencyMs" in message) {
    latencyMs = Math.max(0, Number((message as { latencyMs: unknown }).latencyMs) || 0);
    process.send?.({ latencyMs });
    return;
  }
  if (message === "count") {
    const count: SinkCount = { received, distinct: ids.size, withoutId };
    process.send?.(count);
  }
});
process.on("disconnect", () => server.close(() => process.exit(0)));
