// On a terminal: finished nodes scroll above a small panel redrawn in place (log-update): nodes
// done of total, columns, tokens, cost so far, retries, the wait the vendor's limit asks, ETA.
// log-update rather than listr2: the panel is one status block, not a list of a thousand tasks.
import type { RunEvent } from "@osmosis/dbt";
import { createLogUpdate } from "log-update";
import type { Colors, Output } from "../context.js";
import { duration, nodeLabel, tokens, usd } from "./format.js";
import { nodeLine } from "./plain.js";
import type { RunDisplay } from "./types.js";

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export interface LiveDisplayOptions {
  /** Milliseconds since some origin; injectable for tests. */
  now?: () => number;
  /** Redraw period (default 120 ms); 0 redraws on events only. */
  refreshMs?: number;
}

export class LiveDisplay implements RunDisplay {
  readonly #colors: Colors;
  readonly #update: ReturnType<typeof createLogUpdate>;
  readonly #stream: NodeJS.WriteStream;
  readonly #now: () => number;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #started: number;
  #paused = false;
  #finished = false;
  /** Lines that came while a prompt had the terminal: printed when it gives it back. */
  readonly #held: string[] = [];
  /** Node's own warning printers, set aside while the panel owns the terminal. */
  readonly #warningListeners: NodeJS.WarningListener[];
  readonly #onWarning = (warning: Error) => this.log(`warning ${warning.name}: ${warning.message}`);
  #closed = false;
  #frame = 0;
  // What the panel shows.
  #total = 0;
  #llmTotal = 0;
  #done = 0;
  #llmDone = 0;
  #failed = 0;
  #columns = 0;
  #inherited = 0;
  #needsHuman = 0;
  #retries = 0;
  #spent: number | null = 0;
  #inputTokens = 0;
  #outputTokens = 0;
  #calls = 0;
  #cacheHits = 0;
  #waitUntil = 0;
  readonly #inFlight = new Map<string, string>();

  constructor(
    out: Output & { stream?: NodeJS.WritableStream },
    colors: Colors,
    options: LiveDisplayOptions = {},
  ) {
    this.#colors = colors;
    this.#now = options.now ?? (() => performance.now());
    this.#started = this.#now();
    const stream = (out.stream ?? process.stdout) as NodeJS.WriteStream;
    this.#stream = stream;
    this.#update = createLogUpdate(stream, { showCursor: false });
    // A process warning printed straight to stderr would tear the panel: it goes above it.
    this.#warningListeners = process.listeners("warning");
    process.removeAllListeners("warning");
    process.on("warning", this.#onWarning);
    const refresh = options.refreshMs ?? 120;
    if (refresh > 0) {
      this.#timer = setInterval(() => this.#render(), refresh);
      this.#timer.unref();
    }
  }

  onEvent(event: RunEvent): void {
    switch (event.type) {
      case "planned":
        this.#total = event.nodes;
        this.#llmTotal = event.nodesNeedingLlm;
        break;
      case "started":
        this.#inFlight.set(event.uniqueId, nodeLabel(event.uniqueId, event.name));
        break;
      case "documented":
        this.#inFlight.delete(event.uniqueId);
        this.#done++;
        this.#llmDone++;
        this.#columns += event.columns;
        this.#inherited += event.inherited;
        this.#needsHuman += event.needsHuman.length;
        this.#print(nodeLine(event, this.#colors));
        break;
      case "inherited":
        this.#done++;
        this.#inherited += event.columns;
        this.#print(nodeLine(event, this.#colors));
        break;
      case "failed":
        this.#inFlight.delete(event.uniqueId);
        if (!event.willRetry) {
          this.#done++;
          this.#llmDone++;
          this.#failed++;
        }
        this.#print(nodeLine(event, this.#colors));
        break;
      case "retried":
        this.#retries++;
        break;
      case "rate-limited":
        this.#waitUntil = Math.max(this.#waitUntil, this.#now() + event.waitMs);
        break;
      case "cost":
        this.#spent = event.spentUsd;
        this.#inputTokens = event.inputTokens;
        this.#outputTokens = event.outputTokens;
        this.#calls = event.calls;
        this.#cacheHits = event.cacheHits;
        break;
      case "finished":
        this.#done = this.#total;
        this.#finished = true;
        break;
    }
    this.#render();
  }

  log(line: string): void {
    this.#print(line);
  }

  pause(): void {
    this.#paused = true;
    this.#update.clear();
  }

  resume(): void {
    this.#paused = false;
    for (const line of this.#held.splice(0)) this.#stream.write(`${line}\n`);
    this.#render();
  }

  close(): void {
    if (this.#closed) return;
    if (this.#paused) this.resume();
    this.#render();
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    process.off("warning", this.#onWarning);
    for (const listener of this.#warningListeners) process.on("warning", listener);
    this.#update.done();
  }

  /** The panel's lines, for the terminal and for tests. */
  panel(): string {
    const c = this.#colors;
    const elapsed = this.#now() - this.#started;
    const spinner = this.#finished ? c.green("✓") : SPINNER[this.#frame++ % SPINNER.length];
    const pct = this.#total === 0 ? 100 : Math.floor((100 * this.#done) / this.#total);
    const lines = [
      `${this.#finished ? spinner : c.cyan(spinner ?? "")} ${c.bold(`${this.#done}/${this.#total} nodes`)} (${pct}%) · ${this.#columns} columns written · ${this.#inherited} inherited · ${this.#needsHuman} for a person${this.#failed ? ` · ${c.red(`${this.#failed} failed`)}` : ""}`,
      `  ${this.#calls} calls (${this.#cacheHits} cached) · ${tokens(this.#inputTokens)} in / ${tokens(this.#outputTokens)} out · ${usd(this.#spent)} · ${this.#retries} retries`,
    ];
    const wait = this.#waitUntil - this.#now();
    const remaining = this.#llmTotal - this.#llmDone;
    const eta =
      this.#llmDone > 0 && remaining > 0 ? (elapsed / this.#llmDone) * remaining : undefined;
    const status = [
      `elapsed ${duration(elapsed)}`,
      ...(eta !== undefined ? [`ETA ${duration(eta)}`] : []),
      ...(wait > 0
        ? [c.yellow(`waiting ${(wait / 1000).toFixed(1)} s for the vendor's rate limit`)]
        : []),
    ];
    lines.push(`  ${status.join(" · ")}`);
    if (this.#inFlight.size > 0) {
      const names = [...this.#inFlight.values()];
      const shown = names.slice(0, 4).join(", ");
      lines.push(c.dim(`  now: ${shown}${names.length > 4 ? ` +${names.length - 4}` : ""}`));
    }
    return lines.join("\n");
  }

  #print(line: string | undefined): void {
    if (line === undefined || this.#closed) return;
    if (this.#paused) {
      this.#held.push(line);
      return;
    }
    this.#update.clear();
    this.#stream.write(`${line}\n`);
    this.#render();
  }

  #render(): void {
    if (this.#paused || this.#closed) return;
    this.#update(this.panel());
  }
}
