/**
 * Receiving one provider's webhooks, given what the catalog says of it (a `Receiver`: its
 * signing scheme and the check of its kind, its delivery contract, its payload kind's
 * validators): what `receive` of bankcodes/webhooks does once it has found the provider, and
 * what each provider's own entry point (bankcodes/<provider>/webhooks) does for its provider
 * alone, so that it bundles that provider's validators and scheme and nothing more.
 */
import * as refusals from "./refusals.js";
import type { SigningProvider } from "./signing.js";
import { checkAge, epoch, MAX_TOLERANCE } from "./webhook-age.js";
import { bytesOf, copy, hex } from "./webhook-hmac.js";
import { MAX_BYTES, readPayload, refuseOversize } from "./webhook-payloads.js";
import * as shared from "./webhook-shared-secret.js";
import {
  type Body,
  type Delivery,
  type Credentials,
  type HeaderInput,
  type PayloadValidators,
  type SigningScheme,
  type Verified,
  type VerifyOptions,
  refused,
} from "./webhook-types.js";
import { verifyWith, type Checker } from "./webhook-verifiers.js";

/** A payload of a provider the package does not type. */
export type Payload = { readonly [field: string]: unknown };

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
  readonly algorithm:
    "sha256" | "sha512" | "ES256" | "ES512" | "RSA-SHA256" | "ECDSA-SHA256" | "RS256" | null;
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

/** What receiving a provider's webhooks needs to know of it. */
export interface Receiver<S extends SigningScheme = SigningScheme> extends Checker<S> {
  readonly delivery: Delivery;
  readonly validators: PayloadValidators;
}

/** The seconds of age accepted: the contract's by default, else the one asked for (checked). */
function toleranceOf(
  provider: string,
  contract: Delivery,
  options: ReceiveOptions,
): number | undefined {
  if (options.tolerance === undefined) return contract.defaultToleranceSeconds ?? undefined;
  const tolerance = options.tolerance ?? undefined;
  if (tolerance === undefined) return undefined;
  if (typeof tolerance !== "number" || !(tolerance > 0 && tolerance <= MAX_TOLERANCE)) {
    throw refused(refusals.tolerance_range, { most: MAX_TOLERANCE, value: tolerance });
  }
  if (!contract.signedTimestamp && contract.bodyTimestamp === null) {
    throw refused(refusals.no_tolerance, { provider });
  }
  return tolerance;
}

/** Verify a delivery of the provider of `receiver`, validate its payload, and find its event
 * type and deduplication key (see `receive` of bankcodes/webhooks). */
export async function receiveWith<S extends SigningScheme>(
  receiver: Receiver<S>,
  body: Body,
  headers: HeaderInput,
  secret: unknown,
  options: ReceiveOptions,
): Promise<WebhookEvent> {
  const { provider, delivery: contract } = receiver;
  const scheme: SigningScheme = receiver.scheme;
  const clock = epoch(options.now);
  // The default: the age the provider's own last retry of a signed body can reach, checked
  // where the body carries a timestamp.
  const byContract = options.tolerance === undefined;
  const tolerance = toleranceOf(provider, contract, options);
  const raw = bytesOf(body);
  // Before the signature: verifying costs a multiple of the body.
  refuseOversize(raw, contract.kind, options.strict === true, options.maxBytes ?? MAX_BYTES);
  const verifyOptions: VerifyOptions = {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(tolerance === undefined || !contract.signedTimestamp ? {} : { maxAgeSeconds: tolerance }),
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.secretHeader === undefined ? {} : { secretHeader: options.secretHeader }),
  };
  let verified: Verified | null = null;
  if (scheme.scheme === "none") {
    shared.secretHeaderOf(provider, scheme, options.secretHeader); // refused: it names no header
    if (secret !== null && secret !== undefined) {
      throw refused(refusals.secret_for_unsigned, {
        provider,
        transport: scheme.transport.join(", "),
      });
    }
  } else {
    verified = await verifyWith(receiver, body, headers, secret, verifyOptions);
  }
  const strict = options.strict ?? false;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const payload = readPayload(raw, contract.kind, receiver.validators, strict, maxBytes);
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
    dedupKey: await dedupKeyWith(provider, contract, payload, raw),
    signed: verified !== null && "algorithm" in scheme,
    header: verified?.header ?? null,
    secretIndex: verified?.secretIndex ?? null,
    algorithm: "algorithm" in scheme ? scheme.algorithm : null,
    payload,
  };
}

/** The deduplication key of a delivery of `provider`, by its contract (see the Python
 * `bankcodes.delivery.dedup_key`); null: a provider whose bodies the catalog does not describe,
 * keyed by the SHA-256 of the body. */
export async function dedupKeyWith(
  provider: string,
  contract: Pick<Delivery, "dedup"> | null,
  payload: unknown,
  body: Body,
): Promise<string> {
  for (const paths of contract?.dedup ?? []) {
    const values = paths.map((path) => scalarAt(payload, path));
    if (values.every((value) => value !== null)) {
      const parts = values.map((value) => value!.replace(/\\/g, "\\\\").replace(/\|/g, "\\|"));
      return `${provider}:id:${parts.join("|")}`;
    }
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", copy(bytesOf(body))));
  return `${provider}:body-sha256:${hex(digest)}`;
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

/** `verify` and `dedupKey` of one provider, as its own entry point exports them. */
export interface ProviderVerifier {
  /**
   * Check the signature of a delivery of the provider: `verify` of bankcodes/webhooks without
   * the provider argument. Throws SignatureError or ConfigurationError.
   */
  readonly verify: (
    body: Body,
    headers: HeaderInput,
    secret: Credentials,
    options?: VerifyOptions,
  ) => Promise<Verified>;
  /**
   * The deduplication key of a delivery of the provider (its body parsed, and its raw bytes):
   * `dedupKey` of bankcodes/webhooks without the provider argument. Store it and skip a delivery
   * whose key was seen before: where the provider signs no time, a replayed delivery verifies.
   */
  readonly dedupKey: (payload: unknown, body: Body) => Promise<string>;
}

/** `receive`, `verify` and `dedupKey` of one provider, as its own entry point exports them. */
export interface ProviderReceiver<Data> extends ProviderVerifier {
  /**
   * Verify a delivery of the provider, validate its body as a payload of its webhook kind, and
   * find its event type and deduplication key: `receive` of bankcodes/webhooks without the
   * provider argument, with the same answers and errors. Throws SignatureError (answer 401),
   * PayloadError (answer 400) or ConfigurationError (answer 500).
   */
  readonly receive: (
    body: Body,
    headers: HeaderInput,
    secret: Credentials | null,
    options?: ReceiveOptions,
  ) => Promise<WebhookEvent<Data>>;
}

/** The verify and dedupKey of the provider of `checker`, whose deliveries are keyed by
 * `contract` (null: its bodies are not described, and the key is the body's SHA-256). */
export function bindVerifier<S extends SigningScheme>(
  checker: Checker<S>,
  contract: Pick<Delivery, "dedup"> | null,
): ProviderVerifier {
  return {
    verify: async (body, headers, secret, options = {}) =>
      await verifyWith(checker, body, headers, secret, options),
    dedupKey: async (payload, body) =>
      await dedupKeyWith(checker.provider, contract, payload, body),
  };
}

/** The receive, verify and dedupKey of the provider of `receiver`; `Data` is its payload's
 * type. */
export function bindReceiver<Data, S extends SigningScheme>(
  receiver: Receiver<S>,
): ProviderReceiver<Data> {
  return {
    ...bindVerifier(receiver, receiver.delivery),
    receive: async (body, headers, secret, options = {}) =>
      // Validated as the provider's webhook kind: the shape its type describes.
      (await receiveWith(receiver, body, headers, secret, options)) as WebhookEvent<Data>,
  };
}
