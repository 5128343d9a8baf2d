import { describe, expect, it } from "vitest";
import { DEFAULT_TOKEN_SCOPE, normalizeTokenScope } from "./token-scope.js";

describe("normalizeTokenScope", () => {
  it.each([
    [undefined, DEFAULT_TOKEN_SCOPE],
    ["", DEFAULT_TOKEN_SCOPE],
    ["  ", DEFAULT_TOKEN_SCOPE],
    ["https://cognitiveservices.azure.com", "https://cognitiveservices.azure.com/.default"],
    ["https://cognitiveservices.azure.com/", "https://cognitiveservices.azure.com/.default"],
    [
      " https://cognitiveservices.azure.com/.default ",
      "https://cognitiveservices.azure.com/.default",
    ],
    ["https://ai.azure.com/.default", "https://ai.azure.com/.default"],
    ["api://my-gateway", "api://my-gateway/.default"],
    ["api://my-gateway/access_as_user", "api://my-gateway/access_as_user"],
    ["00000000-1111-2222-3333-444444444444", "00000000-1111-2222-3333-444444444444/.default"],
  ])("%j → %s", (scope, expected) => {
    expect(normalizeTokenScope(scope)).toBe(expected);
  });
});
