// Ollama's /api/chat ⇄ the osmosis contract: the request body, and the answer turned into a result.
import type { FinishReason, GenerateRequest, GenerateResult } from "@osmosis/core";
import type { ChatRequest, ChatResponse, Message, Options } from "ollama";

/** How structured output is asked for: `format: <JSON Schema>`, `format: "json"`, or plain text. */
export type OllamaStructuredOutput = "json_schema" | "json" | "none";

export interface ChatMappingOptions {
  structuredOutput: OllamaStructuredOutput;
  /** `keep_alive`: how long the model stays loaded after the call ("5m", 300, -1 for ever). */
  keepAlive?: string | number | undefined;
  /** `options.num_ctx`: the context window to load the model with. */
  numCtx?: number | undefined;
}

export function toChatRequest(
  request: GenerateRequest,
  options: ChatMappingOptions,
): ChatRequest & { stream: false } {
  const messages: Message[] = [];
  if (request.system) messages.push({ role: "system", content: request.system });
  for (const message of request.messages)
    messages.push({ role: message.role, content: message.content });
  // Explicit: the SDK defaults to false, but the server itself streams when `stream` is absent.
  const body: ChatRequest & { stream: false } = { model: request.model, messages, stream: false };
  const modelOptions: Partial<Options> = {};
  if (request.temperature !== undefined) modelOptions.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined) modelOptions.num_predict = request.maxOutputTokens;
  if (options.numCtx !== undefined) modelOptions.num_ctx = options.numCtx;
  if (Object.keys(modelOptions).length > 0) body.options = modelOptions;
  if (request.output && options.structuredOutput === "json_schema") {
    body.format = request.output.schema;
  } else if (request.output && options.structuredOutput === "json") {
    body.format = "json";
  }
  if (options.keepAlive !== undefined) body.keep_alive = options.keepAlive;
  return body;
}

const FINISH: Record<string, FinishReason> = { stop: "stop", length: "length" };

/** `done_reason` → finish reason; older servers send none, only `done: true`. */
function finishReasonOf(response: ChatResponse): FinishReason {
  if (!response.done_reason) return response.done ? "stop" : "other";
  return FINISH[response.done_reason] ?? "other";
}

/**
 * The contract's result for an answer, as Ollama sent it: never throws, so the client records
 * the usage before it parses the text (Ollama has no refusal signal; a model that declines
 * says so in the text).
 */
export function fromChatResponse(response: ChatResponse, request: GenerateRequest): GenerateResult {
  const result: GenerateResult = {
    text: response.message?.content ?? "",
    finishReason: finishReasonOf(response),
    model: response.model || request.model,
  };
  // Go's omitempty drops a zero count (a prompt served entirely from the KV cache).
  if (response.eval_count !== undefined || response.prompt_eval_count !== undefined) {
    result.usage = {
      inputTokens: response.prompt_eval_count ?? 0,
      outputTokens: response.eval_count ?? 0,
    };
  }
  return result;
}
