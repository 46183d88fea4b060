// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/pluggy/webhooks: receive and verify the webhooks of Pluggy, and no other provider's.
 * The same checks, answers and errors as `receive("pluggy", …)` and `verify("pluggy", …)` of
 * bankcodes/webhooks, without the provider argument; an app bundles the payload validators and
 * signing scheme of Pluggy alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { PluggyPluggyWebhook } from "./payloads.js";
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
import { VALIDATORS } from "./webhook-validators-pluggy-webhook.js";
import { verifyBySharedSecret, verifyWith } from "./webhook-verifiers.js";

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

/** How Pluggy signs its webhooks (`SIGNING_SCHEMES.pluggy` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "shared_secret",
  header: null,
} as const satisfies SigningScheme;

/**
 * How Pluggy delivers its webhooks (`DELIVERY.pluggy` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 10,
  addresses: [],
  kind: "pluggy/webhook",
  eventTypeField: "event",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["eventId"]]],
  sources: [
    "pluggy-recipe-webhook-header-secret",
    "pluggy-docs-webhook-security",
    "pluggy-docs-webhooks-sync",
    "pluggy-agent-skills-webhook-setup",
    "pluggy-agent-skills-doc-suggestions",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = PluggyPluggyWebhook & { readonly [field: string]: unknown };

const RECEIVER: Receiver<typeof SIGNING_SCHEME> = {
  provider: "pluggy",
  scheme: SIGNING_SCHEME,
  verifier: verifyBySharedSecret,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
};

/**
 * Verify a delivery of Pluggy, validate its body as a payload of its webhook kind, and find its
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
 * Check the signature of a delivery of Pluggy; throws SignatureError or ConfigurationError (see
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
