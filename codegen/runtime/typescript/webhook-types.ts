/** The types and errors of the webhook receiver (bankcodes/webhooks). A signing scheme's fields
 * are the facts its model in the spec declares (their bases are generated in code-facts.ts). */

import type * as facts from "./code-facts.js";
import { CONFIGURATION_REASONS, SIGNATURE_REASONS } from "./refusals.js";
import { quoted } from "./shown.js";

/** An HMAC of the raw body with a shared secret, in the first of `headers` present (its fields:
 * HmacSchemeFacts, from the spec's model). */
export interface HmacScheme extends facts.HmacSchemeFacts {
  /** How a header carrying a signed timestamp is read (t=…,v1=…); null: the HMAC signs the body. */
  readonly timestamp: SignedTimestamp | null;
}

/** A signature header of label=value pairs: the HMAC signs the timestamp, `separator` and the
 * raw body; one signature under `signatureLabel` matching is enough. */
export type SignedTimestamp = facts.SignedTimestampFacts;

/** A signed JSON Web Token in one header: its claims sign the body's SHA-256 and its iat. */
export type JwtScheme = facts.JwtSchemeFacts;

/** A detached JWS over the request (method, path, the headers it lists, raw body) in one header
 * (Tl-Signature v2), verified by the provider's signing library; its key set must be at one of
 * `allowedJku`, checked before any key is looked up. */
export type JwsScheme = facts.JwsSchemeFacts;

/** The key sets of a JWS scheme: a JWKS ({ keys: [...] }), a record or Map from jku to JWKS, or a
 * function from an allowed jku to its JWKS (or null); the caller fetches and caches them. */
export type KeySets =
  | { readonly keys: readonly Jwk[] }
  | { readonly [jku: string]: { readonly keys: readonly Jwk[] } }
  | ReadonlyMap<string, { readonly keys: readonly Jwk[] }>
  | ((
      jku: string,
    ) =>
      { readonly keys: readonly Jwk[] } | null | Promise<{ readonly keys: readonly Jwk[] } | null>);

/** Standard Webhooks: an HMAC-SHA256 of the id, the timestamp and the raw body, each in its own
 * header; a timestamp further from now than `toleranceSeconds`, either way, is refused. */
export interface StandardWebhooksScheme extends facts.StandardWebhooksSchemeFacts {
  readonly algorithm: "sha256";
}

/** No signature: each delivery carries the webhook's secret itself in `header`, compared whole
 * and in constant time; it protects neither the body nor against a replay. `header` is null
 * where the app names the header when it registers the webhook (the receiver is then told its
 * name: `secretHeader`). */
export type SharedSecretScheme = facts.SharedSecretSchemeFacts;

/** An RSA-SHA256 signature of the raw body in `signatureHeader`, its key named by id in
 * `keyIdHeader` and served at `keyAddress` ({key_id} replaced), on that host only. */
export type FetchedKeyScheme = facts.FetchedKeySchemeFacts;

/** A signed JWT in `header` (after `authType`), checked with the certificate at the https x5u
 * its header names, on one of `x5uDomains`; a claim holds the body's digest. */
export type CertificateJwtScheme = facts.CertificateJwtSchemeFacts;

/** An RSA-SHA256 signature (base64) in `signatureHeader` of the callback URL the app registered,
 * `separator` and the raw body, checked with the public key the provider publishes; the receiver
 * gives the key and the URL (`path`). */
export type PublishedKeyScheme = facts.PublishedKeySchemeFacts;

/** What a key function may give for a key address: a PEM (text or bytes), the key address's
 * reply as it is, or null (no key there). */
export type FoundPem = string | Uint8Array | null | undefined;

/**
 * The public keys of a fetched-key or certificate JWT scheme, by their address (checked to be on
 * the provider's hosts before they are looked up): one PEM, a record or Map from address to PEM,
 * or a function from an address to a PEM (`keyFetcher` fetches them within bounds and keeps them).
 */
export type PemKeys =
  | string
  | Uint8Array
  | { readonly [address: string]: string }
  | ReadonlyMap<string, string>
  | ((address: string) => FoundPem | Promise<FoundPem>);

/** No signature: deliveries are authenticated at the transport only (by the web server). */
export type NoSignature = facts.NoSignatureFacts;

/** How a provider authenticates its webhooks: a union tagged by `scheme`. */
export type SigningScheme =
  | HmacScheme
  | JwtScheme
  | JwsScheme
  | StandardWebhooksScheme
  | SharedSecretScheme
  | FetchedKeyScheme
  | CertificateJwtScheme
  | PublishedKeyScheme
  | NoSignature;

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

/** A provider's key endpoint reply, holding the JWK in one member (see `JwtScheme`). */
export interface KeyReply {
  readonly [member: string]: unknown;
}

/** What a key function may give for a kid: a JWK, the key endpoint's reply, or null. */
export type FoundKey = Jwk | KeyReply | null | undefined;

/**
 * The keys of a JWT scheme: one JWK, the key endpoint's reply as it is, a list of either
 * (matched by kid), a kid-to-JWK record or Map, or a function from a kid to a JWK or reply (or
 * null); the caller fetches and caches them: bankcodes makes no request for them.
 */
export type Keys =
  | Jwk
  | KeyReply
  | readonly (Jwk | KeyReply)[]
  | { readonly [kid: string]: Jwk }
  | ReadonlyMap<string, Jwk>
  | ((kid: string) => FoundKey | Promise<FoundKey>);

/** How a provider delivers its webhooks, as its sources publish it (null: not published). */
export interface Delivery extends facts.DeliveryFacts {
  readonly kind: string;
  /** The body field that holds the event type. */
  readonly eventTypeField: string;
  /** Where a provider names its events by two fields, the second (a code within the type). */
  readonly eventCodeField: string | null;
  readonly retryScheduleMinutes: readonly number[] | null;
  readonly retryIntervalMinutes: number | null;
  readonly maxAttempts: number | null;
  readonly signedTimestamp: boolean;
  readonly bodyTimestamp: readonly string[] | null;
  /** How old a signed body's timestamp receive accepts by default (seconds): the retry window,
   * the delivery's time limit and 5 minutes of clock difference; null: no age is checked. */
  readonly defaultToleranceSeconds: number | null;
  readonly dedup: readonly (readonly (readonly string[])[])[];
  readonly sources: readonly string[];
}

/** Why a delivery is rejected. */
export type SignatureReason = (typeof SIGNATURE_REASONS)[number];

/** Why the receiver itself is misconfigured. */
export type ConfigurationReason = (typeof CONFIGURATION_REASONS)[number];

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

/** One problem of a payload: where (a JSON path such as `$.payload.status`) and what. */
export interface PayloadProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Signed, but not a payload of the provider's webhook kind: answer 400. `problems` lists the
 * problems found, in the order Python's `bankcodes.payloads.PayloadError` lists them (at most
 * 100; `omitted` counts the others found); `kind` is the payload kind and `strict` the mode it
 * was validated in. `stopped` is true when validation stopped there, as it does once more than
 * 100 are found, so that there may be more.
 */
export class PayloadError extends WebhookError {
  declare readonly reason: "invalid_payload";
  readonly kind: string;
  readonly strict: boolean;
  readonly omitted: number;
  readonly stopped: boolean;

  constructor(
    readonly problems: readonly PayloadProblem[],
    details: {
      readonly kind?: string;
      readonly strict?: boolean;
      readonly omitted?: number;
      readonly stopped?: boolean;
    } = {},
  ) {
    const { kind = "", strict = false, omitted = 0, stopped = false } = details;
    const listed = problems.map((problem) => `${problem.path}: ${problem.message}`);
    if (stopped) listed.push(`… and ${omitted} more found before validation stopped`);
    else if (omitted > 0) listed.push(`… and ${omitted} more`);
    const what = kind === "" ? "" : `${kind} (${strict ? "strict" : "lenient"}): `;
    super("invalid_payload", what + listed.join("; "));
    this.kind = kind;
    this.strict = strict;
    this.omitted = omitted;
    this.stopped = stopped;
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

/** What `verify` checks a delivery with, by the provider's scheme: a secret (or several, the
 * newest first), or the keys of a scheme that signs with keys. */
export type Credentials = Secret | readonly Secret[] | Keys | KeySets | PemKeys;

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

/** A problem as a compiled validator (ajv) reports it, worded by the receiver. */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: { readonly [name: string]: unknown };
}

/** A compiled validator of one payload type: its verdict, and the problems of its last call. */
export interface Validator {
  (data: unknown): boolean;
  readonly errors?: readonly SchemaError[] | null;
}

/** The validators of a union payload kind: the tag field, and the member each tag value picks. */
export interface PayloadValidators {
  readonly tag: string;
  readonly lenient: ReadonlyMap<string, Validator>;
  readonly strict: ReadonlyMap<string, Validator>;
  /** The member of any other tag value in lenient mode (strict mode refuses it). */
  readonly fallback: Validator | null;
}

/** How a JWT scheme's token is checked: the clock, and an age limit replacing the scheme's. */
export interface VerifyOptions {
  readonly now?: Date;
  readonly maxAgeSeconds?: number;
  /** The request's path, for a scheme that signs it (a JWS), or the callback URL registered with
   * the provider, for one that signs that (a published key). */
  readonly path?: string;
  /**
   * The name of the header holding the secret, for a provider whose header the app names when
   * it registers the webhook (its scheme's header is null), and for no other.
   */
  readonly secretHeader?: string;
}

/**
 * The error of `refusal` (one of src/refusals.ts, the Python `errors.refused`'s too): its words
 * with `values` in their place, each written as text, or with :q as `quoted` shows it (qN: cut to
 * N characters).
 */
export function refused<Refusal extends readonly [SignatureReason | ConfigurationReason, string]>(
  refusal: Refusal,
  values: { readonly [name: string]: unknown } = {},
): Refusal[0] extends SignatureReason ? SignatureError : ConfigurationError {
  const [reason, words] = refusal;
  const message = words.replace(
    /\{\{|\}\}|\{(\w+)(?::q(\d*))?[^}]*\}/g,
    (all, key: string | undefined, limit: string | undefined) =>
      key === undefined
        ? all[0]!
        : limit === undefined
          ? String(values[key])
          : quoted(values[key], Number(limit || 60)),
  );
  const signature = (SIGNATURE_REASONS as readonly string[]).includes(reason);
  return new (signature ? SignatureError : ConfigurationError)(reason, message) as never;
}
