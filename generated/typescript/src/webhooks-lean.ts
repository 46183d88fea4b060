// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/webhooks: receive and verify the webhooks of Lean Technologies, and no other
 * provider's. The same checks, answers and errors as `receive("lean", …)` and `verify("lean", …)`
 * of bankcodes/webhooks, without the provider argument; an app bundles the payload validators and
 * signing scheme of Lean Technologies alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { LeanLeanWebhook } from "./payloads.js";
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
import { VALIDATORS } from "./webhook-validators-lean-webhook.js";
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

/** How Lean Technologies signs its webhooks (`SIGNING_SCHEMES.lean` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["lean-signature"],
  algorithm: "sha512",
  encodings: ["hex", "base64"],
  prefix: "sha512=",
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Lean Technologies delivers its webhooks (`DELIVERY.lean` of bankcodes/webhooks; null: not
 * published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 10,
  addresses: [],
  kind: "lean/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: [1, 2, 5, 10, 60, 180],
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: ["timestamp"],
  defaultToleranceSeconds: 11110,
  dedup: [[["event_id"]]],
  sources: ["lean-webhooks", "lean-webhook-structure"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = LeanLeanWebhook & { readonly [field: string]: unknown };

const RECEIVER: Receiver<typeof SIGNING_SCHEME> = {
  provider: "lean",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
};

/**
 * Verify a delivery of Lean Technologies, validate its body as a payload of its webhook kind, and
 * find its event type and deduplication key; see `receive` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
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
 * Check the signature of a delivery of Lean Technologies; throws SignatureError or
 * ConfigurationError (see `verify` of bankcodes/webhooks).
 */
export async function verify(
  body: Body,
  headers: HeaderInput,
  secret: Secret | readonly Secret[] | Keys | KeySets | PemKeys,
  options: VerifyOptions = {},
): Promise<Verified> {
  return await verifyWith(RECEIVER, body, headers, secret, options);
}
