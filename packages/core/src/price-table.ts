// The shipped list prices: standard tier, short-context rates, USD per million tokens. Data only:
// the schema and the lookup rules (exact ids, listed aliases, nothing else) are in prices.ts.
// Prices change: add or override them with `prices` in osmosis.config.ts for new, custom or
// discounted models. A model left out here is reported as "cost unknown", never as $0.
//
// Not modelled (the table has one rate per kind of token): long-context tiers (OpenAI GPT-5.4 and
// later above 272K input tokens, Gemini Pro above 200K, Claude Haiku 5.5 above 100K), 1-hour cache
// writes, Batch/Flex/Priority tiers, regional uplifts. `cachedInput` is the cache-read price;
// `cacheWrite` the (5-minute for Anthropic) cache-write price where the vendor bills writes.
import type { z } from "zod";
import type { PriceTableSchema } from "./prices.js";

export const DEFAULT_PRICE_TABLE: z.input<typeof PriceTableSchema> = {
  source: [
    "https://developers.openai.com/api/docs/pricing and https://developers.openai.com/api/docs/models/<id>",
    "https://platform.claude.com/docs/en/about-claude/pricing and https://platform.claude.com/docs/en/models/<model>/overview",
    "https://ai.google.dev/gemini-api/docs/pricing",
    "https://ollama.com/pricing",
    "(standard tier, short context; where a vendor page was not at hand, dated transcriptions of it were cross-checked)",
  ].join("; "),
  date: "2026-11-22",
  currency: "USD",
  models: {
    // ── OpenAI ──────────────────────────────────────────────────────────────────────────────
    // GPT-6 family: cache writes billed at 1.25× input (30-minute retention).
    "gpt-6.2-astra": { input: 8, cachedInput: 0.4, cacheWrite: 10, output: 40 },
    "gpt-6.2-sol": { input: 2, cachedInput: 0.1, cacheWrite: 2.5, output: 10 },
    "gpt-6.1-sol": {
      input: 2,
      cachedInput: 0.1,
      cacheWrite: 2.5,
      output: 10,
      aliases: ["gpt-6.1-sol-2026-09-29"],
    },
    "gpt-6-astra": { input: 10, cachedInput: 1, cacheWrite: 12.5, output: 50 },
    "gpt-6-sol": { input: 2, cachedInput: 0.2, cacheWrite: 2.5, output: 10 },
    "gpt-6-luna": { input: 0.1, cachedInput: 0.01, cacheWrite: 0.125, output: 0.5 },
    // GPT-5.6: cache writes at 1.25× input. gpt-5.6-sol is left out: its $4/$20 rate was a
    // promotion guaranteed only through 2026-11-21, and no later rate was found.
    "gpt-5.6-terra": { input: 2, cachedInput: 0.2, cacheWrite: 2.5, output: 12 },
    "gpt-5.6-luna": { input: 0.2, cachedInput: 0.02, cacheWrite: 0.25, output: 1.2 },
    "gpt-5.5": { input: 5, cachedInput: 0.5, output: 30 },
    "gpt-5.5-pro": { input: 30, output: 180 },
    "gpt-5.4": { input: 2.5, cachedInput: 0.25, output: 15 },
    "gpt-5.4-mini": { input: 0.75, cachedInput: 0.075, output: 4.5 },
    "gpt-5.4-nano": { input: 0.2, cachedInput: 0.02, output: 1.25 },
    "gpt-5.4-pro": { input: 30, output: 180 },
    "gpt-5.2": { input: 1.75, cachedInput: 0.175, output: 14 },
    "gpt-5.2-pro": { input: 21, output: 168 },
    "gpt-5.1": {
      input: 1.25,
      cachedInput: 0.125,
      output: 10,
      aliases: ["gpt-5.1-2025-11-13"],
    },
    "gpt-5.1-codex": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5.1-codex-mini": { input: 0.25, cachedInput: 0.025, output: 2 },
    "gpt-5": { input: 1.25, cachedInput: 0.125, output: 10, aliases: ["gpt-5-2025-08-07"] },
    "gpt-5-mini": {
      input: 0.25,
      cachedInput: 0.025,
      output: 2,
      aliases: ["gpt-5-mini-2025-08-07"],
    },
    "gpt-5-nano": {
      input: 0.05,
      cachedInput: 0.005,
      output: 0.4,
      aliases: ["gpt-5-nano-2025-08-07"],
    },
    "gpt-5-pro": { input: 15, output: 120, aliases: ["gpt-5-pro-2025-10-06"] },
    "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8, aliases: ["gpt-4.1-2025-04-14"] },
    "gpt-4.1-mini": {
      input: 0.4,
      cachedInput: 0.1,
      output: 1.6,
      aliases: ["gpt-4.1-mini-2025-04-14"],
    },
    "gpt-4.1-nano": {
      input: 0.1,
      cachedInput: 0.025,
      output: 0.4,
      aliases: ["gpt-4.1-nano-2025-04-14"],
    },
    "gpt-4o": {
      input: 2.5,
      cachedInput: 1.25,
      output: 10,
      aliases: ["gpt-4o-2024-08-06", "gpt-4o-2024-11-20"],
    },
    // The first gpt-4o snapshot kept its launch price.
    "gpt-4o-2024-05-13": { input: 5, output: 15 },
    "gpt-4o-mini": {
      input: 0.15,
      cachedInput: 0.075,
      output: 0.6,
      aliases: ["gpt-4o-mini-2024-07-18"],
    },
    o3: { input: 2, cachedInput: 0.5, output: 8, aliases: ["o3-2025-04-16"] },
    "o3-pro": { input: 20, output: 80, aliases: ["o3-pro-2025-06-10"] },
    "o3-mini": { input: 1.1, cachedInput: 0.55, output: 4.4, aliases: ["o3-mini-2025-01-31"] },
    "o4-mini": { input: 1.1, cachedInput: 0.275, output: 4.4, aliases: ["o4-mini-2025-04-16"] },
    o1: { input: 15, cachedInput: 7.5, output: 60, aliases: ["o1-2024-12-17"] },
    "o1-pro": { input: 150, output: 600, aliases: ["o1-pro-2025-03-19"] },
    "gpt-3.5-turbo": { input: 0.5, output: 1.5, aliases: ["gpt-3.5-turbo-0125"] },

    // ── Anthropic ───────────────────────────────────────────────────────────────────────────
    // cacheWrite is the 5-minute cache write (1.25× input); cachedInput the cache hit.
    "claude-fable-5-2": { input: 8, cachedInput: 0.2, cacheWrite: 10, output: 40 },
    "claude-fable-5-1": { input: 10, cachedInput: 0.25, cacheWrite: 12.5, output: 50 },
    "claude-mythos-5-1": { input: 10, cachedInput: 0.25, cacheWrite: 12.5, output: 50 },
    "claude-fable-5": { input: 10, cachedInput: 1, cacheWrite: 12.5, output: 50 },
    "claude-mythos-5": { input: 10, cachedInput: 1, cacheWrite: 12.5, output: 50 },
    "claude-opus-5-5": { input: 4, cachedInput: 0.2, cacheWrite: 5, output: 20 },
    "claude-opus-5": { input: 5, cachedInput: 0.5, cacheWrite: 6.25, output: 25 },
    "claude-opus-4-8": { input: 5, cachedInput: 0.5, cacheWrite: 6.25, output: 25 },
    "claude-opus-4-7": { input: 5, cachedInput: 0.5, cacheWrite: 6.25, output: 25 },
    "claude-opus-4-6": { input: 5, cachedInput: 0.5, cacheWrite: 6.25, output: 25 },
    "claude-opus-4-5": {
      input: 5,
      cachedInput: 0.5,
      cacheWrite: 6.25,
      output: 25,
      aliases: ["claude-opus-4-5-20251101"],
    },
    "claude-opus-4-1": {
      input: 15,
      cachedInput: 1.5,
      cacheWrite: 18.75,
      output: 75,
      aliases: ["claude-opus-4-1-20250805"],
    },
    "claude-opus-4-20250514": {
      input: 15,
      cachedInput: 1.5,
      cacheWrite: 18.75,
      output: 75,
      aliases: ["claude-opus-4-0"],
    },
    // Sonnet 5.5 cache hits were cut to 0.05× input on 2026-10-07.
    "claude-sonnet-5-5": { input: 2, cachedInput: 0.1, cacheWrite: 2.5, output: 10 },
    "claude-sonnet-5": { input: 2, cachedInput: 0.2, cacheWrite: 2.5, output: 10 },
    "claude-sonnet-4-6": { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 },
    "claude-sonnet-4-5": {
      input: 3,
      cachedInput: 0.3,
      cacheWrite: 3.75,
      output: 15,
      aliases: ["claude-sonnet-4-5-20250929"],
    },
    "claude-sonnet-4-20250514": {
      input: 3,
      cachedInput: 0.3,
      cacheWrite: 3.75,
      output: 15,
      aliases: ["claude-sonnet-4-0"],
    },
    // Haiku 5.5: the rates for prompts of up to 100K tokens (5× more above).
    "claude-haiku-5-5": { input: 0.1, cachedInput: 0.01, cacheWrite: 0.125, output: 0.5 },
    "claude-haiku-4-5": {
      input: 1,
      cachedInput: 0.1,
      cacheWrite: 1.25,
      output: 5,
      aliases: ["claude-haiku-4-5-20251001"],
    },
    "claude-3-5-haiku-20241022": {
      input: 0.8,
      cachedInput: 0.08,
      cacheWrite: 1,
      output: 4,
      aliases: ["claude-3-5-haiku-latest"],
    },

    // ── Google Gemini (Gemini API, paid tier) ──────────────────────────────────────────────
    // cachedInput is the context-caching (cache read) price; storage per hour is not modelled.
    // Gemini 4 Argon and Carbon: the rates from 2026-12-01, after the introductory $2/$10 ended.
    "gemini-4-argon": { input: 4, cachedInput: 0.2, output: 20 },
    "gemini-4-carbon": { input: 4, cachedInput: 0.2, output: 20 },
    "gemini-4-neon": { input: 3, cachedInput: 0.15, output: 15 },
    "gemini-4-hydrogen": { input: 1.5, cachedInput: 0.075, output: 7.5 },
    "gemini-3.5-flash": { input: 1.5, cachedInput: 0.15, output: 9 },
    "gemini-3.5-flash-lite": { input: 0.3, cachedInput: 0.03, output: 2.5 },
    "gemini-3.1-pro-preview": { input: 2, cachedInput: 0.2, output: 12 },
    "gemini-3.1-flash-lite-preview": { input: 0.25, cachedInput: 0.025, output: 1.5 },
    "gemini-3-flash-preview": { input: 0.5, cachedInput: 0.05, output: 3 },
    "gemini-2.5-pro": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gemini-2.5-flash": { input: 0.3, cachedInput: 0.03, output: 2.5 },
    "gemini-2.5-flash-lite": { input: 0.1, cachedInput: 0.01, output: 0.4 },
    "gemini-2.0-flash": { input: 0.1, cachedInput: 0.025, output: 0.4 },
    "gemini-2.0-flash-lite": { input: 0.075, output: 0.3 },
  },
  providers: {
    // Ollama Cloud (ollama.com/pricing): per-token credits, under the ids ollama.com serves and
    // the `-cloud` / `:cloud` names a local Ollama uses for them. The same names run on the
    // user's own machine are free: the provider's isLocal(model) decides, before any lookup.
    ollama: {
      "gpt-oss:120b": {
        input: 0.15,
        cachedInput: 0.014,
        output: 0.6,
        aliases: ["gpt-oss:120b-cloud"],
      },
      "gpt-oss:20b": {
        input: 0.07,
        cachedInput: 0.035,
        output: 0.3,
        aliases: ["gpt-oss:20b-cloud"],
      },
      "deepseek-v4.1-flash": {
        input: 0.15,
        cachedInput: 0.003,
        output: 0.6,
        aliases: ["deepseek-v4.1-flash:cloud"],
      },
      "deepseek-v4-flash": {
        input: 0.22,
        cachedInput: 0.007,
        output: 0.66,
        aliases: [
          "deepseek-v4-flash:cloud",
          "deepseek-v4-flash:0731",
          "deepseek-v4-flash:0731-cloud",
        ],
      },
      "deepseek-v4-pro": {
        input: 0.66,
        cachedInput: 0.022,
        output: 1.98,
        aliases: ["deepseek-v4-pro:cloud", "deepseek-v4-pro:0813", "deepseek-v4-pro:0813-cloud"],
      },
      "gemma4:31b": {
        input: 0.14,
        cachedInput: 0.05,
        output: 0.4,
        aliases: ["gemma4:31b-cloud", "gemma4:cloud"],
      },
      "glm-5.3": { input: 1.4, cachedInput: 0.26, output: 4.4, aliases: ["glm-5.3:cloud"] },
      "glm-5.3-flash": {
        input: 0.15,
        cachedInput: 0.03,
        output: 0.5,
        aliases: ["glm-5.3-flash:cloud"],
      },
      "glm-5.2": { input: 1.4, cachedInput: 0.26, output: 4.4, aliases: ["glm-5.2:cloud"] },
      "glm-5.1": { input: 1, cachedInput: 0.2, output: 3.2, aliases: ["glm-5.1:cloud"] },
      "kimi-k3": { input: 3, cachedInput: 0.3, output: 15, aliases: ["kimi-k3:cloud"] },
      "kimi-k2.7-code": {
        input: 0.95,
        cachedInput: 0.19,
        output: 4,
        aliases: ["kimi-k2.7-code:cloud"],
      },
      "kimi-k2.6": { input: 0.95, cachedInput: 0.16, output: 4, aliases: ["kimi-k2.6:cloud"] },
      "qwen3.5:397b": { input: 0.6, output: 3.6, aliases: ["qwen3.5:397b-cloud"] },
    },
  },
};
