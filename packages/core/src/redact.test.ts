import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact.js";

describe("redactSecrets", () => {
  const secrets = [
    ["OpenAI project key", "sk-proj-Xy7aB2cD4eF6gH8iJ0kL1mN3oP5qR7sT9uV"],
    ["Anthropic key", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf"],
    ["Google key", "AIzaSyD3x4mPl3K3y-0123456789abcdefghi"],
    ["Azure OpenAI key", "5f3c9e0a7b1d4e2f8a6c0b9d3e7f1a2c"],
  ];
  it.each(secrets)("hides an %s wherever it appears", (_, key) => {
    const text = `401: Incorrect API key provided: ${key}. Body {"key":"${key}"}`;
    const out = redactSecrets(text);
    expect(out).not.toContain(key);
    expect(out).toContain("[REDACTED]");
  });

  it("hides bearer tokens, api-key headers and query-string keys", () => {
    const out = redactSecrets(
      "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig api-key: 0123456789abcdef0123 url ?key=abcdefghijklmnop&alt=json",
    );
    expect(out).not.toMatch(/eyJhbGci|0123456789abcdef0123|abcdefghijklmnop/);
    expect(out).toContain("alt=json");
  });

  it("hides explicitly given secrets of any shape and leaves ordinary text alone", () => {
    expect(redactSecrets("key is hunter2hunter2", ["hunter2hunter2"])).toBe("key is [REDACTED]");
    const plain = "Model gpt-4o-mini answered in 120 ms with 42 tokens.";
    expect(redactSecrets(plain)).toBe(plain);
  });
});
