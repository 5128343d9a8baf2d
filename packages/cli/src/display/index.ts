import type { CommandContext } from "../context.js";
import { LiveDisplay } from "./live.js";
import { PlainDisplay } from "./plain.js";
import type { RunDisplay } from "./types.js";

export type { RunDisplay } from "./types.js";

/** The live panel on a terminal (not in CI), plain lines otherwise. */
export function createRunDisplay(ctx: CommandContext, options: { live: boolean }): RunDisplay {
  return options.live
    ? new LiveDisplay(ctx.stdout, ctx.colors)
    : new PlainDisplay(ctx.stdout, ctx.stderr, ctx.colors);
}
