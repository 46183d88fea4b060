// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/webhooks: receive and verify the webhooks of Flinks, and no other provider's.
 * The same checks, answers and errors as `receive("flinks", …)`, `verify("flinks", …)` and
 * `dedupKey("flinks", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Flinks alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { FlinksFlinksWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-flinks-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Flinks signs its webhooks (`SIGNING_SCHEMES.flinks` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["flinks-authenticity-key", "X-Flinks-Signature"],
  algorithm: "sha256",
  encodings: ["base64"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Flinks delivers its webhooks (`DELIVERY.flinks` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: null,
  addresses: [],
  kind: "flinks/webhook",
  eventTypeField: "ResponseType",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: 30,
  maxAttempts: 10,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["ResponseType"], ["RequestId"]]],
  sources: ["flinks-webhooks-intro", "flinks-connect-webhooks"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = FlinksFlinksWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "flinks",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Flinks, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("flinks", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Flinks: `verify("flinks", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Flinks: `dedupKey("flinks", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
