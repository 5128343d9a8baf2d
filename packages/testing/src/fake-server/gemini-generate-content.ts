// The generateContent exchange: the request body the fake Gemini accepts and the GenerateContentResponse it answers with.
import { z } from "zod";
import { estimatePromptTokens, estimateTextTokens } from "../token-estimate.js";
import { randomId } from "./chat-completion.js";
import { geminiSchemaToJsonSchema } from "./gemini-schema.js";
import { sampleFromJsonSchema } from "./json-schema-sample.js";

const Part = z.looseObject({ text: z.string().optional(), thought: z.boolean().optional() });
const Content = z.looseObject({ role: z.string().optional(), parts: z.array(Part) });

/** The part of a `POST …/models/{model}:generateContent` body the fake reads; other fields pass through unchecked. */
export interface GenerateContentBody {
  contents: { role?: string | undefined; parts: { text?: string | undefined }[] }[];
  systemInstruction?:
    | { role?: string | undefined; parts: { text?: string | undefined }[] }
    | undefined;
  generationConfig?:
    | {
        temperature?: number | undefined;
        maxOutputTokens?: number | undefined;
        candidateCount?: number | undefined;
        responseMimeType?: string | undefined;
        /** Gemini's OpenAPI-subset schema (`type: "OBJECT"`). */
        responseSchema?: Record<string, unknown> | undefined;
        /** A JSON Schema. */
        responseJsonSchema?: unknown;
        [key: string]: unknown;
      }
    | undefined;
  [key: string]: unknown;
}

export const GenerateContentBodySchema: z.ZodType<GenerateContentBody> = z.looseObject({
  contents: z
    .array(Content, { error: "* GenerateContentRequest.contents: contents is not specified\n" })
    .min(1, "* GenerateContentRequest.contents: contents is not specified\n"),
  systemInstruction: Content.optional(),
  generationConfig: z
    .looseObject({
      temperature: z.number().min(0).max(2).optional(),
      maxOutputTokens: z.number().int().positive().optional(),
      candidateCount: z.number().int().positive().optional(),
      responseMimeType: z.string().optional(),
      responseSchema: z.record(z.string(), z.unknown()).optional(),
      responseJsonSchema: z.unknown().optional(),
    })
    .optional(),
});

/** Why the API would reject this generation config, or undefined when it accepts it. */
export function generationConfigProblem(body: GenerateContentBody): string | undefined {
  const config = body.generationConfig;
  if (!config) return undefined;
  const hasSchema = config.responseSchema !== undefined || config.responseJsonSchema !== undefined;
  if (config.responseSchema !== undefined && config.responseJsonSchema !== undefined) {
    return "* GenerateContentRequest.generation_config.response_schema: response_schema and response_json_schema cannot both be set.\n";
  }
  if (hasSchema && config.responseMimeType !== "application/json") {
    return "* GenerateContentRequest.generation_config.response_mime_type: response_mime_type must be application/json when a response schema is set.\n";
  }
  return undefined;
}

function textOf(content: { parts: { text?: string | undefined }[] }): string {
  return content.parts.map((p) => p.text ?? "").join("");
}

export function promptTokensOf(body: GenerateContentBody): number {
  const texts = body.contents.map((c) => ({ content: textOf(c) }));
  if (body.systemInstruction) texts.unshift({ content: textOf(body.systemInstruction) });
  return estimatePromptTokens(texts);
}

/**
 * What the fake model says: for `responseMimeType: "application/json"`, a sample valid against
 * `responseJsonSchema` or `responseSchema` (or a small object without a schema); otherwise a
 * sentence quoting the last user turn. May throw on a schema it cannot satisfy.
 */
export function defaultGeminiReply(body: GenerateContentBody): string | object {
  const config = body.generationConfig;
  if (config?.responseMimeType === "application/json") {
    if (typeof config.responseJsonSchema === "object" && config.responseJsonSchema !== null) {
      return sampleFromJsonSchema(config.responseJsonSchema as Record<string, unknown>) as object;
    }
    if (config.responseSchema !== undefined) {
      return sampleFromJsonSchema(geminiSchemaToJsonSchema(config.responseSchema)) as object;
    }
    return { result: "Example result", ok: true };
  }
  const last = body.contents.at(-1);
  const text = last ? textOf(last) : "";
  const quoted = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `This is a fake reply to: ${quoted}`;
}

export interface GeminiUsage {
  promptTokens: number;
  candidatesTokens: number;
  cachedTokens: number;
}

/**
 * Builds the GenerateContentResponse, cutting the text to `maxOutputTokens` (finish reason
 * `MAX_TOKENS`) as the service does. Zero counts are left out, as proto3 JSON leaves them out.
 */
export function buildGenerateContentResponse(
  body: GenerateContentBody,
  modelVersion: string,
  content: string,
  promptTokens: number,
  cachedTokens: number,
): { response: object; usage: GeminiUsage } {
  const budget = body.generationConfig?.maxOutputTokens;
  let text = content;
  let finishReason = "STOP";
  if (budget !== undefined && estimateTextTokens(text) > budget) {
    text = text.slice(0, budget * 4);
    finishReason = "MAX_TOKENS";
  }
  const n = body.generationConfig?.candidateCount ?? 1;
  const candidates = Array.from({ length: n }, (_, index) => ({
    content: { parts: [{ text }], role: "model" },
    finishReason,
    index,
  }));
  const candidatesTokens = estimateTextTokens(text) * n;
  const usageMetadata: Record<string, unknown> = {
    promptTokenCount: promptTokens,
    candidatesTokenCount: candidatesTokens,
    totalTokenCount: promptTokens + candidatesTokens,
    promptTokensDetails: [{ modality: "TEXT", tokenCount: promptTokens }],
  };
  if (cachedTokens > 0) {
    usageMetadata.cachedContentTokenCount = cachedTokens;
    usageMetadata.cacheTokensDetails = [{ modality: "TEXT", tokenCount: cachedTokens }];
  }
  return {
    response: { candidates, usageMetadata, modelVersion, responseId: randomId(23) },
    usage: { promptTokens, candidatesTokens, cachedTokens },
  };
}
