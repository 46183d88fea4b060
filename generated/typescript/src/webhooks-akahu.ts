// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/akahu/webhooks: receive and verify the webhooks of Akahu, and no other provider's. The
 * same checks, answers and errors as `receive("akahu", …)`, `verify("akahu", …)` and
 * `dedupKey("akahu", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Akahu alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { AkahuAkahuWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-akahu-webhook.js";
import { verifyByFetchedKey } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Akahu signs its webhooks (`SIGNING_SCHEMES.akahu` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "fetched_key",
  signatureHeader: "X-Akahu-Signature",
  keyIdHeader: "X-Akahu-Signing-Key",
  algorithm: "RSA-SHA256",
  encoding: "base64",
  keyAddress: "https://api.akahu.io/v1/keys/{key_id}",
  keyAuth: "basic",
  keyReplyMember: "item",
  keyMaxAgeSeconds: 86400,
  lowerKeyIdRefused: true,
} as const satisfies SigningScheme;

/**
 * How Akahu delivers its webhooks (`DELIVERY.akahu` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 5,
  addresses: [],
  kind: "akahu/webhook",
  eventTypeField: "webhook_type",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [],
  sources: ["akahu-docs-reference-webhooks"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = AkahuAkahuWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "akahu",
  scheme: SIGNING_SCHEME,
  verifier: verifyByFetchedKey,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Akahu, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("akahu", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Akahu: `verify("akahu", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Akahu: `dedupKey("akahu", …)` of bankcodes/webhooks. Store
 * it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
