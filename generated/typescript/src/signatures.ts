// copied from codegen/runtime/typescript/signatures.ts — do not edit (run `make generate`)
/**
 * Webhook signature verification for Node.js (node:crypto), the same rules as the Python
 * `bankcodes.signatures`: the raw body only, case-insensitive header names, constant-time
 * comparison, and a result instead of an exception.
 *
 *     const result = verify(provider, rawBody, req.headers, process.env.WEBHOOK_SECRET!);
 *     if (!result.ok) return res.status(401).send(result.reason);
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { SIGNING_SCHEMES, type SigningProvider } from "./signing.js";

export { SIGNING_SCHEMES, type SigningProvider } from "./signing.js";

/** How a provider signs its webhooks. */
export interface SigningScheme {
  /** Header names, in order: the first one present is checked. */
  readonly headers: readonly string[];
  readonly algorithm: "sha256" | "sha512";
  readonly encodings: readonly ("hex" | "base64")[];
  readonly prefix: string | null;
}

export type SignatureReason =
  | "unknown_provider"
  | "body_not_bytes"
  | "empty_secret"
  | "bad_headers"
  | "missing_header"
  | "ambiguous_header"
  | "wrong_algorithm"
  | "bad_encoding"
  | "mismatch";

export type Verification =
  | { readonly ok: true; readonly header: string }
  | { readonly ok: false; readonly reason: SignatureReason; readonly message: string };

/** Node's IncomingHttpHeaders, a fetch Headers object, or [name, value] pairs. */
export type HeaderInput =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

const DIGEST_SIZE = { sha256: 32, sha512: 64 } as const;
const ALGORITHM_LABELS = new Set(["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]);
const WHITESPACE_BYTES = new Set([9, 10, 11, 12, 13, 32]);

class Rejected extends Error {
  constructor(readonly reason: SignatureReason, message: string) {
    super(message);
  }
}

/** Check a webhook's signature; never throws. */
export function verify(
  provider: string,
  body: Uint8Array | ArrayBuffer,
  headers: HeaderInput,
  secret: string | Uint8Array,
): Verification {
  try {
    const scheme = schemeOf(provider);
    const raw = bytesOf(body);
    const key = secretOf(secret);
    const [name, value] = headerOf(scheme, headers);
    const given = decode(scheme, name, value);
    const expected = createHmac(scheme.algorithm, key).update(raw).digest();
    if (!timingSafeEqual(expected, given)) {
      throw new Rejected("mismatch", `the ${name} signature does not match the body`);
    }
    return { ok: true, header: name };
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: "bad_headers", message: String(error) };
  }
}

function schemeOf(provider: unknown): SigningScheme {
  if (typeof provider === "string" && Object.hasOwn(SIGNING_SCHEMES, provider)) {
    return SIGNING_SCHEMES[provider as SigningProvider];
  }
  const known = Object.keys(SIGNING_SCHEMES).join(", ");
  throw new Rejected("unknown_provider", `no signing scheme for ${JSON.stringify(provider)} (known: ${known})`);
}

function bytesOf(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new Rejected(
    "body_not_bytes",
    "the body must be the raw bytes received; a parsed or re-serialised body does not match the signature",
  );
}

function secretOf(secret: unknown): Uint8Array {
  const bytes = typeof secret === "string" ? new TextEncoder().encode(secret) : secret;
  if (!(bytes instanceof Uint8Array) || bytes.every((byte) => WHITESPACE_BYTES.has(byte))) {
    throw new Rejected("empty_secret", "the webhook secret is empty or not a string/bytes");
  }
  return bytes;
}

function pairsOf(headers: unknown): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (headers !== null && typeof headers === "object" && Symbol.iterator in headers) {
    for (const pair of headers as Iterable<unknown>) {
      if (!Array.isArray(pair) || pair.length !== 2) throw new Error("pairs must be [name, value]");
      pairs.push([pair[0], pair[1]]);
    }
  } else if (headers !== null && typeof headers === "object") {
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) pairs.push([name, item]);
    }
  } else {
    throw new Error(`not ${headers === null ? "null" : typeof headers}`);
  }
  for (const [name, value] of pairs) {
    if (typeof name !== "string" || typeof value !== "string") {
      throw new Error("header names and values must be strings");
    }
  }
  return pairs;
}

function headerOf(scheme: SigningScheme, headers: unknown): [string, string] {
  let pairs: Array<[string, string]>;
  try {
    pairs = pairsOf(headers);
  } catch (error) {
    throw new Rejected("bad_headers", `headers must be a mapping or [name, value] pairs: ${String(error)}`);
  }
  for (const name of scheme.headers) {
    const found = new Set(
      pairs.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value.trim()),
    );
    if (found.size === 0) continue;
    if (found.size > 1) {
      throw new Rejected("ambiguous_header", `${name} is present several times with different values`);
    }
    return [name, [...found][0]!];
  }
  throw new Rejected("missing_header", `no ${scheme.headers.join(" or ")} header`);
}

function decode(scheme: SigningScheme, name: string, header: string): Uint8Array {
  const size = DIGEST_SIZE[scheme.algorithm];
  let value = header;
  if (scheme.prefix !== null) {
    const cut = value.indexOf("=");
    if (!value.toLowerCase().startsWith(scheme.prefix.toLowerCase())) {
      const label = cut >= 0 ? value.slice(0, cut).toLowerCase() : "";
      if (ALGORITHM_LABELS.has(label)) {
        throw new Rejected("wrong_algorithm", `${name} is ${label}=…, expected ${scheme.prefix}…`);
      }
      throw new Rejected("bad_encoding", `${name} does not start with ${scheme.prefix}`);
    }
    value = value.slice(scheme.prefix.length);
  }
  const decoded: Uint8Array[] = [];
  if (scheme.encodings.includes("hex") && /^(?:[0-9a-fA-F]{2})+$/.test(value)) {
    decoded.push(Buffer.from(value, "hex"));
  }
  if (scheme.encodings.includes("base64") && value.length > 0 && value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
    decoded.push(Buffer.from(value, "base64"));
  }
  for (const digest of decoded) {
    if (digest.length === size) return digest;
  }
  if (decoded.length > 0) {
    throw new Rejected(
      "wrong_algorithm",
      `${name} holds a ${decoded[0]!.length}-byte digest; ${scheme.algorithm} gives ${size} bytes`,
    );
  }
  throw new Rejected("bad_encoding", `${name} is not ${scheme.encodings.join(" or ")}`);
}
