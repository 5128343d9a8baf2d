// Azure OpenAI's error bodies where they differ from OpenAI's, word for word as the service sends them.

/** Azure's usual envelope: `code` is a string (often the status, as `"401"`), and there is no `type`. */
export interface AzureErrorBody {
  error: { code: string; message: string; [key: string]: unknown };
}

function body(code: string, message: string): AzureErrorBody {
  return { error: { code, message } };
}

/** A wrong or missing `api-key` header. */
export function azureInvalidKey(): AzureErrorBody {
  return body(
    "401",
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.",
  );
}

/**
 * A rejected Microsoft Entra ID token. The gateway in front of the service answers this one,
 * without the `error` envelope.
 */
export function azureInvalidToken(): { statusCode: number; message: string } {
  return {
    statusCode: 401,
    message:
      "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.",
  };
}

export function azureForbidden(): AzureErrorBody {
  return body("403", "Access denied due to Virtual Network/Firewall rules.");
}

export function deploymentNotFound(): AzureErrorBody {
  return body(
    "DeploymentNotFound",
    "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.",
  );
}

/** An unknown path, or a request without `?api-version=`. */
export function resourceNotFound(): AzureErrorBody {
  return body("404", "Resource not found");
}

export function azureRateLimited(details: {
  apiVersion: string;
  kind: "requests" | "tokens";
  retryAfterSeconds: number;
}): AzureErrorBody {
  const limit = details.kind === "requests" ? "call rate limit" : "token rate limit";
  const seconds =
    details.retryAfterSeconds === 1 ? "1 second" : `${details.retryAfterSeconds} seconds`;
  return body(
    "429",
    `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${details.apiVersion} have exceeded ${limit} of your current OpenAI S0 pricing tier. Please retry after ${seconds}. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
  );
}

export function azureServerError(status: number): AzureErrorBody {
  if (status === 503) {
    return body(
      "ServiceUnavailable",
      "The service is temporarily unable to process your request. Please try again later.",
    );
  }
  return body(
    "InternalServerError",
    "The server had an error while processing your request. Sorry about that!",
  );
}

export type ContentFilterCategory = "hate" | "sexual" | "violence" | "self_harm";

/** Every category judged safe, the one named as filtered at `severity`. */
export function contentFilterResults(
  filtered?: ContentFilterCategory,
  severity: "low" | "medium" | "high" = "medium",
): Record<string, { filtered: boolean; severity: string }> {
  const categories: ContentFilterCategory[] = ["hate", "self_harm", "sexual", "violence"];
  return Object.fromEntries(
    categories.map((c) => [
      c,
      c === filtered ? { filtered: true, severity } : { filtered: false, severity: "safe" },
    ]),
  );
}

/** The 400 Azure answers when its content filter blocks the prompt (OpenAI's field layout, Azure's `innererror`). */
export function promptFiltered(category: ContentFilterCategory = "violence"): AzureErrorBody {
  return {
    error: {
      message:
        "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
      type: null,
      param: "prompt",
      code: "content_filter",
      status: 400,
      innererror: {
        code: "ResponsibleAIPolicyViolation",
        content_filter_result: {
          ...contentFilterResults(category),
          jailbreak: { filtered: false, detected: false },
        },
      },
    },
  };
}
