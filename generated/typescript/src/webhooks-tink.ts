// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tink/webhooks: receive and verify the webhooks of Tink, and no other provider's. The
 * same checks, answers and errors as `receive("tink", …)`, `verify("tink", …)` and
 * `dedupKey("tink", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Tink alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { TinkTinkWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-tink-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Tink signs its webhooks (`SIGNING_SCHEMES.tink` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["X-Tink-Signature"],
  algorithm: "sha256",
  encodings: ["hex"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: {
    timestampLabel: "t",
    signatureLabel: "v1",
    separator: ".",
    toleranceSeconds: 300,
    futureToleranceSeconds: null,
    repeatedTimestamp: "first",
  },
} as const satisfies SigningScheme;

/** How Tink delivers its webhooks (`DELIVERY.tink` of bankcodes/webhooks; null: not published). */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: [],
  kind: "tink/webhook",
  eventTypeField: "event",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [],
  sources: [
    "tink-docs-webhooks",
    "tink-docs-webhook-signature-validation",
    "tink-docs-bt-webhooks",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = TinkTinkWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "tink",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Tink, validate its body as a payload of its webhook kind, and find its event
 * type and deduplication key: `receive("tink", …)` of bankcodes/webhooks. Throws SignatureError
 * (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Tink: `verify("tink", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Tink: `dedupKey("tink", …)` of bankcodes/webhooks. Store
 * it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
