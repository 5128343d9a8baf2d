import { describe, expect, it } from "vitest";
import { normalizeHost } from "./host.js";

describe("normalizeHost", () => {
  it.each([
    // Ollama's OLLAMA_HOST convention: no scheme means http and port 11434.
    ["127.0.0.1", "http://127.0.0.1:11434"],
    ["localhost:11500", "http://localhost:11500"],
    [":11434", "http://127.0.0.1:11434"],
    ["0.0.0.0", "http://127.0.0.1:11434"],
    ["0.0.0.0:8080", "http://127.0.0.1:8080"],
    ["[::]:11434", "http://[::1]:11434"],
    ["gpu-box.internal", "http://gpu-box.internal:11434"],
    ["http://127.0.0.1:11434/", "http://127.0.0.1:11434"],
    ["https://ollama.com", "https://ollama.com"],
    ["  http://localhost:11434  ", "http://localhost:11434"],
    // dbt-osmosis's OLLAMA_BASE_URL points at the OpenAI-compatible API.
    ["http://localhost:11434/v1", "http://localhost:11434"],
    ["http://localhost:11434/v1/", "http://localhost:11434"],
    ["http://localhost:11434/api", "http://localhost:11434"],
    ["https://gateway.example.com/ollama/v1", "https://gateway.example.com/ollama"],
    ["gateway.example.com/ollama", "http://gateway.example.com:11434/ollama"],
  ])("%j → %s", (raw, expected) => {
    expect(normalizeHost(raw)).toBe(expected);
  });

  it.each([
    ["", "is empty"],
    ["ftp://files.example.com", "must use http or https"],
    ["http://user:secret@localhost:11434", "must not contain credentials"],
    ["http://[bad", "is not a host"],
  ])("rejects %j", (raw, message) => {
    expect(() => normalizeHost(raw)).toThrowError(message);
  });
});
