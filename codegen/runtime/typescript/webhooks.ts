/**
 * Receive a webhook in one call: verify its signature over the raw body, parse it, find its
 * event type and deduplication key. The same rules and errors as Python's `bankcodes.receive`,
 * built on Web Crypto (`globalThis.crypto.subtle`), so it runs in Node ≥ 20 and edge runtimes.
 *
 *     import { receive, SignatureError } from "bankcodes/webhooks";
 *     const event = await receive(provider, await request.text(), request.headers, [secret]);
 *
 * A string body is encoded as UTF-8: pass the text exactly as received (a body re-serialised
 * from parsed JSON will not verify). Where a provider signs no timestamp (an HMAC scheme), a
 * replayed delivery verifies: store `event.dedupKey` and skip a key seen before.
 */
import { DELIVERY, SIGNING_SCHEMES, type SigningProvider } from "./signing.js";

export { DELIVERY, SIGNING_SCHEMES, type SigningProvider } from "./signing.js";

/** An HMAC of the raw body with a shared secret, in the first of `headers` present. */
export interface HmacScheme {
  readonly scheme: "hmac";
  /** Header names, in order: the first one present is checked. */
  readonly headers: readonly string[];
  readonly algorithm: "sha256" | "sha512";
  readonly encodings: readonly ("hex" | "base64")[];
  readonly prefix: string | null;
}

/** A signed JSON Web Token in one header: its claims sign the body's SHA-256 and its iat. */
export interface JwtScheme {
  readonly scheme: "jwt";
  readonly header: string;
  readonly algorithm: "ES256";
  /** The oldest iat accepted (seconds), how far ahead one may be, the claim signing the body. */
  readonly maxAgeSeconds: number;
  readonly futureSkewSeconds: number;
  readonly bodyHashClaim: string;
}

/** No signature: deliveries are authenticated at the transport only (by the web server). */
export interface NoSignature {
  readonly scheme: "none";
  readonly transport: readonly ("basic_auth" | "mutual_tls" | "oauth2" | "ip_allowlist")[];
}

/** How a provider authenticates its webhooks: a union tagged by `scheme`. */
export type SigningScheme = HmacScheme | JwtScheme | NoSignature;

/** A JSON Web Key (an EC P-256 public key for verification, with `d` for signing). */
export interface Jwk {
  readonly kid?: string;
  readonly kty?: string;
  readonly crv?: string;
  readonly x?: string;
  readonly y?: string;
  readonly d?: string;
  readonly [member: string]: unknown;
}

/**
 * The keys of a JWT scheme: one JWK, several (matched by kid), or a function from a kid to a JWK
 * (or null); the caller fetches and caches them, bankcodes does no network I/O.
 */
export type Keys = Jwk | readonly Jwk[] | ((kid: string) => Jwk | null | Promise<Jwk | null>);

/** How a provider delivers its webhooks, as its sources publish it (null: not published). */
export interface Delivery {
  readonly kind: string;
  /** The body field that holds the event type. */
  readonly eventTypeField: string;
  readonly successStatus: number | null;
  readonly timeoutSeconds: number | null;
  readonly retryScheduleMinutes: readonly number[] | null;
  readonly retryIntervalMinutes: number | null;
  readonly maxAttempts: number | null;
  readonly signedTimestamp: boolean;
  readonly bodyTimestamp: readonly string[] | null;
  readonly dedup: readonly (readonly (readonly string[])[])[];
  readonly addresses: readonly string[];
  readonly sources: readonly string[];
}

/** Why a delivery is rejected. */
export type SignatureReason =
  | "missing_header"
  | "ambiguous_header"
  | "wrong_algorithm"
  | "bad_encoding"
  | "mismatch"
  | "missing_timestamp"
  | "stale_timestamp"
  | "future_timestamp"
  | "unknown_key"
  | "missing_claim";

/** Why the receiver itself is misconfigured. */
export type ConfigurationReason =
  | "unknown_provider"
  | "bad_body"
  | "bad_headers"
  | "empty_secret"
  | "bad_secret"
  | "bad_tolerance"
  | "no_signed_timestamp"
  | "bad_key"
  | "bad_clock"
  | "missing_dependency"
  | "unsigned_provider";

/** The base of every error `receive` throws; `reason` is machine-readable. */
export class WebhookError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(`${reason}: ${message}`);
    this.name = new.target.name;
  }
}

/** Not sent by the provider: answer 401 (or drop it). */
export class SignatureError extends WebhookError {
  declare readonly reason: SignatureReason;
}

/** Signed, but not a payload of the provider's webhook kind. */
export class PayloadError extends WebhookError {
  constructor(readonly problems: readonly { readonly path: string; readonly message: string }[]) {
    super(
      "invalid_payload",
      problems.map((problem) => `${problem.path}: ${problem.message}`).join("; "),
    );
  }
}

/**
 * The receiver's own setup is wrong (a missing, empty or malformed secret, an unknown provider):
 * answer 500 and alert. Never a SignatureError, which would make the provider stop sending.
 */
export class ConfigurationError extends WebhookError {
  declare readonly reason: ConfigurationReason;
}

/** A raw body: the text or bytes exactly as received. */
export type Body = string | Uint8Array | ArrayBuffer;
/** One secret, or several during a rotation (the first that matches wins). */
export type Secret = string | Uint8Array | ArrayBuffer;
/** A fetch Headers object, Node's IncomingHttpHeaders, a plain object, or [name, value] pairs. */
export type HeaderInput =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

export interface Verified {
  /** The header that carried the signature. */
  readonly header: string;
  /** Which of the secrets given matched (0 unless several were given). */
  readonly secretIndex: number;
}

export interface WebhookEvent {
  readonly provider: SigningProvider;
  readonly kind: string;
  /** The event type, as sent (classify it with the provider's event-type code set). */
  readonly type: string;
  /** Store it and skip a delivery whose key was seen before. */
  readonly dedupKey: string;
  /**
   * Whether a signature was verified: false for a provider that signs nothing (its deliveries
   * are authenticated at the transport, by the web server, if at all).
   */
  readonly signed: boolean;
  /** The header that carried the signature (null when nothing was signed). */
  readonly header: string | null;
  /** Which of the secrets given matched (null when nothing was signed). */
  readonly secretIndex: number | null;
  readonly algorithm: "sha256" | "sha512" | "ES256" | null;
  /** The parsed body. */
  readonly payload: { readonly [field: string]: unknown };
}

export interface ReceiveOptions {
  /**
   * Refuse a delivery whose signed timestamp is further than this from now (seconds); for a JWT
   * scheme it replaces the scheme's age limit.
   */
  readonly tolerance?: number;
  readonly now?: Date;
  /** The largest body accepted, in bytes (default 1 MiB). */
  readonly maxBytes?: number;
}

const DIGEST_SIZE = { sha256: 32, sha512: 64 } as const;
const HASH = { sha256: "SHA-256", sha512: "SHA-512" } as const;
const ALGORITHM_LABELS = new Set(["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BLANK = new Set([9, 10, 11, 12, 13, 32]);
const MAX_BYTES = 1024 * 1024;

/**
 * The signature header a real delivery of `body` would carry (for tests and fixtures). For a JWT
 * scheme, `secret` is a private JWK with its kid, and `now` the time of issue.
 */
export async function sign(
  provider: string,
  body: Body,
  secret: Secret | Jwk,
  encoding?: "hex" | "base64",
  now: Date = new Date(),
): Promise<Record<string, string>> {
  const scheme = schemeOf(provider);
  if (scheme.scheme === "none") return {}; // a delivery of this provider carries no signature
  if (scheme.scheme === "jwt") {
    if (!isJwk(secret))
      throw new ConfigurationError("bad_key", `${provider} signs with a private JWK`);
    return { [scheme.header]: await signJwt(bytesOf(body), secret, scheme, now) };
  }
  if (isJwk(secret)) throw new ConfigurationError("bad_secret", `${provider} signs with a secret`);
  const chosen = encoding ?? scheme.encodings[0]!;
  if (!scheme.encodings.includes(chosen))
    throw new Error(`${provider} signatures are not ${chosen}-encoded`);
  const digest = await hmac(scheme.algorithm, secretOf(secret), bytesOf(body));
  const text = chosen === "hex" ? hex(digest) : btoa(String.fromCharCode(...digest));
  return { [scheme.headers[0]!]: (scheme.prefix ?? "") + text };
}

/** How a JWT scheme's token is checked: the clock, and an age limit replacing the scheme's. */
export interface VerifyOptions {
  readonly now?: Date;
  readonly maxAgeSeconds?: number;
}

/**
 * Check a webhook's signature; throws SignatureError or ConfigurationError. For a JWT scheme
 * (ES256), `secret` is the public key(s): see `Keys`.
 */
export async function verify(
  provider: string,
  body: Body,
  headers: HeaderInput,
  secret: Secret | readonly Secret[] | Keys,
  options: VerifyOptions = {},
): Promise<Verified> {
  const scheme = schemeOf(provider);
  const raw = bytesOf(body);
  if (scheme.scheme === "none") throw unsigned(provider, scheme);
  if (scheme.scheme === "jwt") {
    const [name, value] = headerOf([scheme.header], headers);
    const index = await verifyJwt(name, value, raw, secret as Keys, scheme, options);
    return { header: name, secretIndex: index };
  }
  const keys = secretsOf(secret);
  const [name, value] = headerOf(scheme.headers, headers);
  const given = decode(scheme, name, value);
  let matched = -1;
  for (const [index, key] of keys.entries()) {
    const expected = await hmac(scheme.algorithm, key, raw);
    if (sameBytes(expected, given) && matched < 0) matched = index;
  }
  if (matched < 0)
    throw new SignatureError("mismatch", `the ${name} signature does not match the body`);
  return { header: name, secretIndex: matched };
}

/**
 * Verify a delivery, parse its body, and find its event type and deduplication key. For a
 * provider that signs nothing, `secret` is null and the event says `signed: false`.
 */
export async function receive(
  provider: string,
  body: Body,
  headers: HeaderInput,
  secret: Secret | readonly Secret[] | Keys | null,
  options: ReceiveOptions = {},
): Promise<WebhookEvent> {
  const contract = deliveryOf(provider);
  const tolerance = options.tolerance;
  if (tolerance !== undefined) {
    if (typeof tolerance !== "number" || !(tolerance > 0) || tolerance === Infinity) {
      throw new ConfigurationError(
        "bad_tolerance",
        `tolerance must be positive seconds, not ${String(tolerance)}`,
      );
    }
    if (!contract.signedTimestamp && contract.bodyTimestamp === null) {
      throw new ConfigurationError(
        "no_signed_timestamp",
        `${provider} signs no timestamp, so no tolerance can be checked; deduplicate with event.dedupKey instead`,
      );
    }
  }
  const raw = bytesOf(body);
  const verifyOptions: VerifyOptions = {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(tolerance === undefined || !contract.signedTimestamp ? {} : { maxAgeSeconds: tolerance }),
  };
  const scheme = schemeOf(provider);
  let verified: Verified | null = null;
  if (scheme.scheme === "none") {
    if (secret !== null && secret !== undefined) {
      throw new ConfigurationError(
        "unsigned_provider",
        `${provider} signs no webhooks, so no secret can be checked: pass null and authenticate deliveries in the web server (${scheme.transport.join(", ")})`,
      );
    }
  } else {
    verified = await verify(provider, raw, headers, secret as Secret, verifyOptions);
  }
  const payload = parse(raw, options.maxBytes ?? MAX_BYTES);
  const type = payload[contract.eventTypeField];
  if (typeof type !== "string") {
    throw new PayloadError([
      { path: `$.${contract.eventTypeField}`, message: "the event type must be a string" },
    ]);
  }
  if (tolerance !== undefined && contract.bodyTimestamp !== null) {
    checkAge(payload, contract.bodyTimestamp, tolerance, options.now ?? new Date());
  }
  return {
    provider: provider as SigningProvider,
    kind: contract.kind,
    type,
    dedupKey: await dedupKey(provider, payload, raw),
    signed: verified !== null,
    header: verified?.header ?? null,
    secretIndex: verified?.secretIndex ?? null,
    algorithm: scheme.scheme === "none" ? null : scheme.algorithm,
    payload,
  };
}

/** The deduplication key of a delivery (see the Python `bankcodes.delivery.dedup_key`). */
export async function dedupKey(provider: string, payload: unknown, body: Body): Promise<string> {
  const contract = deliveryOf(provider);
  for (const paths of contract.dedup) {
    const values = paths.map((path) => scalarAt(payload, path));
    if (values.every((value) => value !== null)) return `${provider}:${values.join("|")}`;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", copy(bytesOf(body))));
  return `${provider}:sha256:${hex(digest)}`;
}

const JWT_ALGORITHM = "ES256";
const MAX_TOKEN_LENGTH = 8192;
const EC_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
const ECDSA_SHA256 = { name: "ECDSA", hash: "SHA-256" } as const;

function isJwk(value: unknown): value is Jwk {
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

async function verifyJwt(
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

async function signJwt(body: Uint8Array, jwk: Jwk, rules: JwtScheme, now: Date): Promise<string> {
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

function deliveryOf(provider: unknown): Delivery {
  if (typeof provider === "string" && Object.hasOwn(DELIVERY, provider)) {
    return DELIVERY[provider as keyof typeof DELIVERY];
  }
  schemeOf(provider);
  throw new ConfigurationError("unknown_provider", `${String(provider)} has no webhook delivery`);
}

function scalarAt(data: unknown, path: readonly string[]): string | null {
  let value = data;
  for (const key of path) {
    if (
      value === null ||
      typeof value !== "object" ||
      Array.isArray(value) ||
      !Object.hasOwn(value, key)
    )
      return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "string" && value !== "" ? value : null;
}

function parse(raw: Uint8Array, maxBytes: number): { [field: string]: unknown } {
  if (raw.length > maxBytes) {
    throw new PayloadError([
      { path: "$", message: `the body is ${raw.length} bytes; the limit is ${maxBytes}` },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(raw);
  } catch {
    throw new PayloadError([{ path: "$", message: "the body is not UTF-8" }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PayloadError([{ path: "$", message: `the body is not JSON: ${String(error)}` }]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new PayloadError([{ path: "$", message: "the body must be a JSON object" }]);
  }
  return data as { [field: string]: unknown };
}

function checkAge(payload: unknown, path: readonly string[], tolerance: number, now: Date): void {
  let value = payload;
  for (const key of path) {
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  const where = path.join(".");
  const sent = typeof value === "string" ? timestamp(value) : null;
  if (sent === null) {
    throw new SignatureError(
      "missing_timestamp",
      `a tolerance was asked for, but the body has no ${where}`,
    );
  }
  if (Math.abs(now.getTime() - sent) > tolerance * 1000) {
    throw new SignatureError(
      "stale_timestamp",
      `${where} is ${value as string}, more than ${tolerance} s from now`,
    );
  }
}

function timestamp(text: string): number | null {
  const match =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (match === null) return null;
  const [, day, time, fraction, zone] = match;
  const milli = (fraction ?? "").padEnd(3, "0").slice(0, 3);
  const offset =
    zone === undefined || zone === "Z"
      ? "Z"
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone;
  const parsed = Date.parse(`${day}T${time}${time!.length === 5 ? ":00" : ""}.${milli}${offset}`);
  return Number.isNaN(parsed) ? null : parsed;
}

function unsigned(provider: string, scheme: NoSignature): ConfigurationError {
  return new ConfigurationError(
    "unsigned_provider",
    `${provider} signs no webhooks (${scheme.transport.join(", ")} at the transport): there is no signature to verify; authenticate deliveries in the web server`,
  );
}

function schemeOf(provider: unknown): SigningScheme {
  if (typeof provider === "string" && Object.hasOwn(SIGNING_SCHEMES, provider)) {
    return SIGNING_SCHEMES[provider as SigningProvider];
  }
  const known = Object.keys(SIGNING_SCHEMES).join(", ");
  throw new ConfigurationError(
    "unknown_provider",
    `no signing scheme for ${String(provider).slice(0, 60)} (known: ${known})`,
  );
}

function bytesOf(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (typeof body === "string") {
    if (LONE_SURROGATE.test(body)) {
      throw new ConfigurationError(
        "bad_body",
        "the body string holds a lone surrogate; pass the raw bytes received",
      );
    }
    return new TextEncoder().encode(body);
  }
  throw new ConfigurationError(
    "bad_body",
    "the body must be the raw bytes or text received; a parsed or re-serialised body does not match the signature",
  );
}

function secretOf(secret: unknown): Uint8Array {
  let bytes: Uint8Array;
  if (typeof secret === "string") {
    if (LONE_SURROGATE.test(secret)) {
      throw new ConfigurationError(
        "bad_secret",
        "the secret holds a lone surrogate, which is not text",
      );
    }
    bytes = new TextEncoder().encode(secret);
  } else if (secret instanceof Uint8Array) {
    bytes = secret;
  } else if (secret instanceof ArrayBuffer) {
    bytes = new Uint8Array(secret);
  } else if (secret === null || secret === undefined) {
    throw new ConfigurationError("empty_secret", `no webhook secret was given (${String(secret)})`);
  } else {
    throw new ConfigurationError(
      "bad_secret",
      `a secret is a string or bytes, not ${typeof secret}`,
    );
  }
  if (bytes.every((byte) => BLANK.has(byte))) {
    throw new ConfigurationError("empty_secret", "the webhook secret is empty or blank");
  }
  return bytes;
}

function secretsOf(secret: unknown): Uint8Array[] {
  if (Array.isArray(secret)) {
    if (secret.length === 0)
      throw new ConfigurationError("empty_secret", "the list of webhook secrets is empty");
    return secret.map(secretOf);
  }
  return [secretOf(secret)];
}

function pairsOf(headers: unknown): Array<[unknown, unknown]> {
  const pairs: Array<[unknown, unknown]> = [];
  if (headers !== null && typeof headers === "object" && Symbol.iterator in headers) {
    for (const pair of headers as Iterable<unknown>) {
      if (!Array.isArray(pair) || pair.length !== 2)
        throw new Error("each header is a [name, value] pair");
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
  return pairs;
}

function headerOf(names: readonly string[], headers: unknown): [string, string] {
  const values = new Map<string, Set<string>>();
  try {
    for (const [name, value] of pairsOf(headers)) {
      if (typeof name !== "string" || typeof value !== "string")
        throw new Error("header names and values must be strings");
      const key = name.toLowerCase();
      if (!values.has(key)) values.set(key, new Set());
      values.get(key)!.add(value.replace(/^[ \t]+|[ \t]+$/g, ""));
    }
  } catch (error) {
    throw new ConfigurationError(
      "bad_headers",
      `headers must be a mapping or [name, value] pairs: ${String(error)}`,
    );
  }
  for (const name of names) {
    const found = values.get(name.toLowerCase());
    if (found === undefined || found.size === 0) continue;
    if (found.size > 1)
      throw new SignatureError(
        "ambiguous_header",
        `${name} is present several times with different values`,
      );
    return [name, [...found][0]!];
  }
  throw new SignatureError("missing_header", `no ${names.join(" or ")} header`);
}

function decode(scheme: HmacScheme, name: string, header: string): Uint8Array {
  const size = DIGEST_SIZE[scheme.algorithm];
  let value = header;
  if (scheme.prefix !== null) {
    const cut = value.indexOf("=");
    if (cut < 0 || !value.toLowerCase().startsWith(scheme.prefix.toLowerCase())) {
      const label = cut >= 0 ? value.slice(0, cut).toLowerCase() : "";
      if (ALGORITHM_LABELS.has(label)) {
        throw new SignatureError(
          "wrong_algorithm",
          `${name} is ${label}=…, expected ${scheme.prefix}…`,
        );
      }
      throw new SignatureError("bad_encoding", `${name} does not start with ${scheme.prefix}`);
    }
    value = value.slice(scheme.prefix.length);
  }
  const decoded: Uint8Array[] = [];
  if (scheme.encodings.includes("hex") && /^(?:[0-9a-fA-F]{2})+$/.test(value)) {
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
    throw new SignatureError(
      "wrong_algorithm",
      `${name} holds a ${decoded[0]!.length}-byte digest; ${scheme.algorithm} gives ${size} bytes`,
    );
  }
  throw new SignatureError(
    "bad_encoding",
    `${name} is not canonical ${scheme.encodings.join(" or ")}`,
  );
}

async function hmac(
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

/** A copy backed by a plain ArrayBuffer, as Web Crypto's types require. */
function copy(bytes: Uint8Array): ArrayBuffer {
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

/** Constant-time comparison of two digests. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ (b[index] ?? 0);
  return difference === 0;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
