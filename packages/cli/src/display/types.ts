import type { RunEvent } from "@osmosis/dbt";

/** Shows a documentation run as it goes: a live panel on a terminal, plain lines otherwise. */
export interface RunDisplay {
  onEvent(event: RunEvent): void;
  /** A log line (warnings, debug): printed above a live panel instead of through it. */
  log(line: string): void;
  /** Hide the panel while a prompt (an interactive review) owns the terminal. */
  pause(): void;
  resume(): void;
  /** Stop updating; leave what was printed. */
  close(): void;
}
