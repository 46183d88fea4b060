// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mx/webhooks: receive and verify the webhooks of MX, and no other provider's. The same
 * checks, answers and errors as `receive("mx", …)`, `verify("mx", …)` and `dedupKey("mx", …)` of
 * bankcodes/webhooks, without the provider argument; an app bundles the payload validators and
 * signing scheme of MX alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { MxMxWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-mx-webhook.js";
import { verifyByNone } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How MX signs its webhooks (`SIGNING_SCHEMES.mx` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "none",
  transport: ["basic_auth", "mutual_tls", "oauth2"],
} as const satisfies SigningScheme;

/** How MX delivers its webhooks (`DELIVERY.mx` of bankcodes/webhooks; null: not published). */
export const DELIVERY_CONTRACT = {
  successStatus: 204,
  timeoutSeconds: null,
  addresses: [],
  kind: "mx/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: 13,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [],
  sources: ["mx-webhooks"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = MxMxWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "mx",
  scheme: SIGNING_SCHEME,
  verifier: verifyByNone,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of MX, validate its body as a payload of its webhook kind, and find its event
 * type and deduplication key: `receive("mx", …)` of bankcodes/webhooks. Throws SignatureError
 * (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of MX: `verify("mx", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of MX: `dedupKey("mx", …)` of bankcodes/webhooks. Store it
 * and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
