// Compiles the webhook payload kinds' JSON Schemas to standalone validators (ajv), for the
// TypeScript package's receiver. Run by codegen/targets/typescript_validators.py at generation.
// Usage: node codegen/validators.mjs < INPUT_JSON  ->  {kind: its module's code} on standard output
// INPUT_JSON: {"kinds": [{"kind", "tag", "variants": [[tag value, definition], ...],
//              "fallback": definition, "schemas": {"lenient": schema, "strict": schema}}, ...]}
//
// Each kind is compiled on its own, into a module of its own, so that a receiver of one
// provider bundles that provider's validators alone.
// Each union member (the definition a tag value picks, and the lenient fallback) gets its own
// validator, so that the receiver picks the member by the tag first, as bankcodes.payloads does.
// The schemas are rewritten to the same verdicts in a form whose ajv errors come out in the
// order and at the places pydantic reports them:
// - an object's fields are checked one by one in their order (a missing field where it stands),
//   its other members after them, rather than every required field first;
// - a nullable field is "null, or else the type", so the type's own problems are reported;
// - annotations go, a oneOf of constants is an enum, and a lenient code field ("a known value or
//   any other string") is any string within the length limit (the same verdict, less code);
// - definitions that come out the same in a kind's schemas (lenient, strict, members) are
//   compiled once.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const tools = join(dirname(fileURLToPath(import.meta.url)), "node", "node_modules");
const load = (name) => import(pathToFileURL(join(tools, name)).href);
const { default: Ajv2020 } = await load("ajv/dist/2020.js");
const { default: standalone } = await load("ajv/dist/standalone/index.js");

const ANNOTATIONS = new Set(["title", "description", "$comment", "examples", "$schema", "$id"]);
const SCHEMA_MAPS = new Set(["properties", "$defs", "patternProperties", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["anyOf", "oneOf", "allOf", "prefixItems"]);
const SCHEMA_ONE = new Set([
  ...["items", "additionalProperties", "if", "then", "else", "not", "contains"],
  "propertyNames",
]);

/** A schema without annotations, each subschema rewritten by `rewrite` (bottom up). */
function walk(schema, rewrite) {
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, walk(item, rewrite)]),
      );
    } else if (SCHEMA_LISTS.has(key)) out[key] = value.map((item) => walk(item, rewrite));
    else if (SCHEMA_ONE.has(key)) out[key] = walk(value, rewrite);
    else out[key] = value;
  }
  return rewrite(out);
}

const isNull = (schema) => Object.keys(schema).length === 1 && schema.type === "null";

function reshape(schema) {
  // A oneOf of constants (a code set, each value documented) is an enum.
  if (
    Array.isArray(schema.oneOf) &&
    schema.oneOf.every((item) => Object.keys(item).length === 1 && "const" in item)
  ) {
    const { oneOf, ...rest } = schema;
    return { ...rest, enum: oneOf.map((item) => item.const) };
  }
  // Nullable: null, or else the type (whose problems are then the ones reported).
  if (
    Array.isArray(schema.anyOf) &&
    schema.anyOf.length === 2 &&
    Object.keys(schema).length === 1
  ) {
    const [first, second] = schema.anyOf;
    if (isNull(second)) return { if: { type: "null" }, else: first };
    if (isNull(first)) return { if: { type: "null" }, else: second };
  }
  // An object: each field in its order (required, then its value), then the other members.
  if (schema.type === "object" && schema.properties !== undefined) {
    const { properties, required = [], patternProperties, additionalProperties, ...rest } = schema;
    const names = Object.keys(properties);
    const fields = names.map((name) => ({
      ...(required.includes(name) ? { required: [name] } : {}),
      properties: { [name]: properties[name] },
    }));
    const undeclared = required.filter((name) => !names.includes(name));
    if (undeclared.length > 0) fields.push({ required: undeclared });
    const others =
      additionalProperties === undefined && patternProperties === undefined
        ? []
        : [
            {
              properties: Object.fromEntries(names.map((name) => [name, true])),
              ...(patternProperties === undefined ? {} : { patternProperties }),
              ...(additionalProperties === undefined ? {} : { additionalProperties }),
            },
          ];
    return { ...rest, allOf: [...(rest.allOf ?? []), ...fields, ...others] };
  }
  return schema;
}

/** A lenient "known value or any other string" definition is any string within the limit. */
function openCodes(defs) {
  for (const [name, definition] of Object.entries(defs)) {
    const other = (definition.anyOf ?? []).find(
      (branch) =>
        branch.type === "string" &&
        typeof branch.pattern === "string" &&
        branch.pattern.startsWith("^(?!"),
    );
    if (other !== undefined) defs[name] = { type: "string", maxLength: other.maxLength };
  }
}

/** A kind's definitions in one pool, lenient (0) and strict (1): the same definition (its
 * references included) is compiled once. `nameOf(document, definition)` names one in the pool
 * (`pooled`: name -> schema). */
function pooling(documents) {
  const pool = new Map(); // canonical text -> name
  const pooled = {}; // name -> schema
  const named = new Map(); // document index + definition -> name
  const active = new Set();
  const reserved = new Map(); // a definition that refers to itself: a name of its own
  let count = 0;

  function nameOf(index, definition) {
    const key = `${index}\u0000${definition}`;
    if (named.has(key)) return named.get(key);
    if (!Object.hasOwn(documents[index], definition)) {
      throw new Error(`no definition ${definition} in schema ${index}`);
    }
    if (active.has(key)) {
      if (!reserved.has(key)) reserved.set(key, `d${count++}`);
      return reserved.get(key);
    }
    active.add(key);
    const body = relink(index, documents[index][definition]);
    active.delete(key);
    let name = reserved.get(key);
    if (name === undefined) name = pooledName(body);
    else pooled[name] = body;
    named.set(key, name);
    return name;
  }

  function relink(index, node, top = true) {
    if (Array.isArray(node)) return node.map((item) => relink(index, item, false));
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref") {
        const match = /^#\/\$defs\/([^/]+)$/.exec(value);
        if (match === null) throw new Error(`unsupported reference ${value}`);
        const definition = match[1].replaceAll("~1", "/").replaceAll("~0", "~");
        out.$ref = `#/$defs/${nameOf(index, definition)}`;
      } else if (key === "enum" || key === "const") out[key] = value;
      else out[key] = relink(index, value, false);
    }
    // A nullable field's "null, or else the type" is a definition of its own, compiled once for
    // every field of that type rather than inline in each.
    if (!top && out.if !== undefined && isNull(out.if) && Object.keys(out).length === 2) {
      return { $ref: `#/$defs/${pooledName(out)}` };
    }
    return out;
  }

  function pooledName(body) {
    const text = JSON.stringify(body);
    let name = pool.get(text);
    if (name === undefined) {
      name = `d${count++}`;
      pool.set(text, name);
      pooled[name] = body;
    }
    return name;
  }

  return { nameOf, pooled };
}

const ID = "urn:bankcodes:webhook-validators";
// ajv's runtime helpers, written out (the package depends on nothing).
const RUNTIME = {
  // The length of a string in code points, as JSON Schema and pydantic count it.
  ucs2length: "(text) => { let length = 0; for (const _ of text) length++; return length; }",
};

/** ajv's standalone code of the pooled definitions `names`, and the function of each name. */
function standaloneCode(pooled, names) {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true },
    allErrors: true,
    messages: false,
    inlineRefs: false,
    strict: false,
  });
  ajv.addSchema({ $id: ID, $defs: pooled });
  const exported = Object.fromEntries(
    [...new Set(names)].map((name) => [name, `${ID}#/$defs/${name}`]),
  );
  let code = standalone(ajv, exported);
  // The functions exported, by definition name; the export lines go (the table that ends the
  // module refers to the functions).
  const functions = {};
  code = code.replace(/^export const (d\d+) = (validate\d+);\n/gm, (_, name, fn) => {
    functions[name] = fn;
    return "";
  });
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/g, (_, helper) => {
    if (!Object.hasOwn(RUNTIME, helper)) throw new Error(`no inline version of ajv's ${helper}`);
    return RUNTIME[helper];
  });
  if (/\brequire\(/.test(code)) throw new Error("the validators require a module");
  code = code.replace(/^"use strict";\n?/, "");
  // Schemas ajv keeps beside the code but no function reads.
  code = code.replace(/^const (schema\d+) = .*;\n/gm, (line, name) =>
    code.split(new RegExp(`\\b${name}\\b`)).length > 2 ? line : "",
  );
  // Where in the schema each error arose: SchemaError (webhook-types.ts) reads the instance's
  // path, the keyword and its params, never this.
  code = code.replace(/schemaPath:"(?:[^"\\]|\\.)*",/g, "");
  return { code, functions };
}

/** The code of the module of one payload kind's validators (its VALIDATORS). */
function compileKind(kind) {
  const documents = ["lenient", "strict"].map((mode) => {
    const defs = structuredClone(kind.schemas[mode].$defs);
    if (mode === "lenient") openCodes(defs);
    return walk({ $defs: defs }, reshape).$defs;
  });
  const { nameOf, pooled } = pooling(documents);
  const members = (index) =>
    kind.variants.map(([value, definition]) => [value, nameOf(index, definition)]);
  const lenient = members(0);
  const strict = members(1);
  const fallback = kind.fallback === null ? null : nameOf(0, kind.fallback);
  const names = [...lenient, ...strict].map(([, name]) => name);
  const { code, functions } = standaloneCode(
    pooled,
    fallback === null ? names : [...names, fallback],
  );
  const validators = (pairs) =>
    `new Map([${pairs.map(([value, name]) => `[${JSON.stringify(value)}, ${functions[name]}]`).join(", ")}])`;
  return (
    (code.trim() === "" ? "" : `${code.trim()}\n\n`) +
    `/** The payload kind ${kind.kind}: its tag field and the validator of each member, lenient\n` +
    " * and strict. */\n" +
    "export const VALIDATORS: PayloadValidators = {\n" +
    `  tag: ${JSON.stringify(kind.tag)},\n` +
    `  lenient: ${validators(lenient)},\n` +
    `  strict: ${validators(strict)},\n` +
    `  fallback: ${fallback === null ? "null" : functions[fallback]},\n` +
    "};\n"
  );
}

const input = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(
  JSON.stringify(Object.fromEntries(input.kinds.map((kind) => [kind.kind, compileKind(kind)]))),
);
