// The chat-completions exchange: the request body the fake accepts and the `chat.completion` object it answers with.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { estimatePromptTokens, estimateTextTokens } from "../token-estimate.js";
import { sampleFromJsonSchema } from "./json-schema-sample.js";

const ContentPart = z.looseObject({ type: z.string(), text: z.string().optional() });

const ChatMessage = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(ContentPart), z.null()]).optional(),
});

const ResponseFormat = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({ type: z.literal("json_object") }),
  z.looseObject({
    type: z.literal("json_schema"),
    json_schema: z.looseObject({
      name: z.string(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullish(),
      description: z.string().optional(),
    }),
  }),
]);

/** The part of a `POST /v1/chat/completions` body the fake reads; other fields pass through unchecked. */
export interface ChatCompletionBody {
  model: string;
  messages: {
    role: string;
    content?: string | { type: string; text?: string | undefined }[] | null | undefined;
    [key: string]: unknown;
  }[];
  max_tokens?: number | null | undefined;
  max_completion_tokens?: number | null | undefined;
  response_format?:
    | { type: "text"; [key: string]: unknown }
    | { type: "json_object"; [key: string]: unknown }
    | {
        type: "json_schema";
        json_schema: {
          name: string;
          schema?: Record<string, unknown> | undefined;
          strict?: boolean | null | undefined;
          description?: string | undefined;
          [key: string]: unknown;
        };
        [key: string]: unknown;
      }
    | undefined;
  n?: number | null | undefined;
  [key: string]: unknown;
}

export const ChatCompletionBodySchema: z.ZodType<ChatCompletionBody> = z.looseObject({
  model: z
    .string({ error: "you must provide a model parameter" })
    .min(1, "you must provide a model parameter"),
  messages: z.array(ChatMessage).min(1, "[] is too short - 'messages'"),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  response_format: ResponseFormat.optional(),
  n: z.number().int().positive().nullish(),
});

/** The text of each message, content parts joined, for token counting. */
function messageTexts(body: ChatCompletionBody): { content: string }[] {
  return body.messages.map((m) => ({
    content:
      typeof m.content === "string"
        ? m.content
        : Array.isArray(m.content)
          ? m.content.map((p) => p.text ?? "").join("")
          : "",
  }));
}

export function promptTokensOf(body: ChatCompletionBody): number {
  return estimatePromptTokens(messageTexts(body));
}

/** Output budget the request reserves, which OpenAI charges against TPM up front. */
export function maxOutputTokensOf(body: ChatCompletionBody): number | undefined {
  return body.max_completion_tokens ?? body.max_tokens ?? undefined;
}

/**
 * What the fake model says: a sample valid against the requested JSON Schema, a small object
 * in JSON mode, otherwise a sentence quoting the last user message. May throw on a schema it
 * cannot satisfy.
 */
export function defaultReply(body: ChatCompletionBody): string | object {
  const format = body.response_format;
  if (format?.type === "json_schema") {
    return sampleFromJsonSchema(format.json_schema.schema ?? { type: "object" }) as object;
  }
  if (format?.type === "json_object") return { result: "Example result", ok: true };
  const texts = messageTexts(body);
  const last = texts[texts.length - 1]?.content ?? "";
  const quoted = last.length > 60 ? `${last.slice(0, 57)}...` : last;
  return `This is a fake reply to: ${quoted}`;
}

export interface CompletionUsage {
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
}

/** Builds the `chat.completion` object, cutting the content to `max_tokens` the way the service does. */
export function buildCompletion(
  body: ChatCompletionBody,
  content: string,
  promptTokens: number,
  cachedTokens: number,
): { completion: object; usage: CompletionUsage } {
  const budget = maxOutputTokensOf(body);
  let text = content;
  let finishReason = "stop";
  if (budget !== undefined && estimateTextTokens(text) > budget) {
    text = text.slice(0, budget * 4);
    finishReason = "length";
  }
  const completionTokens = estimateTextTokens(text);
  const choices = Array.from({ length: body.n ?? 1 }, (_, index) => ({
    index,
    message: { role: "assistant", content: text, refusal: null, annotations: [] },
    logprobs: null,
    finish_reason: finishReason,
  }));
  const n = choices.length;
  const completion = {
    id: `chatcmpl-${randomId(29)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices,
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens * n,
      total_tokens: promptTokens + completionTokens * n,
      prompt_tokens_details: { cached_tokens: cachedTokens, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: "default",
    system_fingerprint: "fp_fake0000",
  };
  return {
    completion,
    usage: { promptTokens, completionTokens: completionTokens * n, cachedTokens },
  };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function randomId(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
