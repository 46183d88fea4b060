/**
 * What every scheme reads from a request (the raw body's bytes, the headers) and the HMAC
 * schemes' secrets and digests, on Web Crypto.
 */
import { LONE_SURROGATE } from "./read-json.js";
import * as refusals from "./refusals.js";
import { cut, trimmed } from "./shown.js";
import { type HmacScheme, type SignedTimestamp, refused } from "./webhook-types.js";

const DIGEST_SIZE = { sha256: 32, sha512: 64 } as const;

const HASH = { sha256: "SHA-256", sha512: "SHA-512" } as const;

const ALGORITHM_LABELS = new Set(["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]);

const BLANK = new Set([9, 10, 11, 12, 13, 32]);

export function bytesOf(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (typeof body === "string") {
    if (LONE_SURROGATE.test(body)) {
      throw refused(refusals.body_surrogate);
    }
    return new TextEncoder().encode(body);
  }
  throw refused(refusals.body_not_raw);
}

export function secretOf(secret: unknown): Uint8Array {
  let bytes: Uint8Array;
  if (typeof secret === "string") {
    if (LONE_SURROGATE.test(secret)) {
      throw refused(refusals.secret_surrogate);
    }
    bytes = new TextEncoder().encode(secret);
  } else if (secret instanceof Uint8Array) {
    bytes = secret;
  } else if (secret instanceof ArrayBuffer) {
    bytes = new Uint8Array(secret);
  } else if (secret === null || secret === undefined) {
    throw refused(refusals.no_secret, { secret: String(secret) });
  } else {
    throw refused(refusals.secret_type, { kind: typeof secret });
  }
  if (bytes.every((byte) => BLANK.has(byte))) {
    throw refused(refusals.secret_blank);
  }
  return bytes;
}

export function secretsOf(secret: unknown): Uint8Array[] {
  if (Array.isArray(secret)) {
    if (secret.length === 0) throw refused(refusals.no_secrets);
    return secret.map(secretOf);
  }
  return [secretOf(secret)];
}

/** The most (name, value) pairs a request's headers are read for: more is no request's. */
const MOST_PAIRS = 10_000;

/** A request's headers as read once: each name in lower case, with its distinct values (trimmed
 * of optional whitespace), in the order given. */
export type ReadHeaders = ReadonlyMap<string, readonly string[]>;

function* pairsOf(headers: unknown): Generator<[unknown, unknown]> {
  if (headers !== null && typeof headers === "object" && Symbol.iterator in headers) {
    for (const pair of headers as Iterable<unknown>) {
      if (!Array.isArray(pair) || pair.length !== 2)
        throw new Error("each header is a [name, value] pair");
      yield [pair[0], pair[1]];
    }
  } else if (headers !== null && typeof headers === "object") {
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) yield [name, item];
    }
  } else {
    throw new Error(`not ${headers === null ? "null" : typeof headers}`);
  }
}

/** A request's headers read once, whatever holds them: a fetch `Headers`, an object (a value
 * may be an array of values), or [name, value] pairs, a one-shot iterator of them included (the
 * Python `_headers.read`). Anything else, or anything its reading throws, is bad_headers. */
export function readHeaders(headers: unknown): ReadHeaders {
  // Each name's distinct values as a Set (in the order given): telling a value seen already
  // takes the same time however many there are.
  const found = new Map<string, Set<string>>();
  try {
    let count = 0;
    for (const [name, value] of pairsOf(headers)) {
      if ((count += 1) > MOST_PAIRS) throw new Error(`more than ${MOST_PAIRS} headers`);
      if (typeof name !== "string" || typeof value !== "string")
        throw new Error("header names and values must be strings");
      const key = name.toLowerCase();
      found.set(key, (found.get(key) ?? new Set<string>()).add(trimmed(value)));
    }
  } catch (error) {
    throw refused(refusals.headers_not_pairs, { error: cut(String(error), 200) });
  }
  return new Map([...found].map(([name, values]) => [name, [...values]]));
}

/** The request's headers as one value per name, in lower case (the first of several). */
export function flatHeaders(headers: ReadHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, values] of headers) if (values.length > 0) flat[name] = values[0]!;
  return flat;
}

/** The first of `names` present: its name as given in `names`, and its one value, read as header
 * text; several values are ambiguous_header, none is missing_header. */
export function headerOf(names: readonly string[], headers: ReadHeaders): [string, string] {
  for (const name of names) {
    const found = headers.get(name.toLowerCase());
    if (found === undefined || found.length === 0) continue;
    if (found.length > 1) throw refused(refusals.header_repeated, { name });
    return [name, headerText(name, found[0]!)];
  }
  throw refused(refusals.no_header, { names: names.join(" or ") });
}

/** A header value bankcodes reads (a signature, a timestamp, an id, a secret): printable ASCII,
 * spaces and tabs. Any other character (a control byte, a byte above 0x7f however the server
 * decoded it) is no provider's: bad_encoding, as the Python `signatures.header_text` says. */
export const HEADER_TEXT = /^[\t\x20-\x7e]*$/;

export function headerText(name: string, value: string): string {
  if (HEADER_TEXT.test(value)) return value;
  const chars = [...value];
  const index = chars.findIndex((char) => !HEADER_TEXT.test(char));
  const point = chars[index]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  throw refused(refusals.header_not_ascii, { name, point, at: index + 1 });
}

/** The most signatures a header that lists several is read for (the Python
 * `_hmac.MOST_LISTED`): a provider lists one per secret valid during a rotation. */
export const MOST_LISTED = 16;

/**
 * The signed timestamp (or "") and the digests of a signature header: a header of label=value
 * pairs (`stamped`), one that lists several signatures (the scheme's `listSeparator`: every item
 * decoded as a header of one, so an item without the prefix or not canonical refuses the request,
 * as the provider's own verifier does; one matching is enough), or one of one signature.
 */
export function signaturesOf(
  scheme: HmacScheme,
  name: string,
  value: string,
): [string, Uint8Array[]] {
  if (scheme.timestamp !== null) return stamped(scheme, name, value);
  const separator = scheme.listSeparator;
  if (separator === null) return ["", [decode(scheme, name, value)]];
  let count = 1;
  for (const char of value) if (char === separator) count += 1;
  if (count > MOST_LISTED)
    throw refused(refusals.too_many_signatures, { name, count, most: MOST_LISTED });
  return [
    "",
    value
      .split(separator)
      .map((item, index) =>
        decode(scheme, count > 1 ? `${name} (signature ${index + 1})` : name, item),
      ),
  ];
}

/** A digest as the provider writes it in hex: upper case where the scheme says so. */
export function hexText(scheme: HmacScheme, digest: Uint8Array): string {
  return scheme.hexCase === "upper" ? hex(digest).toUpperCase() : hex(digest);
}

/** Whether `value` is hex in a case the scheme reads (either, unless it names one). */
function hexRead(scheme: HmacScheme, value: string): boolean {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(value)) return false;
  if (scheme.hexCase === "upper") return value === value.toUpperCase();
  return scheme.hexCase !== "lower" || value === value.toLowerCase();
}

export function decode(scheme: HmacScheme, name: string, header: string): Uint8Array {
  const size = DIGEST_SIZE[scheme.algorithm];
  let value = header;
  if (scheme.prefix !== null) {
    const cut = value.indexOf("=");
    if (cut < 0 || !value.toLowerCase().startsWith(scheme.prefix.toLowerCase())) {
      const label = cut >= 0 ? value.slice(0, cut).toLowerCase() : "";
      if (ALGORITHM_LABELS.has(label)) {
        throw refused(refusals.other_prefix, { name, label, prefix: scheme.prefix });
      }
      throw refused(refusals.no_prefix, { name, prefix: scheme.prefix });
    }
    value = value.slice(scheme.prefix.length);
  }
  const decoded: Uint8Array[] = [];
  if (scheme.encodings.includes("hex") && hexRead(scheme, value)) {
    decoded.push(Uint8Array.from(value.match(/../g)!, (pair) => parseInt(pair, 16)));
  }
  if (
    scheme.encodings.includes("base64") &&
    value.length % 4 === 0 &&
    /^[A-Za-z0-9+/]+={0,2}$/.test(value)
  ) {
    const binary = atob(value);
    // Canonical only: unused padding bits must be zero (one digest, one spelling).
    if (btoa(binary) === value) decoded.push(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  }
  for (const digest of decoded) {
    if (digest.length === size) return digest;
  }
  if (decoded.length > 0) {
    throw refused(refusals.digest_size, {
      name,
      length: decoded[0]!.length,
      algorithm: scheme.algorithm,
      size,
    });
  }
  const encodings = scheme.encodings.map((each) =>
    each === "hex" && scheme.hexCase !== null ? `${scheme.hexCase}-case hex` : each,
  );
  throw refused(refusals.not_canonical, { name, encodings: encodings.join(" or ") });
}

/** The longest timestamp read, in digits (the Python `signatures._MAX_STAMP_DIGITS`). */
const MAX_STAMP_DIGITS = 12;

/**
 * The timestamp and the signatures of a header of label=value pairs (t=…,v1=…), as the Python
 * `signatures._stamped` reads them: the first timestamp or the last (the scheme's
 * `repeatedTimestamp`), every signature under the scheme's
 * label, each as canonical lowercase hex of the digest's size (another value matches nothing).
 */
export function stamped(scheme: HmacScheme, name: string, value: string): [string, Uint8Array[]] {
  const rule = scheme.timestamp!;
  let stamp: string | null = null;
  const texts: string[] = [];
  const others: string[] = [];
  for (const item of value.split(",")) {
    const cut = item.indexOf("=");
    if (cut < 0) continue;
    const label = item.slice(0, cut);
    const text = item.slice(cut + 1);
    if (label === rule.timestampLabel)
      stamp = stamp === null || rule.repeatedTimestamp === "last" ? text : stamp;
    else if (label === rule.signatureLabel) texts.push(text);
    else others.push(label);
  }
  if (stamp === null)
    throw refused(refusals.no_stamp_label, { name, label: rule.timestampLabel, value });
  // Decimal digits without a leading zero: the providers' libraries sign the number, never another
  // spelling of it.
  if (!/^(0|[1-9][0-9]*)$/.test(stamp) || stamp.length > MAX_STAMP_DIGITS)
    throw refused(refusals.stamp_not_seconds, { name, label: rule.timestampLabel, stamp });
  if (texts.length === 0) {
    if (others.length > 0) {
      const labels = [...new Set(others.map((label) => `${label}=`))].join(", ");
      throw refused(refusals.other_labels, { name, label: rule.signatureLabel, labels });
    }
    throw refused(refusals.no_signature_label, { name, label: rule.signatureLabel, value });
  }
  const size = DIGEST_SIZE[scheme.algorithm];
  const given = texts
    .filter((text) => text.length === 2 * size && /^[0-9a-f]+$/.test(text))
    .map((text) => Uint8Array.from(text.match(/../g)!, (pair) => parseInt(pair, 16)));
  return [stamp, given];
}

/** What the HMAC signs: the raw body, or the timestamp, the separator and the raw body. */
export function signedContent(scheme: HmacScheme, stamp: string, raw: Uint8Array): Uint8Array {
  if (scheme.timestamp === null) return raw;
  const head = new TextEncoder().encode(stamp + scheme.timestamp.separator);
  const content = new Uint8Array(head.length + raw.length);
  content.set(head);
  content.set(raw, head.length);
  return content;
}

/** Refuse a signed timestamp older than `maxAge` (the scheme's tolerance by default), and one
 * further ahead of the clock than the scheme's future tolerance, where it has one (else it is
 * accepted, as the provider's own libraries accept it). */
export function checkStamp(
  rule: SignedTimestamp,
  name: string,
  stamp: string,
  now: number,
  maxAge: number | undefined,
): void {
  const limit = maxAge ?? rule.toleranceSeconds;
  const age = now - Number(stamp);
  if (age > limit) throw refused(refusals.signed_too_early, { name, age: Math.floor(age), limit });
  const ahead = rule.futureToleranceSeconds;
  if (ahead !== null && -age > ahead)
    throw refused(refusals.signed_ahead, { name, ahead: Math.floor(-age), limit: ahead });
}

export async function hmac(
  algorithm: "sha256" | "sha512",
  key: Uint8Array,
  data: Uint8Array,
): Promise<Uint8Array> {
  const imported = await crypto.subtle.importKey(
    "raw",
    copy(key),
    { name: "HMAC", hash: HASH[algorithm] },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", imported, copy(data)));
}

/** A copy backed by a plain ArrayBuffer, as Web Crypto's types require. A view, not the buffer
 * itself: Web Crypto takes a view made in any realm (an edge runtime's context, an iframe). */
export function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const buffer = new Uint8Array(new ArrayBuffer(bytes.length));
  buffer.set(bytes);
  return buffer;
}

/** Constant-time comparison of two digests. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ (b[index] ?? 0);
  return difference === 0;
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The whitespace a secret copied from a file or a console may carry around it. */
export const AROUND = " \t\r\n";

/**
 * Throw the error for an HMAC that no secret matches (the Python `_hmac.mismatch`): a
 * secret with whitespace around it that matches once trimmed is the receiver's own mistake
 * (ConfigurationError bad_secret); otherwise a SignatureError mismatch that lists the likely
 * causes this request shows. A secret is never shown.
 */
export async function explainMismatch(
  scheme: HmacScheme,
  name: string,
  given: readonly Uint8Array[],
  content: Uint8Array,
  body: unknown,
  secret: unknown,
): Promise<never> {
  const secrets: readonly unknown[] = Array.isArray(secret) ? secret : [secret];
  const padded: number[] = [];
  for (const [index, each] of secrets.entries()) {
    if (typeof each !== "string" || trimmed(each, AROUND) === each) continue;
    const bare = trimmed(each, AROUND);
    const expected = bare === "" ? null : await hmac(scheme.algorithm, secretOf(bare), content);
    if (expected !== null && given.some((each) => sameBytes(expected, each))) {
      throw refused(refusals.secret_padded_signature, { index, name });
    }
    padded.push(index);
  }
  const causes = [
    typeof body === "string"
      ? "the body was passed as text, not the bytes received (a framework may have parsed and re-serialised it)"
      : "the body is not the bytes received (a framework that parses and re-serialises JSON, or a proxy, changes them)",
    "the secret is another endpoint's or another environment's (sandbox and production differ)",
  ];
  if (padded.length > 0)
    causes.push(`secret ${padded.join(", ")} has whitespace or a line break around it`);
  const checked = secrets.length > 1 ? ` (checked with ${secrets.length} secrets)` : "";
  throw refused(refusals.body_mismatch, { name, checked, causes: causes.join("; ") });
}
