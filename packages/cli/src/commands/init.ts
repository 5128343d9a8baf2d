// PLACEHOLDER: being written by a helper (osmosis init).
import type { CommandContext } from "../context.js";

export interface InitFlags {
  provider?: string | undefined;
  model?: string | undefined;
  projectDir?: string | undefined;
  force?: boolean | undefined;
  yes?: boolean | undefined;
}

export async function initCommand(_ctx: CommandContext, _flags: InitFlags): Promise<number> {
  throw new Error("not written yet");
}
