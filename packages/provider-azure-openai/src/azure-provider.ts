// The shared OpenAI chat provider, with Azure's errors made specific (deployment, Entra ID, content filter).
import { type GenerateRequest, type GenerateResult, LLMError } from "@osmosis/core";
import { type ChatProviderOptions, OpenAIChatProvider } from "@osmosis/provider-openai";
import type { AzureOpenAI } from "openai";
import { type AzureErrorContext, refineAzureError } from "./azure-errors.js";

export class AzureOpenAIProvider extends OpenAIChatProvider {
  readonly #context: Omit<AzureErrorContext, "deployment">;

  constructor(
    client: AzureOpenAI,
    options: ChatProviderOptions,
    context: Omit<AzureErrorContext, "deployment">,
  ) {
    super(client, options);
    this.#context = context;
  }

  override async generate(request: GenerateRequest): Promise<GenerateResult> {
    try {
      return await super.generate(request);
    } catch (error) {
      if (!LLMError.isInstance(error)) throw error;
      throw refineAzureError(error, { ...this.#context, deployment: request.model });
    }
  }
}
