// A payload case validated with ajv (JSON Schema 2020-12) against its kind's schemas in
// generated/jsonschema: {"kind", "body": BASE64}. The body is read as bankcodes documents it
// (UTF-8, a leading byte order mark ignored, strict JSON, well-formed Unicode: no lone
// surrogate), then validated.
// Gives: [lenient, strict], each true (valid) or false.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schemas = join(root, "generated", "jsonschema");
// ajv is one of the generator's tools (codegen/node/), which the site's decoder uses as well.
const tool = (name) =>
  import(pathToFileURL(join(root, "codegen", "node", "node_modules", name)).href);
let ajv = null;

async function compiler() {
  const { default: Ajv2020 } = await tool("ajv/dist/2020.js");
  const { default: addFormats } = await tool("ajv-formats/dist/index.js");
  // The validators are run, never kept: ajv's passes that shorten the code it generates,
  // half of the time compiling takes, are skipped (what they validate is the same).
  const made = new Ajv2020({ strict: true, allErrors: false, code: { optimize: false } });
  addFormats(made);
  return made;
}

// Each schema is compiled once, when it is first needed.
const validators = new Map();
async function validator(schema) {
  ajv ??= compiler();
  if (!validators.has(schema)) {
    const read = JSON.parse(readFileSync(join(schemas, schema), "utf8"));
    validators.set(schema, (await ajv).compile(read));
  }
  return validators.get(schema);
}

function wellFormed(value) {
  if (typeof value === "string") return value.isWellFormed();
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(([key, item]) => key.isWellFormed() && wellFormed(item));
  }
  return true;
}

const utf8 = new TextDecoder("utf-8", { fatal: true }); // strips a leading byte order mark

export async function verdict({ kind, body }) {
  let data;
  try {
    data = JSON.parse(utf8.decode(Buffer.from(body, "base64")));
  } catch {
    return [false, false];
  }
  if (!wellFormed(data)) return [false, false];
  const lenient = await validator(`${kind}.schema.json`);
  const strict = await validator(`${kind}.strict.schema.json`);
  return [lenient(data), strict(data)];
}
