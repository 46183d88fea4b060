// The JWT corpus in an edge runtime: bankcodes/webhooks bundled for no platform in particular
// (esbuild --platform=neutral, so a node: import cannot build) and run in Vercel's edge-runtime,
// a V8 context with the Web APIs of an edge function and no Node API (no process, require or
// Buffer).
// Usage: node verify_jwt_vectors_edge.mjs WEBHOOKS_JS VECTORS_JSON ESBUILD
// Prints: {"globals": ..., "found": what verify_jwt_vectors.mjs prints}
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EdgeRuntime } from "edge-runtime";

const [modulePath, vectorsPath, esbuild] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const entry = [
  `import * as webhooks from ${JSON.stringify(modulePath)};`,
  `import { outcomes } from ${JSON.stringify(join(here, "jwt_vector_outcomes.mjs"))};`,
  "globalThis.run = async (vectors) => JSON.stringify(await outcomes(webhooks, vectors));",
].join("\n");
const bundle = execFileSync(
  esbuild,
  ["--bundle", "--platform=neutral", "--format=iife", "--log-level=error"],
  { input: entry, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
);
const runtime = new EdgeRuntime({ initialCode: bundle });
const globals = runtime.evaluate("[typeof process, typeof require, typeof Buffer].join(' ')");
const found = JSON.parse(
  await runtime.evaluate(`run(${JSON.stringify(readFileSync(vectorsPath, "utf8"))})`),
);
process.stdout.write(JSON.stringify({ globals, found }));
