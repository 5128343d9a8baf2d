// A GenerateContentResponse ⇄ the osmosis result: text, usage, finish reason, blocks.
import type { GenerateContentResponse } from "@google/genai";
import type { FinishReason, GenerateRequest, GenerateResult } from "@osmosis/core";

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

/**
 * The contract's result for a response, as Gemini sent it: never throws, so the client records
 * the usage before it judges the text. A blocked prompt (`promptFeedback.blockReason`, no
 * candidate) and an answer stopped by a safety finish reason are `content_filter`, with the
 * reason as `refusal`.
 */
export function fromGenerateContentResponse(
  response: GenerateContentResponse,
  request: GenerateRequest,
): GenerateResult {
  const candidate = response.candidates?.[0];
  // Thought summaries (`thought: true`) are the model's reasoning, not its answer.
  const text = (candidate?.content?.parts ?? [])
    .filter((part) => part.thought !== true && typeof part.text === "string")
    .map((part) => part.text)
    .join("");
  const result: GenerateResult = {
    text,
    finishReason: finishReasonOf(candidate?.finishReason),
    model: response.modelVersion ?? request.model,
  };
  const blockReason = response.promptFeedback?.blockReason;
  if (blockReason) {
    result.finishReason = "content_filter";
    result.refusal = because(
      `prompt blocked (${blockReason})`,
      response.promptFeedback?.blockReasonMessage,
    );
  } else if (result.finishReason === "content_filter") {
    result.refusal = because(
      `answer blocked (${candidate?.finishReason})`,
      candidate?.finishMessage,
    );
  }
  if (response.responseId) result.requestId = response.responseId;
  const usage = response.usageMetadata;
  if (usage) {
    result.usage = {
      // Tool-use prompts (search grounding, code execution) are billed as input.
      inputTokens: (usage.promptTokenCount ?? 0) + (usage.toolUsePromptTokenCount ?? 0),
      // Thinking tokens are billed as output tokens.
      outputTokens: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0),
      // proto3 JSON leaves a zero count out, so a missing field is 0 cached tokens.
      cachedInputTokens: usage.cachedContentTokenCount ?? 0,
    };
  }
  return result;
}

function because(what: string, detail: string | undefined): string {
  return detail ? `${what}: ${detail}` : what;
}
