// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mono/webhooks: receive and verify the webhooks of Mono, and no other provider's. The
 * same checks, answers and errors as `receive("mono", …)`, `verify("mono", …)` and
 * `dedupKey("mono", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Mono alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { MonoMonoWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-mono-webhook.js";
import { verifyBySharedSecret } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Mono signs its webhooks (`SIGNING_SCHEMES.mono` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "shared_secret",
  header: "mono-webhook-secret",
} as const satisfies SigningScheme;

/** How Mono delivers its webhooks (`DELIVERY.mono` of bankcodes/webhooks; null: not published). */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: null,
  addresses: [],
  kind: "mono/webhook",
  eventTypeField: "event",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["event_id"]]],
  sources: [
    "mono-docs-webhooks",
    "mono-docs-webhook-introduction",
    "mono-docs-dd-webhooks",
    "mono-docs-directpay-webhooks-2026",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = MonoMonoWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "mono",
  scheme: SIGNING_SCHEME,
  verifier: verifyBySharedSecret,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Mono, validate its body as a payload of its webhook kind, and find its event
 * type and deduplication key: `receive("mono", …)` of bankcodes/webhooks. Throws SignatureError
 * (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Mono: `verify("mono", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Mono: `dedupKey("mono", …)` of bankcodes/webhooks. Store
 * it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
