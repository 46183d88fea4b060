/**
 * Receive a webhook in one call: verify its signature over the raw body, read and validate its
 * payload, find its event type and deduplication key. The same rules and errors as Python's
 * `bankcodes.receive` (lenient by default, `strict: true` for only what the catalog knows), built
 * on Web Crypto (`globalThis.crypto.subtle`), so it runs in Node ≥ 20 and edge runtimes.
 *
 *     import { receive, SignatureError } from "bankcodes/webhooks";
 *     const event = await receive(provider, await request.text(), request.headers, [secret]);
 *
 * A string body is encoded as UTF-8: pass the text exactly as received (a body re-serialised
 * from parsed JSON will not verify). Where a provider signs no timestamp (an HMAC scheme), a
 * replayed delivery verifies: store `event.dedupKey` and skip a key seen before.
 */
import {
  DELIVERY,
  SIGNING_SCHEMES,
  UNDESCRIBED_WEBHOOKS,
  WITHOUT_WEBHOOKS,
  type SigningProvider,
  type WebhookPayloads,
} from "./signing.js";
import {
  bytesOf,
  checkStamp,
  copy,
  explainMismatch,
  headerOf,
  readHeaders,
  hex,
  hexText,
  hmac,
  sameBytes,
  secretOf,
  secretsOf,
  signedContent,
  signaturesOf,
} from "./webhook-hmac.js";
import { quoted } from "./shown.js";
import * as shared from "./webhook-shared-secret.js";
import { signStandard, verifyStandard } from "./webhook-standard.js";
import { signJws, verifyJws } from "./webhook-jws.js";
import { epoch, isJwk, signJwt, verifyJwt } from "./webhook-jwt.js";
import { MAX_BYTES, readPayload, refuseOversize } from "./webhook-payloads.js";
import { checkAge, MAX_TOLERANCE } from "./webhook-age.js";
import { signFetched, verifyFetched } from "./webhook-fetched.js";
import {
  ConfigurationError,
  SignatureError,
  type Body,
  type Delivery,
  type HeaderInput,
  type Jwk,
  type Keys,
  type KeySets,
  type NoSignature,
  type PemKeys,
  type Secret,
  type SigningScheme,
  type Verified,
  type VerifyOptions,
} from "./webhook-types.js";

export { keyFetcher, type KeyFetcherOptions } from "./webhook-key-fetch.js";
export {
  type SignedTimestamp,
  ConfigurationError,
  PayloadError,
  SignatureError,
  WebhookError,
  type Body,
  type CertificateJwtScheme,
  type ConfigurationReason,
  type Delivery,
  type FetchedKeyScheme,
  type HeaderInput,
  type HmacScheme,
  type Jwk,
  type JwsScheme,
  type JwtScheme,
  type Keys,
  type KeySets,
  type NoSignature,
  type PayloadProblem,
  type PemKeys,
  type Secret,
  type SignatureReason,
  type SigningScheme,
  type Verified,
  type VerifyOptions,
} from "./webhook-types.js";
export {
  DELIVERY,
  SIGNING_SCHEMES,
  type SigningProvider,
  type WebhookPayloads,
} from "./signing.js";

/** A payload of a provider the package does not type. */
type Payload = { readonly [field: string]: unknown };
/** The payload `receive` returns for `P`: the provider's webhook union where the package types
 * it (each member also readable by field name, as any payload). */
type Received<P> = (P extends keyof WebhookPayloads ? WebhookPayloads[P] : unknown) & Payload;

/** A verified, validated delivery; `Payload` is the provider's webhook union when `receive` is
 * called with a provider id the package knows. */
export interface WebhookEvent<Data = Payload> {
  readonly provider: SigningProvider;
  readonly kind: string;
  /** The event type, as sent (classify it with the provider's event-type code set). */
  readonly type: string;
  /**
   * Where a provider names its events by two fields, the second, as sent (a code within the
   * type); else null. The code that decides the outcome: `decisiveCode(event.kind, event.payload)`
   * from "bankcodes".
   */
  readonly code: string | null;
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
  readonly algorithm: "sha256" | "sha512" | "ES256" | "ES512" | "RSA-SHA256" | "RS256" | null;
  /** The parsed body, validated as a payload of `kind`. */
  readonly payload: Data;
}

export interface ReceiveOptions {
  /**
   * Refuse a delivery whose signed timestamp is further than this from now (seconds); for a JWT
   * scheme it replaces the scheme's age limit. By default the provider's delivery contract sets
   * it, wide enough for its last retry of the same signed body (`defaultToleranceSeconds` of
   * `DELIVERY`; a body with no timestamp is then not checked); null checks no age beyond the
   * limit of the provider's own scheme (a JWT's oldest iat, a signed timestamp's tolerance). For every provider,
   * deduplication on `dedupKey` is what protects against a replay.
   */
  readonly tolerance?: number | null;
  readonly now?: Date;
  /** The request's path, for a provider whose signature covers it (a JWS such as Tl-Signature). */
  readonly path?: string;
  /**
   * The name of the header holding the secret, for a provider whose header the app names when
   * it registers the webhook (its scheme's header is null), and for no other.
   */
  readonly secretHeader?: string;
  /**
   * Validate the payload strictly: only the catalog's codes, fields and event types pass (an
   * unknown event type is a PayloadError). By default (lenient) unknown ones pass, as the
   * providers add them.
   */
  readonly strict?: boolean;
  /** The largest body accepted, in bytes (default 1 MiB). */
  readonly maxBytes?: number;
}

/**
 * The signature header a real delivery of `body` would carry (for tests and fixtures). For a JWT
 * or JWS scheme, `secret` is a private JWK with its kid, and `now` the time of issue; a JWS also
 * signs `path`, the path the delivery is posted to (required for it), names the key set `jku` (one
 * of the provider's, its first by default), and adds its timestamp header. `secretHeader` names
 * the header of a provider whose header the app names (see `verify`).
 */
export async function sign(
  provider: string,
  body: Body,
  secret: Secret | Jwk | { readonly privatePem: string },
  encoding?: "hex" | "base64",
  now: Date = new Date(),
  path?: string,
  jku?: string,
  secretHeader?: string,
): Promise<Record<string, string>> {
  const scheme = schemeOf(provider);
  const header = shared.secretHeaderOf(provider, scheme, secretHeader);
  if (scheme.scheme === "none") return {}; // a delivery of this provider carries no signature
  if (scheme.scheme === "fetched_key" || scheme.scheme === "certificate_jwt")
    return await signFetched(scheme, bytesOf(body), secret);
  if (scheme.scheme === "shared_secret") {
    if (isJwk(secret)) throw new ConfigurationError("bad_secret", `${provider} sends a secret`);
    return { [header!]: shared.secretText(secretOf(secret)) };
  }
  if (scheme.scheme === "standard_webhooks") {
    if (isJwk(secret))
      throw new ConfigurationError("bad_secret", `${provider} signs with a secret`);
    return await signStandard(scheme, bytesOf(body), secret, epoch(now));
  }
  if (scheme.scheme === "jws") {
    if (!isJwk(secret))
      throw new ConfigurationError("bad_key", `${provider} signs with a private JWK`);
    if (path === undefined)
      throw new ConfigurationError(
        "missing_path",
        `${scheme.header} signs the path the delivery is posted to: pass path (the path receive will be given, such as /webhooks/bank)`,
      );
    return await signJws(bytesOf(body), secret, scheme, path, now, jku);
  }
  if (scheme.scheme === "jwt") {
    if (!isJwk(secret))
      throw new ConfigurationError("bad_key", `${provider} signs with a private JWK`);
    return { [scheme.header]: await signJwt(bytesOf(body), secret, scheme, now) };
  }
  if (isJwk(secret)) throw new ConfigurationError("bad_secret", `${provider} signs with a secret`);
  const chosen = encoding ?? scheme.encodings[0]!;
  if (!scheme.encodings.includes(chosen))
    throw new Error(`${provider} signatures are not ${chosen}-encoded`);
  const rule = scheme.timestamp;
  const stamp = rule === null ? "" : String(Math.floor(epoch(now)));
  const content = signedContent(scheme, stamp, bytesOf(body));
  const digest = await hmac(scheme.algorithm, secretOf(secret), content);
  const text = chosen === "hex" ? hexText(scheme, digest) : btoa(String.fromCharCode(...digest));
  if (rule !== null)
    return {
      [scheme.headers[0]!]: `${rule.timestampLabel}=${stamp},${rule.signatureLabel}=${text}`,
    };
  return { [scheme.headers[0]!]: (scheme.prefix ?? "") + text };
}

/**
 * Check a webhook's signature; throws SignatureError or ConfigurationError. For a JWT scheme
 * (ES256), `secret` is the public key(s): see `Keys`.
 */
export async function verify(
  provider: string,
  body: Body,
  input: HeaderInput,
  secret: Secret | readonly Secret[] | Keys | KeySets | PemKeys,
  options: VerifyOptions = {},
): Promise<Verified> {
  const scheme = schemeOf(provider);
  const header = shared.secretHeaderOf(provider, scheme, options.secretHeader);
  const raw = bytesOf(body);
  if (scheme.scheme === "none") throw unsigned(provider, scheme);
  const headers = readHeaders(input); // once: an iterator of pairs gives its pairs once
  if (scheme.scheme === "fetched_key" || scheme.scheme === "certificate_jwt") {
    const read = (name: string) => headerOf([name], headers);
    const name = await verifyFetched(scheme, read, raw, secret, options.maxAgeSeconds);
    return { header: name, secretIndex: 0 };
  }
  if (scheme.scheme === "jws") {
    const [name, value] = headerOf([scheme.header], headers);
    const index = await verifyJws(
      name,
      value,
      raw,
      secret,
      scheme,
      headers,
      options,
      epoch(options.now),
    );
    return { header: name, secretIndex: index };
  }
  if (scheme.scheme === "jwt") {
    const [name, value] = headerOf([scheme.header], headers);
    const index = await verifyJwt(name, value, raw, secret as Keys, scheme, options);
    return { header: name, secretIndex: index };
  }
  if (scheme.scheme === "standard_webhooks") {
    const index = await verifyStandard(
      scheme,
      (name) => headerOf([name], headers)[1],
      raw,
      secret,
      epoch(options.now),
      options.maxAgeSeconds,
    );
    return { header: headerOf([scheme.signatureHeader], headers)[0], secretIndex: index };
  }
  const keys = secretsOf(secret);
  if (scheme.scheme === "shared_secret") {
    if (scheme.header === null) shared.refuseSecretAsName(header!, keys);
    const [name, value] = headerOf([header!], headers);
    return { header: name, secretIndex: shared.sharedSecret(name, value, keys, secret) };
  }
  const [name, value] = headerOf(scheme.headers, headers);
  const [stamp, given] = signaturesOf(scheme, name, value);
  const content = signedContent(scheme, stamp, raw);
  let matched = -1;
  for (const [index, key] of keys.entries()) {
    const expected = await hmac(scheme.algorithm, key, content);
    if (given.some((each) => sameBytes(expected, each)) && matched < 0) matched = index;
  }
  if (matched < 0) await explainMismatch(scheme, name, given, content, body, secret);
  if (scheme.timestamp !== null)
    checkStamp(scheme.timestamp, name, stamp, epoch(options.now), options.maxAgeSeconds);
  return { header: name, secretIndex: matched };
}

/**
 * Verify a delivery, validate its body as a payload of the provider's webhook kind, and find its
 * event type and deduplication key. Throws SignatureError (answer 401), PayloadError (signed,
 * but not a valid payload: answer 400; `problems` gives each one's JSON path) or
 * ConfigurationError (answer 500). For a provider that signs nothing, `secret` is null and the
 * event says `signed: false`.
 */
export async function receive<P extends SigningProvider | (string & {})>(
  provider: P,
  body: Body,
  headers: HeaderInput,
  secret: Secret | readonly Secret[] | Keys | KeySets | PemKeys | null,
  options: ReceiveOptions = {},
): Promise<WebhookEvent<Received<P>>> {
  const contract = deliveryOf(provider);
  const clock = epoch(options.now);
  // The default: the age the provider's own last retry of a signed body can reach, checked
  // where the body carries a timestamp.
  const byContract = options.tolerance === undefined;
  const tolerance = byContract
    ? (contract.defaultToleranceSeconds ?? undefined)
    : (options.tolerance ?? undefined);
  if (!byContract && tolerance !== undefined) {
    if (typeof tolerance !== "number" || !(tolerance > 0 && tolerance <= MAX_TOLERANCE)) {
      throw new ConfigurationError(
        "bad_tolerance",
        `tolerance must be seconds above 0 and at most ${MAX_TOLERANCE} (a year), not ${quoted(tolerance)}`,
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
  // Before the signature: verifying costs a multiple of the body.
  refuseOversize(raw, contract.kind, options.strict === true, options.maxBytes ?? MAX_BYTES);
  const verifyOptions: VerifyOptions = {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(tolerance === undefined || !contract.signedTimestamp ? {} : { maxAgeSeconds: tolerance }),
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.secretHeader === undefined ? {} : { secretHeader: options.secretHeader }),
  };
  const scheme = schemeOf(provider);
  let verified: Verified | null = null;
  if (scheme.scheme === "none") {
    shared.secretHeaderOf(provider, scheme, options.secretHeader); // refused: it names no header
    if (secret !== null && secret !== undefined) {
      throw new ConfigurationError(
        "unsigned_provider",
        `${provider} signs no webhooks, so no secret can be checked: pass null and authenticate deliveries in the web server (${scheme.transport.join(", ")})`,
      );
    }
  } else {
    verified = await verify(provider, body, headers, secret as Secret, verifyOptions);
  }
  const payload = readPayload(
    raw,
    contract.kind,
    options.strict ?? false,
    options.maxBytes ?? MAX_BYTES,
  );
  // A string: the payload's member was picked by it.
  const type = String(payload[contract.eventTypeField]);
  if (tolerance !== undefined && contract.bodyTimestamp !== null) {
    checkAge(payload, contract.bodyTimestamp, tolerance, clock, !byContract);
  }
  const code = contract.eventCodeField === null ? null : payload[contract.eventCodeField];
  return {
    provider: provider as SigningProvider,
    kind: contract.kind,
    type,
    code: typeof code === "string" ? code : null,
    dedupKey: await dedupKey(provider, payload, raw),
    signed: verified !== null && "algorithm" in scheme,
    header: verified?.header ?? null,
    secretIndex: verified?.secretIndex ?? null,
    algorithm: "algorithm" in scheme ? scheme.algorithm : null,
    // Validated as the provider's webhook kind: the shape its type describes.
    payload: payload as Received<P>,
  };
}

/** The deduplication key of a delivery (see the Python `bankcodes.delivery.dedup_key`). */
export async function dedupKey(provider: string, payload: unknown, body: Body): Promise<string> {
  const contract = deliveryOf(provider);
  for (const paths of contract.dedup) {
    const values = paths.map((path) => scalarAt(payload, path));
    if (values.every((value) => value !== null)) {
      const parts = values.map((value) => value!.replace(/\\/g, "\\\\").replace(/\|/g, "\\|"));
      return `${provider}:id:${parts.join("|")}`;
    }
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", copy(bytesOf(body))));
  return `${provider}:body-sha256:${hex(digest)}`;
}

function deliveryOf(provider: unknown): Delivery {
  if (typeof provider === "string" && Object.hasOwn(DELIVERY, provider)) {
    return DELIVERY[provider as keyof typeof DELIVERY];
  }
  schemeOf(provider);
  throw new ConfigurationError(
    "unknown_provider",
    `${quoted(provider)} has no webhook delivery: the catalog does not describe its bodies, so receive cannot read them (verify checks the signature alone)`,
  );
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
  if (typeof provider === "string" && Object.hasOwn(UNDESCRIBED_WEBHOOKS, provider)) {
    throw new ConfigurationError(
      "unknown_provider",
      `${provider} sends webhooks, but bankcodes does not describe how they are authenticated: ${UNDESCRIBED_WEBHOOKS[provider]}`,
    );
  }
  if (typeof provider === "string" && WITHOUT_WEBHOOKS.includes(provider)) {
    throw new ConfigurationError(
      "unknown_provider",
      `${provider} sends no webhooks (providers whose webhooks bankcodes verifies: ${known})`,
    );
  }
  throw new ConfigurationError(
    "unknown_provider",
    `no signing scheme for ${quoted(provider)} (known: ${known})`,
  );
}
