// The osmosis request ⇄ `models.generateContent` parameters.
import type { Content, GenerateContentConfig, GenerateContentParameters } from "@google/genai";
import type { GenerateRequest } from "@osmosis/core";

/**
 * How structured output is asked for: `json_schema` sends the JSON Schema as
 * `responseJsonSchema` with `responseMimeType: "application/json"`; `json` sends only the mime
 * type (valid JSON, shape not enforced); `none` asks for plain text and reads JSON out of it.
 */
export type GeminiStructuredOutputMode = "json_schema" | "json" | "none";

export interface GeminiRequestOptions {
  structuredOutput: GeminiStructuredOutputMode;
  /** `thinkingConfig.thinkingBudget` for 2.5 models: 0 turns thinking off (Flash), -1 is dynamic. */
  thinkingBudget?: number | undefined;
}

export function toGenerateContentParams(
  request: GenerateRequest,
  options: GeminiRequestOptions,
): GenerateContentParameters {
  // Gemini has no system role in `contents`: system messages join the system instruction.
  const system = [
    request.system,
    ...request.messages.filter((m) => m.role === "system").map((m) => m.content),
  ]
    .filter((s): s is string => typeof s === "string" && s.length > 0)
    .join("\n\n");
  const contents: Content[] = request.messages
    .filter((m) => m.role !== "system")
    .map((m) => ({
      role: m.role === "assistant" ? "model" : "user",
      parts: [{ text: m.content }],
    }));

  const config: GenerateContentConfig = {
    // One generate() is one HTTP request: core owns retries, timeouts and token accounting.
    automaticContinuation: false,
  };
  if (request.signal) config.abortSignal = request.signal;
  if (system) config.systemInstruction = system;
  if (request.temperature !== undefined) config.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined) config.maxOutputTokens = request.maxOutputTokens;
  if (options.thinkingBudget !== undefined) {
    config.thinkingConfig = { thinkingBudget: options.thinkingBudget };
  }
  if (request.output && options.structuredOutput !== "none") {
    config.responseMimeType = "application/json";
    if (options.structuredOutput === "json_schema") {
      config.responseJsonSchema = request.output.schema;
    }
  }
  return { model: request.model, contents, config };
}
