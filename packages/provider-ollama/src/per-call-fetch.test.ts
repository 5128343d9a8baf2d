// The per-call fetch against a real loopback server: signals linked for a whole call, then unlinked.
import { getEventListeners } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PerCallFetch } from "./per-call-fetch.js";

/** Answers `/stall` with headers and half a body, then nothing; everything else at once. */
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    if (req.url === "/stall") res.write('{"message":');
    else res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("PerCallFetch", () => {
  it("links the call's signal to the SDK's while the call runs, and unlinks both when it ends", async () => {
    const calls = new PerCallFetch();
    const call = new AbortController();
    const sdk = new AbortController();
    const body = await calls.run({ signal: call.signal }, async () => {
      const response = await calls.fetch(`${url}/ok`, { signal: sdk.signal });
      // Still linked after fetch returns: the SDK reads the body after that.
      expect(getEventListeners(call.signal, "abort")).toHaveLength(1);
      return response.json();
    });
    expect(body).toEqual({ ok: true });
    expect(getEventListeners(call.signal, "abort")).toHaveLength(0);
    expect(getEventListeners(sdk.signal, "abort")).toHaveLength(0);
  });

  it("aborts a body still being read when the call's signal fires", async () => {
    const calls = new PerCallFetch();
    const call = new AbortController();
    const reading = calls.run({ signal: call.signal }, async () => {
      const response = await calls.fetch(`${url}/stall`, { signal: new AbortController().signal });
      call.abort(new Error("run stopped"));
      return response.text();
    });
    await expect(reading).rejects.toThrow();
    expect(getEventListeners(call.signal, "abort")).toHaveLength(0);
  });

  it("keeps each call's last response, for the headers ollama-js drops from its errors", async () => {
    const calls = new PerCallFetch();
    const scope: { signal?: AbortSignal; response?: Response } = {};
    await calls.run(scope, async () => (await calls.fetch(`${url}/ok`)).text());
    expect(scope.response?.headers.get("content-type")).toBe("application/json");
  });
});
