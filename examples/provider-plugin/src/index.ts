// A third-party provider plugin, written the way any package can: options in zod, a factory,
// errors mapped to core's hierarchy, the vendor's answer returned as text for core to parse. It
// talks to an OpenAI-style chat endpoint with plain fetch.
import {
  definePlugin,
  defineProvider,
  errorFromHttpStatus,
  type FinishReason,
  type GenerateRequest,
  type GenerateResult,
  LLMCancelledError,
  LLMConnectionError,
  LLMResponseError,
  rateLimitFromHeaders,
  retryAfterFromHeaders,
} from "@osmosis/core";
import { z } from "zod";

export const HttpChatOptions = z.strictObject({
  baseURL: z.url({ error: "must be the endpoint's base URL, e.g. http://localhost:8000/v1" }),
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1).default("default"),
});

const FINISH: Record<string, FinishReason> = {
  stop: "stop",
  length: "length",
  content_filter: "content_filter",
  tool_calls: "tool_calls",
};

async function call(
  options: z.output<typeof HttpChatOptions>,
  request: GenerateRequest,
): Promise<GenerateResult> {
  const messages = [
    ...(request.system ? [{ role: "system", content: request.system }] : []),
    ...request.messages,
  ];
  let response: Response;
  try {
    response = await fetch(`${options.baseURL.replace(/\/$/, "")}/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: request.model,
        messages,
        temperature: request.temperature,
        max_tokens: request.maxOutputTokens,
        response_format: request.output
          ? {
              type: "json_schema",
              json_schema: {
                name: request.output.name,
                schema: request.output.schema,
                strict: true,
              },
            }
          : undefined,
      }),
      signal: request.signal ?? null,
    });
  } catch (error) {
    if (request.signal?.aborted) {
      throw new LLMCancelledError("http-chat: the request was aborted.", {
        provider: "http-chat",
        cause: error,
      });
    }
    throw new LLMConnectionError(`http-chat: could not reach ${options.baseURL}.`, {
      provider: "http-chat",
      cause: error,
      hint: "Check that the server runs and baseURL is right.",
    });
  }
  const body = (await response.json().catch(() => undefined)) as
    | {
        error?: { message?: string; code?: string; type?: string };
        model?: string;
        choices?: Array<{
          message?: { content?: string | null; refusal?: string | null };
          finish_reason?: string;
        }>;
        usage?: { prompt_tokens: number; completion_tokens: number };
      }
    | undefined;
  if (!response.ok) {
    throw errorFromHttpStatus({
      status: response.status,
      message: body?.error?.message ?? response.statusText,
      provider: "http-chat",
      vendorCode: body?.error?.code ?? body?.error?.type,
      retryAfterMs: retryAfterFromHeaders(response.headers),
      rateLimit: rateLimitFromHeaders(response.headers),
    });
  }
  if (!body) {
    // Not a chat completion at all (a proxy's HTML page): there is no answer to return.
    throw new LLMResponseError("http-chat: the server's answer is not a chat completion.", {
      provider: "http-chat",
      retryable: true,
      hint: "Check that baseURL points at an OpenAI-style /v1 endpoint.",
    });
  }
  // The answer goes back as the vendor sent it, never parsed here: core parses and validates the
  // text after recording the usage, so an answer that is not JSON is still billed.
  const choice = body.choices?.[0];
  const refusal = choice?.message?.refusal || undefined;
  const result: GenerateResult = {
    text: choice?.message?.content ?? "",
    finishReason: refusal ? "content_filter" : (FINISH[choice?.finish_reason ?? ""] ?? "other"),
    model: body.model ?? request.model,
  };
  if (refusal) result.refusal = refusal;
  const rateLimit = rateLimitFromHeaders(response.headers);
  if (rateLimit) result.rateLimit = rateLimit;
  if (body.usage) {
    result.usage = {
      inputTokens: body.usage.prompt_tokens,
      outputTokens: body.usage.completion_tokens,
    };
  }
  return result;
}

export default definePlugin({
  name: "http-chat",
  packageName: "osmosis-provider-http-chat",
  description: "Any OpenAI-style chat endpoint, over plain fetch",
  options: HttpChatOptions,
  fromEnv: (env) => ({ baseURL: env.HTTP_CHAT_BASE_URL, apiKey: env.HTTP_CHAT_API_KEY }),
  create: (options) => {
    return defineProvider({
      id: "http-chat",
      defaultModel: options.model,
      capabilities: { jsonSchema: true, usage: true },
      generate: (request) =>
        call(options, request).catch((error: unknown) => {
          // A body read can still be cut by an abort after the headers arrived.
          if (request.signal?.aborted && !LLMCancelledError.isInstance(error)) {
            throw new LLMCancelledError("http-chat: the request was aborted.", {
              provider: "http-chat",
              cause: error,
            });
          }
          throw error;
        }),
    });
  },
});
