// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/webhooks: receive and verify the webhooks of Belvo, and no other provider's. The
 * same checks, answers and errors as `receive("belvo", …)`, `verify("belvo", …)` and
 * `dedupKey("belvo", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Belvo alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { BelvoBelvoWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-belvo-webhook.js";
import { verifyByNone } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Belvo signs its webhooks (`SIGNING_SCHEMES.belvo` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "none",
  transport: ["basic_auth", "bearer_token"],
} as const satisfies SigningScheme;

/**
 * How Belvo delivers its webhooks (`DELIVERY.belvo` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 5,
  addresses: [],
  kind: "belvo/webhook",
  eventTypeField: "webhook_type",
  eventCodeField: "webhook_code",
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: 6,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["webhook_id"]]],
  sources: [
    "belvo-webhooks-2021",
    "belvo-webhooks-aggregation",
    "belvo-payments-webhooks-br",
    "belvo-ofpi-webhooks",
    "belvo-payments-webhooks-br-page",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = BelvoBelvoWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "belvo",
  scheme: SIGNING_SCHEME,
  verifier: verifyByNone,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Belvo, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("belvo", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Belvo: `verify("belvo", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Belvo: `dedupKey("belvo", …)` of bankcodes/webhooks. Store
 * it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
