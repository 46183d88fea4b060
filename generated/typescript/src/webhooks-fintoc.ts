// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/webhooks: receive and verify the webhooks of Fintoc, and no other provider's.
 * The same checks, answers and errors as `receive("fintoc", …)` and `verify("fintoc", …)` of
 * bankcodes/webhooks, without the provider argument; an app bundles the payload validators and
 * signing scheme of Fintoc alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { FintocFintocEvent } from "./payloads.js";
import {
  receiveWith,
  type ReceiveOptions,
  type Receiver,
  type WebhookEvent,
} from "./webhook-receive.js";
import type {
  Body,
  Delivery,
  HeaderInput,
  Keys,
  KeySets,
  PemKeys,
  Secret,
  SigningScheme,
  Verified,
  VerifyOptions,
} from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-fintoc-webhook.js";
import { verifyByHmac, verifyWith } from "./webhook-verifiers.js";

export {
  ConfigurationError,
  PayloadError,
  SignatureError,
  WebhookError,
  type Body,
  type ConfigurationReason,
  type HeaderInput,
  type Jwk,
  type Keys,
  type KeySets,
  type PayloadProblem,
  type PemKeys,
  type Secret,
  type SignatureReason,
  type Verified,
  type VerifyOptions,
} from "./webhook-types.js";
export type { ReceiveOptions, WebhookEvent } from "./webhook-receive.js";

/** How Fintoc signs its webhooks (`SIGNING_SCHEMES.fintoc` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["Fintoc-Signature"],
  algorithm: "sha256",
  encodings: ["hex"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: {
    timestampLabel: "t",
    signatureLabel: "v1",
    separator: ".",
    toleranceSeconds: 300,
    futureToleranceSeconds: 300,
    repeatedTimestamp: "last",
  },
} as const satisfies SigningScheme;

/**
 * How Fintoc delivers its webhooks (`DELIVERY.fintoc` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: null,
  addresses: [],
  kind: "fintoc/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: 18,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["id"]]],
  sources: ["fintoc-webhooks-creating"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = FintocFintocEvent & { readonly [field: string]: unknown };

const RECEIVER: Receiver<typeof SIGNING_SCHEME> = {
  provider: "fintoc",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
};

/**
 * Verify a delivery of Fintoc, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key; see `receive` of bankcodes/webhooks. Throws SignatureError
 * (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export async function receive(
  body: Body,
  headers: HeaderInput,
  secret: Secret | readonly Secret[] | Keys | KeySets | PemKeys | null,
  options: ReceiveOptions = {},
): Promise<WebhookEvent<WebhookPayload>> {
  // Validated as the provider's webhook kind: the shape its type describes.
  const event = await receiveWith(RECEIVER, body, headers, secret, options);
  return event as WebhookEvent<WebhookPayload>;
}

/**
 * Check the signature of a delivery of Fintoc; throws SignatureError or ConfigurationError (see
 * `verify` of bankcodes/webhooks).
 */
export async function verify(
  body: Body,
  headers: HeaderInput,
  secret: Secret | readonly Secret[] | Keys | KeySets | PemKeys,
  options: VerifyOptions = {},
): Promise<Verified> {
  return await verifyWith(RECEIVER, body, headers, secret, options);
}
