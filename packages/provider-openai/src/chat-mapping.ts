// OpenAI Chat Completions ⇄ the osmosis contract. Shared by the OpenAI, Azure OpenAI and LM Studio
// providers, so the mapping lives once.
import {
  errorFromHttpStatus,
  type FinishReason,
  type GenerateRequest,
  type GenerateResult,
  type HeaderBag,
  LLMCancelledError,
  LLMConnectionError,
  LLMError,
  LLMTimeoutError,
  rateLimitFromHeaders,
  retryAfterFromHeaders,
} from "@osmosis/core";
import OpenAI from "openai";
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";

/** How structured output is asked for: native JSON Schema, JSON mode, or plain text. */
export type StructuredOutputMode = "json_schema" | "json_object" | "none";

export interface ChatMappingOptions {
  structuredOutput: StructuredOutputMode;
  /** Send `max_completion_tokens` (OpenAI's current name) rather than the older `max_tokens`. */
  maxTokensField: "max_completion_tokens" | "max_tokens";
}

export function toChatParams(
  request: GenerateRequest,
  options: ChatMappingOptions,
): ChatCompletionCreateParamsNonStreaming {
  const messages: ChatCompletionMessageParam[] = [];
  if (request.system) messages.push({ role: "system", content: request.system });
  for (const message of request.messages)
    messages.push({ role: message.role, content: message.content });
  const params: ChatCompletionCreateParamsNonStreaming = { model: request.model, messages };
  if (request.temperature !== undefined) params.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined)
    params[options.maxTokensField] = request.maxOutputTokens;
  if (request.output && options.structuredOutput === "json_schema") {
    params.response_format = {
      type: "json_schema",
      json_schema: {
        name: request.output.name,
        schema: request.output.schema,
        strict: request.output.strict ?? true,
        ...(request.output.description ? { description: request.output.description } : {}),
      },
    };
  } else if (request.output && options.structuredOutput === "json_object") {
    params.response_format = { type: "json_object" };
  }
  return params;
}

const FINISH: Record<string, FinishReason> = {
  stop: "stop",
  length: "length",
  content_filter: "content_filter",
  tool_calls: "tool_calls",
  function_call: "tool_calls",
};

/**
 * The contract's result for a completion, as the vendor sent it: never throws, so the client
 * records the answer's usage before it parses the text. A refusal (OpenAI sends it with
 * `finish_reason: "stop"` and the reason in `message.refusal`) is reported as `content_filter`.
 */
export function fromChatCompletion(completion: ChatCompletion, headers: HeaderBag): GenerateResult {
  const choice = completion.choices?.[0];
  const message = choice?.message;
  const refusal = message?.refusal || undefined;
  const finishReason: FinishReason = refusal
    ? "content_filter"
    : (FINISH[choice?.finish_reason ?? ""] ?? "other");
  const result: GenerateResult = {
    text: message?.content ?? "",
    finishReason,
    model: completion.model,
    requestId: headers?.get("x-request-id") ?? completion.id,
  };
  if (refusal) result.refusal = refusal;
  const rateLimit = rateLimitFromHeaders(headers);
  if (rateLimit) result.rateLimit = rateLimit;
  if (completion.usage) {
    // Reasoning tokens are part of completion_tokens, cached ones part of prompt_tokens.
    result.usage = {
      inputTokens: completion.usage.prompt_tokens,
      outputTokens: completion.usage.completion_tokens,
    };
    const cached = completion.usage.prompt_tokens_details?.cached_tokens;
    if (cached !== undefined && cached !== null) result.usage.cachedInputTokens = cached;
  }
  return result;
}

/**
 * OpenAI's billing 429s all carry the type `insufficient_quota` and name the limit in `code`
 * (`credit_balance_exhausted`, `organization_spend_limit_exceeded`,
 * `project_spend_limit_exceeded`, `organization_usage_limit_exceeded`): waiting does not help.
 * The code wins over the type as the vendor code, so the type is checked here.
 */
function isBillingError(error: InstanceType<typeof OpenAI.APIError>): boolean {
  return (
    error.type === "insufficient_quota" ||
    /^(?:credit_balance_exhausted|\w+_(?:spend|usage)_limit_exceeded)$/.test(error.code ?? "")
  );
}

/** Maps any error the openai SDK throws to the core hierarchy. */
export function mapOpenAIError(error: unknown, providerId: string): LLMError {
  // The SDK wraps failures of callbacks it runs (an Entra ID token provider) in its own error:
  // an osmosis error anywhere in the cause chain is the real one.
  for (
    let e: unknown = error, depth = 0;
    e && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    if (LLMError.isInstance(e)) return e;
  }
  if (error instanceof OpenAI.APIUserAbortError) {
    return new LLMCancelledError(`${providerId}: the request was aborted.`, {
      provider: providerId,
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new LLMTimeoutError(`${providerId}: the request timed out.`, {
      provider: providerId,
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new LLMConnectionError(`${providerId}: could not reach the server (${error.message}).`, {
      provider: providerId,
      cause: error,
      hint: "Check the base URL, the network or the proxy; osmosis retries this.",
    });
  }
  if (error instanceof OpenAI.APIError) {
    const body = error.error as { message?: unknown } | undefined;
    const message = typeof body?.message === "string" ? body.message : error.message;
    return errorFromHttpStatus({
      status: error.status,
      message,
      provider: providerId,
      vendorCode: error.code ?? error.type ?? undefined,
      requestId: error.requestID ?? undefined,
      retryAfterMs: retryAfterFromHeaders(error.headers),
      rateLimit: rateLimitFromHeaders(error.headers),
      cause: error,
      ...(isBillingError(error) ? { quotaExhausted: true } : {}),
    });
  }
  return new LLMError(
    `${providerId}: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    {
      provider: providerId,
      cause: error,
    },
  );
}
