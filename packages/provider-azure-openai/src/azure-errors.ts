// Azure-specific sharpening of the errors the shared OpenAI mapping produces: what to check on Azure.
import type {
  ContentFilterResultDetailsForPromptOutput,
  ContentFilterResultsForChoiceOutput,
} from "@azure/openai/types";
import {
  AuthenticationError,
  ContentFilterError,
  InvalidRequestError,
  LLMError,
  type LLMErrorOptions,
  NotFoundError,
  PermissionDeniedError,
} from "@osmosis/core";
import { APIError } from "openai";

export interface AzureErrorContext {
  auth: "api-key" | "entra-id";
  /** The deployment the request named. */
  deployment: string;
  endpoint: string;
  tokenScope: string;
}

/** Azure's `error` object: OpenAI's fields plus `innererror` on content-filter answers. */
interface AzureErrorObject {
  message?: unknown;
  code?: unknown;
  innererror?: {
    code?: unknown;
    content_filter_result?: ContentFilterResultDetailsForPromptOutput;
  };
}

/** A failure the token provider raised, which the SDK wrapped (and the shared mapping re-wrapped). */
function buriedOsmosisError(error: LLMError): LLMError | undefined {
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++) {
    if (LLMError.isInstance(cause)) return cause;
    cause = cause.cause;
  }
  return undefined;
}

/** `violence (medium), hate (high)`: the categories Azure's filter flagged, in a prompt or an answer. */
export function filteredCategories(
  result:
    | ContentFilterResultDetailsForPromptOutput
    | ContentFilterResultsForChoiceOutput
    | undefined,
): string {
  if (!result) return "";
  return Object.entries(result)
    .filter(([, verdict]) => (verdict as { filtered?: unknown } | undefined)?.filtered === true)
    .map(([category, verdict]) => {
      const severity = (verdict as { severity?: unknown }).severity;
      return typeof severity === "string" ? `${category} (${severity})` : category;
    })
    .join(", ");
}

/** Returns a clearer error for Azure's own failure modes, or `error` unchanged. */
export function refineAzureError(error: LLMError, context: AzureErrorContext): LLMError {
  const buried = buriedOsmosisError(error);
  if (buried && !(error.cause instanceof APIError)) return buried;
  const api = error.cause instanceof APIError ? error.cause : undefined;
  if (!api) return error;
  const body = (api.error ?? {}) as AzureErrorObject;
  const vendorMessage = typeof body.message === "string" ? body.message : api.message;
  const what = `azure-openai ${api.status ?? "error"}: ${vendorMessage}`;
  const base: LLMErrorOptions = {
    provider: "azure-openai",
    status: error.status,
    requestId: error.requestId,
    cause: api,
  };

  if (ContentFilterError.isInstance(error)) {
    const categories = filteredCategories(body.innererror?.content_filter_result);
    return new ContentFilterError(categories ? `${what} Flagged: ${categories}.` : what, {
      ...base,
      hint: "Azure's content filter blocked the prompt; rephrase it, or ask the resource's admin about the deployment's content filter.",
    });
  }
  if (NotFoundError.isInstance(error)) {
    const hint =
      body.code === "DeploymentNotFound"
        ? `No deployment "${context.deployment}" at ${context.endpoint}: check AZURE_OPENAI_DEPLOYMENT_NAME (or the model in osmosis.config.ts) against the resource's deployments. A deployment made in the last 5 minutes may not be ready yet.`
        : `Check the endpoint (${context.endpoint}; AZURE_OPENAI_ENDPOINT, e.g. https://<resource>.openai.azure.com) and the apiVersion.`;
    return new NotFoundError(what, { ...base, hint });
  }
  if (AuthenticationError.isInstance(error) || PermissionDeniedError.isInstance(error)) {
    const hint =
      context.auth === "entra-id"
        ? `The Microsoft Entra ID token was refused: check tokenScope (${context.tokenScope}; AZURE_OPENAI_AD_TOKEN_SCOPE) and that the signed-in identity has the "Cognitive Services OpenAI User" role on the resource at ${context.endpoint}.`
        : `Check AZURE_OPENAI_API_KEY: it must be a key of the resource at ${context.endpoint} (Keys and Endpoint in the Azure portal), and the resource's network rules must admit this machine.`;
    const ErrorClass = AuthenticationError.isInstance(error)
      ? AuthenticationError
      : PermissionDeniedError;
    return new ErrorClass(what, { ...base, hint });
  }
  const version = /enabled only for api versions (\S+) and later/i.exec(vendorMessage)?.[1];
  if (version && InvalidRequestError.isInstance(error)) {
    return new InvalidRequestError(what, {
      ...base,
      hint: `Set apiVersion (OPENAI_API_VERSION or AZURE_OPENAI_API_VERSION) to ${version} or later.`,
    });
  }
  return error;
}
