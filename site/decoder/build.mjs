// Builds the site's decoder script: the lenient JSON Schemas of generated/jsonschema/ compiled
// to standalone validators (ajv), bundled with decoder.ts and the generated TypeScript package
// (esbuild, minified) into one file. Usage: node site/decoder/build.mjs OUT_FILE [PROJECT]
// PROJECT is the tree whose generated/ it reads (default: this one); the tools are this tree's.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tools = join(root, "codegen", "node", "node_modules");
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { default: Ajv2020 } = await load("ajv/dist/2020.js");
const { default: standalone } = await load("ajv/dist/standalone/index.js");
const { default: addFormats } = await load("ajv-formats/dist/index.js");
const { build } = await load("esbuild/lib/main.js");

const out = process.argv[2];
if (!out) throw new Error("usage: node site/decoder/build.mjs OUT_FILE [PROJECT]");
const project = process.argv[3] ?? root;
const schemas = join(project, "generated", "jsonschema");
const kinds = [];
for (const provider of readdirSync(schemas, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()) {
  for (const file of readdirSync(join(schemas, provider)).sort()) {
    if (file.endsWith(".schema.json") && !file.endsWith(".strict.schema.json")) {
      const schema = openCodes(JSON.parse(readFileSync(join(schemas, provider, file), "utf8")));
      kinds.push({ id: `${provider}/${file.slice(0, -".schema.json".length)}`, schema });
    }
  }
}
/**
 * A lenient code field accepts a known value or any other string, which is any string of the
 * payload limit's length: the decoder checks it as such, so that the validators do not carry
 * every known value of every code set (the same verdict, a fraction of the code).
 */
function openCodes(schema) {
  for (const [name, definition] of Object.entries(schema.$defs ?? {})) {
    const other = (definition.anyOf ?? []).find(
      (branch) =>
        branch.type === "string" &&
        typeof branch.pattern === "string" &&
        branch.pattern.startsWith("^(?!"),
    );
    if (other !== undefined) schema.$defs[name] = { type: "string", maxLength: other.maxLength };
  }
  return schema;
}

const ajv = new Ajv2020({
  code: { source: true, esm: true },
  strict: false,
  inlineRefs: false,
  messages: false,
});
addFormats(ajv);
const exports = {};
kinds.forEach((kind, index) => {
  ajv.addSchema(kind.schema);
  exports[`v${index}`] = kind.schema.$id;
});
const work = mkdtempSync(join(tmpdir(), "bankcodes-decoder-"));
try {
  writeFileSync(join(work, "validators.mjs"), standalone(ajv, exports));
  const list = kinds.map((kind, index) => ({
    id: kind.id,
    title: kind.schema.title,
    name: `v${index}`,
  }));
  writeFileSync(
    join(work, "kinds.mjs"),
    `import * as v from "./validators.mjs";\nexport const KINDS = ${JSON.stringify(list)}.map((k) => ({ ...k, validate: v[k.name] }));\n`,
  );
  await build({
    entryPoints: [join(root, "site", "decoder", "decoder.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    outfile: out,
    alias: {
      "bankcodes-kinds": join(work, "kinds.mjs"),
      "bankcodes-package": join(project, "generated", "typescript", "src", "index.ts"),
    },
    nodePaths: [tools],
    legalComments: "none",
    logLevel: "warning",
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
