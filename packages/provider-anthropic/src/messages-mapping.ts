// Anthropic Messages ⇄ the osmosis contract: the request body, and the result read off a `message`.
import type Anthropic from "@anthropic-ai/sdk";
import {
  type FinishReason,
  type GenerateRequest,
  type GenerateResult,
  type HeaderBag,
  type JsonSchema,
  rateLimitFromHeaders,
} from "@osmosis/core";

/**
 * How structured output is asked for: `tool` forces a tool whose `input_schema` is the schema
 * (its input is the answer); `json_schema` uses `output_config.format`; `none` asks in prose
 * and the client extracts JSON from the text.
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
  if (system) {
    // A cache breakpoint after the system prompt caches everything up to it (tools included).
    params.system = request.cacheSystem
      ? [{ type: "text", text: system, cache_control: { type: "ephemeral" } }]
      : system;
  }
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

/** The answer a forced tool call carries, as JSON text: its input, unwrapped from `{ value }`. */
function toolAnswerText(input: unknown, schema: JsonSchema): string {
  // Models sometimes send the input as a quoted JSON string: that string is the answer's text.
  if (typeof input === "string") return input;
  const wrapped =
    !isObjectSchema(schema) && typeof input === "object" && input !== null && WRAPPED in input;
  const value = wrapped ? (input as Record<string, unknown>)[WRAPPED] : input;
  return JSON.stringify(value) ?? "";
}

/** `Human-readable explanation (cyber)`, or what there is of it. */
function refusalOf(details: Anthropic.RefusalStopDetails | null | undefined): string {
  const { category, explanation } = details ?? {};
  if (explanation) return category ? `${explanation} (${category})` : explanation;
  return category ? `refusal category ${category}` : "stop_reason refusal";
}

/**
 * The contract's result for a `message`, as the vendor sent it: never throws, so the client
 * records the usage before it judges the answer. The forced tool's input is the answer's text;
 * without that call, the text blocks are (the client then finds no JSON and asks again).
 */
export function fromMessage(
  message: Anthropic.Message,
  headers: HeaderBag,
  request: GenerateRequest,
  mode: StructuredOutputMode,
): GenerateResult {
  const content = message.content ?? [];
  const text = content
    .filter((block): block is Anthropic.TextBlock => block.type === "text")
    .map((block) => block.text)
    .join("");
  const output = request.output && mode === "tool" ? request.output : undefined;
  const toolCall =
    output === undefined
      ? undefined
      : content.find(
          (block): block is Anthropic.ToolUseBlock =>
            block.type === "tool_use" && block.name === output.name,
        );
  let finishReason = FINISH[message.stop_reason ?? ""] ?? "other";
  // The forced tool is how the answer is delivered, not a tool call the caller must run.
  if (toolCall && finishReason === "tool_calls") finishReason = "stop";

  const result: GenerateResult = {
    text: toolCall && output ? toolAnswerText(toolCall.input, output.schema) : text,
    finishReason,
    model: message.model,
  };
  const requestId = headers?.get("request-id");
  if (requestId) result.requestId = requestId;
  if (message.stop_reason === "refusal") result.refusal = refusalOf(message.stop_details);
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
      cacheWriteInputTokens: cacheWrite,
    };
  }
  return result;
}
