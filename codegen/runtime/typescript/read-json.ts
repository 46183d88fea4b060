/**
 * Reading a body's JSON as every reader of one does, the Python `bankcodes.payloads.parse`'s
 * rules: at most a number of bytes, UTF-8, one leading byte order mark ignored, strict JSON with
 * no lone surrogate and no value nested more than MAX_NESTING containers deep.
 */
/** A value inside more containers than this is refused, as Python's JSON reader refuses it. */
const MAX_NESTING = 200;

/** A UTF-16 code unit of a surrogate pair without its other half: no text UTF-8 can hold. */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Read a body as every reader of one does: at most `maxBytes` bytes, UTF-8 (malformed is an
 * error), one leading byte order mark ignored and a second one not JSON, strict JSON.
 */
export function readJson<E extends Error>(
  raw: Uint8Array,
  maxBytes: number,
  fail: (path: string, message: string) => E,
): unknown {
  if (raw.length > maxBytes)
    throw fail("$", `the body is ${raw.length} bytes; the limit is ${maxBytes}`);
  const notJson = (error: unknown): E =>
    fail("$", `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  let text: string;
  try {
    // fatal: malformed UTF-8 is an error; a byte order mark is kept, for readJsonText to read.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch (error) {
    throw notJson(error);
  }
  return readJsonText(text, fail);
}

/**
 * Read a body already decoded (a pasted text: the site's decoder) by the same rules: one leading
 * byte order mark ignored and a second one not JSON, strict JSON with JSON's whitespace around
 * it, no lone surrogate (escaped or not) and no value nested more than MAX_NESTING deep.
 */
export function readJsonText<E extends Error>(
  text: string,
  fail: (path: string, message: string) => E,
): unknown {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.startsWith("\uFEFF"))
    throw fail("$", "not JSON: a second byte order mark at byte 3 (only one is ignored)");
  if (LONE_SURROGATE.test(body)) throw fail("$", "not JSON: a lone surrogate");
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw fail("$", `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const unreadable = unreadableIn(data, 0);
  if (unreadable !== null) throw fail("$", `not JSON: ${unreadable}`);
  return data;
}

/** What JSON.parse accepts but Python's reader refuses: a lone surrogate, deep nesting. */
function unreadableIn(value: unknown, depth: number): string | null {
  if (depth > MAX_NESTING) return `nested deeper than ${MAX_NESTING} levels`;
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? "a lone surrogate" : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return "a lone surrogate";
    const found = unreadableIn(item, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
