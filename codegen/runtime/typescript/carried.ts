/**
 * Where the well-known HTTP clients keep what an error carries (the Python
 * `bankcodes._carried`): the body, the HTTP status, the request id and the headers, read by duck
 * typing (no client is imported). The clients' shapes are named once, in CLIENT_SHAPES, in the
 * order they are tried; the first that fits gives what the error carries. A body still on the
 * wire is read within MAX_ERROR_BYTES and a deadline. `fromError` reads the code that decides it.
 */
import { requestIdOf } from "./code-fields.js";
import { isRecord } from "./recognition.js";

/** The largest error body read, in bytes: a longer one is not read. */
export const MAX_ERROR_BYTES = 1024 * 1024;

/** What an error carries, as one of CLIENT_SHAPES reads it. */
export interface Carried {
  readonly body: unknown;
  readonly status: number | null;
  readonly requestId: string | null;
  /** The response's headers, as the client holds them. */
  readonly headers?: unknown;
  /** The provider whose own client threw it (the stripe package's StripeError), else none: a
   * provider id, which a catalog without that provider does not know. */
  readonly provider?: string;
}

export function get(value: unknown, name: string): unknown {
  try {
    return value !== null && (typeof value === "object" || typeof value === "function")
      ? (value as { readonly [key: string]: unknown })[name]
      : undefined;
  } catch {
    return undefined; // a getter or a Proxy that throws: nothing there
  }
}

/** An HTTP status: an integer from 100 to 599; anything else is none. */
export function statusOf(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 100 && value <= 599
    ? value
    : null;
}

/** The `stripe` package's StripeError: raw (the body's error object), statusCode, requestId. */
function stripeError(error: unknown): Carried | null {
  const raw = get(error, "raw");
  if (!isRecord(raw) || get(error, "statusCode") == null) return null;
  return {
    body: { error: raw },
    status: statusOf(get(error, "statusCode")),
    requestId: requestIdOf(get(error, "requestId")),
    provider: "stripe",
  };
}

/** The `belvo` package's RequestError: detail (the body axios parsed), statusCode. */
function belvoError(error: unknown): Carried | null {
  const detail = get(error, "detail");
  if (!(isRecord(detail) || Array.isArray(detail)) || get(error, "statusCode") == null) return null;
  return { body: detail, status: statusOf(get(error, "statusCode")), requestId: null };
}

/** An axios error (the `plaid` client's, and any axios client's): response.data, status; a
 * body asked for as a stream (responseType "stream": a Node Readable, which axios has inflated)
 * is read within the limit and the deadline. */
async function axiosError(error: unknown, deadlineMs: number): Promise<Carried | null> {
  const response = get(error, "response");
  const data = get(response, "data");
  if (data === undefined || get(response, "status") == null) return null;
  const status = statusOf(get(response, "status"));
  const headers = get(response, "headers");
  if (!isStream(data)) return { body: data, status, requestId: null, headers };
  const body = await once(data, () => wholeBody(streamReader(data), deadlineMs));
  return { body, status, requestId: null, headers };
}

/** The bodies read from a stream, by the object read (a fetch Response, a Readable): a stream is
 * read once, and every later reading of the same error (fromError, decideError, in any order and
 * as often) is given the same body (the Python `_error_bodies._READ`). */
const READ = new WeakMap<object, Promise<Uint8Array | null>>();

/** The body `read` gives of `stream`, read the first time only. */
function once(stream: object, read: () => Promise<Uint8Array | null>): Promise<Uint8Array | null> {
  if (!READ.has(stream)) READ.set(stream, read());
  return READ.get(stream)!;
}

/** A stream's chunks joined, read within the limit and the deadline; null past either. */
async function wholeBody(
  read: ReadableStreamDefaultReader<Uint8Array>,
  deadlineMs: number,
): Promise<Uint8Array | null> {
  const chunks = await within(read, deadlineMs);
  return chunks === null
    ? null
    : new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** A Node Readable (an object with pipe and an async iterator of its chunks). */
function isStream(value: unknown): value is AsyncIterable<unknown> & { destroy?: () => void } {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof get(value, "pipe") === "function" &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

/** A Readable's chunks as a stream reader, each as bytes; a chunk that is no bytes ends it. */
function streamReader(
  stream: AsyncIterable<unknown> & { destroy?: () => void },
): ReadableStreamDefaultReader<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]();
  return {
    async read() {
      const next = await chunks.next();
      if (next.done === true) return { done: true, value: undefined };
      const chunk: unknown = next.value;
      if (chunk instanceof Uint8Array) return { done: false, value: chunk };
      if (typeof chunk === "string") return { done: false, value: new TextEncoder().encode(chunk) };
      throw new TypeError("a stream chunk that is no bytes");
    },
    async cancel() {
      discard(stream);
    },
    releaseLock() {},
    closed: Promise.resolve(undefined),
  } as ReadableStreamDefaultReader<Uint8Array>;
}

/** A Readable left unread, destroyed: what its destruction emits (undici's aborts as an error
 * event, which would end a process with no listener) is heard and dropped. */
function discard(stream: { destroy?: () => void }): void {
  const on = get(stream, "on");
  if (typeof on === "function") on.call(stream, "error", () => undefined);
  stream.destroy?.();
}

/** A fetch Response (fetch's, ky's; node-fetch's, whose body is a Node Readable), or an error
 * holding one in `response`: its body, read within the limit (fetch has inflated it) and the
 * deadline. */
async function fetchResponse(value: unknown, deadlineMs: number): Promise<Carried | null> {
  const response = typeof get(value, "arrayBuffer") === "function" ? value : get(value, "response");
  const stream = get(response, "body");
  const reader = get(stream, "getReader");
  if (get(response, "status") == null) return null;
  const whatwg = typeof reader === "function";
  if (!whatwg && !(isStream(stream) && typeof get(response, "arrayBuffer") === "function"))
    return null;
  const status = statusOf(get(response, "status"));
  // fetch inflates what it can; only the encodings Python inflates too are read (one answer).
  const headers = get(response, "headers");
  // A body not read (an encoding not read, too long, past the deadline) keeps the status and the
  // headers: a Retry-After decides without it.
  const readable = readableEncoding(headerValue(headers, "content-encoding"));
  const body = await once(response as object, async () => {
    // A body its caller has read already is gone: the status and the headers still decide.
    if (get(response, "bodyUsed") === true || get(stream, "locked") === true) return null;
    const read = whatwg
      ? (reader as () => ReadableStreamDefaultReader<Uint8Array>).call(stream)
      : streamReader(stream as AsyncIterable<unknown> & { destroy?: () => void });
    if (readable) return wholeBody(read, deadlineMs);
    read.cancel().catch(() => undefined);
    return null;
  });
  return { body, status, requestId: null, headers };
}

/** A response its client has read already (got's and superagent's HTTPError hold one in
 * `response`: body, or superagent's raw text, and statusCode or status; undici's ResponseError
 * is one) or left as a Node Readable (what undici's request() answers: statusCode, headers,
 * body), read within the limit and the deadline as it was sent (a compressed Readable is not
 * read). A parsed JSON object is no response: only a client's object holds one, or a Readable. */
async function readResponse(value: unknown, deadlineMs: number): Promise<Carried | null> {
  for (const response of [value, get(value, "response")]) {
    const status = get(response, "statusCode") ?? get(response, "status");
    const text = get(response, "text");
    const body = typeof text === "string" ? text : get(response, "body");
    if (status == null || body === undefined || body === null) continue;
    const stream = isStream(body);
    if (!stream && isParsedJson(response)) continue;
    const headers = get(response, "headers");
    const coding = headerValue(headers, "content-encoding");
    const carried = { status: statusOf(status), requestId: null, headers };
    if (!stream) return { ...carried, body: readableEncoding(coding) ? body : null };
    if (!readableEncoding(coding, [])) {
      discard(body);
      return { ...carried, body: null };
    }
    return { ...carried, body: await once(body, () => wholeBody(streamReader(body), deadlineMs)) };
  }
  return null;
}

/** An object as JSON.parse makes one (its prototype Object's, or none), not a client's. */
function isParsedJson(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A response header's value: from a Headers object (its get), else a plain object of lower-case
 * names, as Node's clients keep them. */
function headerValue(headers: unknown, name: string): unknown {
  const getter = get(headers, "get");
  return typeof getter === "function"
    ? (getter.call(headers, name) as unknown)
    : get(headers, name);
}

/** The chunks of a body, at most MAX_ERROR_BYTES in all, read within `deadlineMs`; null for
 * one over the limit or not read in time (its reading is then cancelled). */
async function within(
  read: ReadableStreamDefaultReader<Uint8Array>,
  deadlineMs: number,
): Promise<Uint8Array[] | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), deadlineMs);
  });
  const all = (async (): Promise<Uint8Array[] | null> => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value: chunk } = await read.read();
      if (done) return chunks;
      // A stream of empty chunks would keep this loop in microtasks, where the deadline's timer
      // never runs: each empty chunk waits for the next turn of the event loop.
      if (chunk.length === 0) await new Promise((next) => setTimeout(next, 0));
      size += chunk.length;
      if (size > MAX_ERROR_BYTES) return null;
      chunks.push(chunk);
    }
  })();
  try {
    const chunks = await Promise.race([all, late]);
    if (chunks === null) read.cancel().catch(() => undefined); // never awaited: it may hang too
    return chunks;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The content encodings both runtimes undo: gzip and deflate, at most three of them. */
const ENCODINGS = new Set(["gzip", "x-gzip", "deflate"]);

/** Whether a body whose Content-Encoding is `value` is read: by default, one of the encodings
 * both runtimes undo (none is); given `undone`, only those. */
function readableEncoding(value: unknown, undone: Iterable<string> = ENCODINGS): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const allowed = new Set(undone);
  const codings = value
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  return codings.length <= 3 && codings.every((coding) => allowed.has(coding));
}

/** An error body itself: bytes, text, or parsed JSON (an object or an array); an Error is
 * none (what it holds is read by the shapes before, or through its cause). */
function plain(value: unknown): Carried | null {
  const body = value instanceof Uint8Array || typeof value === "string" || Array.isArray(value);
  const read = body || (isRecord(value) && !(value instanceof Error));
  return read ? { body: value, status: null, requestId: null } : null;
}

/** The shapes of the well-known clients' errors and of a body given as it is, in the order
 * they are tried. */
export const CLIENT_SHAPES: readonly (readonly [
  string,
  (value: unknown, deadlineMs: number) => Carried | null | Promise<Carried | null>,
])[] = [
  ["stripe: StripeError (raw, statusCode, requestId)", stripeError],
  ["belvo: RequestError (detail, statusCode)", belvoError],
  ["axios (the plaid client): error.response (data, status)", axiosError],
  ["fetch, node-fetch: a Response, or an error with one in response (body, status)", fetchResponse],
  ["got, superagent, undici: a response read or a Readable (body, statusCode)", readResponse],
  ["a body: bytes, text or parsed JSON", plain],
];
