// PLACEHOLDER: being written by a helper (osmosis test-llm / doctor).
import type { CommandContext } from "../context.js";
import type { LlmFlags, ProjectFlags } from "../setup.js";

export async function testLlmCommand(
  _ctx: CommandContext,
  _flags: ProjectFlags & LlmFlags,
): Promise<number> {
  throw new Error("not written yet");
}
