// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/webhooks: receive and verify the webhooks of Stripe Financial Connections, and
 * no other provider's. The same checks, answers and errors as `receive("stripe", …)`,
 * `verify("stripe", …)` and `dedupKey("stripe", …)` of bankcodes/webhooks, without the provider
 * argument; an app bundles the payload validators and signing scheme of Stripe Financial
 * Connections alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { StripeStripeEvent } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-stripe-event.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/**
 * How Stripe Financial Connections signs its webhooks (`SIGNING_SCHEMES.stripe` of
 * bankcodes/webhooks).
 */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["Stripe-Signature"],
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

/**
 * How Stripe Financial Connections delivers its webhooks (`DELIVERY.stripe` of bankcodes/webhooks;
 * null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: [],
  kind: "stripe/event",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: true,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["id"]]],
  sources: ["stripe-docs-webhooks-undelivered", "stripe-node-events"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = StripeStripeEvent & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "stripe",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Stripe Financial Connections, validate its body as a payload of its webhook
 * kind, and find its event type and deduplication key: `receive("stripe", …)` of
 * bankcodes/webhooks. Throws SignatureError (answer 401), PayloadError (answer 400) or
 * ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Stripe Financial Connections: `verify("stripe", …)` of
 * bankcodes/webhooks. Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Stripe Financial Connections: `dedupKey("stripe", …)` of
 * bankcodes/webhooks. Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
