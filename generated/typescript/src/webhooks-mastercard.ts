// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mastercard/webhooks: receive and verify the webhooks of Mastercard Open Finance, and no
 * other provider's. The same checks, answers and errors as `receive("mastercard", …)`,
 * `verify("mastercard", …)` and `dedupKey("mastercard", …)` of bankcodes/webhooks, without the
 * provider argument; an app bundles the payload validators and signing scheme of Mastercard Open
 * Finance alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { MastercardConnectWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-mastercard-connect-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/**
 * How Mastercard Open Finance signs its webhooks (`SIGNING_SCHEMES.mastercard` of
 * bankcodes/webhooks).
 */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["X-Signature", "X-Finicity-Signature", "Event-Signature"],
  algorithm: "sha256",
  encodings: ["hex"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Mastercard Open Finance delivers its webhooks (`DELIVERY.mastercard` of bankcodes/webhooks;
 * null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: null,
  timeoutSeconds: null,
  addresses: [],
  kind: "mastercard/connect-webhook",
  eventTypeField: "eventType",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: 9,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["eventId"]]],
  sources: [
    "mastercard-au-connect-webhooks",
    "mastercard-us-webhooks-connect",
    "mastercard-finicity-connect-and-mvs-webhooks",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = MastercardConnectWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "mastercard",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Mastercard Open Finance, validate its body as a payload of its webhook kind,
 * and find its event type and deduplication key: `receive("mastercard", …)` of bankcodes/webhooks.
 * Throws SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Mastercard Open Finance: `verify("mastercard", …)` of
 * bankcodes/webhooks. Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Mastercard Open Finance: `dedupKey("mastercard", …)` of
 * bankcodes/webhooks. Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
