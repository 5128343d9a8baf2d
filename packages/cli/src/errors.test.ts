// How errors reach the user: the message once, where (unless said), the fix once, no secret.
import { AuthenticationError, LLMConfigError } from "@osmosis/core";
import { SelectorError } from "@osmosis/dbt";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { ExitCode } from "./context.js";
import { exitCodeOf, formatError, UsageError } from "./errors.js";

const plain = createColors(false);

describe("formatError", () => {
  it("prints the fix once, even when the message already ends with it", () => {
    const error = new LLMConfigError("OPENAI_API_KEY is not set.", {
      field: "providers.openai.apiKey",
      hint: "Set it, or add providers.openai.apiKey to osmosis.config.ts.",
    });
    const text = formatError(error, plain);
    expect(text.match(/Set it, or add/g)?.length).toBe(1);
    expect(text).toMatch(/^error OPENAI_API_KEY is not set\.\n/);
    expect(text).toMatch(/^ {2}fix {3}Set it/m);
  });

  it("says where only what the message does not", () => {
    const named = new LLMConfigError(
      "Invalid configuration in osmosis.config.json: temperature …",
      {
        file: "osmosis.config.json",
        field: "temperature",
      },
    );
    expect(formatError(named, plain)).not.toMatch(/where/);
    const unnamed = new LLMConfigError("A value is wrong.", {
      file: "osmosis.config.ts",
      field: "model",
    });
    expect(formatError(unnamed, plain)).toMatch(/^ {2}where osmosis\.config\.ts: model$/m);
  });

  it("never prints a secret it is given, nor one shaped like a vendor's key", () => {
    const key = "gw-0123456789abcdef0123";
    const text = formatError(
      new Error(`rejected key ${key} and sk-proj-abcdefghijklmnopqrstuvwxyz012345`),
      plain,
      [key],
    );
    expect(text).not.toContain(key);
    expect(text).not.toContain("sk-proj-abcdefghijklmnopqrstuvwxyz012345");
  });
});

describe("exitCodeOf", () => {
  it("maps reading and configuration errors to 2 and the rest to 1", () => {
    expect(exitCodeOf(new LLMConfigError("x"))).toBe(ExitCode.input);
    expect(exitCodeOf(new SelectorError("bad", { selector: "+@@", position: 1 }))).toBe(
      ExitCode.input,
    );
    expect(exitCodeOf(new UsageError("x"))).toBe(ExitCode.input);
    expect(exitCodeOf(new AuthenticationError("401"))).toBe(ExitCode.failed);
    expect(exitCodeOf(new Error("boom"))).toBe(ExitCode.failed);
  });
});
