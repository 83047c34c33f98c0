import net from "node:net";

export interface SmtpRelay {
  /** `smtp://127.0.0.1:port?ignoreTLS=true`: the test server (tests/helpers/smtp.ts), through this relay. */
  url: string;
  /** Messages a client handed over through this relay (ends of DATA seen). */
  messages(): number;
  close(): Promise<void>;
}

const END_OF_DATA = "\r\n.\r\n";

/**
 * A TCP relay in front of a test SMTP server, one per worker process, so a test can tell which worker
 * sent what. "black-hole" accepts connections and never answers: a sender stays stuck before the server
 * has anything (mid-job, nothing sent yet).
 */
export async function smtpRelay(
  serverPort: number,
  mode: "pass" | "black-hole" = "pass",
): Promise<SmtpRelay> {
  const sockets = new Set<net.Socket>();
  let messages = 0;
  const relay = net.createServer((client) => {
    sockets.add(client);
    client.on("error", () => client.destroy());
    client.on("close", () => sockets.delete(client));
    if (mode === "black-hole") return;
    const upstream = net.connect(serverPort, "127.0.0.1");
    sockets.add(upstream);
    let tail = "";
    client.on("data", (chunk) => {
      // The marker may straddle two chunks; dot-stuffing keeps it out of message bodies.
      const text = tail + chunk.toString("latin1");
      messages += text.split(END_OF_DATA).length - 1;
      tail = text.slice(-(END_OF_DATA.length - 1));
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => void (client.destroyed || client.write(chunk)));
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(upstream);
    };
    client.on("close", closeBoth);
    upstream.on("close", closeBoth);
    upstream.on("error", closeBoth);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const address = relay.address();
  const port = address && typeof address === "object" ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    messages: () => messages,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}
