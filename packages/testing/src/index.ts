export { VirtualClock } from "@osmosis/core";
export { type CountingClock, countingClock } from "./counting-clock.js";
export { productionDependencies, VENDOR_SDKS } from "./dependencies.js";
export {
  type AnthropicMessagesBody,
  type AnthropicRateLimitOptions,
  type FakeAnthropicServer,
  type FakeAnthropicServerOptions,
  type FakeAnthropicServerStats,
  startFakeAnthropicServer,
} from "./fake-anthropic-server.js";
export {
  type FakeGeminiLatency,
  type FakeGeminiServer,
  type FakeGeminiServerOptions,
  type GenerateContentBody,
  startFakeGeminiServer,
} from "./fake-gemini-server.js";
export {
  type FakeOllamaLatency,
  type FakeOllamaServer,
  type FakeOllamaServerOptions,
  type FakeOllamaServerStats,
  type OllamaChatBody,
  startFakeOllamaServer,
} from "./fake-ollama-server.js";
export {
  type ChatCompletionBody,
  type FakeFault,
  type FakeLatency,
  type FakeOpenAIServer,
  type FakeOpenAIServerOptions,
  type LimitShapeOptions,
  type RateLimitOptions,
  startFakeOpenAIServer,
} from "./fake-openai-server.js";
export { faultCycle } from "./fake-server/faults.js";
export { type SampleOptions, sampleFromJsonSchema } from "./fake-server/json-schema-sample.js";
export {
  type FakeServerStats,
  type FakeVendorServer,
  nextFaultTaken,
  type RecordedRequest,
  redactHeaders,
} from "./fake-server/vendor-server.js";
export { DOC_WORKLOAD_SCHEMA, ORDERS_DOC_SCHEMA } from "./fixtures.js";
export {
  idealMs,
  type SimulatedHeaders,
  type SimulatedLimit,
  SimulatedVendor,
  type SimulationOptions,
  type SimulationOutcome,
  seededRandom,
  simulateLimit,
} from "./limiter-simulation.js";
export {
  type MockCall,
  MockProvider,
  type MockProviderOptions,
  type MockReply,
  type MockReplyOptions,
  type MockResponder,
} from "./mock-provider.js";
export { estimatePromptTokens, estimateTextTokens } from "./token-estimate.js";
export { runOnVirtualTime } from "./virtual-time.js";
