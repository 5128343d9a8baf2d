// Questions on a terminal (@clack/prompts). Only asked when the context is interactive: in CI or
// through a pipe osmosis never waits for input.
import * as clack from "@clack/prompts";
import type { CommandContext } from "./context.js";

export async function confirm(ctx: CommandContext, message: string): Promise<boolean> {
  if (!ctx.interactive) return false;
  const answer = await clack.confirm({ message, initialValue: true });
  return !clack.isCancel(answer) && answer === true;
}
