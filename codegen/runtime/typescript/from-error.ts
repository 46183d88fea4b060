/**
 * From the error an API call threw to the code that decides it (the Python
 * `bankcodes.from_exception`): where the well-known clients keep a provider's error body, read
 * by duck typing (no client is imported), then recognised and read in its place by the
 * catalog's rules (`recognise`, `decisiveCode`). The clients' shapes are named once, in
 * CLIENT_SHAPES, in the order they are tried. Never rejects; reads at most MAX_ERROR_BYTES of a
 * body (after decompression) and waits at most a deadline for one still on the wire.
 *
 * What is read follows one definition, shared with Python's `from_exception` (a corpus both
 * run): a body is UTF-8 JSON of at most MAX_ERROR_BYTES, one leading byte order mark ignored, and
 * JSON the payloads' reader accepts (a lone surrogate makes it no JSON); an HTTP status is an
 * integer from 100 to 599 (anything else is no status); a request id is a text of 1 to 200
 * characters with no lone surrogate (anything else is no request id).
 */
import { CategoryInfo } from "./categories.js";
import { CLIENT_SHAPES, MAX_ERROR_BYTES, get, type Carried } from "./carried.js";
import { isRecord, type Evidence } from "./recognition.js";
import {
  codes,
  decisiveCode,
  decisiveCodeWithStatus,
  BY_KIND_STATUS,
  BY_STATUS,
  exceptionClassCode,
  headerRequestId,
  recognise,
  evidenceOf,
  decidingInnerBody,
  codeLayers,
  statedRequestId,
  statedStatus,
  kindResponseStatus,
  type FoundCode,
} from "./code-fields.js";
import { jwtPayload, signedKinds, unverifiedReason } from "./jwt-body.js";
import type { PayloadKind } from "./kinds.js";
import { PROVIDERS, type Provider } from "./registry.js";
import { printable, shown } from "./shown.js";
import { PayloadError } from "./webhook-types.js";
import { LONE_SURROGATE, readJson } from "./read-json.js";

export { CLIENT_SHAPES, MAX_ERROR_BYTES } from "./carried.js";

/** How long a body still on the wire is waited for, by default, in milliseconds. */
export const ERROR_DEADLINE_MS = 5000;

/** Options of `fromError`. */
export interface FromErrorOptions {
  /** How long to wait for a body still on the wire, in milliseconds (ERROR_DEADLINE_MS). */
  readonly deadlineMs?: number;
}

/** The code that decides an API error, with the kind its body was read as, the HTTP status and
 * the provider's request id where the error carries them. Where the body holds another whole
 * (the bank's error a provider passes through, read by `innerBodies`), both codes are given: the
 * one that decides here, and the other beside it, `outer` (the provider's code around it) or
 * `inner` (the bank's code inside it). So too where a body carries another provider's code
 * beneath its own, in fields the spec types with that provider's code sets (`layeredCodes`):
 * `inner` is the code beneath, `outer` the kind's own provider's, and neither names a `holder`.
 * A code read inside another body names the text field that held it (`holder`). */
export interface FoundError extends FoundCode {
  readonly kind: string;
  readonly status: number | null;
  /** The provider's request id as a log line or a terminal may show it: every control
   * character and every mark that reorders text as its escape (\u001b), at most 200 characters
   * as sent (`printable`). */
  readonly requestId: string | null;
  /** The request id exactly as the provider sent it (the same as requestId unless it holds a
   * control character or a reordering mark): for a lookup, never for a terminal. */
  readonly rawRequestId: string | null;
  /** For a code read inside another body: the JSON path of that body's text field holding it. */
  readonly holder?: string;
  /** Where the code of the body inside, or of the provider beneath, decides: the provider's own
   * code around it. */
  readonly outer?: FoundError;
  /** Where the provider's own code decides: the code of the body it holds, or of the provider
   * beneath it. */
  readonly inner?: FoundError;
  /** A code of the body that says more than the one that decides but that the catalog does not
   * know yet (a new error.code beside its known error.type): kept for the log. */
  readonly unknown?: FoundCode;
  /** For a body that was a signed JWT (application/jwt): its payload was read without verifying
   * the token's signature, and this says why (its kind's words). */
  readonly unverified?: string;
  /** What in the body tells whose it is, read as the kind it was (the provider's body around a
   * bank's body that decides): its provider's namespace, a code only its code sets hold, its
   * fields, or the provider the reader was told; absent for an error read by its class. */
  readonly evidence?: readonly Evidence[];
}

/** The JSON of a body, read as the payloads' reader reads one (`readJson`); null for what is
 * no JSON or too long. A text holding a lone surrogate is no JSON (Python cannot encode it). */
function dataOf(body: unknown): unknown {
  let bytes: Uint8Array;
  if (body instanceof Uint8Array) {
    bytes = body;
  } else if (typeof body === "string") {
    if (body.length > MAX_ERROR_BYTES || LONE_SURROGATE.test(body)) return null;
    bytes = new TextEncoder().encode(body);
  } else {
    return isRecord(body) || Array.isArray(body) ? body : null; // parsed JSON already
  }
  try {
    const data = readJson(
      bytes,
      MAX_ERROR_BYTES,
      (path, message) => new PayloadError([{ path, message }]),
    );
    // A body is an object or a list of them: a JSON string is no body (never read again as one).
    return isRecord(data) || Array.isArray(data) ? data : null;
  } catch {
    return null;
  }
}

/** The JSON of a body (`dataOf`), else, for a text body that is a signed JWT (application/jwt),
 * its payload read without verifying its signature (`jwtPayload`), with `signed` true. */
function bodyOf(body: unknown): { readonly data: unknown; readonly signed: boolean } {
  const data = dataOf(body);
  if (data !== null || !(typeof body === "string" || body instanceof Uint8Array))
    return { data, signed: false };
  const payload = jwtPayload(body);
  return payload === null ? { data: null, signed: false } : { data: payload, signed: true };
}

function deadlineOf(options: FromErrorOptions | undefined): number {
  const given: unknown = options?.deadlineMs;
  const value: unknown = given === undefined ? ERROR_DEADLINE_MS : given;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > 3_600_000) {
    throw new TypeError(
      `deadlineMs must be a number of milliseconds, above 0 and at most 3600000, not ${shown(value)}`,
    );
  }
  return value;
}

/** `provider`, checked to be a provider id where one is given (the Python `provider_id`; null,
 * as Python's None, is none given): a misspelt one, which TypeScript refuses to compile, throws
 * a TypeError in JavaScript (the caller's mistake, never read as no provider). */
export function providerOf(provider: unknown): Provider | undefined {
  if (provider === undefined || provider === null) return undefined; // none, as Python's None
  if (PROVIDERS.includes(provider as Provider)) return provider as Provider;
  throw new TypeError(
    `unknown provider ${shown(provider)}; expected one of ${PROVIDERS.join(", ")}`,
  );
}

/**
 * The code that decides the provider error `error` carries: an error of a well-known client (the
 * `stripe` package's StripeError, the `belvo` package's RequestError, an axios error such as
 * the `plaid` client's, got's and superagent's HTTPError, undici's ResponseError, an error holding
 * a fetch Response; CLIENT_SHAPES lists them), a Response (fetch's, node-fetch's, what undici's
 * request() answers), or an error body itself (bytes, text or parsed JSON); with
 * `provider` (a provider id: a misspelt one does not compile), only that provider's kinds are
 * read, by every rule of theirs. Resolves to null when it carries no error body the catalog
 * recognises, or one that fits several kinds (ambiguous: never handed to one). An error that
 * `provider`'s own client threw in place of a body, keeping none of it, is read by its class
 * where the catalog names that client's exception classes (path and field BY_CLASS). It reads at
 * most MAX_ERROR_BYTES of a body (1 MiB, after decompression) and waits at most `deadlineMs`
 * (ERROR_DEADLINE_MS, 5000, by default) for a body still on the wire: past it, the body's
 * reading is cancelled and it resolves to null. It never rejects on what it is given; a
 * `deadlineMs` that is no number of milliseconds, and a `provider` that is no provider id, reject
 * with a TypeError (the caller's mistakes).
 */
export async function fromError(
  error: unknown,
  provider?: Provider,
  options?: FromErrorOptions,
): Promise<FoundError | null> {
  return (await readError(error, provider, options)).found;
}

/** What `fromError` read: its answer, the response's headers and the body's JSON (null where
 * none was carried), for `decideError`, which reads a wait from them. */
export interface ErrorReading {
  readonly found: FoundError | null;
  readonly headers: unknown;
  readonly data: unknown;
  /** The HTTP status the error carries (null where it carries none). */
  readonly status: number | null;
  /** The payload kind the body was read as (none where it is none, or several). */
  readonly kind?: string;
}

/** `fromError`'s answer with what it was read from. */
export async function readError(
  error: unknown,
  provider?: Provider,
  options?: FromErrorOptions,
): Promise<ErrorReading> {
  const deadlineMs = deadlineOf(options);
  provider = providerOf(provider);
  try {
    let carried: Carried | null = null;
    // An error that carries nothing itself is read through the one it was thrown with as its
    // cause (new Error(message, { cause })), three deep at most, as Python reads __cause__.
    let held: unknown = error;
    for (let depth = 0; carried === null && depth < 4 && held !== undefined; depth++) {
      for (const [, shape] of CLIENT_SHAPES) {
        carried = await shape(held, deadlineMs);
        if (carried !== null) break;
      }
      held = held instanceof Error && held.cause !== held ? held.cause : undefined;
    }
    if (carried === null) {
      const found = provider === undefined ? null : byClass(error, provider);
      return { found, headers: null, data: null, status: null };
    }
    return readCarried(carried, provider);
  } catch {
    // an object of any shape may throw anything when read: nothing to read
    return { found: null, headers: null, data: null, status: null };
  }
}

/** The code that decides what an error carries (its body, status, request id and headers). */
export function readCarried(carried: Carried, provider?: Provider): ErrorReading {
  const body = bodyOf(carried.body);
  let data = body.data;
  if (Array.isArray(data) && isRecord(data[0])) data = data[0]; // one object per error
  const headers = carried.headers ?? null;
  // Read as the provider the caller names, else as the one whose client threw it: never as
  // another provider's; a signed JWT's payload as a kind whose bodies travel so alone.
  const whose = provider ?? (carried.provider as Provider | undefined);
  const kinds = recognise(data, whose);
  const fitting = body.signed ? signedKinds(kinds) : kinds;
  // No kind, or several: never handed to one of them.
  if (fitting.length !== 1) return { found: null, headers, data, status: carried.status };
  const kind = fitting[0]!;
  // The status the error carries, else the one its body states, else its kind's every response's.
  const stated = carried.status ?? statedStatus(kind, data);
  const status = stated ?? kindResponseStatus(kind);
  // The body's code, else the status where its provider documents its meaning (said as its
  // kind's where none was given).
  const path = stated === null ? BY_KIND_STATUS : BY_STATUS;
  const found = decisiveCodeWithStatus(kind, decisiveCode(kind, data), status, path);
  const raw =
    statedRequestId(kind, data) ?? headerRequestId(kind, carried.headers) ?? carried.requestId;
  const ids = { requestId: raw === null ? null : printable(raw), rawRequestId: raw };
  const unknown = passedOver(kind, data, found);
  const unverified = body.signed ? { unverified: unverifiedReason(kind) ?? "" } : {};
  const outer =
    found === null
      ? null
      : { ...found, kind, status, ...ids, ...(unknown ? { unknown } : {}), ...unverified };
  const held = nested(kind, data, outer, status, ids);
  const layers = layered(kind, data, held, status, ids);
  const answer = layers === null ? null : { ...layers, evidence: evidenceOf(data, kind, whose) };
  return { found: answer, headers, data, status: carried.status, kind };
}

/** How many classes of an error are read, its own first (the Python MAX_CLASSES). */
const MAX_CLASSES = 8;

/** An error of the provider's own client that keeps no body, read by its class (the names of
 * its class and its parents, nearest first, up to Error): the error itself, else the one it was
 * thrown with as its cause, three deep at most, as bodies are read. */
function byClass(error: unknown, provider: string): FoundError | null {
  let held: unknown = error;
  for (let depth = 0; depth < 4 && held instanceof Error; depth++) {
    const found = exceptionClassCode(provider, classesOf(held));
    if (found !== null) return { ...found, status: null, requestId: null, rawRequestId: null };
    held = held.cause !== held ? held.cause : undefined;
  }
  return null;
}

function classesOf(error: Error): string[] {
  const classes: string[] = [];
  let proto: unknown = Object.getPrototypeOf(error);
  for (let step = 0; step < MAX_CLASSES && proto !== null && proto !== Error.prototype; step++) {
    const made = get(proto, "constructor");
    const name = typeof made === "function" ? made.name : undefined;
    if (typeof name === "string" && name !== "") classes.push(name);
    proto = Object.getPrototypeOf(proto);
  }
  return classes;
}

/** The first code of the body, in the order its codes decide, that the catalog does not know and
 * that comes before the deciding one (which decides in its place): the Python `passed_over`. */
export function passedOver(
  kind: PayloadKind | (string & {}),
  data: unknown,
  deciding: FoundCode | null,
): FoundCode | null {
  if (deciding === null || !deciding.known) return null;
  for (const found of codes(kind, data)) {
    if (found.path === deciding.path) return null;
    if (!found.known) return found;
  }
  return null;
}

/** The answer for a body that may hold another (its kind's `embeds`): the inner body's code where
 * it decides (the kind says so and the catalog knows it, or the outer body has no code), with the
 * outer code beside it; else the outer code, with the inner beside it. */
function nested(
  kind: string,
  data: unknown,
  outer: FoundError | null,
  status: number | null,
  ids: { readonly requestId: string | null; readonly rawRequestId: string | null },
): FoundError | null {
  const held = decidingInnerBody(kind, data);
  if (held === null) return outer;
  const { body, code } = held;
  const inner: FoundError = { ...code, kind: body.kind, status, ...ids, holder: body.holder };
  if (outer === null || (body.decides === "inner" && code.known))
    return outer === null ? inner : { ...inner, outer };
  return { ...outer, inner };
}

/** The answer for a body that carries another provider's code beneath its own (fields of the
 * kind typed with that provider's code sets, `codeLayers`): the deciding code with the other
 * layer's beside it, `inner` (the code beneath the kind's own provider's, which decides) or
 * `outer` (the kind's own provider's, where the one beneath decides); a body that holds another
 * whole is answered so already (the Python `_layered`). */
function layered(
  kind: string,
  data: unknown,
  found: FoundError | null,
  status: number | null,
  ids: { readonly requestId: string | null; readonly rawRequestId: string | null },
): FoundError | null {
  if (found === null || found.inner !== undefined || found.outer !== undefined) return found;
  const own = kind.split("/", 1)[0]!;
  const each = codeLayers(kind, data);
  // The deciding code's layer: the kind's own where no layer's code decides (its status).
  const deciding = each.find(([, code]) => code.path === found.path)?.[0] ?? own;
  const other = each.find(([whose]) => whose !== deciding)?.[1];
  if (other === undefined) return found;
  const beside: FoundError = { ...other, kind, status, ...ids };
  return deciding === own ? { ...found, inner: beside } : { ...found, outer: beside };
}

/**
 * A found code's fields for a structured log line or a span (the Python `as_log_fields`):
 * OpenTelemetry's error.type (the code's identifier, "_OTHER" for a value the catalog does not
 * know) and http.response.status_code, and bankcodes.provider, .code_set, .code, .category,
 * .retryable, .end_user_can_retry, .request_id; what to do now as `decide` reads the code alone:
 * bankcodes.next_step, .state where the code stands for one, .wait_seconds where its source
 * states a wait; bankcodes.doc_url, the code's section on the reference site, where the package
 * carries the site's address; bankcodes.connection_id and .account_id, the connection or account the
 * code concerns alone (its `concerns`).
 */
export function asLogFields(
  found: FoundCode & {
    readonly status?: number | null;
    readonly requestId?: string | null;
    readonly unknown?: FoundCode;
  },
): Record<string, string | number | boolean> {
  const fields: Record<string, string | number | boolean> = {
    "error.type": found.known ? (found.info?.name ?? String(found.code)) : "_OTHER",
    "bankcodes.provider": found.codeSet.split(".", 1)[0]!,
    "bankcodes.code_set": found.codeSet,
    "bankcodes.code": String(found.code),
    "bankcodes.category": found.category,
  };
  const category = CategoryInfo[found.category];
  fields["bankcodes.retryable"] = found.info?.retryable ?? category.retryable;
  fields["bankcodes.end_user_can_retry"] = found.info?.endUserCanRetry ?? category.endUserCanRetry;
  // What to do now, as `decide` reads the code alone: its own step and state, else its
  // category's, and the wait its source states.
  fields["bankcodes.next_step"] = found.info?.nextStep ?? category.nextStep ?? "contact_provider";
  const state = found.info?.state ?? category.state;
  if (state !== undefined) fields["bankcodes.state"] = state;
  if (found.info?.waitSeconds !== undefined)
    fields["bankcodes.wait_seconds"] = found.info.waitSeconds;
  // The code's section on the reference site, where the package carries the site's address.
  if (found.info?.docUrl !== undefined) fields["bankcodes.doc_url"] = found.info.docUrl;
  if (typeof found.status === "number") fields["http.response.status_code"] = found.status;
  if (typeof found.requestId === "string") fields["bankcodes.request_id"] = found.requestId;
  if (found.unknown !== undefined) {
    fields["bankcodes.unknown_code"] = String(found.unknown.code);
    fields["bankcodes.unknown_code_set"] = found.unknown.codeSet;
  }
  // The connection or account the code concerns alone.
  for (const [what, named] of Object.entries(found.concerns ?? {}))
    fields[`bankcodes.${what}_id`] = named;
  return fields;
}

/**
 * Sentry's fingerprint of a found code (the Python `sentry_fingerprint`): its provider, its code
 * set and the code as sent, so that Sentry groups an error's events by its code, never by its
 * message (which the providers say may change) or its stack.
 */
export function sentryFingerprint(found: FoundCode): string[] {
  const fields = asLogFields(found);
  return ["bankcodes.provider", "bankcodes.code_set", "bankcodes.code"].map((name) =>
    String(fields[name] ?? ""),
  );
}
