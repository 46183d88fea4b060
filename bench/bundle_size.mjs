// Bundle sizes of the built TypeScript package with esbuild (minify, tree shaking) and gzip -9.
// Usage: node bench/bundle_size.mjs DIST_DIR  ->  {"slice": {...}, "whole": {...}, "webhooks": {...}}
// (webhooks: the server-side entry point bankcodes/webhooks, with its payload validators)
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { build } = await import(pathToFileURL(join(root, "codegen/node/node_modules/esbuild/lib/main.js")).href);
const dist = process.argv[2];

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    write: false,
  });
  const text = result.outputFiles[0].contents;
  return { minified: text.length, gzip: gzipSync(text, { level: 9 }).length };
}

process.stdout.write(
  JSON.stringify({
    slice: await measure('export { parseFlinksConnectMessage, isAllowedFlinksOrigin } from "./index.js";'),
    whole: await measure('export * from "./index.js";'),
    webhooks: await measure('export * from "./webhooks.js";'),
  }),
);
