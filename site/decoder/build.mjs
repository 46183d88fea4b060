// Builds the site's decoder into OUT_FOLDER: decoder.ts with the package's readers and the index
// of evidence that tells a body's kind and provider (data.mjs) as the entry (index.js, an ES
// module), and apart from it, as chunks the entry fetches when a paste names or shows their
// provider, each provider's code tables, payload kinds and facts (<provider>-<hash>.js) and its
// kinds' lenient JSON Schemas compiled to standalone validators (ajv, <provider>-schemas-*.js,
// validators.mjs: kept by their schema's digest in KEPT_FOLDER for the next builds, if given);
// a category's equivalents (same-<category>-*.js) and every spelling (spellings-*.js, for a bare
// code). Each is a static file: nothing pasted is ever sent.
// Usage: node site/decoder/build.mjs [--kept KEPT_FOLDER] OUT_FOLDER [PROJECT] [METAFILE]
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
import { parseArgs } from "node:util";
import { decoderData } from "./data.mjs";
import { validators } from "./validators.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tools = join(root, "codegen", "node", "node_modules");
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { build } = await load("esbuild/lib/main.js");

const usage =
  "usage: node site/decoder/build.mjs [--kept KEPT_FOLDER] OUT_FOLDER [PROJECT] [METAFILE]";
const { values, positionals } = parseArgs({
  options: { kept: { type: "string" } },
  allowPositionals: true,
});
const [out, projectArgument, metafile] = positionals;
if (!out || positionals.length > 3) throw new Error(usage);
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
  for (const [path, text] of await decoderData(project, source, work, build)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  mkdirSync(join(work, "validators"));
  mkdirSync(join(work, "checks"), { recursive: true });
  // A validator's module holds what that validator uses alone.
  const byProvider = {};
  validators(
    kinds.map((kind) => kind.schema),
    values.kept,
  ).forEach((code, index) => {
    writeFileSync(join(work, "validators", `${index}.mjs`), code);
    (byProvider[kinds[index].id.split("/")[0]] ??= []).push([kinds[index].id, index]);
  });
  for (const provider of readdirSync(join(work, "providers"))) {
    const id = provider.slice(0, -".mjs".length);
    const mine = byProvider[id] ?? [];
    const imports = mine.map(
      ([, index]) => `import v${index} from "../validators/${index}.mjs";\n`,
    );
    const list = mine.map(([kind, index]) => `${JSON.stringify(kind)}: v${index}`);
    writeFileSync(
      join(work, "checks", `${id}-schemas.mjs`),
      `${imports.join("")}export const VALIDATORS = {\n${list.join(",\n")}\n};\n`,
    );
  }
  const registry = join(root, "site", "decoder", "registry.ts");
  const result = await build({
    entryPoints: { index: join(root, "site", "decoder", "decoder.ts") },
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    target: "es2020",
    outdir: out,
    // Paths are read from the work folder, so that a chunk's hash (of its content and its
    // modules' paths) never holds that folder's own name: two builds of the same sources name
    // their chunks alike.
    absWorkingDir: work,
    chunkNames: "[name]-[hash]",
    alias: {
      "bankcodes-index": join(work, "index.mjs"),
      "bankcodes-categories": join(work, "categories.mjs"),
      "bankcodes-package": source,
    },
    plugins: [
      {
        // The package's registry, payload kinds and provider facts, read by its modules and the
        // decoder's, are the decoder's registry.ts (what the page fetches of them, as a paste
        // needs it); its categories are what data.mjs keeps of them.
        name: "decoder-data",
        setup(plugin) {
          const lazy = /^(\.\/|bankcodes-package\/)(registry|kinds|provider-facts)\.js$/;
          plugin.onResolve({ filter: lazy }, (args) =>
            args.importer.startsWith(source) || args.path.startsWith("bankcodes-package/")
              ? { path: registry }
              : undefined,
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
