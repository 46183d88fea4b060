// copied from codegen/runtime/typescript/webhook-jwt.ts — do not edit (run `make generate`)
/**
 * JSON Web Token schemes (ES256) on Web Crypto: verify a delivery's token against the keys the
 * caller holds, and sign one for tests.
 */
import { copy, hex, sameBytes } from "./webhook-hmac.js";
import {
  ConfigurationError,
  SignatureError,
  type Jwk,
  type JwtScheme,
  type VerifyOptions,
} from "./webhook-types.js";

const JWT_ALGORITHM = "ES256";

const MAX_TOKEN_LENGTH = 8192;

const EC_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;

const ECDSA_SHA256 = { name: "ECDSA", hash: "SHA-256" } as const;

export function isJwk(value: unknown): value is Jwk {
  return (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Uint8Array) &&
    !(value instanceof ArrayBuffer) &&
    !Array.isArray(value)
  );
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function unbase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return base64url(bytes) === text ? bytes : null;
}

function jsonPart(text: string): { [member: string]: unknown } | null {
  const bytes = unbase64url(text);
  if (bytes === null) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as { [member: string]: unknown })
      : null;
  } catch {
    return null;
  }
}

async function keyFor(keys: unknown, kid: string): Promise<[Jwk, number]> {
  let candidates: readonly unknown[];
  if (typeof keys === "function") {
    let found: unknown;
    try {
      found = await (keys as (kid: string) => unknown)(kid);
    } catch (error) {
      throw new ConfigurationError(
        "bad_key",
        `the key function failed for kid ${kid.slice(0, 80)}: ${String(error)}`,
      );
    }
    if (found === null || found === undefined)
      throw new SignatureError("unknown_key", `no key for kid ${kid.slice(0, 80)}`);
    candidates = [found];
  } else if (Array.isArray(keys)) {
    if (keys.length === 0)
      throw new ConfigurationError("empty_secret", "the list of JWKs is empty");
    candidates = keys;
  } else if (isJwk(keys)) {
    candidates = [keys];
  } else {
    throw new ConfigurationError("bad_key", "keys are a JWK, a list of them or a function");
  }
  for (const [index, key] of candidates.entries()) {
    if (!isJwk(key)) throw new ConfigurationError("bad_key", `key ${index} is not a JWK object`);
    if (typeof keys === "function" || key.kid === kid) return [key, index];
  }
  throw new SignatureError("unknown_key", `no key has kid ${kid.slice(0, 80)}`);
}

async function importEcKey(jwk: Jwk, usage: "sign" | "verify"): Promise<CryptoKey> {
  const members: JsonWebKey = { kty: "EC", crv: "P-256", x: String(jwk.x), y: String(jwk.y) };
  if (usage === "sign") members.d = String(jwk.d);
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || (usage === "sign" && typeof jwk.d !== "string")) {
    throw new ConfigurationError("bad_key", `the JWK ${String(jwk.kid)} is not an EC P-256 key`);
  }
  try {
    return await crypto.subtle.importKey("jwk", members, EC_P256, false, [usage]);
  } catch (error) {
    throw new ConfigurationError(
      "bad_key",
      `the JWK ${String(jwk.kid)} is unusable: ${String(error)}`,
    );
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
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new ConfigurationError("bad_clock", "now must be a valid Date");
  }
  const oldest = options.maxAgeSeconds ?? rules.maxAgeSeconds;
  const parts = token.split(".");
  if (token.length > MAX_TOKEN_LENGTH || parts.length !== 3) {
    throw new SignatureError("bad_encoding", `${name} is not a compact JWT`);
  }
  const [head, claimsPart, signaturePart] = parts as [string, string, string];
  const header = jsonPart(head);
  if (header === null)
    throw new SignatureError("bad_encoding", `${name} has no readable JWT header`);
  if (header.alg !== JWT_ALGORITHM) {
    throw new SignatureError(
      "wrong_algorithm",
      `${name} is signed with ${JSON.stringify(header.alg)?.slice(0, 40)}, not ${JWT_ALGORITHM}`,
    );
  }
  const kid = header.kid;
  if (typeof kid !== "string" || kid === "")
    throw new SignatureError("unknown_key", `${name} names no key (kid)`);
  const [jwk, index] = await keyFor(keys, kid);
  const key = await importEcKey(jwk, "verify");
  const signature = unbase64url(signaturePart);
  const claims = jsonPart(claimsPart);
  if (signature === null || claims === null)
    throw new SignatureError("bad_encoding", `${name} is not a valid JWT`);
  const signed = new TextEncoder().encode(`${head}.${claimsPart}`);
  const valid =
    signature.length === 64 &&
    (await crypto.subtle.verify(ECDSA_SHA256, key, copy(signature), copy(signed)));
  if (!valid) throw new SignatureError("mismatch", `the ${name} token's signature does not verify`);
  const issued = claims.iat;
  if (issued === undefined || issued === null)
    throw new SignatureError("missing_timestamp", `the ${name} token has no iat claim`);
  if (typeof issued !== "number" || !Number.isFinite(issued))
    throw new SignatureError("bad_encoding", `the ${name} token's iat is not a number`);
  const clock = now.getTime() / 1000;
  if (clock - issued > oldest) {
    throw new SignatureError(
      "stale_timestamp",
      `the ${name} token was issued ${Math.round(clock - issued)} s ago (limit ${oldest} s)`,
    );
  }
  if (issued - clock > rules.futureSkewSeconds) {
    throw new SignatureError(
      "future_timestamp",
      `the ${name} token is issued ${Math.round(issued - clock)} s in the future`,
    );
  }
  const hash = claims[rules.bodyHashClaim];
  if (typeof hash !== "string")
    throw new SignatureError(
      "missing_claim",
      `the ${name} token has no ${rules.bodyHashClaim} claim`,
    );
  const digest = hex(new Uint8Array(await crypto.subtle.digest("SHA-256", copy(body))));
  if (!sameBytes(new TextEncoder().encode(hash.toLowerCase()), new TextEncoder().encode(digest))) {
    throw new SignatureError(
      "mismatch",
      `the ${name} token's ${rules.bodyHashClaim} does not match the body`,
    );
  }
  return index;
}

export async function signJwt(
  body: Uint8Array,
  jwk: Jwk,
  rules: JwtScheme,
  now: Date,
): Promise<string> {
  if (typeof jwk.kid !== "string" || jwk.kid === "")
    throw new ConfigurationError("bad_key", "the private JWK needs a kid");
  const key = await importEcKey(jwk, "sign");
  const digest = hex(new Uint8Array(await crypto.subtle.digest("SHA-256", copy(body))));
  const encode = (value: object): string =>
    base64url(new TextEncoder().encode(JSON.stringify(value)));
  const input = `${encode({ alg: JWT_ALGORITHM, kid: jwk.kid, typ: "JWT" })}.${encode({ iat: Math.floor(now.getTime() / 1000), [rules.bodyHashClaim]: digest })}`;
  const signature = new Uint8Array(
    await crypto.subtle.sign(ECDSA_SHA256, key, copy(new TextEncoder().encode(input))),
  );
  return `${input}.${base64url(signature)}`;
}
