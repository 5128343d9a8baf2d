// What a documentation run tells a display as it goes: one event per step of each node, the
// waits and retries of its calls, and the money spent so far.
import type { CostEstimate } from "./estimate.js";
import type { RunReport } from "./report.js";

export type RunEvent =
  | {
      type: "planned";
      nodes: number;
      nodesNeedingLlm: number;
      columnsLlm: number;
      columnsInherited: number;
      estimate: CostEstimate;
    }
  /** A node's calls are about to go out (it waited for its upstream nodes). */
  | { type: "started"; uniqueId: string; name: string; calls: number }
  /** A node done with inheritance alone: no call. */
  | { type: "inherited"; uniqueId: string; name: string; columns: number }
  /** A node written with the LLM's answer. */
  | {
      type: "documented";
      uniqueId: string;
      name: string;
      description: boolean;
      columns: number;
      inherited: number;
      needsHuman: string[];
      /** Every call was served from the response cache. */
      cached: boolean;
    }
  | {
      type: "failed";
      uniqueId: string;
      name: string;
      code: string;
      message: string;
      /** It goes back in the queue once, at the end. */
      willRetry: boolean;
    }
  /** A call is sent again after a failure. */
  | { type: "retried"; uniqueId: string; retry: number; reason: string; delayMs: number }
  /** The vendor refused a call with a rate limit: it waits `waitMs` before asking again. */
  | { type: "rate-limited"; uniqueId: string; waitMs: number }
  /** After each call: what the run has spent (null when a price is unknown). */
  | {
      type: "cost";
      spentUsd: number | null;
      calls: number;
      cacheHits: number;
      inputTokens: number;
      outputTokens: number;
    }
  | { type: "finished"; report: RunReport };

export type RunEventListener = (event: RunEvent) => void;
