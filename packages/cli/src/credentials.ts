// Keys: which values must never be printed, and whether a provider failed for want of one.
import type { CommandContext } from "./context.js";

/** `providers` of the configuration: options per provider id. */
export type ProviderOptionsMap = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Values that must never be printed: every configured key and header, and the usual key variables. */
export function secretsOf(providers: ProviderOptionsMap, env: CommandContext["env"]): string[] {
  const out: string[] = [];
  const collect = (record: Readonly<Record<string, unknown>>) => {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === "string" && /key|token|secret|password|authorization/i.test(key)) {
        out.push(value);
      } else if (key === "headers" && value && typeof value === "object") {
        for (const [name, header] of Object.entries(value as Record<string, unknown>)) {
          if (typeof header === "string" && /auth|key|token|secret/i.test(name)) out.push(header);
        }
      }
    }
  };
  for (const options of Object.values(providers)) collect(options);
  for (const [name, value] of Object.entries(env)) {
    if (value && /(_API_KEY|_KEY|_TOKEN|_SECRET|PASSWORD)$/.test(name)) out.push(value);
  }
  return out;
}

/** A provider that cannot be built for want of a key (or endpoint) the user has not set yet. */
export function isMissingCredential(error: unknown): boolean {
  if (!(error instanceof Error) || (error as { code?: string }).code !== "config") return false;
  const field = String((error as { field?: unknown }).field ?? "");
  return (
    /apiKey|api_key|API_KEY|credential|endpoint|token/i.test(`${field} ${error.message}`) &&
    /not set|missing|required|no /i.test(error.message)
  );
}
