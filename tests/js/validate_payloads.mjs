// Validate payload cases with ajv (JSON Schema 2020-12) and print one verdict per case.
// Usage: node validate_payloads.mjs SCHEMA_DIR CASES_JSON
// CASES_JSON: [{"schema": "lean/webhook.schema.json", "data": ...}, ...]
// Prints: {"compiled": [schema paths], "verdicts": [true|false, ...]}
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaDir, casesPath] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);

function schemaFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaFiles(path);
    return name.endsWith(".schema.json") ? [path] : [];
  });
}

const validators = new Map();
for (const path of schemaFiles(schemaDir).sort()) {
  const schema = JSON.parse(readFileSync(path, "utf8"));
  validators.set(relative(schemaDir, path), ajv.compile(schema));
}
const cases = JSON.parse(readFileSync(casesPath, "utf8"));
const verdicts = cases.map(({ schema, data }) => {
  const validate = validators.get(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate(data);
});
process.stdout.write(JSON.stringify({ compiled: [...validators.keys()], verdicts }));
