// The one token estimate both test doubles use, so a client's accounting can be compared with theirs.

/** Characters per token, the usual rule of thumb for English text with OpenAI tokenizers. */
const CHARS_PER_TOKEN = 4;

/** Per-message overhead (role and separators), as OpenAI's chat format adds a few tokens per message. */
const TOKENS_PER_MESSAGE = 4;

/** Tokens in a piece of text: `ceil(chars / 4)`. */
export function estimateTextTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/** Tokens in a prompt: per message, `ceil(chars / 4) + 4`. */
export function estimatePromptTokens(messages: readonly { content: string }[]): number {
  let total = 0;
  for (const message of messages) total += estimateTextTokens(message.content) + TOKENS_PER_MESSAGE;
  return total;
}
