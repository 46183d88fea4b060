// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/truelayer/webhooks: receive and verify the webhooks of TrueLayer, and no other
 * provider's. The same checks, answers and errors as `receive("truelayer", …)`,
 * `verify("truelayer", …)` and `dedupKey("truelayer", …)` of bankcodes/webhooks, without the
 * provider argument; an app bundles the payload validators and signing scheme of TrueLayer alone.
 * `sign`, for tests, is bankcodes/webhooks'.
 */
import type { TrueLayerTrueLayerWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-truelayer-webhook.js";
import { verifyByJws } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How TrueLayer signs its webhooks (`SIGNING_SCHEMES.truelayer` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "jws",
  header: "Tl-Signature",
  algorithm: "ES512",
  allowedJku: [
    "https://webhooks.truelayer.com/.well-known/jwks",
    "https://webhooks.truelayer-sandbox.com/.well-known/jwks",
  ],
  timestampHeader: "X-Tl-Webhook-Timestamp",
} as const satisfies SigningScheme;

/**
 * How TrueLayer delivers its webhooks (`DELIVERY.truelayer` of bankcodes/webhooks; null: not
 * published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: [],
  kind: "truelayer/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["event_id"]]],
  sources: [
    "truelayer-webhook-notifications-v3",
    "truelayer-mandate-webhooks",
    "truelayer-webhooks-payments-v2",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = TrueLayerTrueLayerWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "truelayer",
  scheme: SIGNING_SCHEME,
  verifier: verifyByJws,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of TrueLayer, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("truelayer", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of TrueLayer: `verify("truelayer", …)` of bankcodes/webhooks.
 * Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of TrueLayer: `dedupKey("truelayer", …)` of
 * bankcodes/webhooks. Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
