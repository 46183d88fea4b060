// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes: the statuses and error codes of bank-account-linking providers as typed constants,
 * with guards, metadata, a cross-provider taxonomy, payload types and browser listener helpers.
 * Receiving webhooks (signature verification, payload validation, deduplication) is in
 * "bankcodes/webhooks".
 */
export * from "./acme.js";
export * from "./categories.js";
export * from "./classify.js";
export * from "./code-facts.js";
export * from "./code-fields.js";
export * from "./consent-window.js";
export * from "./decide.js";
export * from "./decide-body.js";
export * from "./decide-facts.js";
export * from "./decide-headers.js";
export * from "./decide-ratelimit.js";
export * from "./decide-steps.js";
export * from "./decide-waits.js";
export * from "./from-error.js";
export * from "./jwt-body.js";
export * from "./kinds.js";
export * from "./languages.js";
export * from "./lead.js";
export * from "./listeners.js";
export * from "./messages.js";
export * from "./own-codes.js";
export * from "./pages.js";
export * from "./payloads.js";
export * from "./phrases.js";
export * from "./provider-facts.js";
export * from "./read-json.js";
export * from "./registry.js";
export * from "./request-ids.js";
export * from "./seen.js";
export * from "./shapes.js";
export * from "./shown.js";
export * from "./sources.js";
export * from "./told.js";
export * from "./types.js";
export * from "./wait-fields.js";
export * from "./waits.js";
