// Scrubs credentials out of any text that may reach a log line, an error message or a report.

const SECRET_PATTERNS: readonly RegExp[] = [
  // OpenAI / Anthropic / OpenRouter style keys: sk-..., sk-proj-..., sk-ant-api03-...
  /\bsk-[A-Za-z0-9_-]{8,}/g,
  // Google API keys
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  // Azure OpenAI / Cognitive Services keys: 32 hex characters
  /\b[A-Fa-f0-9]{32}\b/g,
  // Bearer tokens (Azure Entra ID, gateways)
  /\b(Bearer\s+)[A-Za-z0-9._~+/-]{8,}=*/gi,
  // key=value and "api-key": "value" shapes (query strings, headers, JSON bodies)
  /((?:api[-_]?key|x-api-key|x-goog-api-key|authorization|access[-_]?token|client[-_]?secret)["']?\s*[:=]\s*["']?)(?!\[REDACTED\])[^\s"',&}]{6,}/gi,
  // Keys in query strings (Gemini's `?key=`)
  /([?&](?:key|api_key|apikey|token|access_token)=)(?!\[REDACTED\])[^&\s"']{6,}/gi,
];

const MASK = "[REDACTED]";

/**
 * Replaces every API key, bearer token and credential-looking value in `text` with
 * `[REDACTED]`. `secrets` adds exact values known to be secret (e.g. the configured key),
 * which catches keys of shapes no pattern knows.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 6) out = out.split(secret).join(MASK);
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: unknown) =>
      typeof prefix === "string" && match.startsWith(prefix) ? `${prefix}${MASK}` : MASK,
    );
  }
  return out;
}
