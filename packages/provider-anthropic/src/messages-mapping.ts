// Anthropic Messages ⇄ the osmosis contract: the request body, and the result read off a `message`.
import type Anthropic from "@anthropic-ai/sdk";
import {
  ContentFilterError,
  type FinishReason,
  type GenerateRequest,
  type GenerateResult,
  type JsonSchema,
  LLMResponseError,
  parseStructuredText,
} from "@osmosis/core";
import { rateLimitFromHeaders } from "./rate-limit-headers.js";

/**
 * How structured output is asked for: `tool` forces a tool whose `input_schema` is the schema
 * (its input is the answer); `json_schema` uses `output_config.format`; `none` asks in prose
 * and extracts JSON from the text.
 */
export type StructuredOutputMode = "tool" | "json_schema" | "none";

export interface MessagesMappingOptions {
  structuredOutput: StructuredOutputMode;
  /** `max_tokens` when the request sets none; Anthropic requires one. */
  maxOutputTokens: number;
}

/** The property a non-object schema is wrapped in: a tool's `input_schema` must be an object. */
const WRAPPED = "value";

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === "object";
}

/** The tool's `input_schema` for a request schema, wrapping a non-object schema in `{ value }`. */
export function toolInputSchema(schema: JsonSchema): Anthropic.Tool.InputSchema {
  if (isObjectSchema(schema)) return schema as Anthropic.Tool.InputSchema;
  return {
    type: "object",
    properties: { [WRAPPED]: schema },
    required: [WRAPPED],
    additionalProperties: false,
  };
}

export function toMessageParams(
  request: GenerateRequest,
  options: MessagesMappingOptions,
): Anthropic.MessageCreateParamsNonStreaming {
  // Anthropic takes instructions in the top-level `system` field, not as messages.
  const system = [
    request.system,
    ...request.messages.filter((m) => m.role === "system").map((m) => m.content),
  ]
    .filter((text): text is string => Boolean(text))
    .join("\n\n");
  const messages: Anthropic.MessageParam[] = [];
  for (const message of request.messages) {
    if (message.role === "user" || message.role === "assistant") {
      messages.push({ role: message.role, content: message.content });
    }
  }
  const params: Anthropic.MessageCreateParamsNonStreaming = {
    model: request.model,
    max_tokens: request.maxOutputTokens ?? options.maxOutputTokens,
    messages,
  };
  if (system) params.system = system;
  // `request.temperature` is not sent: API version 2026-10-21, which SDK 1.x speaks, removed
  // temperature/top_p/top_k and answers 400 to any of them.
  const output = request.output;
  if (output && options.structuredOutput === "tool") {
    const tool: Anthropic.Tool = {
      name: output.name,
      description:
        output.description ?? "Records the answer. Call it with the complete answer as its input.",
      input_schema: toolInputSchema(output.schema),
    };
    if (output.strict !== false) tool.strict = true;
    params.tools = [tool];
    params.tool_choice = { type: "tool", name: output.name };
  } else if (output && options.structuredOutput === "json_schema") {
    params.output_config = { format: { type: "json_schema", schema: output.schema } };
  }
  return params;
}

const FINISH: Record<string, FinishReason> = {
  end_turn: "stop",
  stop_sequence: "stop",
  max_tokens: "length",
  model_context_window_exceeded: "length",
  tool_use: "tool_calls",
  refusal: "content_filter",
};

/** The contract's result for a `message`; throws for refusals and for answers not in the asked shape. */
export function fromMessage(
  message: Anthropic.Message,
  headers: { get(name: string): string | null } | undefined,
  request: GenerateRequest,
  mode: StructuredOutputMode,
  providerId: string,
): GenerateResult {
  const requestId = headers?.get("request-id") ?? undefined;
  const base = { provider: providerId, requestId };
  if (message.stop_reason === "refusal") {
    const category = message.stop_details?.category;
    throw new ContentFilterError(
      `${providerId}: the model refused to answer${category ? ` (${category})` : ""}.`,
      { ...base, hint: "Rephrase the prompt or pick another model." },
    );
  }
  const content = message.content ?? [];
  const text = content
    .filter((block): block is Anthropic.TextBlock => block.type === "text")
    .map((block) => block.text)
    .join("");
  const toolName = request.output && mode === "tool" ? request.output.name : undefined;
  const toolCall =
    toolName === undefined
      ? undefined
      : content.find(
          (block): block is Anthropic.ToolUseBlock =>
            block.type === "tool_use" && block.name === toolName,
        );
  let finishReason = FINISH[message.stop_reason ?? ""] ?? "other";
  // The forced tool is how the answer is delivered, not a tool call the caller must run.
  if (toolCall && finishReason === "tool_calls") finishReason = "stop";

  const result: GenerateResult = { text, finishReason, model: message.model, requestId };
  if (toolCall) result.text = JSON.stringify(toolCall.input);
  const rateLimit = rateLimitFromHeaders(headers);
  if (rateLimit) result.rateLimit = rateLimit;
  if (message.usage) {
    const cacheRead = message.usage.cache_read_input_tokens ?? 0;
    const cacheWrite = message.usage.cache_creation_input_tokens ?? 0;
    // Anthropic's `input_tokens` leaves out cache reads and writes; the contract counts the whole prompt.
    result.usage = {
      inputTokens: message.usage.input_tokens + cacheRead + cacheWrite,
      outputTokens: message.usage.output_tokens,
      cachedInputTokens: cacheRead,
    };
  }
  if (!request.output) return result;

  if (finishReason === "length") {
    throw new LLMResponseError(`${providerId}: the answer was cut off at the output token limit.`, {
      ...base,
      output: result.text,
      hint:
        message.stop_reason === "model_context_window_exceeded"
          ? "The prompt leaves too little of the context window for the answer; send less context."
          : "Raise maxOutputTokens, or document fewer columns per call.",
    });
  }
  if (toolName !== undefined) {
    const input = toolCall?.input;
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw new LLMResponseError(
        toolCall
          ? `${providerId}: the model called ${toolName} without a JSON object as input.`
          : `${providerId}: the model answered without calling the ${toolName} tool.`,
        {
          ...base,
          output: text,
          retryable: true,
          hint: 'osmosis asks again; if it persists, try another model or structuredOutput: "json_schema".',
        },
      );
    }
    result.json = isObjectSchema(request.output.schema)
      ? input
      : (input as Record<string, unknown>)[WRAPPED];
    return result;
  }
  result.json = parseStructuredText(text, {
    provider: providerId,
    requestId,
    finishReason,
    invalidHint: 'osmosis asks again; if it persists, use structuredOutput: "tool".',
  });
  return result;
}
