// The Messages exchange: the `POST /v1/messages` body the fake accepts and the `message` object it answers with.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { estimatePromptTokens, estimateTextTokens } from "../token-estimate.js";
import { sampleFromJsonSchema } from "./json-schema-sample.js";

const TextBlock = z.looseObject({ type: z.string(), text: z.string().optional() });

const MessageParam = z.looseObject({
  role: z.enum(["user", "assistant", "system"], {
    error: "Input should be 'user', 'assistant' or 'system'",
  }),
  content: z.union([z.string(), z.array(TextBlock)], { error: "Field required" }),
});

const Tool = z.looseObject({
  name: z.string({ error: "Field required" }).min(1),
  type: z.string().nullish(),
  description: z.string().optional(),
  input_schema: z.record(z.string(), z.unknown()).optional(),
  strict: z.boolean().optional(),
});

const ToolChoice = z.looseObject({
  type: z.enum(["auto", "any", "tool", "none"]),
  name: z.string().optional(),
});

/** The part of a `POST /v1/messages` body the fake reads; other fields pass through unchecked. */
export interface MessagesBody {
  model: string;
  max_tokens: number;
  messages: {
    role: "user" | "assistant" | "system";
    content: string | { type: string; text?: string | undefined; [key: string]: unknown }[];
    [key: string]: unknown;
  }[];
  system?:
    | string
    | { type: string; text?: string | undefined; [key: string]: unknown }[]
    | undefined;
  tools?:
    | {
        name: string;
        type?: string | null | undefined;
        description?: string | undefined;
        input_schema?: Record<string, unknown> | undefined;
        strict?: boolean | undefined;
        [key: string]: unknown;
      }[]
    | undefined;
  tool_choice?:
    | { type: "auto" | "any" | "tool" | "none"; name?: string | undefined; [key: string]: unknown }
    | undefined;
  output_config?:
    | {
        format?:
          | { type: string; schema?: Record<string, unknown> | undefined; [key: string]: unknown }
          | null
          | undefined;
        [key: string]: unknown;
      }
    | undefined;
  stream?: boolean | undefined;
  [key: string]: unknown;
}

export const MessagesBodySchema: z.ZodType<MessagesBody> = z.looseObject({
  model: z.string({ error: "Field required" }).min(1, "String should have at least 1 character"),
  max_tokens: z
    .number({ error: "Field required" })
    .int("Input should be a valid integer")
    .min(1, "Input should be greater than or equal to 1"),
  messages: z.array(MessageParam, { error: "Field required" }),
  system: z.union([z.string(), z.array(TextBlock)]).optional(),
  tools: z.array(Tool).optional(),
  tool_choice: ToolChoice.optional(),
  output_config: z
    .looseObject({
      format: z
        .looseObject({
          type: z.string(),
          schema: z.record(z.string(), z.unknown()).optional(),
        })
        .nullish(),
    })
    .optional(),
  stream: z.boolean().optional(),
});

/**
 * Sampling parameters that API version 2026-10-21 (the one SDK 1.x sends) rejects with
 * "<name>: Extra inputs are not permitted", even at their defaults.
 */
export const REMOVED_SAMPLING_PARAMS = ["temperature", "top_p", "top_k"] as const;

function textOf(content: MessagesBody["messages"][number]["content"]): string {
  return typeof content === "string" ? content : content.map((b) => b.text ?? "").join("");
}

/** Prompt tokens by the shared estimate: each message, and the `system` prompt as one more. */
export function promptTokensOf(body: MessagesBody): number {
  const texts = body.messages.map((m) => ({ content: textOf(m.content) }));
  if (body.system !== undefined) texts.unshift({ content: textOf(body.system) });
  return estimatePromptTokens(texts);
}

/** The tool a request forces with `tool_choice: { type: "tool", name }`, if any (`undefined` otherwise). */
export function forcedTool(
  body: MessagesBody,
): NonNullable<MessagesBody["tools"]>[number] | undefined {
  if (body.tool_choice?.type !== "tool") return undefined;
  return body.tools?.find((t) => t.name === body.tool_choice?.name);
}

/** A problem Anthropic would reject the body for, as its 400 message, or `undefined`. */
export function invalidBodyMessage(
  body: MessagesBody,
  apiVersion: string | undefined,
): string | undefined {
  if (body.messages.length === 0) return "messages: at least one message is required";
  if (apiVersion !== undefined && apiVersion >= "2026-10-21") {
    const removed = REMOVED_SAMPLING_PARAMS.find((name) => body[name] !== undefined);
    if (removed) return `${removed}: Extra inputs are not permitted`;
  }
  if (body.tool_choice?.type === "tool") {
    if (!body.tool_choice.name) return "tool_choice.tool.name: Field required";
    if (!forcedTool(body)) {
      return `tool_choice: Tool '${body.tool_choice.name}' not found in provided tools`;
    }
  }
  if (body.stream === true) {
    return "stream: the fake Anthropic server does not stream. Send the request without `stream: true`.";
  }
  return undefined;
}

/** What the fake model answers: a tool input, or text. */
export type AnthropicReply = { tool: string; input: unknown } | { text: string };

/**
 * The default answer: for a forced tool, an input sampled from its `input_schema`; for
 * `output_config.format` a JSON text sampled from its schema; otherwise a sentence quoting the
 * last message. May throw on a schema it cannot satisfy.
 */
export function defaultReply(body: MessagesBody): string | object {
  const tool = forcedTool(body);
  if (tool) return sampleFromJsonSchema(tool.input_schema ?? { type: "object" }) as object;
  const format = body.output_config?.format;
  if (format?.type === "json_schema") {
    return sampleFromJsonSchema(format.schema ?? { type: "object" }) as object;
  }
  const last = textOf(body.messages[body.messages.length - 1]?.content ?? "");
  const quoted = last.length > 60 ? `${last.slice(0, 57)}...` : last;
  return `This is a fake reply to: ${quoted}`;
}

/**
 * How a reply goes on the wire: an object is a forced tool's `input`, or JSON text when no
 * tool is forced; a string is always a text block (a model that ignored the tool).
 */
export function toReply(body: MessagesBody, reply: string | object): AnthropicReply {
  const tool = forcedTool(body);
  if (typeof reply === "string") return { text: reply };
  return tool ? { tool: tool.name, input: reply } : { text: JSON.stringify(reply) };
}

export interface MessageUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
}

/**
 * Builds the `message` object. Output over `max_tokens` is cut with `stop_reason: "max_tokens"`
 * (a cut tool call keeps an empty `input`, as the partial JSON cannot be parsed). `input_tokens`
 * excludes the prompt tokens read from or written to the cache, as Anthropic counts them.
 */
export function buildMessage(
  body: MessagesBody,
  reply: AnthropicReply,
  promptTokens: number,
  cache: { read: number; creation: number },
): { message: object; usage: MessageUsage } {
  const read = Math.max(0, Math.min(promptTokens, Math.floor(cache.read)));
  const creation = Math.max(0, Math.min(promptTokens - read, Math.floor(cache.creation)));
  let content: object[];
  let outputTokens: number;
  let stopReason: string;
  if ("tool" in reply) {
    const inputText = JSON.stringify(reply.input);
    // Claude writes a little framing around a tool call; counted as output, as the API does.
    outputTokens = estimateTextTokens(inputText) + 10;
    const cut = outputTokens > body.max_tokens;
    if (cut) outputTokens = body.max_tokens;
    stopReason = cut ? "max_tokens" : "tool_use";
    content = [
      {
        type: "tool_use",
        id: `toolu_${randomId(24)}`,
        name: reply.tool,
        input: cut ? {} : reply.input,
        caller: { type: "direct" },
      },
    ];
  } else {
    let text = reply.text;
    stopReason = "end_turn";
    if (estimateTextTokens(text) > body.max_tokens) {
      text = text.slice(0, body.max_tokens * 4);
      stopReason = "max_tokens";
    }
    outputTokens = estimateTextTokens(text);
    content = [{ type: "text", text, citations: null }];
  }
  const usage: MessageUsage = {
    inputTokens: promptTokens - read - creation,
    outputTokens,
    cacheReadInputTokens: read,
    cacheCreationInputTokens: creation,
  };
  const message = {
    id: `msg_${randomId(24)}`,
    type: "message",
    role: "assistant",
    model: body.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      input_tokens: usage.inputTokens,
      cache_creation_input_tokens: usage.cacheCreationInputTokens,
      cache_read_input_tokens: usage.cacheReadInputTokens,
      cache_creation: {
        ephemeral_5m_input_tokens: usage.cacheCreationInputTokens,
        ephemeral_1h_input_tokens: 0,
      },
      output_tokens: usage.outputTokens,
      output_tokens_details: null,
      server_tool_use: null,
      service_tier: "standard",
      inference_geo: "global",
      speed: "standard",
    },
  };
  return { message, usage };
}

// Anthropic ids (msg_…, toolu_…, req_…) use base58-like characters after a prefix.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789";

export function randomId(length: number): string {
  let out = "";
  for (const byte of randomBytes(length)) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
