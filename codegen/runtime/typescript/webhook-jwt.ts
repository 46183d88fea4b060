/**
 * JSON Web Token schemes (ES256): verify a delivery's token against the keys the caller holds,
 * and sign one for tests. jose imports the keys, checks and makes the signatures (Web Crypto, so
 * it runs in Node, browsers and edge runtimes alike); this module reads the token first, so each
 * way a token or key can be wrong gets the same reason as in the Python package.
 */
import * as refusals from "./refusals.js";
import { base64url as b64, CompactSign, compactVerify, errors, importJWK } from "jose";
import { isRecord as isObject } from "./recognition.js";
import { quoted } from "./shown.js";
import { copy, hex, sameBytes } from "./webhook-hmac.js";
import { epoch, LATEST } from "./webhook-age.js";
import { type Jwk, type JwtScheme, type VerifyOptions, refused } from "./webhook-types.js";

const JWT_ALGORITHM = "ES256";

export const MAX_TOKEN_LENGTH = 8192;

export function isJwk(value: unknown): value is Jwk {
  return (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Uint8Array) &&
    !(value instanceof ArrayBuffer) &&
    !Array.isArray(value)
  );
}

/** The bytes of unpadded base64url `text` in its one canonical spelling; else null. */
export function unbase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bytes = b64.decode(text);
    return b64.encode(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}

/** The JSON object a token part encodes (strict JSON, UTF-8, no byte order mark); else null. */
export function jsonPart(text: string): { [member: string]: unknown } | null {
  const bytes = unbase64url(text);
  if (bytes === null) return null;
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      depth(value) <= MAX_DEPTH
      ? (value as { [member: string]: unknown })
      : null;
  } catch {
    return null;
  }
}

/** The deepest nesting of arrays and objects in a token's header or claims. */
const MAX_DEPTH = 32;

/** The longest age limit accepted, in seconds (366 days). */
const MAX_AGE = 31_622_400;

/** How deeply arrays and objects nest in a parsed JSON value. */
function depth(value: unknown): number {
  let deepest = 0;
  const todo: [unknown, number][] = [[value, 1]];
  while (todo.length > 0) {
    const [item, level] = todo.pop()!;
    if (item !== null && typeof item === "object") {
      deepest = Math.max(deepest, level);
      for (const each of Object.values(item)) todo.push([each, level + 1]);
    }
  }
  return deepest;
}

const HEADER_MEMBERS = new Set(["alg", "kid", "typ"]);

function has(value: object, member: string): boolean {
  return Object.hasOwn(value, member);
}

function described(value: unknown): string {
  if (isObject(value)) {
    const names = Object.keys(value)
      .slice(0, 6)
      .map((name) => quoted(name, 30))
      .join(", ");
    return `an object with members ${names || "(none)"} and no kty`;
  }
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** The JWKs of one value: a JWK, or the key endpoint's reply holding one. */
function jwksOf(found: unknown, rules: JwtScheme, where: string): Jwk[] {
  if (isObject(found) && !(found instanceof Map)) {
    if (has(found, "kty")) return [found as Jwk];
    const member = rules.keyReplyMember;
    const inner = member !== null && has(found, member) ? found[member] : null;
    if (isObject(inner) && has(inner, "kty")) return [inner as Jwk];
  }
  throw refused(refusals.not_jwk, { where, found: described(found) });
}

/** The JWK for `kid` among `keys` and its index (the Python `_jwt.key_for`, rule for rule). */
async function keyFor(keys: unknown, kid: string, rules: JwtScheme): Promise<[Jwk, number]> {
  if (typeof keys === "string" || keys instanceof Uint8Array || keys instanceof ArrayBuffer) {
    throw refused(refusals.jwt_keys_type, {
      kind: typeof keys === "string" ? "string" : "byte buffer",
    });
  }
  if (typeof keys === "function") {
    let found: unknown;
    try {
      found = await (keys as (kid: string) => unknown)(kid);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      throw refused(refusals.kid_function_failed, {
        kid,
        kind: name,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    if (found === null || found === undefined) throw refused(refusals.no_key_for_kid, { kid });
    return [jwksOf(found, rules, `what the key function gave for kid ${quoted(kid)}`)[0]!, 0];
  }
  let candidates: Jwk[];
  if (keys instanceof Map) {
    const entries = [...(keys as Map<unknown, unknown>).entries()];
    const index = entries.findIndex(([name]) => name === kid);
    if (index < 0) throw refused(refusals.no_kid, { kid });
    return [jwksOf(entries[index]![1], rules, `the Map's key for kid ${quoted(kid)}`)[0]!, index];
  } else if (Array.isArray(keys)) {
    if (keys.length === 0) throw refused(refusals.no_jwks);
    candidates = keys.flatMap((key: unknown, i) => jwksOf(key, rules, `key ${i}`));
  } else if (isObject(keys)) {
    const names = Object.keys(keys);
    if (names.length === 0) throw refused(refusals.no_keys_yet, { kid });
    // A JWK, or the key endpoint's reply holding one.
    if (has(keys, "kty") || (rules.keyReplyMember !== null && has(keys, rules.keyReplyMember))) {
      candidates = jwksOf(keys, rules, "keys");
    } else if (names.every((name) => isObject(keys[name]) && has(keys[name] as object, "kty"))) {
      if (!has(keys, kid)) throw refused(refusals.no_kid, { kid });
      return [keys[kid] as Jwk, names.indexOf(kid)];
    } else {
      throw refused(refusals.keys_not_jwks, { keys: described(keys) });
    }
  } else if (keys === null || keys === undefined) {
    throw refused(refusals.no_keys, { keys: String(keys) });
  } else {
    const kind = typeof keys;
    throw refused(refusals.jwt_keys_type, { kind });
  }
  const index = candidates.findIndex((jwk) => jwk.kid === kid);
  if (index < 0) throw refused(refusals.no_kid, { kid });
  return [candidates[index]!, index];
}

function checkExpiry(jwk: Jwk, kid: string, rules: JwtScheme, clock: number): void {
  const member = rules.keyExpiryMember;
  const expired = member === null || !has(jwk, member) ? null : jwk[member];
  if (expired === null || expired === undefined) return;
  if (typeof expired !== "number" || Number.isNaN(expired)) {
    throw refused(refusals.expiry_not_time, { kid, member, expired });
  }
  if (expired <= clock) {
    throw refused(refusals.key_expired, { kid, member, expired });
  }
}

async function importEcKey(jwk: Jwk, usage: "sign" | "verify", kid: string): Promise<CryptoKey> {
  if (jwk.kty !== "EC" || jwk.crv !== "P-256") {
    throw refused(refusals.jwk_not_p256, {
      kid,
      kty: jwk.kty,
      crv: jwk.crv,
      algorithm: JWT_ALGORITHM,
    });
  }
  for (const member of ["x", "y"] as const) {
    const given = jwk[member];
    const decoded = typeof given === "string" ? unbase64url(given) : null;
    if (decoded === null || decoded.length !== 32) {
      throw refused(refusals.jwk_coordinate, { kid, member, value: given ?? null });
    }
  }
  if (
    typeof jwk.x !== "string" ||
    typeof jwk.y !== "string" ||
    (usage === "sign" && typeof jwk.d !== "string")
  ) {
    throw refused(refusals.jwk_coordinates, { kid, d: usage === "sign" ? " and d" : "" });
  }
  const members = { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y };
  try {
    const key = await importJWK(
      usage === "sign" ? { ...members, d: jwk.d as string } : members,
      JWT_ALGORITHM,
    );
    if (key instanceof Uint8Array) throw new TypeError("not an EC key");
    return key;
  } catch (error) {
    throw refused(refusals.jwk_unusable, { kid, error: String(error) });
  }
}

export async function verifyJwt(
  name: string,
  token: string,
  body: Uint8Array,
  keys: unknown,
  rules: JwtScheme,
  options: VerifyOptions,
): Promise<number> {
  const clock = epoch(options.now);
  const oldest = maxAge(options.maxAgeSeconds, rules);
  const { kid, claims } = readToken(name, token);
  const [jwk, index] = await keyFor(keys, kid, rules);
  checkExpiry(jwk, kid, rules, clock);
  const key = await importEcKey(jwk, "verify", kid);
  try {
    await compactVerify(token, key, { algorithms: [JWT_ALGORITHM] });
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      throw refused(refusals.token_mismatch, { name });
    }
    const said = error instanceof Error ? error.message : String(error);
    throw refused(refusals.not_jws, { name, error: said });
  }
  checkIat(name, claims, clock, oldest, rules.futureSkewSeconds);
  await checkBodyHash(name, claims, body, rules);
  return index;
}

/** The oldest token accepted, in seconds: the receiver's max_age, else the scheme's. */
function maxAge(limit: unknown, rules: JwtScheme): number {
  if (limit !== undefined && (typeof limit !== "number" || !(limit > 0 && limit <= MAX_AGE))) {
    throw refused(refusals.max_age_range, { most: MAX_AGE, value: limit });
  }
  return limit ?? rules.maxAgeSeconds;
}

/** The kid and the claims of a compact JWT whose header and signature are as the scheme
 * allows (the signature not yet verified). */
function readToken(
  name: string,
  token: string,
): { kid: string; claims: { readonly [member: string]: unknown } } {
  const parts = token.split(".");
  if (token.length > MAX_TOKEN_LENGTH)
    throw refused(refusals.too_long, { name, length: token.length, most: MAX_TOKEN_LENGTH });
  if (parts.length !== 3) {
    throw refused(refusals.not_compact_jwt, { name });
  }
  const [headPart, claimsPart, signaturePart] = parts as [string, string, string];
  const kid = readKid(name, headPart);
  const claims = jsonPart(claimsPart);
  const signature = unbase64url(signaturePart);
  if (claims === null || signature === null || signature.length !== 64) {
    throw refused(refusals.jwt_unreadable, { name });
  }
  return { kid, claims };
}

/** The kid of a JWT header that names ES256 and has no member but alg, kid and typ (JWT). */
function readKid(name: string, headPart: string): string {
  const header = jsonPart(headPart);
  if (header === null) throw refused(refusals.no_jwt_header, { name });
  const alg = has(header, "alg") ? header.alg : undefined;
  if (alg !== JWT_ALGORITHM) {
    throw refused(refusals.signed_with, { name, alg: alg ?? null, algorithm: JWT_ALGORITHM });
  }
  const extra = Object.keys(header)
    .filter((member) => !HEADER_MEMBERS.has(member))
    .sort();
  if (extra.length > 0) {
    throw refused(refusals.jwt_member, { name, member: extra[0] });
  }
  if (
    has(header, "typ") &&
    (typeof header.typ !== "string" || header.typ.toUpperCase() !== "JWT")
  ) {
    throw refused(refusals.jwt_typ, { name, typ: header.typ });
  }
  if (!has(header, "kid")) throw refused(refusals.names_no_kid, { name });
  const kid = header.kid;
  if (typeof kid !== "string" || kid === "") {
    throw refused(refusals.jwt_kid, { name, kid });
  }
  return kid;
}

/** Refuse claims whose body hash is missing or is not the SHA-256 of the body received. */
async function checkBodyHash(
  name: string,
  claims: { readonly [member: string]: unknown },
  body: Uint8Array,
  rules: JwtScheme,
): Promise<void> {
  const hash = has(claims, rules.bodyHashClaim) ? claims[rules.bodyHashClaim] : undefined;
  if (typeof hash !== "string")
    throw refused(refusals.no_hash_claim, { name, claim: rules.bodyHashClaim });
  const digest = hex(new Uint8Array(await crypto.subtle.digest("SHA-256", copy(body))));
  if (!sameBytes(new TextEncoder().encode(hash.toLowerCase()), new TextEncoder().encode(digest))) {
    throw refused(refusals.digest_mismatch, { name, claim: rules.bodyHashClaim });
  }
}

function checkIat(
  name: string,
  claims: { readonly [member: string]: unknown },
  clock: number,
  oldest: number,
  skew: number,
): void {
  const issued = has(claims, "iat") ? claims.iat : null;
  if (issued === null || issued === undefined) throw refused(refusals.no_iat, { name });
  if (typeof issued !== "number" || !(issued >= 0 && issued <= LATEST)) {
    throw refused(refusals.iat_not_time, { name, iat: issued });
  }
  if (clock - issued > oldest) {
    throw refused(refusals.issued_too_early, {
      name,
      age: Math.round(clock - issued),
      limit: Math.round(oldest),
    });
  }
  if (issued - clock > skew) {
    throw refused(refusals.issued_ahead, { name, ahead: Math.round(issued - clock) });
  }
}

export async function signJwt(
  body: Uint8Array,
  jwk: Jwk,
  rules: JwtScheme,
  now: Date,
): Promise<string> {
  if (typeof jwk.kid !== "string" || jwk.kid === "") throw refused(refusals.private_jwk_no_kid);
  const key = await importEcKey(jwk, "sign", jwk.kid);
  const digest = hex(new Uint8Array(await crypto.subtle.digest("SHA-256", copy(body))));
  const claims = { iat: Math.floor(now.getTime() / 1000), [rules.bodyHashClaim]: digest };
  return await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: JWT_ALGORITHM, kid: jwk.kid, typ: "JWT" })
    .sign(key);
}
