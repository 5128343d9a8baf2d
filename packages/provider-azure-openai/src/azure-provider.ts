// The shared OpenAI chat provider, with Azure's errors made specific (deployment, Entra ID, content
// filter) and the verdicts of its content filter read off a filtered answer.
import type { ContentFilterResultsForChoiceOutput } from "@azure/openai/types";
import { type GenerateRequest, type GenerateResult, LLMError } from "@osmosis/core";
import { type ChatProviderOptions, OpenAIChatProvider } from "@osmosis/provider-openai";
import type { AzureOpenAI, OpenAI } from "openai";
import { type AzureErrorContext, filteredCategories, refineAzureError } from "./azure-errors.js";

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

  /**
   * Azure's filter on the answer (the prompt's is a 400) ends the choice with `content_filter`
   * and no content; its `content_filter_results` say which categories it flagged.
   */
  protected override toResult(
    completion: OpenAI.Chat.Completions.ChatCompletion,
    headers: Headers,
  ): GenerateResult {
    const result = super.toResult(completion, headers);
    if (result.finishReason !== "content_filter" || result.refusal !== undefined) return result;
    const choice = completion.choices?.[0] as
      | { content_filter_results?: ContentFilterResultsForChoiceOutput }
      | undefined;
    const categories = filteredCategories(choice?.content_filter_results);
    if (categories) result.refusal = `Azure's content filter flagged ${categories}`;
    return result;
  }
}
