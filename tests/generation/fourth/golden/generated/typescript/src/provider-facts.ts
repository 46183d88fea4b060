// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/*
 * How each provider and standard signals a rate limit, how long its consents last, what its
 * bodies say beyond their codes and how it says a request is sent again, as the catalog's sources
 * state them: interfaces generated from the spec's models (codegen/resolve_records.py; the models
 * in codegen/spec/decisions.py, body_rules.py and retrying.py), and their values by provider id. A
 * provider absent from a table was not read for it; a NotStated value names the sources read
 * whole that state nothing.
 */

/** A response header that tells of a rate limit, and what its value means. */
export interface RateLimitHeader {
  /** The header's name as the source spells it. */
  readonly name: string;
  /**
   * retry_after: seconds or an HTTP date to wait (RFC 9110); seconds_until_reset: seconds until the
   * quota resets; reset_epoch: the Unix time it resets; remaining: requests left; limit: the quota;
   * not_stated: the source names the header without saying what its value means.
   */
  readonly meaning: "retry_after" | "seconds_until_reset" | "reset_epoch" | "remaining" | "limit" | "not_stated";
  /** sources */
  readonly sources: readonly string[];
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/** How a provider's messages state a wait in words, and a real message that shows it. */
export interface ProsePattern {
  /**
   * A regular expression (no lookaround, no backreference) with one named group, seconds, minutes
   * or hours, that holds the wait; matched anywhere in a message.
   */
  readonly pattern: string;
  /** A message the sources publish that the pattern matches, verbatim. */
  readonly example: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * The window a source states a rate limit is counted over and resets after ("a counter of the
 * requests ... in one minute"): where a rate-limited response gives no wait (no header, no message,
 * no wait of its code), a decision waits the window out.
 */
export interface StatedWindow {
  /** The window, in seconds (at most a week, the longest wait a decision takes). */
  readonly seconds: number;
  /** The source's sentence that states it, verbatim. */
  readonly quote: string;
  /** sources */
  readonly sources: readonly string[];
  /**
   * Always bankcodes' wording: which of several stated limits this is, and why a decision waits it
   * out.
   */
  readonly notes?: string;
}

/**
 * How a provider or standard signals that a rate limit was reached, as its sources state it: the
 * HTTP statuses, the headers with their meaning, the prose of its messages, and its limits in its
 * own words.
 */
export interface RateLimits {
  /** The HTTP statuses a rate-limited request is answered with. */
  readonly statuses: readonly number[];
  /** headers */
  readonly headers: readonly RateLimitHeader[];
  /** prose */
  readonly prose: readonly ProsePattern[];
  /** The limits, in the source's words (verbatim, short). */
  readonly thresholds?: string;
  /**
   * The window the limit resets after, where a source states one: the wait of a rate-limited
   * response that gives none.
   */
  readonly window?: StatedWindow;
  /** sources */
  readonly sources: readonly string[];
  /**
   * What of the sources was read and what was not: a fact missing here was not read, never not
   * stated.
   */
  readonly readInPart?: string;
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/**
 * A code that announces a consent's end before it comes (with how long before), or tells that it
 * has ended.
 */
export interface ConsentEvent {
  /** The provider's code set that holds the code. */
  readonly codeSet: string;
  /** The code's wire value (its decimal text in an integer code set). */
  readonly code: string;
  /** How many days before the end the code comes, where stated. */
  readonly leadDays?: number;
  /**
   * The field of the body that brings the code which holds the moment the consent ends (an RFC 3339
   * date-time), where the source names one: read in place of the lead days.
   */
  readonly endsAtField?: string;
  /** The consent's sources by default. */
  readonly sources: readonly string[];
}

/**
 * How long a consent (an access grant, an item's or a connection's authorisation) lasts, how it is
 * renewed, and the codes that announce or tell its end, as the sources state them.
 */
export interface Consent {
  /** The longest validity, in days, where stated. */
  readonly maxDays?: number;
  /** The validity when the integration sets none, in days, where stated. */
  readonly defaultDays?: number;
  /** How a consent is renewed, in the source's words (verbatim, short). */
  readonly renewal?: string;
  /** announced by */
  readonly announcedBy: readonly ConsentEvent[];
  /** ended by */
  readonly endedBy: readonly ConsentEvent[];
  /** sources */
  readonly sources: readonly string[];
  /**
   * What of the sources was read and what was not: a fact missing here was not read, never not
   * stated.
   */
  readonly readInPart?: string;
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/** Sources read whole that state none of these facts. */
export interface Unstated {
  /** The sources read whole (none of them read_in_part) that state nothing of it. */
  readonly sources: readonly string[];
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/** The facts are not stated: `{"not_stated": {"sources": [...]}}`. */
export interface NotStated {
  /** not stated */
  readonly notStated: Unstated;
}

/**
 * A generic code whose message gives its meaning: where a body's deciding code is one of `code_set`
 * (of `codes`, where given) and a text of the body matches `pattern`, the code `means` (of
 * `means_code_set`) decides in its place, with the rule's sources.
 */
export interface MessageRule {
  /** The code set of the generic code. */
  readonly codeSet: string;
  /** The generic codes (wire values); none: any of the code set's. */
  readonly codes: readonly string[];
  /** A regular expression matched anywhere in a text of the body. */
  readonly pattern: string;
  /** A message the sources publish with the generic code, verbatim. */
  readonly example: string;
  /** sources */
  readonly sources: readonly string[];
  /** The code set of the code the message means. */
  readonly meansCodeSet: string;
  /** The code the message means (its wire value), whose facts then decide. */
  readonly means: string;
}

/**
 * A generic code whose message states what to do where no code of the catalog means it: where a
 * body's deciding code is one of `code_set` (of `codes`, where given) and a text of the body
 * matches `pattern`, `next_step` decides in place of the code's own, with the rule's sources.
 */
export interface MessageStep {
  /** The code set of the generic code. */
  readonly codeSet: string;
  /** The generic codes (wire values); none: any of the code set's. */
  readonly codes: readonly string[];
  /** A regular expression matched anywhere in a text of the body. */
  readonly pattern: string;
  /** A message the sources publish with the generic code, verbatim. */
  readonly example: string;
  /** sources */
  readonly sources: readonly string[];
  /** The next step the message states. */
  readonly nextStep: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "renew_access_token" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
}

/**
 * A code whose body names its causes: where a body's deciding code is one of `codes` (of
 * `code_set`) and a value at `path` is a code of that code set, the first such cause decides in its
 * place, with the rule's sources.
 */
export interface CauseRule {
  /** The code set of the code and of its causes. */
  readonly codeSet: string;
  /** The codes (wire values) whose causes decide. */
  readonly codes: readonly string[];
  /** The causes' codes' JSON path ($.causes[*].error_code). */
  readonly path: string;
  /** The source's sentence that says the causes decide. */
  readonly quote: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * A field of the provider's bodies that states when a consent (or the access or session it grants)
 * ends, read exactly in the form its source gives; null where the source says null means never; or
 * a text whose date a pattern finds.
 */
export interface EndField {
  /**
   * The field's JSON path ($.access.valid_until); [*] steps into each item of an array (the first
   * item's value is read).
   */
  readonly path: string;
  /**
   * date_time: an RFC 3339 date-time; last_day: an ISO date, the last day the consent is valid (it
   * ends as the next day begins, in UTC where the body names no time zone); epoch_milliseconds:
   * milliseconds since 1970 (a number, or its digits as a text); seconds: a lifetime counted from
   * the response's arrival (an OAuth 2.0 token response's expires_in, a whole number).
   */
  readonly form: "date_time" | "last_day" | "epoch_milliseconds" | "seconds";
  /**
   * The next step once the end has passed: renew_consent (a consent), or another where what ends is
   * no consent (a session or access token the integration gets anew: renew_access_token).
   */
  readonly then: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "renew_access_token" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
  /** The source says a null value means the consent does not end. */
  readonly nullMeansNever: boolean;
  /**
   * Keys that, all present, tell the provider's body where no provider is named (by
   * codegen.spec.evidence's rule: a key of its own, or three that no shared shape holds); none: the
   * field is read only where the provider is named.
   */
  readonly tells: readonly string[];
  /**
   * Keys that must all be present for the field to be read, the provider named or not (a data-
   * sharing consent's permissions, which a payment consent has none of): the kind of resource whose
   * end the field states.
   */
  readonly requires: readonly string[];
  /**
   * A key whose value must be one of when_values for the field to be read (a status under which the
   * field states the end: the moment a REJECTED resource was last updated).
   */
  readonly whenField?: string;
  /** With when_field: the values under which the field is read. */
  readonly whenValues: readonly string[];
  /**
   * Where the field is a text that states the end: a regular expression with a named group date (an
   * RFC 3339 full-date), and where the text states them, time (hours, minutes, seconds and a
   * fraction) and offset (Z or +hh:mm): read as the day's start where no time is stated, in UTC
   * where no offset is.
   */
  readonly pattern?: string;
  /** A text the sources publish that the pattern matches, verbatim. */
  readonly example?: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * A field of the provider's bodies that states when a wait ends which the deciding code stands for
 * and which is no consent's end (a beneficiary's cool-off, after which a payment source can pay):
 * where the body's deciding code is one of `codes` (of `code_set`), the decision waits until that
 * moment, read exactly in the form its source gives.
 */
export interface WaitField {
  /**
   * The field's JSON path ($.beneficiary_cool_off_expiry); [*] steps into each item of an array
   * (the first item's value is read).
   */
  readonly path: string;
  /** date_time: an RFC 3339 date-time. */
  readonly form: "date_time";
  /** The code set of the codes whose wait the field states. */
  readonly codeSet: string;
  /** The codes (wire values) whose wait the field states. */
  readonly codes: readonly string[];
  /** The source's sentence that says what the field is. */
  readonly quote: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * The most (or the least) a request may ask for, where a validation error's message states it (of
 * days, of seconds, a version), or where a source states it for a code whatever the message: the
 * decision carries it.
 */
export interface StatedLimit {
  /**
   * A regular expression with one named group, most or least, the digits; none where the source
   * states the limit for codes (code_set, codes, most).
   */
  readonly pattern?: string;
  /** The code set of the codes the source states the limit for. */
  readonly codeSet?: string;
  /** The codes (wire values) the source states the limit for. */
  readonly codes: readonly string[];
  /** The most the source states for the codes. */
  readonly most?: number;
  /** unit */
  readonly unit: "days" | "seconds" | "transactions" | "records" | "version";
  /**
   * A message the sources publish, verbatim; for codes, the source's sentence that states the
   * limit.
   */
  readonly example: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * A field of the provider's bodies that states the most a request may ask for (of days, of
 * seconds): the decision carries it.
 */
export interface LimitField {
  /** The field's JSON path ($.maximum_consent_validity), a positive integer. */
  readonly path: string;
  /** unit */
  readonly unit: "days" | "seconds";
  /**
   * Keys that, all present, tell the provider's body where no provider is named (as an end field's
   * do); none: the field is read only where the provider is named.
   */
  readonly tells: readonly string[];
  /** sources */
  readonly sources: readonly string[];
}

/**
 * A response header that tells the provider's responses where no provider is named (read where
 * nothing in the body tells whose it is): by its value, which names the provider's API, or by its
 * name alone, which only the provider's responses carry.
 */
export interface HeaderTell {
  /** The header's name, in lower case. */
  readonly name: string;
  /**
   * Its value, exactly as the recorded responses carry it: one naming the provider's API, which no
   * other service's responses carry; none: the name tells, whatever the value (a header of the
   * provider's own, which its sources name and no other provider's declare).
   */
  readonly value?: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * A response header of the provider's own whose value is a code of one of its code sets (a flag
 * that says whose failure a 5xx is): where the response is the provider's (named, or told by its
 * headers) and nothing in its body decides, the header's value, read as a code of `code_set`,
 * decides, said as such (path and field "(header NAME)").
 */
export interface HeaderCode {
  /** The header's name, in lower case. */
  readonly name: string;
  /** The provider's code set of the header's values. */
  readonly codeSet: string;
  /** sources */
  readonly sources: readonly string[];
}

/**
 * What a provider's bodies say beyond their codes: the generic codes whose messages give their
 * meaning or state the next step, the codes whose causes decide, the fields that state when a
 * consent ends and the most (or least) a request may ask for, as a message or a code's sources
 * state it.
 */
export interface BodyRules {
  /** messages */
  readonly messages: readonly MessageRule[];
  /** message steps */
  readonly messageSteps: readonly MessageStep[];
  /** causes */
  readonly causes: readonly CauseRule[];
  /** ends */
  readonly ends: readonly EndField[];
  /** waits */
  readonly waits: readonly WaitField[];
  /** limits */
  readonly limits: readonly StatedLimit[];
  /** limit fields */
  readonly limitFields: readonly LimitField[];
  /** headers */
  readonly headers: readonly HeaderTell[];
  /** header codes */
  readonly headerCodes: readonly HeaderCode[];
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/**
 * One rule for sending a failed request again: what is retried, how long to wait first and at most,
 * how the wait grows, and how many attempts in all, as the source states them.
 */
export interface RetryRule {
  /**
   * Whose rule: the provider's (or standard's) documentation, or a client library the provider
   * publishes (its code, which the library's users get).
   */
  readonly by: "documentation" | "client_library";
  /** The client library, by the name it is published under, for a library's rule. */
  readonly library?: string;
  /** The HTTP statuses the rule retries, where the source names them. */
  readonly statuses: readonly number[];
  /** The wait before the first retry, in milliseconds, where stated. */
  readonly firstDelayMs?: number;
  /** The longest wait between two attempts, in milliseconds, where stated. */
  readonly maxDelayMs?: number;
  /** How the wait grows: exponential (doubled at each attempt) or fixed, where stated. */
  readonly backoff?: "exponential" | "fixed";
  /**
   * The attempts in all, the first sending counted (a source's 'retry up to 5 times' is 6), where
   * stated.
   */
  readonly maxAttempts?: number;
  /**
   * A response header whose value, true or false, the rule obeys over the status (send the request
   * again, or never), where the source's rule reads one.
   */
  readonly header?: string;
  /** The source's words (or the library's code), verbatim. */
  readonly quote: string;
  /** sources */
  readonly sources: readonly string[];
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/** How a provider or standard says a failed request is sent again, rule by rule. */
export interface Retrying {
  /** rules */
  readonly rules: readonly RetryRule[];
  /** sources */
  readonly sources: readonly string[];
  /**
   * What of the sources was read and what was not: a fact missing here was not read, never not
   * stated.
   */
  readonly readInPart?: string;
  /** Always bankcodes' wording. */
  readonly notes?: string;
}

/** How each provider signals a rate limit, by provider id. */
export const rateLimits: { readonly [provider: string]: RateLimits | NotStated } = {
};

/** How long each provider's consents last, by provider id. */
export const consents: { readonly [provider: string]: Consent | NotStated } = {
};

/** What each provider's bodies say beyond their codes, by provider id. */
export const bodyRules: { readonly [provider: string]: BodyRules } = {
};

/** How each provider says a failed request is sent again, by provider id. */
export const retries: { readonly [provider: string]: Retrying | NotStated } = {
};
