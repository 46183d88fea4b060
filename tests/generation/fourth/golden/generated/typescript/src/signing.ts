// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
import type { Delivery, SigningScheme } from "./webhook-types.js";

/** How each provider signs its webhooks. */
export const SIGNING_SCHEMES = {
  acme: {
    scheme: "hmac",
    headers: ["X-Acme-Signature"],
    algorithm: "sha256",
    encodings: ["hex"],
    prefix: null,
    listSeparator: null,
    hexCase: null,
    timestamp: null,
  },
} as const satisfies { readonly [provider: string]: SigningScheme };
export type SigningProvider = keyof typeof SIGNING_SCHEMES;

/** The providers of the catalog that send no webhooks. */
export const WITHOUT_WEBHOOKS: readonly string[] = [];

/** The providers that send webhooks whose signing the catalog does not describe, and why. */
export const UNDESCRIBED_WEBHOOKS: { readonly [provider: string]: string } = {
};

/** How each provider delivers its webhooks (null: not published). */
export const DELIVERY = {
} as const satisfies { readonly [provider: string]: Delivery };

/** The payload of each provider's webhooks, as `receive` returns it. */
export interface WebhookPayloads {
}
