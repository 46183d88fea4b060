/**
 * Detached JSON Web Signatures over the request (the Tl-Signature v2 format), read by the rule
 * set of the Python `bankcodes._jws` (the same verdicts and reasons, in the same order):
 *
 * 1. at most 8,192 characters in the compact form of three parts, the middle one empty
 *    (header..signature); the header exact unpadded base64url of a strict JSON object that names
 *    no member twice, its alg ES512 (wrong_algorithm), its tl_version "2", its tl_headers a list
 *    of distinct header names, its crit (if any) a list of the members bankcodes understands
 *    (tl_version, tl_headers); the signature 132 bytes of base64url (bad_encoding; see
 *    webhook-jws-header.ts, which reads them, and RFC 7515 §4, §4.1.11 and §7.1). Any other
 *    member (typ) is ignored;
 * 2. its jku is one of the scheme's allowed addresses (unknown_key), checked before a key is
 *    looked up, so a forged jku is never fetched;
 * 3. the key set for that jku holds a key with the signature's kid (unknown_key), a P-521 EC
 *    public key on its curve (bad_key: the receiver's setup);
 * 4. every header the signature lists is in the request (missing_header), the scheme's timestamp
 *    header among them (missing_timestamp);
 * 5. the signature verifies (mismatch) over what RFC 7515 §5.2 signs: the header exactly as sent
 *    (its members in their order and spacing), a dot, and the base64url of the format's payload
 *    (POST, the path, each listed header and the raw body), the path also tried with its trailing
 *    slash added or removed. The provider's own library (`truelayer-signing`, an optional peer
 *    dependency loaded when a signature is verified) verifies it: it signs over the header as
 *    sent, as the rule does;
 * 6. with a tolerance, the timestamp header is a time (bad_encoding) at most that old
 *    (stale_timestamp).
 */
import * as refusals from "./refusals.js";
import { base64url, CompactSign, exportSPKI, importJWK } from "jose";
import { isRecord as isObject } from "./recognition.js";
import { quoted } from "./shown.js";
import { rfc3339Millis } from "./times.js";
import { flatHeaders, headerOf, type ReadHeaders } from "./webhook-hmac.js";
import { listedHeaders, readHeader, VERSION, type JwsHeader } from "./webhook-jws-header.js";
import {
  ConfigurationError,
  SignatureError,
  type Jwk,
  type JwsScheme,
  type VerifyOptions,
  refused,
} from "./webhook-types.js";

/** The longest path accepted. */
const MAX_PATH_LENGTH = 2048;
type Jwks = { readonly keys: readonly unknown[] };

/** What bankcodes uses of the `truelayer-signing` npm package. */
interface TlSigning {
  verify(args: {
    publicKeyPem: string;
    signature: string;
    method: string;
    path: string;
    body: string;
    headers: Record<string, string>;
  }): void;
}

async function library(): Promise<TlSigning> {
  const name = "truelayer-signing";
  try {
    const found = (await import(name)) as { default?: TlSigning } & TlSigning;
    return typeof found.verify === "function" ? found : found.default!;
  } catch {
    throw refused(refusals.no_jws_library, { library: name, install: `npm install ${name}` });
  }
}

async function keySet(keys: unknown, jku: string): Promise<Jwks> {
  let found: unknown;
  if (isObject(keys) && Object.hasOwn(keys, "keys")) found = keys;
  else if (isObject(keys) && Object.hasOwn(keys, "kty")) throw refused(refusals.jwks_not_jwk);
  else if (keys instanceof Map) found = keys.get(jku);
  else if (isObject(keys)) found = Object.hasOwn(keys, jku) ? keys[jku] : undefined;
  else if (typeof keys === "function") {
    try {
      found = await (keys as (jku: string) => unknown)(jku);
    } catch (error) {
      if (error instanceof SignatureError || error instanceof ConfigurationError) throw error;
      throw refused(refusals.jku_function_failed, {
        kind: error instanceof Error ? error.name : typeof error,
        jku,
      });
    }
  } else {
    throw refused(refusals.jws_keys_type, { kind: keys === null ? "null" : typeof keys });
  }
  if (found === null || found === undefined) throw refused(refusals.no_key_set, { jku });
  if (!isObject(found) || !Array.isArray(found.keys)) throw refused(refusals.not_jwks, { jku });
  return found as Jwks;
}

/** Verify the signature `value` of `name` for the request; resolves to 0 (the key set's index). */
export async function verifyJws(
  name: string,
  value: string,
  raw: Uint8Array,
  keys: unknown,
  rules: JwsScheme,
  read: ReadHeaders,
  options: VerifyOptions,
  now: number,
): Promise<number> {
  const path = requestPath(name, options.path);
  const head = readHeader(name, value);
  const pem = await signingKey(name, head, keys, rules);
  const stamp = rules.timestampHeader;
  checkListedHeaders(name, head, read, stamp);
  const requestHeaders = flatHeaders(read);
  await verifyRequest(name, value, raw, pem, path, requestHeaders);
  if (stamp !== null && options.maxAgeSeconds !== undefined)
    checkAge(stamp, requestHeaders, now, options.maxAgeSeconds);
  return 0;
}

/** The request's path the signature covers, as the receiver passed it. */
function requestPath(name: string, path: unknown): string {
  if (path === undefined) throw refused(refusals.no_request_path, { name });
  if (typeof path !== "string" || !path.startsWith("/") || path.length > MAX_PATH_LENGTH)
    throw refused(refusals.bad_path, { path });
  return path;
}

/** The key the signature names: its jku one of the provider's (checked before anything is
 * looked up), its kid in the key set for that jku, a P-521 public key; as PEM (SPKI). */
async function signingKey(
  name: string,
  head: JwsHeader,
  keys: unknown,
  rules: JwsScheme,
): Promise<string> {
  const jku = head.jku;
  if (typeof jku !== "string" || !rules.allowedJku.includes(jku))
    throw refused(refusals.jku_not_allowed, {
      name,
      named:
        jku === undefined || jku === null
          ? "names no key set (no jku)"
          : `names its keys at ${quoted(jku)}`,
      allowed: rules.allowedJku.join(", "),
    });
  const jwks = await keySet(keys, jku);
  const jwk = jwks.keys.find((each) => isObject(each) && each.kid === head.kid);
  if (jwk === undefined) throw refused(refusals.kid_not_in_set, { jku, kid: head.kid ?? null });
  return await publicKey(jwk as { readonly [member: string]: unknown }, jku);
}

/** Refuse a request that lacks a header the signature lists (the timestamp header among them),
 * or whose listed header holds a line break. */
function checkListedHeaders(
  name: string,
  head: JwsHeader,
  read: ReadHeaders,
  stamp: string | null,
): void {
  const listed = listedHeaders(typeof head.tl_headers === "string" ? head.tl_headers : "");
  const missing = listed.filter((header) => !read.has(header.toLowerCase()));
  if (missing.length > 0)
    throw refused(refusals.signed_header_absent, { name, header: missing[0] });
  if (stamp !== null && !listed.some((header) => header.toLowerCase() === stamp.toLowerCase()))
    throw refused(refusals.stamp_not_signed, { name, stamp });
  // One value each, of header text (a line break would make the signed text ambiguous).
  for (const header of listed) headerOf([header], read);
}

/** Verify the signature over the request with the provider's library (a body that is not
 * UTF-8 text cannot match). */
async function verifyRequest(
  name: string,
  value: string,
  raw: Uint8Array,
  pem: string,
  path: string,
  requestHeaders: Readonly<Record<string, string>>,
): Promise<void> {
  let body: string;
  try {
    body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    throw refused(refusals.body_not_utf8, { name });
  }
  const signing = await library();
  try {
    signing.verify({
      publicKeyPem: pem,
      signature: value,
      method: "POST",
      path,
      body,
      headers: onePerName(requestHeaders),
    });
  } catch {
    throw refused(refusals.request_mismatch, { name, path });
  }
}

/** The length of a P-521 coordinate, in bytes. */
const P521_BYTES = 66;

/** A coordinate's base64url text left-padded with zero bytes to P521_BYTES (a published key
 * set may drop a leading zero byte of x), or null for text that is no coordinate. */
function coordinate(text: unknown): string | null {
  if (typeof text !== "string") return null;
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(text);
  } catch {
    return null;
  }
  if (bytes.length === 0 || bytes.length > P521_BYTES) return null;
  const padded = new Uint8Array(P521_BYTES);
  padded.set(bytes, P521_BYTES - bytes.length);
  return base64url.encode(padded);
}

/** The key as PEM (SPKI), exported by the platform's own cryptography (the signing library's
 * conversion of a JWK is pure JavaScript, and costs milliseconds a key); or refused, if it is not
 * a P-521 EC public key on its curve: the receiver's key set is wrong (bad_key), whatever the
 * signature. */
async function publicKey(
  jwk: { readonly [member: string]: unknown },
  jku: string,
): Promise<string> {
  const refuse = (why: string): ConfigurationError =>
    refused(refusals.not_p521, { kid: jwk.kid ?? null, jku, error: why });
  if (jwk.kty !== "EC" || jwk.crv !== "P-521")
    throw refuse(`kty ${quoted(jwk.kty ?? null)}, crv ${quoted(jwk.crv ?? null)}`);
  const x = coordinate(jwk.x);
  const y = coordinate(jwk.y);
  if (x === null || y === null) throw refuse(`x and y are at most ${P521_BYTES} bytes each`);
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ kty: "EC", crv: "P-521", x, y }, "ES512", { extractable: true });
  } catch {
    throw refuse("not a point of the curve");
  }
  return await exportSPKI(key as Parameters<typeof exportSPKI>[0]);
}

/** The request's headers with one entry per name, whatever its case: the signing library
 * refuses names that differ only in case, which a request may repeat with one value (a header
 * given with different values was refused before, as ambiguous). */
function onePerName(requestHeaders: Readonly<Record<string, string>>): Record<string, string> {
  const seen = new Set<string>();
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(requestHeaders)) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    kept[name] = value;
  }
  return kept;
}

function checkAge(
  header: string,
  requestHeaders: Readonly<Record<string, string>>,
  now: number,
  limit: number,
): void {
  const text =
    Object.entries(requestHeaders).find(
      ([name]) => name.toLowerCase() === header.toLowerCase(),
    )?.[1] ?? "";
  const sent = rfc3339Millis(text) / 1000;
  if (Number.isNaN(sent)) throw refused(refusals.not_rfc3339, { name: header, value: text });
  if (Math.abs(now - sent) > limit)
    throw refused(refusals.time_too_far, { name: header, value: text, limit });
}

/** The headers of a delivery of `body` to `path` signed with a private P-521 JWK (with d and
 * kid) at `now`, naming the key set `jku` (one of the scheme's, its first by default: a sandbox's
 * for a sandbox receiver): for tests. */
export async function signJws(
  body: Uint8Array,
  jwk: Jwk,
  rules: JwsScheme,
  path: string,
  now: Date,
  jku: string = rules.allowedJku[0]!,
): Promise<Record<string, string>> {
  if (!rules.allowedJku.includes(jku))
    throw refused(refusals.not_provider_jku, { allowed: rules.allowedJku.join(", "), jku });
  let bodyText: string;
  try {
    bodyText = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw refused(refusals.not_utf8_signed);
  }
  if (typeof jwk.kid !== "string" || jwk.kid === "" || jwk.crv !== "P-521")
    throw refused(refusals.tl_signing_key);
  const headers: Record<string, string> = {};
  if (rules.timestampHeader !== null)
    headers[rules.timestampHeader] = now.toISOString().replace(/\.[0-9]{3}Z$/, "Z");
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\n`);
  const text = `POST ${path}\n${lines.join("")}${bodyText}`;
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    if (typeof jwk.x !== "string" || typeof jwk.y !== "string" || typeof jwk.d !== "string")
      throw new TypeError("x, y and d must be strings");
    key = await importJWK({ kty: "EC", crv: "P-521", x: jwk.x, y: jwk.y, d: jwk.d }, "ES512");
  } catch (error) {
    throw refused(refusals.private_jwk_unusable, { error: quoted(String(error)) });
  }
  const compact = await new CompactSign(new TextEncoder().encode(text))
    .setProtectedHeader({
      alg: "ES512",
      kid: jwk.kid,
      tl_version: VERSION,
      tl_headers: Object.keys(headers).join(","),
      jku,
    })
    .sign(key);
  const [protectedHeader, , signature] = compact.split(".");
  return { [rules.header]: `${protectedHeader}..${signature}`, ...headers };
}
