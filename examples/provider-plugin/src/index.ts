// A third-party provider plugin, written the way any package can: options in zod, a factory,
// errors mapped to core's hierarchy. It talks to an OpenAI-style chat endpoint with plain fetch.
import {
  definePlugin,
  defineProvider,
  errorFromHttpStatus,
  type GenerateRequest,
  type GenerateResult,
  LLMCancelledError,
  LLMConnectionError,
  LLMResponseError,
} from "@osmosis/core";
import { z } from "zod";

export const HttpChatOptions = z.strictObject({
  baseURL: z.url({ error: "must be the endpoint's base URL, e.g. http://localhost:8000/v1" }),
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1).default("default"),
});

function retryAfterMs(headers: Headers): number | undefined {
  const ms = Number(headers.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const seconds = Number(headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : undefined;
}

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
        choices?: Array<{ message?: { content?: string }; finish_reason?: string }>;
        usage?: { prompt_tokens: number; completion_tokens: number };
      }
    | undefined;
  if (!response.ok) {
    throw errorFromHttpStatus({
      status: response.status,
      message: body?.error?.message ?? response.statusText,
      provider: "http-chat",
      vendorCode: body?.error?.code ?? body?.error?.type,
      retryAfterMs: retryAfterMs(response.headers),
    });
  }
  const text = body?.choices?.[0]?.message?.content ?? "";
  const result: GenerateResult = {
    text,
    finishReason: body?.choices?.[0]?.finish_reason === "length" ? "length" : "stop",
    model: body?.model ?? request.model,
  };
  if (body?.usage) {
    result.usage = {
      inputTokens: body.usage.prompt_tokens,
      outputTokens: body.usage.completion_tokens,
    };
  }
  if (request.output) {
    try {
      result.json = JSON.parse(text);
    } catch (error) {
      throw new LLMResponseError("http-chat: the answer is not JSON.", {
        provider: "http-chat",
        output: text,
        cause: error,
        retryable: true,
      });
    }
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
