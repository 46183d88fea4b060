// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid/webhooks: receive and verify the webhooks of Plaid, and no other provider's. The
 * same checks, answers and errors as `receive("plaid", …)` and `verify("plaid", …)` of
 * bankcodes/webhooks, without the provider argument; an app bundles the payload validators and
 * signing scheme of Plaid alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { PlaidPlaidWebhook } from "./payloads.js";
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
import { VALIDATORS } from "./webhook-validators-plaid-webhook.js";
import { verifyByJwt, verifyWith } from "./webhook-verifiers.js";

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

/** How Plaid signs its webhooks (`SIGNING_SCHEMES.plaid` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "jwt",
  header: "Plaid-Verification",
  algorithm: "ES256",
  maxAgeSeconds: 300,
  futureSkewSeconds: 60,
  bodyHashClaim: "request_body_sha256",
  keyReplyMember: "key",
  keyExpiryMember: "expired_at",
} as const satisfies SigningScheme;

/**
 * How Plaid delivers its webhooks (`DELIVERY.plaid` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 10,
  addresses: ["52.21.26.131", "52.21.47.157", "52.41.247.19", "52.88.82.239"],
  kind: "plaid/webhook",
  eventTypeField: "webhook_type",
  eventCodeField: "webhook_code",
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [],
  sources: ["plaid-webhooks", "plaid-support-webhook-retries"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = PlaidPlaidWebhook & { readonly [field: string]: unknown };

const RECEIVER: Receiver<typeof SIGNING_SCHEME> = {
  provider: "plaid",
  scheme: SIGNING_SCHEME,
  verifier: verifyByJwt,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
};

/**
 * Verify a delivery of Plaid, validate its body as a payload of its webhook kind, and find its
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
 * Check the signature of a delivery of Plaid; throws SignatureError or ConfigurationError (see
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
