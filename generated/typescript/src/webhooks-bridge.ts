// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/bridge/webhooks: receive and verify the webhooks of Bridge, and no other provider's.
 * The same checks, answers and errors as `receive("bridge", …)`, `verify("bridge", …)` and
 * `dedupKey("bridge", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Bridge alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { BridgeBridgeWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-bridge-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Bridge signs its webhooks (`SIGNING_SCHEMES.bridge` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["BridgeApi-Signature"],
  algorithm: "sha256",
  encodings: ["hex"],
  prefix: "v1=",
  listSeparator: ",",
  hexCase: "upper",
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Bridge delivers its webhooks (`DELIVERY.bridge` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: ["63.32.31.5", "52.215.247.62", "34.249.92.209"],
  kind: "bridge/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [],
  sources: ["bridge-docs-secure-webhooks", "bridge-docs-webhooks-events"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = BridgeBridgeWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "bridge",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Bridge, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("bridge", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Bridge: `verify("bridge", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Bridge: `dedupKey("bridge", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
