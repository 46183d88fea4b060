// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/argyle/webhooks: receive and verify the webhooks of Argyle, and no other provider's.
 * The same checks, answers and errors as `receive("argyle", …)` and `verify("argyle", …)` of
 * bankcodes/webhooks, without the provider argument; an app bundles the payload validators and
 * signing scheme of Argyle alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { ArgyleArgyleWebhook } from "./payloads.js";
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
import { VALIDATORS } from "./webhook-validators-argyle-webhook.js";
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

/** How Argyle signs its webhooks (`SIGNING_SCHEMES.argyle` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["X-Argyle-Signature"],
  algorithm: "sha512",
  encodings: ["hex"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Argyle delivers its webhooks (`DELIVERY.argyle` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: ["34.27.251.226", "34.122.50.253", "35.188.163.115", "35.226.53.251"],
  kind: "argyle/webhook",
  eventTypeField: "event",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [
    [
      ["event"],
      ["data", "verification"],
      ["data", "resource", "updated_at"],
      ["data", "resource", "status", "state"],
    ],
  ],
  sources: ["argyle-api-guide-webhooks", "argyle-verifications-webhooks", "argyle-legacy-webhooks"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = ArgyleArgyleWebhook & { readonly [field: string]: unknown };

const RECEIVER: Receiver<typeof SIGNING_SCHEME> = {
  provider: "argyle",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
};

/**
 * Verify a delivery of Argyle, validate its body as a payload of its webhook kind, and find its
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
 * Check the signature of a delivery of Argyle; throws SignatureError or ConfigurationError (see
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
