// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/webhooks: receive and verify the webhooks of Lean Technologies, and no other
 * provider's. The same checks, answers and errors as `receive("lean", …)`, `verify("lean", …)` and
 * `dedupKey("lean", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Lean Technologies alone. `sign`, for tests, is
 * bankcodes/webhooks'.
 */
import type { LeanLeanWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-lean-webhook.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Lean Technologies signs its webhooks (`SIGNING_SCHEMES.lean` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["lean-signature"],
  algorithm: "sha512",
  encodings: ["hex", "base64"],
  prefix: "sha512=",
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Lean Technologies delivers its webhooks (`DELIVERY.lean` of bankcodes/webhooks; null: not
 * published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 10,
  addresses: [],
  kind: "lean/webhook",
  eventTypeField: "type",
  eventCodeField: null,
  retryScheduleMinutes: [1, 2, 5, 10, 60, 180],
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: ["timestamp"],
  defaultToleranceSeconds: 11110,
  dedup: [[["event_id"]]],
  sources: ["lean-webhooks", "lean-webhook-structure"],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = LeanLeanWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "lean",
  scheme: SIGNING_SCHEME,
  verifier: verifyByHmac,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Lean Technologies, validate its body as a payload of its webhook kind, and
 * find its event type and deduplication key: `receive("lean", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Lean Technologies: `verify("lean", …)` of
 * bankcodes/webhooks. Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Lean Technologies: `dedupKey("lean", …)` of
 * bankcodes/webhooks. Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
