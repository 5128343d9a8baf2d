// PLACEHOLDER: being written by a helper (osmosis prompts list|show|eject).
import type { CommandContext } from "../context.js";
import type { ProjectFlags } from "../setup.js";

export interface PromptsFlags extends ProjectFlags {
  prompts?: string | undefined;
  node?: string | undefined;
  out?: string | undefined;
}

export async function promptsCommand(
  _ctx: CommandContext,
  _action: "list" | "show" | "eject",
  _flags: PromptsFlags,
): Promise<number> {
  throw new Error("not written yet");
}
