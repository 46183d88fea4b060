// Validate payload cases with ajv (JSON Schema 2020-12) and print one verdict per case.
// Usage: node validate_payloads.mjs SCHEMA_DIR CASES_JSON
// CASES_JSON: [{"schema": "lean/webhook.schema.json", "body": BASE64}, ...]: each body is read as
// bankcodes documents it (UTF-8, a leading byte order mark ignored, strict JSON, well-formed
// Unicode: no lone surrogate), then validated.
// Prints: {"compiled": [the schema paths compiled], "verdicts": [true|false, ...]}
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// ajv is one of the generator's tools (codegen/node/), which the site's decoder uses as well.
const tools = join(fileURLToPath(new URL("../../codegen/node/node_modules/", import.meta.url)));
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { default: Ajv2020 } = await load("ajv/dist/2020.js");
const { default: addFormats } = await load("ajv-formats/dist/index.js");

const [schemaDir, casesPath] = process.argv.slice(2);
// The validators are run, never kept: ajv's passes that shorten the code it generates,
// half of the time compiling takes, are skipped (what they validate is the same).
const ajv = new Ajv2020({ strict: true, allErrors: false, code: { optimize: false } });
addFormats(ajv);

// Each schema the cases name is compiled once, when it is first needed.
const validators = new Map();
function validator(schema) {
  if (!validators.has(schema)) {
    validators.set(schema, ajv.compile(JSON.parse(readFileSync(join(schemaDir, schema), "utf8"))));
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
const cases = JSON.parse(readFileSync(casesPath, "utf8"));
const verdicts = cases.map(({ schema, body }) => {
  const validate = validator(schema);
  let data;
  try {
    data = JSON.parse(utf8.decode(Buffer.from(body, "base64")));
  } catch {
    return false;
  }
  if (!wellFormed(data)) return false;
  return validate(data);
});
process.stdout.write(JSON.stringify({ compiled: [...validators.keys()], verdicts }));
