// The payload kinds' lenient JSON Schemas compiled to standalone validators (ajv) for the site's
// decoder (build.mjs), each kept by the digest of what it is compiled from (the schema as
// compiled, this module and the generator's Node tools' lock) in a folder the next builds read:
// compiling them costs more than the rest of the decoder's build, and a change to the catalog
// leaves most schemas as they were. Each is compiled by an ajv of its own, so that a kept
// validator is the one a build without it compiles, byte for byte (an ajv numbers its
// functions across every schema it compiles); the schemas are checked against their
// meta-schema by one ajv, which compiles the meta-schema once.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tools = join(root, "codegen", "node", "node_modules");
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { default: Ajv2020 } = await load("ajv/dist/2020.js");
const { default: standalone } = await load("ajv/dist/standalone/index.js");
const { default: addFormats } = await load("ajv-formats/dist/index.js");

/** How many validators a folder keeps, as many times the build's own (the projects it builds). */
const KEPT = 4;
const OPTIONS = { code: { source: true, esm: true }, strict: false, messages: false };

/** An ajv with the formats, checking schemas against their meta-schema or not. */
function ajv(validateSchema) {
  const made = new Ajv2020({ ...OPTIONS, validateSchema });
  addFormats(made);
  return made;
}

/** What every validator is compiled with beyond its schema: this module and the tools' lock. */
const recipe = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(join(root, "codegen", "node", "package-lock.json")))
  .digest("hex");

/**
 * The standalone module of each schema of `schemas`, in their order: read from `kept` (a
 * folder, or undefined for none) where a build compiled it, compiled and written there
 * otherwise; the least recently used beyond KEPT times this build's are removed.
 */
export function validators(schemas, kept) {
  if (kept !== undefined) mkdirSync(kept, { recursive: true });
  let checker;
  const modules = schemas.map((schema) => {
    const text = JSON.stringify(schema);
    const key = createHash("sha256").update(recipe).update(text).digest("hex").slice(0, 32);
    const file = kept === undefined ? undefined : join(kept, `${key}.mjs`);
    if (file !== undefined) {
      try {
        const code = readFileSync(file, "utf8");
        const now = new Date();
        utimesSync(file, now, now);
        return code;
      } catch {
        // not kept, or removed meanwhile by another build: compiled below
      }
    }
    checker ??= ajv(true);
    if (!checker.validateSchema(schema)) {
      throw new Error(`a payload schema is invalid: ${checker.errorsText(checker.errors)}`);
    }
    const compiler = ajv(false);
    const code = standalone(compiler, compiler.compile(schema));
    if (file !== undefined) {
      const written = `${file}.${process.pid}.tmp`;
      writeFileSync(written, code);
      renameSync(written, file); // whole before it is named
    }
    return code;
  });
  if (kept !== undefined) forget(kept, KEPT * schemas.length);
  return modules;
}

/** The least recently used validators of `folder` beyond `most` removed. */
function forget(folder, most) {
  const files = [];
  for (const name of readdirSync(folder).filter((name) => name.endsWith(".mjs"))) {
    try {
      files.push([statSync(join(folder, name)).mtimeMs, name]);
    } catch {
      // removed meanwhile by another build
    }
  }
  files.sort((a, b) => b[0] - a[0]);
  for (const [, name] of files.slice(most)) rmSync(join(folder, name), { force: true });
}
