import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./closest.js";

describe("editDistance", () => {
  it.each([
    ["model", "model", 0],
    ["Model", "model", 0],
    ["sytem", "system", 1],
    ["modle", "model", 1],
    ["", "sql", 3],
    ["temprature", "temperature", 1],
    ["user", "system", 4],
  ])("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("closest", () => {
  const parts = ["system", "user", "temperature", "maxOutputTokens"];
  it.each([
    ["sytem", parts, "system"],
    ["usr", parts, "user"],
    ["maxTokens", parts, undefined],
    ["prompt", parts, undefined],
    ["modl", ["model", "source"], "model"],
    // A tie goes to the earlier candidate, which callers list as the likelier.
    ["ab", ["aa", "bb"], "aa"],
  ])("%s among %j is %s", (name, candidates, expected) => {
    expect(closest(name, candidates)).toBe(expected);
  });
});
