// The shared OpenAI chat provider, with hints for what goes wrong on a local LM Studio server.
import {
  type GenerateRequest,
  type GenerateResult,
  LLMConnectionError,
  LLMError,
  NotFoundError,
} from "@osmosis/core";
import { type ChatProviderOptions, OpenAIChatProvider } from "@osmosis/provider-openai";
import { APIError, type OpenAI } from "openai";

/** True when nothing listens at the address (LM Studio's server is not started). */
function connectionRefused(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === "ECONNREFUSED") return true;
  }
  return false;
}

export class LMStudioProvider extends OpenAIChatProvider {
  readonly #baseURL: string;

  constructor(client: OpenAI, options: ChatProviderOptions, baseURL: string) {
    super(client, options);
    this.#baseURL = baseURL;
  }

  /** LM Studio runs models on the user's own machine: its calls cost nothing. */
  isLocal(_model: string): boolean {
    return true;
  }

  override async generate(request: GenerateRequest): Promise<GenerateResult> {
    try {
      return await super.generate(request);
    } catch (error) {
      if (!LLMError.isInstance(error)) throw error;
      if (LLMConnectionError.isInstance(error) && connectionRefused(error)) {
        throw new LLMConnectionError(`lm-studio: nothing answers at ${this.#baseURL}.`, {
          provider: "lm-studio",
          cause: error.cause,
          hint: "Start LM Studio's server (Developer tab → Start Server, or `lms server start`) and load a model, or set LM_STUDIO_BASE_URL to where it listens.",
        });
      }
      if (NotFoundError.isInstance(error)) {
        const body = error.cause instanceof APIError ? error.cause.error : undefined;
        const message = (body as { message?: unknown } | undefined)?.message;
        const what = typeof message === "string" ? message : "the model was not found";
        throw new NotFoundError(`lm-studio ${error.status ?? "error"}: ${what}`, {
          provider: "lm-studio",
          status: error.status,
          requestId: error.requestId,
          cause: error.cause,
          hint: `Load the model in LM Studio (\`lms load <model>\`), or set LM_STUDIO_MODEL to one it lists (\`lms ls\`); "${request.model}" was asked for.`,
        });
      }
      throw error;
    }
  }
}
