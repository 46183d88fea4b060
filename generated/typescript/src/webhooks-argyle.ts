// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/argyle/webhooks: receive and verify the webhooks of Argyle, and no other provider's.
 * The same checks, answers and errors as `receive("argyle", …)`, `verify("argyle", …)` and
 * `dedupKey("argyle", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Argyle alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { ArgyleArgyleWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-argyle-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Argyle signs its webhooks (`SIGNING_SCHEMES.argyle` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["X-Argyle-Signature"],
  algorithm: "sha512",
  encodings: ["hex"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Argyle delivers its webhooks (`DELIVERY.argyle` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: ["34.27.251.226", "34.122.50.253", "35.188.163.115", "35.226.53.251"],
  kind: "argyle/webhook",
  eventTypeField: "event",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [
    [
      ["event"],
      ["data", "verification"],
      ["data", "resource", "updated_at"],
      ["data", "resource", "status", "state"],
    ],
  ],
  sources: ["argyle-api-guide-webhooks", "argyle-verifications-webhooks", "argyle-legacy-webhooks"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = ArgyleArgyleWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "argyle",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Argyle, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("argyle", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Argyle: `verify("argyle", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Argyle: `dedupKey("argyle", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
