// Read each case of the shared integer-code corpus with every reader of the compiled TypeScript
// package, and print what each read: the codes at the case's field (codes), the deciding code's
// path (decisiveCode), classify of the bare value in the field's code set, the listener's result
// where the kind has one, ajv's verdicts on the generated schemas, and receive's verdicts where
// the kind is a webhook.
// Usage: node integer_codes.mjs DIST SCHEMA_DIR CASES_JSON
// CASES_JSON: [{"kind", "provider", "field", "body" (JSON text), "value" (JSON text),
//               "codeSet" ("provider.code_set"), "listener": name or null, "webhook": bool}, …]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [dist, schemaDir, casesPath] = process.argv.slice(2);
const bankcodes = await import(pathToFileURL(join(dist, "index.js")).href);
const { receive } = await import(pathToFileURL(join(dist, "webhooks.js")).href);
const tools = fileURLToPath(new URL("../../codegen/node/node_modules/", import.meta.url));
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { default: Ajv2020 } = await load("ajv/dist/2020.js");
const { default: addFormats } = await load("ajv-formats/dist/index.js");
// The validators are run, never kept: ajv's passes that shorten the code it generates,
// half of the time compiling takes, are skipped (what they validate is the same).
const ajv = new Ajv2020({ strict: true, code: { optimize: false } });
addFormats(ajv);
const compiled = new Map();
function validator(file) {
  if (!compiled.has(file)) {
    compiled.set(file, ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), "utf8"))));
  }
  return compiled.get(file);
}

async function received(provider, body, strict) {
  try {
    await receive(provider, body, new Headers(), null, { strict });
    return true;
  } catch (error) {
    if (error?.reason === undefined) throw error;
    return error.reason === "invalid_payload" ? false : `error: ${error.reason}`;
  }
}

const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const data = JSON.parse(item.body);
  const value = JSON.parse(item.value);
  const found = bankcodes.codes(item.kind, data);
  const decisive = bankcodes.decisiveCode(item.kind, data);
  const listened = item.listener === null ? null : bankcodes[item.listener](data);
  results.push({
    codes: found
      .filter((code) => code.field === item.field)
      .map((code) => [String(code.code), code.known]),
    decisive: decisive === null ? null : decisive.path,
    classify: bankcodes.classify(item.codeSet.split(".")[0], value, item.codeSet.split(".")[1]),
    listener:
      listened === null
        ? null
        : listened.kind === "invalid"
          ? ["invalid", listened.field]
          : listened.kind === "unknown"
            ? ["unknown", null]
            : ["event", listened.code === null ? null : String(listened.code)],
    lenient: validator(`${item.kind}.schema.json`)(data),
    strict: validator(`${item.kind}.strict.schema.json`)(data),
    received: item.webhook
      ? [
          await received(item.provider, item.body, false),
          await received(item.provider, item.body, true),
        ]
      : null,
  });
}
process.stdout.write(JSON.stringify(results));
