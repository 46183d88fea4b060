// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * The facts of a code that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code lacks one.
 */
export interface CodeFacts {
  /**
   * What to do now, where the code's source says otherwise than its category (a consent's expiry in
   * reconnect_required: renew_consent).
   */
  readonly nextStep?: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
  /**
   * The connection state the code stands for, where it differs from its category's (a status of a
   * code set with states: true).
   */
  readonly state?: "connected" | "pending" | "degraded" | "needs_end_user" | "consent_ending_soon" | "consent_ended" | "revoked" | "provider_or_bank_down" | "unknown";
  /**
   * Why the code stands for its state (required with state): the source's words where
   * fact_sources.state names the source, else bankcodes' reading.
   */
  readonly stateReason?: string;
  /**
   * How long to wait before the request is sent again, as the sources in fact_sources.wait_seconds
   * state it.
   */
  readonly waitSeconds?: number;
  /**
   * How many times the request may be sent in all, the first counted, as the sources in
   * fact_sources.max_attempts state it.
   */
  readonly maxAttempts?: number;
  /**
   * The sources of next_step, state, wait_seconds and max_attempts, by field (required for a wait
   * and a number of attempts; a next step or a state without them is bankcodes' reading of the
   * code's sources, with the reason in notes).
   */
  readonly factSources?: Readonly<Record<string, readonly string[]>>;
}
/**
 * The facts of a code set that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code set lacks one.
 */
export interface CodeSetFacts {
  /**
   * true where the codes are a connection's, an item's, a link's or a consent's statuses: every
   * code then has a state, its own or its category's.
   */
  readonly states?: boolean;
  /**
   * Where the source lets a sender put a code of its own in this field, in a form it gives (a
   * bank's own namespaced code under a standard, Org.Code): that form, as a regular expression the
   * whole value matches. A value the code set does not list but that matches it is read as such a
   * code (with own_codes_category and own_codes_description), never as unknown; a listed value is
   * read as its code.
   */
  readonly ownCodes?: string;
  /**
   * The category of a code of the sender's own (own_codes): bankcodes' reading, as the form says
   * whose code it is, not what it means.
   */
  readonly ownCodesCategory?: string;
  /**
   * What a code of the sender's own (own_codes) is, in bankcodes' words, quoting the source where
   * it describes the form.
   */
  readonly ownCodesDescription?: string;
}
/**
 * The facts of a category that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a category lacks one.
 */
export interface CategoryFacts {
  /**
   * What to do now when a code of the category comes (every category has one; the rules check it):
   * bankcodes' reading.
   */
  readonly nextStep?: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
  /**
   * The connection state a code of the category stands for, where its codes are a connection's or a
   * consent's statuses: bankcodes' reading.
   */
  readonly state?: "connected" | "pending" | "degraded" | "needs_end_user" | "consent_ending_soon" | "consent_ended" | "revoked" | "provider_or_bank_down" | "unknown";
}
/**
 * The facts of a code's lifecycle that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code's lifecycle lacks one.
 */
export interface LifecycleFacts {
}
