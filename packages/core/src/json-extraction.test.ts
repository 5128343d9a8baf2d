import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extractJson,
  extractJsonCandidates,
  findJsonCandidates,
  JsonExtractionError,
} from "./json-extraction.js";

// The answers below are shaped like what chat models write when asked to document a dbt model
// of jaffle_shop (orders, customers) without native JSON Schema output: the prose, fences, tags
// and mistakes are the ones they make.
const ORDERS = {
  description:
    "One row per order placed in the shop, with its status and amounts by payment method.",
  columns: {
    order_id: "Primary key of the order.",
    customer_id: "Foreign key to customers.customer_id.",
    amount: null,
  },
};
const ORDERS_JSON = JSON.stringify(ORDERS, null, 2);

describe("extractJson on real-looking answers", () => {
  it.each<{ name: string; answer: string; expected: unknown }>([
    {
      name: "gpt-4o-mini in JSON mode: bare JSON",
      answer: JSON.stringify(ORDERS),
      expected: ORDERS,
    },
    {
      name: "gpt-4o-mini without JSON mode: a ```json fence and nothing else",
      answer: `\`\`\`json\n${ORDERS_JSON}\n\`\`\``,
      expected: ORDERS,
    },
    {
      name: "claude: prose, a fence, then remarks",
      answer: `Here is the documentation for the \`orders\` model:\n\n\`\`\`json\n${ORDERS_JSON}\n\`\`\`\n\nI left \`amount\` empty because the SQL does not say which currency it is in.`,
      expected: ORDERS,
    },
    {
      name: "claude: JSON inside <json> tags",
      answer: `<json>\n${ORDERS_JSON}\n</json>`,
      expected: ORDERS,
    },
    {
      name: "llama3: a fence without language and trailing commas",
      answer:
        'Here is the output in JSON format:\n\n```\n{\n  "description": "One row per customer.",\n  "columns": {\n    "customer_id": "Primary key.",\n    "first_order": "Date of the first order.",\n  },\n}\n```',
      expected: {
        description: "One row per customer.",
        columns: { customer_id: "Primary key.", first_order: "Date of the first order." },
      },
    },
    {
      name: "llama3: a Python dict with single quotes, None and False",
      answer:
        "{'description': 'Payments made for orders.', 'columns': {'payment_id': 'Primary key.', 'amount': None}, 'contains_pii': False}",
      expected: {
        description: "Payments made for orders.",
        columns: { payment_id: "Primary key.", amount: null },
        contains_pii: false,
      },
    },
    {
      name: "gemini: an upper-case ```JSON fence",
      answer: `\`\`\`JSON\n${ORDERS_JSON}\n\`\`\`\n`,
      expected: ORDERS,
    },
    {
      name: "a ~~~ fence",
      answer: `~~~json\n${ORDERS_JSON}\n~~~`,
      expected: ORDERS,
    },
    {
      name: "a fence the model never closed",
      answer: `Sure! \`\`\`json\n${ORDERS_JSON}\n`,
      expected: ORDERS,
    },
    {
      name: "a leading json word",
      answer: `json\n${ORDERS_JSON}`,
      expected: ORDERS,
    },
    {
      name: "chatter before and after, no fence",
      answer: `Sure! Here is the JSON:\n${ORDERS_JSON}\nLet me know if you need anything else!`,
      expected: ORDERS,
    },
    {
      name: "the prompt's example echoed before the answer",
      answer: `Following the format {"description": "<what the model holds>", "columns": {"<column>": "<what it holds>"}}, here is the documentation:\n${ORDERS_JSON}`,
      expected: ORDERS,
    },
    {
      name: "two fenced blocks: the schema's example, then the answer",
      answer: `The expected shape is:\n\`\`\`json\n{"description": "string", "columns": {"name": "string"}}\n\`\`\`\nAnd for \`orders\`:\n\`\`\`json\n${ORDERS_JSON}\n\`\`\``,
      expected: ORDERS,
    },
    {
      name: "a corrected second attempt",
      answer: `{"description": "One row per order", "columns": {"order_id": "Primary key"}\n\nOops, I forgot a brace. Here is the fixed version:\n{"description": "One row per order.", "columns": {"order_id": "Primary key."}}`,
      expected: { description: "One row per order.", columns: { order_id: "Primary key." } },
    },
    {
      name: "a fenced answer, then an example object in the remarks",
      answer: `\`\`\`json\n${ORDERS_JSON}\n\`\`\`\nIf you prefer, a column can also be documented as {"name": "amount", "description": "…"}.`,
      expected: ORDERS,
    },
    {
      name: "cut off in a string: the complete members are kept",
      answer:
        '{"description": "One row per order placed in the shop.", "columns": {"order_id": "Primary key of the order.", "customer_id": "Foreign key to custo',
      expected: {
        description: "One row per order placed in the shop.",
        columns: { order_id: "Primary key of the order." },
      },
    },
    {
      name: "cut off in an array inside an unclosed fence",
      answer:
        '```json\n{"description": "Customers and their order counts.", "tags": ["finance", "orde',
      expected: { description: "Customers and their order counts.", tags: ["finance"] },
    },
    {
      name: "cut off after a comma",
      answer: '{"description": "Orders.", "columns": {"order_id": "Primary key.", ',
      expected: { description: "Orders.", columns: { order_id: "Primary key." } },
    },
    {
      name: "comments in the JSON, one holding a brace",
      answer:
        '{\n  // one row per order { grain }\n  "description": "Orders.",\n  /* columns follow */\n  "columns": {"order_id": "Primary key."}\n}',
      expected: { description: "Orders.", columns: { order_id: "Primary key." } },
    },
    {
      name: "unquoted keys",
      answer: 'The answer: {description: "Orders.", columns: {order_id: "Primary key."}}',
      expected: { description: "Orders.", columns: { order_id: "Primary key." } },
    },
    {
      name: "smart quotes from a chat front end",
      answer:
        "{\u201cdescription\u201d: \u201cOrders.\u201d, \u201ccolumns\u201d: {\u201corder_id\u201d: \u201cPrimary key.\u201d}}",
      expected: { description: "Orders.", columns: { order_id: "Primary key." } },
    },
    {
      name: "a byte-order mark",
      answer: `\uFEFF${JSON.stringify(ORDERS)}`,
      expected: ORDERS,
    },
    {
      name: "the JSON sent as a JSON string",
      answer: JSON.stringify(JSON.stringify(ORDERS)),
      expected: ORDERS,
    },
    {
      name: "the JSON sent as a JSON string inside prose",
      answer: `Here it is: ${JSON.stringify(JSON.stringify(ORDERS))}`,
      expected: ORDERS,
    },
    {
      name: "Jinja and brackets inside the description strings",
      answer:
        'Sure:\n{"description": "Built from {{ ref(\'stg_orders\') }} joined to [payments].", "columns": {"order_id": "Key [PK]. Unique }"}}',
      expected: {
        description: "Built from {{ ref('stg_orders') }} joined to [payments].",
        columns: { order_id: "Key [PK]. Unique }" },
      },
    },
    {
      name: "Jinja and a footnote in the prose around the answer",
      answer: `The model selects from {{ ref('stg_payments') }}.\n${ORDERS_JSON}\n[1] Amounts are in dollars.`,
      expected: ORDERS,
    },
    {
      name: "a long explanation quoting the model's Jinja before the answer",
      answer: `The model reads ${Array.from({ length: 60 }, (_, i) => `{{ ref('stg_${i}') }}`).join(", ")}.\n${ORDERS_JSON}`,
      expected: ORDERS,
    },
    {
      name: "a reasoning model's <think> block with braces in it",
      answer: `<think>The user wants {description, columns}. The grain is one row per order, so…</think>\n${ORDERS_JSON}`,
      expected: ORDERS,
    },
    {
      name: "a multi-line description with raw line breaks",
      answer: '{"description": "One row per order.\nCancelled orders are kept.", "columns": {}}',
      expected: { description: "One row per order.\nCancelled orders are kept.", columns: {} },
    },
    {
      name: "an array of column documents",
      answer:
        'Columns:\n[{"name": "order_id", "description": "Primary key."}, {"name": "amount", "description": "Total in dollars."}]',
      expected: [
        { name: "order_id", description: "Primary key." },
        { name: "amount", description: "Total in dollars." },
      ],
    },
  ])("$name", ({ answer, expected }) => {
    expect(extractJson(answer)).toEqual(expected);
  });

  it.each([
    ["nothing", ""],
    ["prose only", "I could not find enough information about this model to document it."],
    ["a cut-off answer with nothing complete", '{"description": "One row per ord'],
    ["prose in braces", "Fill in {placeholders} and {{ ref('orders') }} yourself."],
    ["a bare number", "42"],
  ])("throws a JsonExtractionError on %s", (_, answer) => {
    expect(() => extractJson(answer)).toThrowError(JsonExtractionError);
    expect(() => extractJson(answer)).toThrowError(SyntaxError);
  });
});

describe("extractJsonCandidates", () => {
  it("lists every distinct object, the most plausible first", () => {
    const answer = `Example: {"description": "…"}\n\`\`\`json\n{"description": "Orders."}\n\`\`\`\nor {"description": "Orders."} again, and [1].`;
    expect(extractJsonCandidates(answer)).toEqual([
      { description: "Orders." },
      { description: "…" },
      [1],
    ]);
  });

  it("puts the salvage of a cut-off answer after complete values, and fragments of it after that", () => {
    const answer =
      'Example: {"description": "…"}\n{"description": "Orders.", "columns": {"order_id": "Key."}, "meta": {"owner": "fin';
    const found = findJsonCandidates(answer);
    expect(found.unclosed).toBe(true);
    expect(found.candidates.map(({ value, cutOff }) => [value, cutOff])).toEqual([
      [{ description: "…" }, false],
      [{ description: "Orders.", columns: { order_id: "Key." } }, true],
      [{ order_id: "Key." }, false],
    ]);
  });

  it("prefers what follows a stray brace in the prose to the brace's own repair", () => {
    const answer = `I'll fill the { placeholders now.\n{"description": "Orders."}`;
    expect(extractJson(answer)).toEqual({ description: "Orders." });
  });

  it("ignores fence marks inside JSON strings", () => {
    const value = { sql: "```sql", nested: { a: 1 }, end: "```" };
    expect(extractJsonCandidates(`Here:\n${JSON.stringify(value)}`)).toEqual([value]);
  });

  it("reads a 200 KB answer", () => {
    const columns = Object.fromEntries(
      Array.from({ length: 2_500 }, (_, i) => [
        `column_${i}`,
        `Column ${i} of the wide events table: "quoted", {braced} and [bracketed] words.`,
      ]),
    );
    const doc = { description: "Wide events.", columns };
    const answer = `Sure! Here is the JSON:\n\`\`\`json\n${JSON.stringify(doc, null, 2)}\n\`\`\`\nDone.`;
    expect(answer.length).toBeGreaterThan(200_000);
    expect(extractJson(answer)).toEqual(doc);
    const cut = answer.slice(0, 150_000);
    const salvaged = extractJson(cut) as { columns: Record<string, string> };
    expect(Object.keys(salvaged.columns).length).toBeGreaterThan(1_000);
    expect(Object.keys(salvaged.columns).length).toBeLessThan(2_500);
  });

  it("stays within its budget on 200 KB of braces", () => {
    for (const answer of ["{".repeat(200_000), "[{".repeat(100_000), "{}".repeat(100_000)]) {
      const read = () => extractJsonCandidates(answer);
      expect(read).not.toThrow();
    }
  });
});

/** Prose around the JSON: anything but braces and brackets (fences and quotes included). */
const prose = fc.string({
  unit: fc.constantFrom(..."ab :.,!\n\"'`~<>json\\\u201c\u2019#*-_1\uFEFF"),
  maxLength: 40,
});

function outcome(text: string): "value" | "none" {
  try {
    extractJson(text);
    return "value";
  } catch (error) {
    if (JsonExtractionError.isInstance(error) && error instanceof SyntaxError) return "none";
    throw error;
  }
}

describe("extractJson properties", () => {
  it("returns a value or throws a JsonExtractionError, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 200 }), (text) => {
        outcome(text);
        expect(() => extractJsonCandidates(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("returns a value or throws a JsonExtractionError for JSON in prose and fences", () => {
    fc.assert(
      fc.property(prose, fc.json(), prose, fc.boolean(), (before, json, after, fenced) => {
        const text = fenced
          ? `${before}\n\`\`\`json\n${json}\n\`\`\`${after}`
          : before + json + after;
        outcome(text);
      }),
      { numRuns: 500 },
    );
  });

  it("finds an object wrapped in prose without braces", () => {
    fc.assert(
      fc.property(
        prose,
        fc.dictionary(fc.string(), fc.jsonValue()),
        prose,
        (before, value, after) => {
          expect(extractJson(before + JSON.stringify(value) + after)).toEqual(
            JSON.parse(JSON.stringify(value)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("returns a value or throws a JsonExtractionError for JSON cut at every position", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 2 : undefined);
        for (let end = 0; end <= json.length; end++) outcome(json.slice(0, end));
      }),
      { numRuns: 200 },
    );
  });

  it("salvages only members present in the cut-off text, whole", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }), (value) => {
        const json = JSON.stringify(value);
        // Only the closing brace missing: everything is complete.
        expect(extractJson(json.slice(0, -1))).toEqual(value);
        for (let end = 1; end < json.length; end++) {
          for (const { value: salvaged, cutOff, at } of findJsonCandidates(json.slice(0, end))
            .candidates) {
            if (!cutOff || at !== 0) continue;
            for (const [key, text] of Object.entries(salvaged as Record<string, unknown>)) {
              expect(value[key]).toBe(text);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
