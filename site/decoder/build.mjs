// Builds the site's decoder into OUT_FOLDER: decoder.ts with the package's readers and what the
// decoder knows of the catalog (data.mjs: every provider's code tables, the categories, the
// site's code index) as the entry (index.js, an ES module), and apart from it, as a chunk the
// entry fetches as soon as it runs, every payload kind's lenient JSON Schema compiled to a
// standalone validator (ajv). What the page fetches never depends on what is pasted.
// Usage: node site/decoder/build.mjs OUT_FOLDER [PROJECT] [METAFILE]
// PROJECT is the tree whose generated/ it reads (default: this one); the tools are this tree's.
// METAFILE, when given, receives esbuild's account of every output and what it imports.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decoderData } from "./data.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tools = join(root, "codegen", "node", "node_modules");
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { default: Ajv2020 } = await load("ajv/dist/2020.js");
const { default: standalone } = await load("ajv/dist/standalone/index.js");
const { default: addFormats } = await load("ajv-formats/dist/index.js");
const { build } = await load("esbuild/lib/main.js");

const [out, projectArgument, metafile] = process.argv.slice(2);
if (!out) throw new Error("usage: node site/decoder/build.mjs OUT_FOLDER [PROJECT] [METAFILE]");
const project = projectArgument ?? root;
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

/**
 * The package's src/ as it is built (codegen/assemble.py): PROJECT's generated modules with this
 * tree's runtime beside them, copied into `folder`.
 */
function assembled(folder) {
  mkdirSync(folder);
  const homes = [
    join(project, "generated", "typescript", "src"),
    join(root, "codegen", "runtime", "typescript"),
  ];
  for (const home of homes) {
    for (const file of readdirSync(home).filter((name) => name.endsWith(".ts"))) {
      copyFileSync(join(home, file), join(folder, file));
    }
  }
  return folder;
}

const work = mkdtempSync(join(tmpdir(), "bankcodes-decoder-"));
try {
  const source = assembled(join(work, "src"));
  // The tables are read (and checked against the site's code index) first: a build they fail
  // stops before the validators are compiled.
  const { data, descriptions, categories } = await decoderData(project, source, work, build);
  writeFileSync(join(work, "data.mjs"), data);
  writeFileSync(join(work, "descriptions.mjs"), descriptions);
  writeFileSync(join(work, "categories.mjs"), categories);
  mkdirSync(join(work, "validators"));
  // One ajv for every kind (the meta-schema its schemas are checked against is compiled once);
  // a validator's module holds what that validator uses alone.
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: false, messages: false });
  addFormats(ajv);
  kinds.forEach((kind, index) => {
    const validate = ajv.compile(kind.schema);
    writeFileSync(join(work, "validators", `${index}.mjs`), standalone(ajv, validate));
  });
  const imports = kinds.map((_, index) => `import v${index} from "./validators/${index}.mjs";\n`);
  const list = kinds.map((kind, index) => `${JSON.stringify(kind.id)}: v${index}`);
  writeFileSync(
    join(work, "kinds.mjs"),
    `${imports.join("")}export const VALIDATORS = {\n${list.join(",\n")}\n};\n`,
  );
  const registry = join(root, "site", "decoder", "registry.ts");
  const result = await build({
    entryPoints: { index: join(root, "site", "decoder", "decoder.ts") },
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    target: "es2020",
    outdir: out,
    chunkNames: "[name]-[hash]",
    alias: {
      "bankcodes-kinds": join(work, "kinds.mjs"),
      "bankcodes-data": join(work, "data.mjs"),
      "bankcodes-descriptions": join(work, "descriptions.mjs"),
      "bankcodes-categories": join(work, "categories.mjs"),
      "bankcodes-package": source,
    },
    plugins: [
      {
        // The package's modules read the registry of every provider and the categories; the
        // decoder's stand-ins hold what the decoder and those modules read of them (data.mjs).
        name: "decoder-data",
        setup(plugin) {
          plugin.onResolve({ filter: /^\.\/registry\.js$/ }, (args) =>
            args.importer.startsWith(source) ? { path: registry } : undefined,
          );
          plugin.onResolve({ filter: /^\.\/categories\.js$/ }, (args) =>
            args.importer.startsWith(source) ? { path: join(work, "categories.mjs") } : undefined,
          );
        },
      },
    ],
    nodePaths: [tools],
    legalComments: "none",
    logLevel: "warning",
    metafile: metafile !== undefined,
  });
  if (metafile !== undefined) writeFileSync(metafile, JSON.stringify(result.metafile));
} finally {
  rmSync(work, { recursive: true, force: true });
}
