// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/plaid/webhooks: receive and verify the webhooks of Plaid, and no other provider's. The
 * same checks, answers and errors as `receive("plaid", …)`, `verify("plaid", …)` and
 * `dedupKey("plaid", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Plaid alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { PlaidPlaidWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-plaid-webhook.js";
import { verifyByJwt } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

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

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "plaid",
  scheme: SIGNING_SCHEME,
  verifier: verifyByJwt,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Plaid, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("plaid", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Plaid: `verify("plaid", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Plaid: `dedupKey("plaid", …)` of bankcodes/webhooks. Store
 * it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
