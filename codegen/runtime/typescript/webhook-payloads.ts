/**
 * Read a webhook's body and validate it as its payload kind, by the rules of Python's
 * `bankcodes.payloads`: at most `maxBytes` bytes (checked first); UTF-8, one leading byte order
 * mark ignored (a second one is not JSON); strict JSON (no NaN or Infinity, no lone surrogate, values nested at most 200
 * containers deep); then the tag field picks the member of the union, and only that member is
 * validated (an unknown tag: the fallback member when lenient, one problem when strict). The
 * problems carry JSON paths (`$.payload.status`, `$["a key"]`, `$.items[0]`), in the order
 * Python lists them (but for one thing: a JavaScript object lists keys like "0" before the
 * others, so unknown fields named so come first among the unknown fields).
 */
import { largerThan, locate, WINDOW, windows, type Window } from "./webhook-bounded.js";
import { readJson } from "./read-json.js";
import { cut, longerThan, shown } from "./shown.js";
import {
  PayloadError,
  type PayloadValidators,
  type SchemaError,
  type Validator,
} from "./webhook-types.js";

/** The default limit on the size of a body, in bytes. */
export const MAX_BYTES = 1024 * 1024;
/** At most this many problems are listed in a PayloadError; `omitted` counts the rest. */
export const MAX_PROBLEMS = 100;
const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

type Json = { [field: string]: unknown };

/** Throws a TypeError naming `name` unless `value` is a number of bytes: an integer, 0 or more. */
export function checkSize(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a whole number of bytes, 0 or more, not ${shown(value)}`);
  }
  return value;
}

/** Throws a TypeError naming `name` unless `value` is true or false. */
export function checkFlag(name: string, value: unknown): boolean {
  if (typeof value !== "boolean")
    throw new TypeError(`${name} must be true or false, not ${shown(value)}`);
  return value;
}

/** Refuse a body over `maxBytes` before any other work on it, a signature's included. */
export function refuseOversize(
  raw: Uint8Array,
  kind: string,
  strict: boolean,
  maxBytes: unknown,
): void {
  const limit = checkSize("maxBytes", maxBytes);
  if (raw.length > limit)
    throw new PayloadError(
      [{ path: "$", message: `the body is ${raw.length} bytes; the limit is ${limit}` }],
      {
        kind,
        strict,
      },
    );
}

/** Read `raw` and validate it as a payload of `kind` by its `validators`; throws PayloadError. */
export function readPayload(
  raw: Uint8Array,
  kind: string,
  validators: PayloadValidators,
  strict: unknown,
  maxBytes: unknown,
): Json {
  checkFlag("strict", strict);
  const limit = checkSize("maxBytes", maxBytes);
  const fail = (path: string, message: string): PayloadError =>
    new PayloadError([{ path, message }], { kind, strict: strict as boolean });
  const data = readJson(raw, limit, fail);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw fail("$", "Input should be an object");
  }
  const payload = data as Json;
  const validate = member(validators, payload, strict as boolean, fail);
  const details = { kind, strict: strict as boolean };
  if (largerThan(payload, WINDOW)) {
    // Validation stops once more than MAX_PROBLEMS are found (see webhook-bounded.ts).
    const found = new Map<string, string>();
    for (const window of windows(payload)) {
      if (validate(window.root)) continue;
      for (const [path, message] of problemsOf(validate.errors ?? [], payload, window)) {
        if (!found.has(path)) found.set(path, message);
      }
      if (found.size > MAX_PROBLEMS) {
        const problems = [...found].map(([path, message]) => ({ path, message }));
        const listed = problems.slice(0, MAX_PROBLEMS);
        const omitted = problems.length - listed.length;
        throw new PayloadError(listed, { ...details, omitted, stopped: true });
      }
    }
  }
  if (!validate(payload)) {
    const problems = [...problemsOf(validate.errors ?? [], payload)].map(([path, message]) => ({
      path,
      message,
    }));
    const listed = problems.slice(0, MAX_PROBLEMS);
    throw new PayloadError(listed, { ...details, omitted: problems.length - listed.length });
  }
  return payload;
}

function member(
  validators: PayloadValidators,
  payload: Json,
  strict: boolean,
  fail: (path: string, message: string) => PayloadError,
): Validator {
  const field = validators.tag;
  const path = pathOf([field]);
  if (!Object.hasOwn(payload, field)) throw fail(path, "Field required");
  const tag = payload[field];
  if (typeof tag !== "string") throw fail(path, "Input should be a valid string");
  const found = (strict ? validators.strict : validators.lenient).get(tag);
  if (found !== undefined) return found;
  if (!strict && validators.fallback !== null) return validators.fallback;
  const shown = JSON.stringify(longerThan(tag, 100) ? `${cut(tag, 100)}…` : tag);
  const known = [...validators.strict.keys()].join(", ");
  throw fail(
    path,
    `${field} ${shown} has no schema of its own here (strict validation accepts only: ${known}; lenient validation accepts any ${field})`,
  );
}

/**
 * The problems of a validator's errors: one per place (a value none of a union's alternatives
 * accepts is one problem, not one per alternative), where the error is (a missing or extra field
 * at the field's own path).
 */
function problemsOf(
  errors: readonly SchemaError[],
  payload: Json,
  window?: Window,
): Map<string, string> {
  const kept: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword === "if") continue; // "null, or else the type": the type's problems stand
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      const at = error.instancePath;
      while (kept.length > 0 && within(kept[kept.length - 1]!.instancePath, at)) kept.pop();
    }
    kept.push(error);
  }
  const problems = new Map<string, string>();
  for (const error of kept) {
    let keys = error.instancePath.split("/").slice(1).map(unescapePointer);
    const { missingProperty, additionalProperty } = error.params;
    if (window !== undefined) {
      const missing = error.keyword === "required" ? missingProperty : undefined;
      const found = locate(window, keys, typeof missing === "string" ? missing : null);
      if (found.leftOut) continue;
      keys = found.keys;
    }
    if (error.keyword === "required" && typeof missingProperty === "string") {
      keys.push(missingProperty);
    } else if (error.keyword === "additionalProperties" && typeof additionalProperty === "string") {
      keys.push(additionalProperty);
    }
    const path = pathOf(keys, payload);
    if (!problems.has(path)) problems.set(path, messageOf(error));
  }
  return problems;
}

function within(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function unescapePointer(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** A JSON path as Python writes it: $.name, $["a key"], $[0] (an index of an array). */
function pathOf(keys: readonly string[], data?: unknown): string {
  let path = "$";
  let value = data;
  for (const key of keys) {
    if (Array.isArray(value)) {
      path += `[${key}]`;
      value = value[Number(key)];
      continue;
    }
    path += IDENTIFIER.test(key) ? `.${key}` : `[${quoted(key)}]`;
    value =
      value !== null && typeof value === "object" && Object.hasOwn(value, key)
        ? (value as Json)[key]
        : undefined;
  }
  return path;
}

/** A key as Python's json.dumps writes it (ASCII only), cut at 200 characters. */
function quoted(key: string): string {
  const text = JSON.stringify(Array.from(key).slice(0, 200).join(""));
  return text.replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const TYPES: { readonly [type: string]: string } = {
  string: "a valid string",
  number: "a finite number",
  integer: "a valid integer",
  boolean: "a valid boolean",
  object: "an object",
  array: "a valid list",
  null: "null",
};

function messageOf(error: SchemaError): string {
  const { params } = error;
  switch (error.keyword) {
    case "required":
      return "Field required";
    case "additionalProperties":
      return "Extra inputs are not permitted";
    case "type":
      return `Input should be ${TYPES[String(params.type)] ?? String(params.type)}`;
    case "enum":
    case "const":
      return "Input should be one of the values the catalog knows";
    case "maxLength":
      return `String should have at most ${String(params.limit)} characters`;
    case "pattern":
      return `String should match pattern '${String(params.pattern)}'`;
    case "minimum":
    case "maximum":
      return "Input should be a finite number";
    case "anyOf":
    case "oneOf":
      return "Input should be a JSON value of a type allowed here, within the nesting limit";
    default:
      return `Input does not pass the ${error.keyword} check`;
  }
}
