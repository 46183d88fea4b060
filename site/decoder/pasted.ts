import { jwtPayload } from "bankcodes-package/jwt-body.js";
import { PASTED, PASTED_LIMITS } from "bankcodes-package/phrases.js";
import { isRecord } from "bankcodes-package/recognition.js";
import type { ReadRequestId } from "bankcodes-package/request-ids.js";
import { readJsonText } from "bankcodes-package/read-json.js";
import { printable, trimmed } from "bankcodes-package/shown.js";

/** How a pasted text is read, as `bankcodes explain -` reads it (the rules are declared once):
 * START_LINE, LEADING and NO_HEADERS sticky (matched where a head may begin), BLANK_LINE
 * global, the others whole. */
const START_LINE = new RegExp(PASTED.start_line, "y");
const BLANK_LINE = new RegExp(PASTED.blank_line, "g");
const NO_HEADERS = new RegExp(PASTED.no_headers, "y");
const LEADING = new RegExp(PASTED.leading, "y");
const whole = (rule: string, flags = ""): RegExp => new RegExp(`^(?:${rule})$`, flags);
const HEADER_LINE = whole(PASTED.header_line);
/** What Python strips from the ends of a line of bytes (ASCII whitespace). */
const ASCII_SPACE = " \t\n\r\v\f";

/** `pattern` (sticky or global) matched from `at`; null where it does not match. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The HTTP status, headers (by their names in lower case; the first of a repeated one) and
 * body of a pasted response, split as `bankcodes explain -` splits it; a pasted request (a
 * webhook with its request line) has headers but no status, and a body alone neither. A head followed by another (curl -si's 100 Continue, or a proxy's 200
 * Connection established) gives way to the last one. Read in one pass: each head is found from
 * where the one before ended, and the headers of the last alone are read. */
export function splitResponse(text: string): {
  readonly status: number | null;
  readonly headers: { readonly [name: string]: string };
  readonly pairs: readonly (readonly [string, string])[];
  readonly body: string;
} {
  let status: number | null = null;
  let head: [number, number] | null = null; // where the last head's headers begin and end
  let start = 0; // where the body begins
  for (;;) {
    const found = matchAt(START_LINE, text, matchAt(LEADING, text, start)![0].length + start);
    if (found === null) break;
    const at = found.index + found[0].length;
    const blank = matchAt(NO_HEADERS, text, at) ?? matchAt(BLANK_LINE, text, at);
    status = found[1] === undefined ? null : Number(found[1]); // a request's line has none
    head = [at, blank === null ? text.length : blank.index];
    start = blank === null ? text.length : blank.index + blank[0].length;
  }
  if (head === null) return { status, headers: {}, pairs: [], body: queryBody(text) };
  const pairs = pairsOf(text.slice(...head));
  const headers = Object.create(null) as { [name: string]: string };
  for (const [name, value] of pairs) headers[name.toLowerCase()] ??= value;
  return { status, headers, pairs, body: text.slice(start) };
}

const PASTED_URL = whole(PASTED.pasted_url);

/** A body alone that is a URL with a query (PASTED_URL) as the JSON text of its parameters, each
 * by its last value, in the order first met (URLSearchParams; `bankcodes explain -`'s
 * query_body); any other body as it is. Written pair by pair: an object would put keys that are
 * numbers first. */
export function queryBody(body: string): string {
  const found = PASTED_URL.exec(trimmed(body, ASCII_SPACE));
  if (found === null) return body;
  const params = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(found[1]!)) params.set(name, value);
  if (params.size === 0) return body;
  const members = [...params].map(
    ([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`,
  );
  return `{${members.join(",")}}`;
}

/** Every header line of a head as [name, value], a repeated one each time (as `bankcodes
 * decide -` reads them: two Retry-After values are several, which a decision refuses), each
 * value trimmed of spaces and tabs (RFC 9110's optional whitespace, and nothing else); a line
 * that begins with one continues the one before (RFC 9112's obsolete line folding): its parts are
 * joined with single spaces, once, when the head is read (joined line by line, a long folded
 * value was copied and trimmed again at each line). */
function pairsOf(head: string): [string, string][] {
  const folded: [string, string[]][] = [];
  for (const line of head.split(/\r\n|\r|\n/, PASTED_LIMITS.headers)) {
    const last = folded.at(-1);
    if ((line.startsWith(" ") || line.startsWith("\t")) && last !== undefined) {
      last[1].push(trimmed(line));
      continue;
    }
    const found = HEADER_LINE.exec(trimmed(line));
    if (found !== null) folded.push([found[1]!, [trimmed(found[2]!)]]);
  }
  return folded.map(([name, parts]) => [name, parts.filter((part) => part !== "").join(" ")]);
}

/** The longest input the decoder reads, in characters. */
export const MAX_INPUT = 1_000_000;
/** A code pasted alone (or as a JSON string): how the catalog's codes are spelled. */
const BARE_CODE = whole(PASTED.bare_code);

/** What a pasted text is, with a pasted response's status: too long to read, a response with no
 * body, a bare code, neither JSON nor a code (with the JSON parser's reason), or a JSON value. */
export type Pasted = {
  readonly status: number | null;
  readonly headers: { readonly [name: string]: string };
  readonly pairs: readonly (readonly [string, string])[];
} & (
  | { readonly is: "too long" }
  | { readonly is: "no body" }
  | { readonly is: "code"; readonly code: string }
  | { readonly is: "neither"; readonly reason: string }
  | {
      readonly is: "json";
      readonly data: unknown;
      readonly signed?: true;
      /** The keys the body gives more than once in one object (`repeatedKeys`). */
      readonly repeated?: readonly string[];
    }
);

/** Read a pasted text: a body alone, or a whole HTTP response (see splitResponse); a body that
 * is a signed JWT (application/jwt) is its payload, unverified (`signed`). */
export function readPasted(text: string): Pasted {
  if (text.length > MAX_INPUT) return { is: "too long", status: null, headers: {}, pairs: [] };
  const { status, headers, pairs, body } = splitResponse(text);
  const bare = trimmed(body, ASCII_SPACE);
  if (bare === "") return { is: "no body", status, headers, pairs };
  let data: unknown;
  try {
    // The body as every reader reads one (readJsonText: the packages' and `explain -`'s rules).
    data = readJsonText(body, (_, message) => new Error(message));
  } catch (error) {
    // A signed JWT (application/jwt): its payload, read without verifying its signature.
    const payload = jwtPayload(body);
    if (payload !== null)
      return { is: "json", data: payload, signed: true, status, headers, pairs };
    if (BARE_CODE.test(bare)) return { is: "code", code: bare, status, headers, pairs };
    const reason = error instanceof Error ? error.message : "it does not parse";
    // Where the parser stopped, as its message gives it: line, column and the text around that
    // place, escaped (as `bankcodes explain -` says it).
    const where = reason.replace(
      /at position (\d+)(?: \(line \d+ column \d+\))?/,
      (_, at: string) => {
        const [from, before] = [Number(at), body.slice(0, Number(at))];
        const [line, column] = [before.split("\n").length, from - before.lastIndexOf("\n")];
        const near = printable(body.slice(Math.max(0, from - 10), from + 10));
        return `at line ${line}, column ${column}, near '${near}'`;
      },
    );
    return { is: "neither", reason: where, status, headers, pairs };
  }
  if (typeof data === "string" && BARE_CODE.test(data))
    return { is: "code", code: data, status, headers, pairs };
  const repeated = repeatedKeys(body);
  return { is: "json", data, status, headers, pairs, ...(repeated.length > 0 ? { repeated } : {}) };
}

/** The keys a JSON text gives more than once in one object (at most PASTED_LIMITS.repeated_keys, in the order
 * met), each read by its last value as JSON.parse reads it, as `bankcodes explain -` names them
 * (the Python `repeated_keys`). Run on text that parses: its strings and brackets are its
 * tokens, and a string followed by a colon is a key. */
export function repeatedKeys(text: string): string[] {
  const found: string[] = [];
  const objects: (Set<string> | null)[] = [];
  let last: string | null = null;
  for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\]:]/g)) {
    if (token === "{" || token === "[") objects.push(token === "{" ? new Set() : null);
    else if (token === "}" || token === "]") objects.pop();
    else if (token === ":" && last !== null) {
      const keys = objects.at(-1);
      const key = JSON.parse(last) as string;
      if (keys?.has(key) && !found.includes(key) && found.length < PASTED_LIMITS.repeated_keys)
        found.push(key);
      keys?.add(key);
    }
    last = token.startsWith('"') ? token : null;
  }
  return found;
}

export { requestIdsOfNobody } from "bankcodes-package/request-ids.js";
export type { ReadRequestId };

/** What the decoder says of a request id of a body that is nobody's (set as text). */
export function nobodysRequestIdLine(read: ReadRequestId): string {
  return "header" in read
    ? `Request id (${read.header}): ${read.value}.`
    : `Request id (${read.field} of the body): ${read.value}.`;
}

/** What the decoder says of a response whose headers no body follows. */
export const NO_BODY =
  "No body follows: a blank line ends the headers, and the body comes after it.";

/** The first error of a list of errors (Belvo answers with one), as `from_exception` and
 * `fromError` read it, with what to say of it; anything else as it is. */
export function firstOfList(data: unknown): {
  readonly data: unknown;
  readonly note: string | null;
} {
  if (!Array.isArray(data) || !isRecord(data[0])) return { data, note: null };
  const more = data.length > 1 ? `; the first of ${data.length} is read` : "";
  return { data: data[0], note: `A list of errors${more}.` };
}
