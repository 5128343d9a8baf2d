// Not a terminal (CI, a pipe, a log file): one plain line per node as it ends, nothing redrawn.
import type { RunEvent } from "@osmosis/dbt";
import type { Colors, Output } from "../context.js";
import { nodeLabel, plural } from "./format.js";
import type { RunDisplay } from "./types.js";

export function nodeLine(event: RunEvent, colors: Colors): string | undefined {
  switch (event.type) {
    case "documented": {
      const parts = [];
      if (event.description) parts.push("description");
      if (event.columns > 0) parts.push(plural(event.columns, "column"));
      if (event.inherited > 0) parts.push(`${event.inherited} inherited`);
      if (event.needsHuman.length > 0) parts.push(`${event.needsHuman.length} for a person`);
      const mark = event.needsHuman.length > 0 ? colors.yellow("◐") : colors.green("✓");
      return `${mark} ${nodeLabel(event.uniqueId, event.name)}  ${colors.dim(`${parts.join(", ") || "nothing new"}${event.cached ? " (cached)" : ""}`)}`;
    }
    case "inherited":
      return `${colors.green("✓")} ${nodeLabel(event.uniqueId, event.name)}  ${colors.dim(`${plural(event.columns, "column")} inherited, no call`)}`;
    case "failed":
      return `${colors.red("✗")} ${nodeLabel(event.uniqueId, event.name)}  ${colors.red(event.code)} ${colors.dim(event.message.split("\n")[0] ?? "")}${event.willRetry ? colors.dim(" (will retry at the end)") : ""}`;
    default:
      return undefined;
  }
}

export class PlainDisplay implements RunDisplay {
  readonly #out: Output;
  readonly #err: Output;
  readonly #colors: Colors;
  #total = 0;
  #done = 0;

  constructor(out: Output, err: Output, colors: Colors) {
    this.#out = out;
    this.#err = err;
    this.#colors = colors;
  }

  onEvent(event: RunEvent): void {
    if (event.type === "planned") {
      this.#total = event.nodes;
      this.#out.write(
        `Planned ${plural(event.nodes, "node")}: ${event.nodesNeedingLlm} need the LLM (${plural(event.columnsLlm, "column")}), ${plural(event.columnsInherited, "column")} inherited for free\n`,
      );
      return;
    }
    if (event.type === "rate-limited") {
      this.#out.write(
        `${this.#colors.dim(`… the vendor's rate limit: waiting ${(event.waitMs / 1000).toFixed(1)} s`)}\n`,
      );
      return;
    }
    const line = nodeLine(event, this.#colors);
    if (!line) return;
    // A node's last word: progress as [done/total], for a CI log read after the fact.
    if (event.type !== "failed" || !event.willRetry) this.#done++;
    const width = String(this.#total).length;
    const progress = this.#colors.dim(`[${String(this.#done).padStart(width)}/${this.#total}]`);
    this.#out.write(`${progress} ${line}\n`);
  }

  log(line: string): void {
    this.#err.write(`${line}\n`);
  }

  pause(): void {}
  resume(): void {}
  close(): void {}
}
