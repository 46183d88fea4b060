// generated from spec/catalog.json — do not edit (run `make generate`)
import type { Delivery, SigningScheme } from "./webhook-types.js";
import type { LeanLeanWebhook, FlinksFlinksWebhook, ArgyleArgyleWebhook, PlaidPlaidWebhook, MxMxWebhook, MastercardConnectWebhook, StripeStripeEvent, BelvoBelvoWebhook, TrueLayerTrueLayerWebhook, FintocFintocEvent } from "./payloads.js";

/** How each provider signs its webhooks. */
export const SIGNING_SCHEMES = {
  lean: {
    scheme: "hmac",
    headers: ["lean-signature"],
    algorithm: "sha512",
    encodings: ["hex", "base64"],
    prefix: "sha512=",
    timestamp: null,
  },
  flinks: {
    scheme: "hmac",
    headers: ["flinks-authenticity-key", "X-Flinks-Signature"],
    algorithm: "sha256",
    encodings: ["base64"],
    prefix: null,
    timestamp: null,
  },
  argyle: {
    scheme: "hmac",
    headers: ["X-Argyle-Signature"],
    algorithm: "sha512",
    encodings: ["hex"],
    prefix: null,
    timestamp: null,
  },
  plaid: {
    scheme: "jwt",
    header: "Plaid-Verification",
    algorithm: "ES256",
    maxAgeSeconds: 300,
    futureSkewSeconds: 60,
    bodyHashClaim: "request_body_sha256",
    keyReplyMember: "key",
    keyExpiryMember: "expired_at",
  },
  mx: { scheme: "none", transport: ["basic_auth", "mutual_tls", "oauth2"] },
  mastercard: {
    scheme: "hmac",
    headers: ["X-Signature", "X-Finicity-Signature", "Event-Signature"],
    algorithm: "sha256",
    encodings: ["hex"],
    prefix: null,
    timestamp: null,
  },
  stripe: {
    scheme: "hmac",
    headers: ["Stripe-Signature"],
    algorithm: "sha256",
    encodings: ["hex"],
    prefix: null,
    timestamp: { timestampLabel: "t", signatureLabel: "v1", separator: ".", toleranceSeconds: 300 },
  },
  belvo: { scheme: "none", transport: ["basic_auth", "bearer_token"] },
  truelayer: {
    scheme: "jws",
    header: "Tl-Signature",
    algorithm: "ES512",
    allowedJku: [
      "https://webhooks.truelayer.com/.well-known/jwks",
      "https://webhooks.truelayer-sandbox.com/.well-known/jwks",
    ],
    timestampHeader: "X-Tl-Webhook-Timestamp",
  },
  fintoc: {
    scheme: "hmac",
    headers: ["Fintoc-Signature"],
    algorithm: "sha256",
    encodings: ["hex"],
    prefix: null,
    timestamp: { timestampLabel: "t", signatureLabel: "v1", separator: ".", toleranceSeconds: 300 },
  },
} as const satisfies { readonly [provider: string]: SigningScheme };
export type SigningProvider = keyof typeof SIGNING_SCHEMES;

/** The providers of the catalog that send no webhooks. */
export const WITHOUT_WEBHOOKS: readonly string[] = ["gocardless", "ukob", "berlingroup", "cdr", "openfinancebrasil"];

/** The providers that send webhooks whose signing the catalog does not describe, and why. */
export const UNDESCRIBED_WEBHOOKS: { readonly [provider: string]: string } = {
  yapily: "Yapily's Webhooks page says a delivery carries a signature made with the webhook secret returned when the webhook is registered, but not how it is computed (its header and algorithm).",
  pluggy: "Pluggy's Webhook security page describes how deliveries are authenticated, but the copies read end in its first section, before its signature and its source addresses.",
  basiq: "Basiq signs its deliveries as Standard Webhooks (the webhook-id, webhook-timestamp and webhook-signature headers: an HMAC-SHA256, in base64, of the id, the timestamp and the raw body with the endpoint's whsec_ secret), a scheme bankcodes does not verify yet; the standardwebhooks library does.",
  setu: "Setu's current notification pages name no header, signature or key for its notifications; its v1 page, marked outdated, signed them with a detached JWS (RS256) in x-jws-signature, which bankcodes does not verify.",
  mono: "Mono sends the webhook's secret itself in the mono-webhook-secret header, to be compared with the secret given when the webhook was created: a shared secret rather than a signature (it protects neither the body nor against a replay), which bankcodes does not check yet.",
};

/** How each provider delivers its webhooks (null: not published). */
export const DELIVERY = {
  lean: {
    kind: "lean/webhook",
    eventTypeField: "type",
    eventCodeField: null,
    successStatus: 200,
    timeoutSeconds: 10,
    retryScheduleMinutes: [1, 2, 5, 10, 60, 180],
    retryIntervalMinutes: null,
    maxAttempts: null,
    signedTimestamp: false,
    bodyTimestamp: ["timestamp"],
    defaultToleranceSeconds: 11110,
    dedup: [[["event_id"]]],
    addresses: [],
    sources: ["lean-webhooks", "lean-webhook-structure"],
  },
  flinks: {
    kind: "flinks/webhook",
    eventTypeField: "ResponseType",
    eventCodeField: null,
    successStatus: 200,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: 30,
    maxAttempts: 10,
    signedTimestamp: false,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [[["ResponseType"], ["RequestId"]]],
    addresses: [],
    sources: ["flinks-webhooks-intro", "flinks-connect-webhooks"],
  },
  argyle: {
    kind: "argyle/webhook",
    eventTypeField: "event",
    eventCodeField: null,
    successStatus: null,
    timeoutSeconds: null,
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
    addresses: ["34.27.251.226", "34.122.50.253", "35.188.163.115", "35.226.53.251"],
    sources: [
      "argyle-api-guide-webhooks",
      "argyle-verifications-webhooks",
      "argyle-legacy-webhooks",
    ],
  },
  plaid: {
    kind: "plaid/webhook",
    eventTypeField: "webhook_type",
    eventCodeField: "webhook_code",
    successStatus: 200,
    timeoutSeconds: 10,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: null,
    signedTimestamp: true,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [],
    addresses: ["52.21.26.131", "52.21.47.157", "52.41.247.19", "52.88.82.239"],
    sources: ["plaid-webhooks", "plaid-support-webhook-retries"],
  },
  mx: {
    kind: "mx/webhook",
    eventTypeField: "type",
    eventCodeField: null,
    successStatus: 204,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: 13,
    signedTimestamp: false,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [],
    addresses: [],
    sources: ["mx-webhooks"],
  },
  mastercard: {
    kind: "mastercard/connect-webhook",
    eventTypeField: "eventType",
    eventCodeField: null,
    successStatus: null,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: 9,
    signedTimestamp: false,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [[["eventId"]]],
    addresses: [],
    sources: [
      "mastercard-au-connect-webhooks",
      "mastercard-us-webhooks-connect",
      "mastercard-finicity-connect-and-mvs-webhooks",
    ],
  },
  stripe: {
    kind: "stripe/event",
    eventTypeField: "type",
    eventCodeField: null,
    successStatus: null,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: null,
    signedTimestamp: true,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [[["id"]]],
    addresses: [],
    sources: ["stripe-docs-webhooks-undelivered", "stripe-node-events"],
  },
  belvo: {
    kind: "belvo/webhook",
    eventTypeField: "webhook_type",
    eventCodeField: "webhook_code",
    successStatus: 200,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: 6,
    signedTimestamp: false,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [[["webhook_id"]]],
    addresses: [],
    sources: [
      "belvo-webhooks-2021",
      "belvo-webhooks-aggregation",
      "belvo-payments-webhooks-br",
      "belvo-ofpi-webhooks",
    ],
  },
  truelayer: {
    kind: "truelayer/webhook",
    eventTypeField: "type",
    eventCodeField: null,
    successStatus: null,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: null,
    signedTimestamp: true,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [[["event_id"]]],
    addresses: [],
    sources: [
      "truelayer-webhook-notifications-v3",
      "truelayer-mandate-webhooks",
      "truelayer-webhooks-payments-v2",
    ],
  },
  fintoc: {
    kind: "fintoc/webhook",
    eventTypeField: "type",
    eventCodeField: null,
    successStatus: 200,
    timeoutSeconds: null,
    retryScheduleMinutes: null,
    retryIntervalMinutes: null,
    maxAttempts: 18,
    signedTimestamp: true,
    bodyTimestamp: null,
    defaultToleranceSeconds: null,
    dedup: [[["id"]]],
    addresses: [],
    sources: ["fintoc-webhooks-creating"],
  },
} as const satisfies { readonly [provider: string]: Delivery };

/** The payload of each provider's webhooks, as `receive` returns it. */
export interface WebhookPayloads {
  lean: LeanLeanWebhook;
  flinks: FlinksFlinksWebhook;
  argyle: ArgyleArgyleWebhook;
  plaid: PlaidPlaidWebhook;
  mx: MxMxWebhook;
  mastercard: MastercardConnectWebhook;
  stripe: StripeStripeEvent;
  belvo: BelvoBelvoWebhook;
  truelayer: TrueLayerTrueLayerWebhook;
  fintoc: FintocFintocEvent;
}
