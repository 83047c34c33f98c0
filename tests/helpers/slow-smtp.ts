import net from "node:net";

export interface SlowSmtpLink {
  /** `smtp://127.0.0.1:port?ignoreTLS=true`: the test server, reached through the slow link. */
  url: string;
  close(): Promise<void>;
}

const END_OF_DATA = "\r\n.\r\n";

/**
 * A TCP relay in front of a test SMTP server (tests/helpers/smtp.ts) that holds the server's answer to
 * the end of each message's DATA for `acceptDelayMs`. The server has then stored the message but the
 * client does not know yet: the window in which a sender that dies leaves a message sent but not
 * recorded. Everything else passes straight through.
 */
export async function slowSmtpLink(serverPort: number, acceptDelayMs: number): Promise<SlowSmtpLink> {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(serverPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    let tail = "";
    let holdNextReply = false;
    let replies = Promise.resolve();
    client.on("data", (chunk) => {
      // The marker may straddle two chunks; dot-stuffing keeps it out of message bodies.
      const text = tail + chunk.toString("latin1");
      if (text.includes(END_OF_DATA)) holdNextReply = true;
      tail = text.slice(-(END_OF_DATA.length - 1));
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      const hold = holdNextReply;
      holdNextReply = false;
      replies = replies
        .then(() => (hold ? new Promise((resolve) => setTimeout(resolve, acceptDelayMs)) : undefined))
        .then(() => {
          if (!client.destroyed) client.write(chunk);
        });
    });
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", closeBoth);
    client.on("error", closeBoth);
    upstream.on("error", closeBoth);
    // Let held replies out before hanging up on the client.
    upstream.on("close", () => void replies.then(closeBoth));
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const address = relay.address();
  const port = address && typeof address === "object" ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}
