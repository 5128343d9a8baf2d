// `--log-format json`: the run as JSON lines on stdout, one per event (the last carries the
// report), for a tool that drives osmosis (a CI step, an editor); log lines go to stderr.
import type { RunEvent } from "@osmosis/dbt";
import type { Output } from "../context.js";
import type { RunDisplay } from "./types.js";

export class JsonDisplay implements RunDisplay {
  readonly #out: Output;
  readonly #err: Output;
  readonly #now: () => Date;

  constructor(out: Output, err: Output, now: () => Date = () => new Date()) {
    this.#out = out;
    this.#err = err;
    this.#now = now;
  }

  onEvent(event: RunEvent): void {
    this.#out.write(`${JSON.stringify({ time: this.#now().toISOString(), ...event })}\n`);
  }

  log(line: string): void {
    this.#err.write(`${line}\n`);
  }

  pause(): void {}
  resume(): void {}
  close(): void {}
}
