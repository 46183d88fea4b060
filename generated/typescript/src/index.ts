// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes: the statuses and error codes of bank-account-linking providers as typed constants,
 * with guards, metadata, a cross-provider taxonomy, payload types and browser listener helpers.
 * Receiving webhooks (signature verification, payload validation, deduplication) is in
 * "bankcodes/webhooks".
 */
export * from "./akahu.js";
export * from "./argyle.js";
export * from "./basiq.js";
export * from "./belvo.js";
export * from "./berlingroup.js";
export * from "./brankas.js";
export * from "./bridge.js";
export * from "./categories.js";
export * from "./cdr.js";
export * from "./classify.js";
export * from "./code-facts.js";
export * from "./code-fields.js";
export * from "./consent-window.js";
export * from "./decide.js";
export * from "./decide-facts.js";
export * from "./decide-headers.js";
export * from "./decide-ratelimit.js";
export * from "./decide-steps.js";
export * from "./decide-waits.js";
export * from "./enablebanking.js";
export * from "./fintoc.js";
export * from "./finverse.js";
export * from "./flinks.js";
export * from "./from-error.js";
export * from "./gocardless.js";
export * from "./iso20022.js";
export * from "./jwt-body.js";
export * from "./kinds.js";
export * from "./languages.js";
export * from "./lead.js";
export * from "./lean.js";
export * from "./listeners.js";
export * from "./mastercard.js";
export * from "./messages.js";
export * from "./mono.js";
export * from "./mx.js";
export * from "./openfinancebrasil.js";
export * from "./own-codes.js";
export * from "./pages.js";
export * from "./payloads.js";
export * from "./phrases.js";
export * from "./plaid.js";
export * from "./pluggy.js";
export * from "./polishapi.js";
export * from "./powens.js";
export * from "./provider-facts.js";
export * from "./quiltt.js";
export * from "./read-json.js";
export * from "./registry.js";
export * from "./request-ids.js";
export * from "./saltedge.js";
export * from "./seen.js";
export * from "./setu.js";
export * from "./shapes.js";
export * from "./shown.js";
export * from "./simplefin.js";
export * from "./sources.js";
export * from "./stitch.js";
export * from "./stripe.js";
export * from "./teller.js";
export * from "./tink.js";
export * from "./tokenio.js";
export * from "./told.js";
export * from "./truelayer.js";
export * from "./types.js";
export * from "./uaeopenfinance.js";
export * from "./ukob.js";
export * from "./wait-fields.js";
export * from "./waits.js";
export * from "./yapily.js";
export * from "./yodlee.js";
