import type { CommandContext } from "../context.js";
import { JsonDisplay } from "./json.js";
import { LiveDisplay } from "./live.js";
import { PlainDisplay } from "./plain.js";
import type { RunDisplay } from "./types.js";

export type { RunDisplay } from "./types.js";

/** JSON lines when asked; else the live panel on a terminal (not in CI), plain lines otherwise. */
export function createRunDisplay(
  ctx: CommandContext,
  options: { live: boolean; json?: boolean },
): RunDisplay {
  if (options.json) return new JsonDisplay(ctx.stdout, ctx.stderr);
  return options.live
    ? new LiveDisplay(ctx.stdout, ctx.colors)
    : new PlainDisplay(ctx.stdout, ctx.stderr, ctx.colors);
}
