// The JWT corpus in Node and in an edge runtime: bankcodes/webhooks as Node imports it, and
// bundled for no platform in particular (esbuild --platform=neutral, so a node: import cannot
// build) and run in Vercel's edge-runtime, a V8 context with the Web APIs of an edge function
// and no Node API (no process, require or Buffer).
// A vector: what tests/support/jwt_corpus.py makes of it, with "now" (Unix seconds).
// Gives: what jwt_vector_outcomes.mjs gives.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EdgeRuntime } from "edge-runtime";
import { outcome } from "./jwt_vector_outcomes.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ESBUILD = join(here, "..", "..", "codegen", "node", "node_modules", ".bin", "esbuild");

export async function verdict(vector, load) {
  return outcome(await load("webhooks.js"), vector);
}

let edge = null;

/** The bundle's runtime, made once; one with a Node API in it is no edge runtime. */
function edgeRuntime(modulePath) {
  const entry = [
    `import * as webhooks from ${JSON.stringify(modulePath)};`,
    `import { outcome } from ${JSON.stringify(join(here, "jwt_vector_outcomes.mjs"))};`,
    "globalThis.run = async (vector) => outcome(webhooks, JSON.parse(vector));",
  ].join("\n");
  const bundle = execFileSync(
    ESBUILD,
    ["--bundle", "--platform=neutral", "--format=iife", "--log-level=error"],
    { input: entry, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  const runtime = new EdgeRuntime({ initialCode: bundle });
  const globals = runtime.evaluate("[typeof process, typeof require, typeof Buffer].join(' ')");
  if (globals !== "undefined undefined undefined") {
    throw new Error(`the edge runtime has typeof process, require, Buffer: ${globals}`);
  }
  return runtime;
}

export async function edgeVerdict(vector, load) {
  // A promise, kept: a runtime that could not be made fails every case without being made again.
  edge ??= Promise.resolve(load.path("webhooks.js")).then(edgeRuntime);
  return (await edge).evaluate(`run(${JSON.stringify(JSON.stringify(vector))})`);
}
