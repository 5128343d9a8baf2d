// Reading JSON out of a model's answer, shared by every provider.
import { LLMResponseError } from "./errors.js";
import type { FinishReason } from "./provider.js";

/**
 * Pulls a JSON value out of model text: as is, else from a ```json fence, else from the first
 * `{`/`[` to its last closing partner. JSON mode and plain-text models wrap answers in prose or
 * fences; strict structured output returns bare JSON, which the first attempt takes as is.
 * Throws a `SyntaxError` when no attempt parses.
 */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const attempts = [trimmed];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
  if (fence?.[1]) attempts.push(fence[1].trim());
  const start = trimmed.search(/[{[]/);
  if (start >= 0) {
    const close = trimmed[start] === "{" ? "}" : "]";
    const end = trimmed.lastIndexOf(close);
    if (end > start) attempts.push(trimmed.slice(start, end + 1));
  }
  for (const candidate of attempts) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next shape
    }
  }
  throw new SyntaxError("no JSON value found in the answer");
}

export interface StructuredTextContext {
  /** Provider id, for the message. */
  provider: string;
  requestId?: string | undefined;
  /** How the answer ended; a `length` finish means the JSON was cut off. */
  finishReason: FinishReason;
  /** What to do when the answer hit the output cap (default: raise maxOutputTokens). */
  lengthHint?: string;
  /** What to do when the answer is not JSON (default: osmosis asks again). */
  invalidHint?: string;
}

/**
 * Reads the JSON of a structured answer, or throws the `LLMResponseError` a caller can act on:
 * cut off at the output cap (not retryable: the same request would be cut again), empty, or
 * not JSON (both retryable: another sample may do). Every provider classifies these alike.
 */
export function parseStructuredText(text: string, context: StructuredTextContext): unknown {
  const base = { provider: context.provider, requestId: context.requestId };
  if (context.finishReason === "length") {
    throw new LLMResponseError(
      `${context.provider}: the answer was cut off at the output token limit.`,
      {
        ...base,
        output: text,
        hint: context.lengthHint ?? "Raise maxOutputTokens, or document fewer columns per call.",
      },
    );
  }
  if (!text.trim()) {
    throw new LLMResponseError(`${context.provider}: the model returned an empty answer.`, {
      ...base,
      retryable: true,
      hint: "osmosis asks again; if it persists, try another model.",
    });
  }
  try {
    return extractJson(text);
  } catch (error) {
    throw new LLMResponseError(`${context.provider}: the model's answer is not valid JSON.`, {
      ...base,
      output: text,
      cause: error,
      retryable: true,
      hint:
        context.invalidHint ??
        "osmosis asks again; if it persists, use a model that supports structured output.",
    });
  }
}
