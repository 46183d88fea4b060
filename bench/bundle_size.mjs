// Bundle sizes of the built TypeScript package with esbuild (minify, tree shaking) and gzip -9.
// Usage: node bench/bundle_size.mjs DIST_DIR [SNIPPET_TS ...]
//   ->  {"slice": {...}, "whole": {...}, "webhooks": {...}, "snippets": {"<name>": {...}},
//        "listener": {...}, "entries": {"<provider>": {...}}, "infos": {"<provider>": {...}},
//        "receivers": {"<provider>": {...}}}
// (webhooks: the server-side entry point bankcodes/webhooks, with its payload validators;
// snippets: each TypeScript file given, by its name without .ts (the README's one-provider
// snippet, the TypeScript page's examples); listener: bankcodes/flinks' listener helper
// alone (listenerAndOrigin: with its origin check); entries: everything a provider's entry point
// exports, with its English words; infos: a provider's metadata, bankcodes/<provider>/info;
// receivers: everything a provider's receiver exports, bankcodes/<provider>/webhooks, with the
// kind of its signing scheme)
// "bankcodes/..." resolves as package.json's exports say, to the built files of DIST_DIR.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { build } = await import(
  pathToFileURL(join(root, "codegen/node/node_modules/esbuild/lib/main.js")).href
);
const [dist, ...snippetPaths] = process.argv.slice(2);
const { exports } = JSON.parse(
  readFileSync(join(root, "generated/typescript/package.json"), "utf8"),
);

/** "bankcodes" and its subpaths, resolved to the built ES modules. */
const bankcodes = {
  name: "bankcodes",
  setup(build) {
    build.onResolve({ filter: /^bankcodes(\/.*)?$/ }, ({ path }) => {
      const target = exports[`.${path.slice("bankcodes".length)}`];
      return { path: join(dist, target.import.default.replace("./dist/esm/", "")) };
    });
  },
};

async function measure(contents, loader = "js") {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader },
    plugins: [bankcodes],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    write: false,
  });
  const text = result.outputFiles[0].contents;
  return { minified: text.length, gzip: gzipSync(text, { level: 9 }).length };
}

/** The size of `contents(module)` for each provider's module (each <prefix>-<module>.js built). */
async function perProvider(contents, prefix = "entry") {
  const modules = readdirSync(dist)
    .filter((name) => new RegExp(`^${prefix}-[a-z0-9_]+\\.js$`).test(name))
    .map((name) => name.slice(`${prefix}-`.length, -".js".length));
  return Object.fromEntries(
    await Promise.all(modules.map(async (module) => [module, await measure(contents(module))])),
  );
}

/** Each provider's receiver's size, and the kind of its scheme (its SIGNING_SCHEME's). */
async function receivers() {
  const sizes = await perProvider(
    (module) => `export * from "bankcodes/${module}/webhooks";`,
    "webhooks",
  );
  for (const [module, size] of Object.entries(sizes)) {
    const path = pathToFileURL(join(dist, `webhooks-${module}.js`)).href;
    size.scheme = (await import(path)).SIGNING_SCHEME.scheme;
  }
  return sizes;
}

process.stdout.write(
  JSON.stringify({
    slice: await measure(
      'export { parseFlinksConnectMessage, isAllowedFlinksOrigin } from "./index.js";',
    ),
    whole: await measure('export * from "./index.js";'),
    webhooks: await measure('export * from "./webhooks.js";'),
    snippets: Object.fromEntries(
      await Promise.all(
        snippetPaths.map(async (path) => [
          basename(path, ".ts"),
          await measure(readFileSync(path, "utf8"), "ts"),
        ]),
      ),
    ),
    listener: await measure('export { parseFlinksConnectMessage } from "bankcodes/flinks";'),
    listenerAndOrigin: await measure(
      'export { parseFlinksConnectMessage, isAllowedFlinksOrigin } from "bankcodes/flinks";',
    ),
    entries: await perProvider(
      (module) =>
        `export * from "bankcodes/${module}"; export { words } from "bankcodes/${module}/en";`,
    ),
    infos: await perProvider((module) => `export * from "bankcodes/${module}/info";`),
    receivers: await receivers(),
  }),
);
