// Reading JSON out of a model's answer, shared by every provider.

/**
 * Pulls a JSON value out of model text: as is, else from a ```json fence, else from the first
 * `{`/`[` to its last closing partner. JSON mode and plain-text models wrap answers in prose or
 * fences; strict structured output returns bare JSON, which the first attempt takes as is.
 * Throws a `SyntaxError` when no attempt parses.
 */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const attempts = [trimmed];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
  if (fence?.[1]) attempts.push(fence[1].trim());
  const start = trimmed.search(/[{[]/);
  if (start >= 0) {
    const close = trimmed[start] === "{" ? "}" : "]";
    const end = trimmed.lastIndexOf(close);
    if (end > start) attempts.push(trimmed.slice(start, end + 1));
  }
  for (const candidate of attempts) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next shape
    }
  }
  throw new SyntaxError("no JSON value found in the answer");
}
