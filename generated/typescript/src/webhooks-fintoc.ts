// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/webhooks: receive and verify the webhooks of Fintoc, and no other provider's.
 * The same checks, answers and errors as `receive("fintoc", …)`, `verify("fintoc", …)` and
 * `dedupKey("fintoc", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Fintoc alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { FintocFintocEvent } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-fintoc-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Fintoc signs its webhooks (`SIGNING_SCHEMES.fintoc` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["Fintoc-Signature"],
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
    futureToleranceSeconds: 300,
    repeatedTimestamp: "last",
  },
} as const satisfies SigningScheme;

/**
 * How Fintoc delivers its webhooks (`DELIVERY.fintoc` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: null,
  addresses: [],
  kind: "fintoc/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: 18,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["id"]]],
  sources: ["fintoc-webhooks-creating"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = FintocFintocEvent & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "fintoc",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Fintoc, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("fintoc", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Fintoc: `verify("fintoc", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Fintoc: `dedupKey("fintoc", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
