// `--interactive`: each node's proposed descriptions as a diff of its schema file, to accept,
// edit or skip before anything is written. Reviews come one at a time while the run goes on.
import * as clack from "@clack/prompts";
import { type DbtProject, type NodeDocs, previewNodeDocs, type ReviewRequest } from "@osmosis/dbt";
import type { CommandContext } from "./context.js";
import { unifiedDiff } from "./display/diff.js";
import { nodeLabel } from "./display/format.js";
import type { RunDisplay } from "./display/types.js";

export interface InteractiveReviewer {
  review(request: ReviewRequest): Promise<NodeDocs | null>;
}

export function createReviewer(
  ctx: CommandContext,
  project: DbtProject,
  display: RunDisplay,
): InteractiveReviewer {
  let queue: Promise<unknown> = Promise.resolve();
  let acceptAll = false;
  let stopAsking = false;

  const reviewOne = async (request: ReviewRequest): Promise<NodeDocs | null> => {
    if (acceptAll) return request.docs;
    if (stopAsking) return null;
    display.pause();
    const label = nodeLabel(request.uniqueId, request.name);
    try {
      const change = await previewNodeDocs(project, request.plan, request.docs);
      ctx.stdout.write(`\n${ctx.colors.bold(label)}\n`);
      if (change) {
        ctx.stdout.write(
          unifiedDiff(
            { path: change.relativePath, before: change.before, after: change.after },
            ctx.colors,
          ),
        );
      } else {
        ctx.stdout.write(ctx.colors.dim("(no change to the file)\n"));
      }
      if (request.needsHuman.length > 0) {
        ctx.stdout.write(
          ctx.colors.yellow(`Left for a person: ${request.needsHuman.join(", ")}\n`),
        );
      }
      const choice = await clack.select({
        message: `Write ${label}?`,
        options: [
          { value: "accept", label: "Accept", hint: "write it" },
          { value: "edit", label: "Edit", hint: "change the descriptions first" },
          { value: "skip", label: "Skip", hint: "write only what was inherited" },
          { value: "all", label: "Accept all", hint: "this and every node after it" },
          { value: "quit", label: "Skip the rest", hint: "write no more LLM text in this run" },
        ],
      });
      if (clack.isCancel(choice) || choice === "skip") return null;
      if (choice === "quit") {
        stopAsking = true;
        return null;
      }
      if (choice === "all") {
        acceptAll = true;
        return request.docs;
      }
      if (choice === "accept") return request.docs;
      return await edit(request, label);
    } finally {
      display.resume();
    }
  };

  return {
    review(request) {
      const next = queue.then(() => reviewOne(request));
      queue = next.catch(() => {});
      return next;
    },
  };
}

async function edit(request: ReviewRequest, label: string): Promise<NodeDocs | null> {
  const out: NodeDocs = { columns: [] };
  if (request.docs.description !== undefined) {
    const text = await clack.text({
      message: `${label}: its description (empty to leave it out)`,
      initialValue: request.docs.description,
    });
    if (clack.isCancel(text)) return null;
    if (text.trim()) out.description = text.trim();
  }
  const columns: Array<NodeDocs["columns"][number]> = [];
  for (const column of request.docs.columns) {
    if (column.inherited) {
      columns.push(column);
      continue;
    }
    const text = await clack.text({
      message: `${label}: column ${column.name} (empty to leave it out)`,
      initialValue: column.description,
    });
    if (clack.isCancel(text)) return null;
    if (text.trim()) columns.push({ name: column.name, description: text.trim() });
  }
  return { ...out, columns };
}
