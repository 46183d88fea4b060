// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/webhooks: receive and verify the webhooks of Finverse, and no other
 * provider's. The same checks, answers and errors as `receive("finverse", …)`, `verify("finverse",
 * …)` and `dedupKey("finverse", …)` of bankcodes/webhooks, without the provider argument; an app
 * bundles the payload validators and signing scheme of Finverse alone. `sign`, for tests, is
 * bankcodes/webhooks'.
 */
import type { FinverseFinverseWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-finverse-webhook.js";
import { verifyByPublishedKey } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Finverse signs its webhooks (`SIGNING_SCHEMES.finverse` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "published_key",
  signatureHeader: "FV-Signature",
  algorithm: "ECDSA-SHA256",
  encoding: "base64",
  separator: null,
  compactBody: true,
} as const satisfies SigningScheme;

/**
 * How Finverse delivers its webhooks (`DELIVERY.finverse` of bankcodes/webhooks; null: not
 * published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: [],
  kind: "finverse/webhook",
  eventTypeField: "event_type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: ["event_time"],
  defaultToleranceSeconds: null,
  dedup: [],
  sources: [
    "finverse-integrations-webhook",
    "finverse-integrations-webhook-handler",
    "finverse-integrations-signature-test",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = FinverseFinverseWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "finverse",
  scheme: SIGNING_SCHEME,
  verifier: verifyByPublishedKey,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Finverse, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("finverse", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Finverse: `verify("finverse", …)` of bankcodes/webhooks.
 * Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Finverse: `dedupKey("finverse", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
