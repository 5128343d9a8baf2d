// The shape every fake vendor server shares, so the conformance kit can drive any of them.
import type { FakeServerStats, RecordedRequest } from "../fake-openai-server.js";
import type { FakeFault } from "./faults.js";

/**
 * A loopback server speaking one vendor's wire protocol. Faults use one vocabulary for every
 * vendor; each server answers them with that vendor's own status codes, headers and error bodies.
 */
export interface FakeVendorServer {
  /** Base URL to give the vendor's SDK. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  readonly stats: FakeServerStats;
  /** Queues faults; each is consumed by the next generation request, in order. */
  script(faults: readonly FakeFault[]): void;
  reset(): void;
  close(): Promise<void>;
}
