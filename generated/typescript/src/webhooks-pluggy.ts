// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/pluggy/webhooks: receive and verify the webhooks of Pluggy, and no other provider's.
 * The same checks, answers and errors as `receive("pluggy", …)`, `verify("pluggy", …)` and
 * `dedupKey("pluggy", …)` of bankcodes/webhooks, without the provider argument; an app bundles the
 * payload validators and signing scheme of Pluggy alone. `sign`, for tests, is bankcodes/webhooks'.
 */
import type { PluggyPluggyWebhook } from "./payloads.js";
import { bindReceiver, type ProviderReceiver, type ProviderVerifier } from "./webhook-receive.js";
import type { Delivery, SigningScheme } from "./webhook-types.js";
import { VALIDATORS } from "./webhook-validators-pluggy-webhook.js";
import { verifyBySharedSecret } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Pluggy signs its webhooks (`SIGNING_SCHEMES.pluggy` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "shared_secret",
  header: null,
} as const satisfies SigningScheme;

/**
 * How Pluggy delivers its webhooks (`DELIVERY.pluggy` of bankcodes/webhooks; null: not published).
 */
export const DELIVERY_CONTRACT = {
  successStatus: 200,
  timeoutSeconds: 10,
  addresses: [],
  kind: "pluggy/webhook",
  eventTypeField: "event",
  eventCodeField: null,
  retryScheduleMinutes: null,
  retryIntervalMinutes: null,
  maxAttempts: null,
  signedTimestamp: false,
  bodyTimestamp: null,
  defaultToleranceSeconds: null,
  dedup: [[["eventId"]]],
  sources: [
    "pluggy-recipe-webhook-header-secret",
    "pluggy-docs-webhook-security",
    "pluggy-docs-webhooks-sync",
    "pluggy-agent-skills-webhook-setup",
    "pluggy-agent-skills-doc-suggestions",
  ],
} as const satisfies Delivery;

/** A payload as `receive` returns it: the provider's webhook union, each member also readable by
 * field name. */
export type WebhookPayload = PluggyPluggyWebhook & { readonly [field: string]: unknown };

const RECEIVER = bindReceiver<WebhookPayload, typeof SIGNING_SCHEME>({
  provider: "pluggy",
  scheme: SIGNING_SCHEME,
  verifier: verifyBySharedSecret,
  delivery: DELIVERY_CONTRACT,
  validators: VALIDATORS,
});

/**
 * Verify a delivery of Pluggy, validate its body as a payload of its webhook kind, and find its
 * event type and deduplication key: `receive("pluggy", …)` of bankcodes/webhooks. Throws
 * SignatureError (answer 401), PayloadError (answer 400) or ConfigurationError (answer 500).
 */
export const receive: ProviderReceiver<WebhookPayload>["receive"] = RECEIVER.receive;

/**
 * Check the signature of a delivery of Pluggy: `verify("pluggy", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Pluggy: `dedupKey("pluggy", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
