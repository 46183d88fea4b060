// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/webhooks: receive and verify the webhooks of Basiq, and no other provider's. The
 * same checks, answers and errors as `receive("basiq", …)`, `verify("basiq", …)` and
 * `dedupKey("basiq", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Basiq alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { BasiqWebhookMessage } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-basiq-webhook.js";
import { verifyByStandardWebhooks } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Basiq signs its webhooks (`SIGNING_SCHEMES.basiq` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "standard_webhooks",
  idHeader: "webhook-id",
  timestampHeader: "webhook-timestamp",
  signatureHeader: "webhook-signature",
  toleranceSeconds: 300,
  algorithm: "sha256",
} as const satisfies SigningScheme;

/**
 * How Basiq delivers its webhooks (`DELIVERY.basiq` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: null,
  addresses: ["13.238.192.210", "3.24.252.173", "3.104.17.39"],
  kind: "basiq/webhook",
  eventTypeField: "eventTypeId",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: 8,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["eventId"]]],
  sources: ["basiq-docs-webhooks-retries", "basiq-docs-webhooks-security"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = BasiqWebhookMessage & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "basiq",
  scheme: SIGNING_SCHEME,
  verifier: verifyByStandardWebhooks,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Basiq, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("basiq", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Basiq: `verify("basiq", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Basiq: `dedupKey("basiq", …)` of bankcodes/webhooks. Store
 * it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
