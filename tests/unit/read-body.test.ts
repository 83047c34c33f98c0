import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBodyWithLimit } from "~/ingest/read-body.server";

function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request("https://x.test/", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyWithLimit", () => {
  it("reads multi-byte text across chunk boundaries", async () => {
    const text = "Grüße 🚚 ".repeat(1000);
    const bytes = Buffer.from(text);
    const half = Math.floor(bytes.length / 2) + 1; // splits a multi-byte character
    const request = new Request("https://x.test/", {
      method: "POST",
      body: new ReadableStream({
        start(c) {
          c.enqueue(bytes.subarray(0, half));
          c.enqueue(bytes.subarray(half));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await readBodyWithLimit(request, bytes.length)).toBe(text);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request("https://x.test/", {
      method: "POST",
      body: "small",
      headers: { "content-length": "999999" },
    });
    await expect(readBodyWithLimit(request, 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("refuses a stream that passes the limit even when no length was declared", async () => {
    await expect(readBodyWithLimit(streamed(["a".repeat(60), "b".repeat(60)]), 100)).rejects.toThrow(
      /exceeds 100/,
    );
  });
});
