// Ollama's `POST /api/chat` exchange: the request body the fake accepts and the answers it builds (whole or NDJSON chunks).
import { z } from "zod";
import { estimatePromptTokens, estimateTextTokens } from "../token-estimate.js";
import { sampleFromJsonSchema } from "./json-schema-sample.js";

/** The part of a `POST /api/chat` body the fake reads; other fields pass through unchecked. */
export interface OllamaChatBody {
  model: string;
  messages?: { role: string; content?: string | undefined; [key: string]: unknown }[] | undefined;
  /** Ollama streams unless this is `false`. */
  stream?: boolean | undefined;
  /** `"json"`, a JSON Schema object, or unset/`""` for text. */
  format?: string | Record<string, unknown> | null | undefined;
  options?:
    | {
        num_predict?: number | undefined;
        temperature?: number | undefined;
        num_ctx?: number | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  keep_alive?: string | number | undefined;
  [key: string]: unknown;
}

export const OllamaChatBodySchema: z.ZodType<OllamaChatBody> = z.looseObject({
  model: z.string({ error: "model is required" }).min(1, "model is required"),
  messages: z
    .array(z.looseObject({ role: z.string(), content: z.string().optional() }), {
      error: "json: cannot unmarshal messages into Go struct field ChatRequest.messages",
    })
    .optional(),
  stream: z.boolean().optional(),
  format: z.union([z.string(), z.record(z.string(), z.unknown()), z.null()]).optional(),
  options: z
    .looseObject({
      num_predict: z.number().int().optional(),
      temperature: z.number().optional(),
      num_ctx: z.number().int().optional(),
    })
    .nullish(),
  keep_alive: z.union([z.string(), z.number()]).optional(),
});

/** How the answer is constrained, read from `format`; `undefined` for a format Ollama rejects. */
export type OllamaFormat =
  | { kind: "text" }
  | { kind: "json" }
  | { kind: "schema"; schema: Record<string, unknown> };

export function formatOf(body: OllamaChatBody): OllamaFormat | undefined {
  const format = body.format;
  if (format === undefined || format === null || format === "") return { kind: "text" };
  if (format === "json") return { kind: "json" };
  if (typeof format === "object") return { kind: "schema", schema: format };
  return undefined;
}

export function promptTokensOf(body: OllamaChatBody): number {
  return estimatePromptTokens((body.messages ?? []).map((m) => ({ content: m.content ?? "" })));
}

/**
 * What the fake model says: a sample valid against a JSON Schema `format`, a small object for
 * `format: "json"`, otherwise a sentence quoting the last message. May throw on a schema it
 * cannot satisfy.
 */
export function defaultOllamaReply(body: OllamaChatBody): string | object {
  const format = formatOf(body);
  if (format?.kind === "schema") return sampleFromJsonSchema(format.schema) as object;
  if (format?.kind === "json") return { result: "Example result", ok: true };
  const last = body.messages?.at(-1)?.content ?? "";
  const quoted = last.length > 60 ? `${last.slice(0, 57)}...` : last;
  return `This is a fake reply to: ${quoted}`;
}

export interface OllamaChatUsage {
  promptTokens: number;
  completionTokens: number;
}

/** Durations in nanoseconds, as Ollama reports them; plausible, derived from the token counts. */
function durations(usage: OllamaChatUsage, elapsedMs: number) {
  const promptEval = usage.promptTokens * 250_000;
  const evalDuration = Math.max(1, usage.completionTokens) * 12_000_000;
  const load = 2_154_458;
  const total = Math.max(Math.round(elapsedMs * 1e6), load + promptEval + evalDuration);
  return {
    total_duration: total,
    load_duration: load,
    prompt_eval_count: usage.promptTokens,
    prompt_eval_duration: promptEval,
    eval_count: usage.completionTokens,
    eval_duration: evalDuration,
  };
}

export interface OllamaChatAnswer {
  /** The content after the `num_predict` cut. */
  content: string;
  doneReason: "stop" | "length";
  usage: OllamaChatUsage;
}

/** Cuts the content to `options.num_predict` tokens the way the server does (`done_reason: "length"`). */
export function answerFor(body: OllamaChatBody, content: string, promptTokens: number) {
  const budget = body.options?.num_predict;
  let text = content;
  let doneReason: OllamaChatAnswer["doneReason"] = "stop";
  // Ollama reads a negative num_predict as "no limit".
  if (budget !== undefined && budget >= 0 && estimateTextTokens(text) > budget) {
    text = text.slice(0, budget * 4);
    doneReason = "length";
  }
  return {
    content: text,
    doneReason,
    usage: { promptTokens, completionTokens: estimateTextTokens(text) },
  } satisfies OllamaChatAnswer;
}

/** Ollama's timestamps carry more than milliseconds: `2023-12-12T14:13:43.416799Z`. */
function createdAt(): string {
  return new Date().toISOString().replace(/Z$/, "799Z");
}

/** The non-streaming `/api/chat` answer. */
export function chatResponse(model: string, answer: OllamaChatAnswer, elapsedMs: number): object {
  return {
    model,
    created_at: createdAt(),
    message: { role: "assistant", content: answer.content },
    done: true,
    done_reason: answer.doneReason,
    ...durations(answer.usage, elapsedMs),
  };
}

/**
 * The streamed `/api/chat` answer as NDJSON lines: one chunk per word with `done: false`, then
 * a final chunk with empty content, `done_reason` and the counts.
 */
export function chatStreamLines(model: string, answer: OllamaChatAnswer, elapsedMs: number) {
  const pieces = answer.content.match(/\S*\s*/g)?.filter((p) => p.length > 0) ?? [];
  const lines = pieces.map((piece) =>
    JSON.stringify({
      model,
      created_at: createdAt(),
      message: { role: "assistant", content: piece },
      done: false,
    }),
  );
  lines.push(
    JSON.stringify({
      model,
      created_at: createdAt(),
      message: { role: "assistant", content: "" },
      done: true,
      done_reason: answer.doneReason,
      ...durations(answer.usage, elapsedMs),
    }),
  );
  return lines;
}
