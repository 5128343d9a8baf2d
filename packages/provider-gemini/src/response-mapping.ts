// A GenerateContentResponse ⇄ the osmosis result: text, JSON, usage, finish reason, blocks.
import type { GenerateContentResponse } from "@google/genai";
import {
  ContentFilterError,
  type FinishReason,
  type GenerateRequest,
  type GenerateResult,
  parseStructuredText,
} from "@osmosis/core";

const FINISH: Readonly<Record<string, FinishReason>> = {
  STOP: "stop",
  MAX_TOKENS: "length",
  // The answer is incomplete and automatic continuation is off: as good as cut off.
  CONTINUATION: "length",
  SAFETY: "content_filter",
  RECITATION: "content_filter",
  BLOCKLIST: "content_filter",
  PROHIBITED_CONTENT: "content_filter",
  SPII: "content_filter",
  IMAGE_SAFETY: "content_filter",
  IMAGE_PROHIBITED_CONTENT: "content_filter",
  IMAGE_RECITATION: "content_filter",
  MALFORMED_FUNCTION_CALL: "error",
  UNEXPECTED_TOOL_CALL: "error",
  TOO_MANY_TOOL_CALLS: "error",
};

export function finishReasonOf(reason: string | undefined): FinishReason {
  return FINISH[reason ?? ""] ?? "other";
}

const FILTER_HINT =
  "Rephrase the prompt, or pick another model; Gemini's safety settings are not changed by osmosis.";

export function fromGenerateContentResponse(
  response: GenerateContentResponse,
  request: GenerateRequest,
  providerId: string,
): GenerateResult {
  const requestId = response.responseId;
  const blockReason = response.promptFeedback?.blockReason;
  if (blockReason) {
    const detail = response.promptFeedback?.blockReasonMessage;
    throw new ContentFilterError(
      `${providerId}: the prompt was blocked (${blockReason})${detail ? `: ${detail}` : ""}.`,
      { provider: providerId, requestId, hint: FILTER_HINT },
    );
  }
  const candidate = response.candidates?.[0];
  const finishReason = finishReasonOf(candidate?.finishReason);
  if (finishReason === "content_filter") {
    throw new ContentFilterError(
      `${providerId}: the answer was blocked (finish reason ${candidate?.finishReason}).`,
      { provider: providerId, requestId, hint: FILTER_HINT },
    );
  }
  // Thought summaries (`thought: true`) are the model's reasoning, not its answer.
  const text = (candidate?.content?.parts ?? [])
    .filter((part) => part.thought !== true && typeof part.text === "string")
    .map((part) => part.text)
    .join("");
  const result: GenerateResult = {
    text,
    finishReason,
    model: response.modelVersion ?? request.model,
  };
  if (requestId) result.requestId = requestId;
  const usage = response.usageMetadata;
  if (usage) {
    result.usage = {
      inputTokens: usage.promptTokenCount ?? 0,
      // Thinking tokens are billed as output tokens.
      outputTokens: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0),
      // proto3 JSON leaves a zero count out, so a missing field is 0 cached tokens.
      cachedInputTokens: usage.cachedContentTokenCount ?? 0,
    };
  }
  if (request.output) {
    result.json = parseStructuredText(text, {
      provider: providerId,
      requestId,
      finishReason,
      lengthHint:
        "Raise maxOutputTokens (on 2.5 models thinking spends it too; see thinkingBudget), or document fewer columns per call.",
      invalidHint: 'osmosis asks again; if it persists, use structuredOutput "json_schema".',
    });
  }
  return result;
}
