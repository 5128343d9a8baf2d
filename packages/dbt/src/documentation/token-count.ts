// Prompt tokens before a call: counted with OpenAI's o200k_base encoding (gpt-tokenizer), exact
// for OpenAI's current models and within about 15–20% for other vendors' tokenizers; the bill
// itself always comes from the vendor's own `usage`.
import type { GenerateRequest } from "@osmosis/core";

export type TokenCounter = (text: string) => number;

/** Tokens a chat message costs beyond its text (role and separators), as OpenAI counts them. */
const MESSAGE_OVERHEAD = 3;
/** Tokens that prime the reply. */
const REPLY_PRIMING = 3;

let o200k: Promise<TokenCounter> | undefined;

/** The o200k_base counter, loaded once on first use (~300 ms). */
export function o200kTokenCounter(): Promise<TokenCounter> {
  o200k ??= import("gpt-tokenizer/encoding/o200k_base").then(
    (encoding) => (text: string) => encoding.countTokens(text),
  );
  return o200k;
}

/** A request's prompt tokens: system, messages and the answer's JSON Schema. */
export function requestTokens(request: GenerateRequest, count: TokenCounter): number {
  let total = REPLY_PRIMING;
  if (request.system) total += MESSAGE_OVERHEAD + count(request.system);
  for (const message of request.messages) total += MESSAGE_OVERHEAD + count(message.content);
  if (request.output) total += count(JSON.stringify(request.output.schema));
  return total;
}
