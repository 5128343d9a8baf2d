// Reads an Ollama host the ways users write it: OLLAMA_HOST's bare `host:port`, or an OpenAI-style base URL ending in /v1.

export const DEFAULT_HOST = "http://127.0.0.1:11434";
const DEFAULT_PORT = "11434";

/**
 * The server root the SDK appends `/api/chat` to. Follows Ollama's OLLAMA_HOST convention
 * (`127.0.0.1`, `:11434`, `0.0.0.0:11434`, `https://ollama.example.com`; no scheme means http
 * and port 11434), and drops a trailing `/v1` (dbt-osmosis's OLLAMA_BASE_URL points at the
 * OpenAI-compatible API) or `/api`. A bind-all address (`0.0.0.0`, `[::]`) means this machine.
 * Throws a `TypeError` saying what is wrong.
 */
export function normalizeHost(raw: string): string {
  let text = raw.trim();
  if (!text) throw new TypeError("is empty");
  if (text.startsWith(":")) text = `127.0.0.1${text}`;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!hasScheme) {
    const hostPort = text.split("/")[0] ?? "";
    const hasPort = /^(\[[^\]]*\]|[^:]*):\d+$/.test(hostPort);
    text = `http://${hasPort ? text : `${hostPort}:${DEFAULT_PORT}${text.slice(hostPort.length)}`}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TypeError(`"${raw}" is not a host such as http://127.0.0.1:11434`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`"${raw}" must use http or https`);
  }
  if (url.username || url.password) {
    throw new TypeError("must not contain credentials; set apiKey or headers instead");
  }
  if (url.hostname === "0.0.0.0") url.hostname = "127.0.0.1";
  if (url.hostname === "[::]") url.hostname = "[::1]";
  const path = url.pathname.replace(/\/+$/, "").replace(/\/(v1|api)$/, "");
  return `${url.origin}${path}`;
}
