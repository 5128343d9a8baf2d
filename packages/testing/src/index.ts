export {
  type ChatCompletionBody,
  type FakeFault,
  type FakeLatency,
  type FakeOpenAIServer,
  type FakeOpenAIServerOptions,
  type FakeServerStats,
  type RateLimitOptions,
  type RecordedRequest,
  redactHeaders,
  startFakeOpenAIServer,
} from "./fake-openai-server.js";
export { type SampleOptions, sampleFromJsonSchema } from "./fake-server/json-schema-sample.js";
export type { FakeVendorServer } from "./fake-server/vendor-server.js";
export {
  type MockCall,
  MockProvider,
  type MockProviderOptions,
  type MockReply,
  type MockReplyOptions,
  type MockResponder,
} from "./mock-provider.js";
export { estimatePromptTokens, estimateTextTokens } from "./token-estimate.js";
