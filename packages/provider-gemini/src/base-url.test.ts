import { describe, expect, it } from "vitest";
import { normalizeGeminiBaseUrl } from "./base-url.js";

describe("normalizeGeminiBaseUrl", () => {
  it.each([
    {
      url: "https://generativelanguage.googleapis.com/v1beta/openai",
      expected: { baseUrl: "https://generativelanguage.googleapis.com", apiVersion: "v1beta" },
    },
    {
      url: "https://generativelanguage.googleapis.com/v1beta/openai/",
      expected: { baseUrl: "https://generativelanguage.googleapis.com", apiVersion: "v1beta" },
    },
    {
      url: "https://generativelanguage.googleapis.com/",
      expected: { baseUrl: "https://generativelanguage.googleapis.com" },
    },
    {
      url: "https://gateway.example.com/google/v1",
      expected: { baseUrl: "https://gateway.example.com/google", apiVersion: "v1" },
    },
    {
      url: "https://gateway.example.com/google/v1alpha",
      expected: { baseUrl: "https://gateway.example.com/google", apiVersion: "v1alpha" },
    },
    {
      url: "http://127.0.0.1:8080",
      expected: { baseUrl: "http://127.0.0.1:8080" },
    },
  ])("$url → $expected", ({ url, expected }) => {
    expect(normalizeGeminiBaseUrl(url)).toEqual(expected);
  });
});
