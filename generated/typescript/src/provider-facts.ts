// generated from spec/catalog.json — do not edit (run `make generate`)
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
  lean: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["lean-postman-ksa", "lean-data-errors-ksa"],
    readInPart: "The data errors page was read to inside its DUPLICATED_REQUEST row; no page of limits or rate-limit headers was found.",
    notes: "A duplicate data refresh is answered with HTTP 429 and DUPLICATED_REQUEST (\"Data refresh is already pending.\"); RATE_LIMIT_EXCEEDED is an API error status.",
  },
  flinks: {
    statuses: [401],
    headers: [],
    prose: [],
    sources: ["flinks-authorize-error-codes"],
    notes: "TOO_MANY_REQUESTS (\"The endpoint has received too many requests in a given amount of time.\") comes with HTTP 401, not 429. No limit, header or wait was found.",
  },
  plaid: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "Default rate limit thresholds for some of the most commonly rate-limited endpoints are shown below. Note that these tables are not an exhaustive listing of all Plaid rate limits or rate-limited endpoints, that some customers may experience different rate limit thresholds from those shown, and that rate limits are subject to change at any time.",
    sources: ["plaid-errors-rate-limit-exceeded", "plaid-rate-limit-table", "plaid-openapi"],
    readInPart: "The capture of the rate limit table was read into its Production table, to /network/status/get; the rest of it and the Sandbox table were not read.",
    notes: "A rate-limited request comes with error_type RATE_LIMIT_EXCEEDED and a per-endpoint error_code. The Production table gives, among others, /accounts/balance/get 5 per minute per Item and 1,200 per client, /accounts/get 15 and 15,000, /auth/get 15 and 12,000, /item/get 15 and 5,000, /institutions/get 50 per client: rates per minute, with no window the page says a limit resets after, so no wait is taken from them. The OpenAPI file (read whole) names no rate-limit header. \"In general, Plaid default rate limits are set such that using the API as designed should typically not cause a rate limit to be encountered.\"",
  },
  mx: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "This error is triggered when exceeding the maximum number of concurrent connections, or the rate limit for requests per second (rps) is surpassed.",
    sources: ["mx-docs-errors", "mx-docs-errors-v20111101", "mx-openapi"],
    readInPart: "Both Errors pages were read from their start to their 429 row, cut in it; the OpenAPI files were read whole.",
    notes: "The Errors page lists 429, which the Platform API OpenAPI files (read whole) do not declare: the sources differ, and the Errors page is MX's statement of the 429. Its v20111101 revision names the limit: \"This error is triggered when an IP address exceeds the maximum of 2000 concurrent connections, or the rate limit for requests per second on specific products and services\". No rate-limit header and no length of the window were read.",
  },
  mastercard: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["mastercard-openapi-us", "mastercard-europe-advanced-topics"],
    notes: "429 is declared on some endpoints with a description only; a body with code 3300001 (\"Too many request. Please try after some time\") is published under a 400. No rate-limit header is declared (the US OpenAPI file was read whole). Open Finance Europe: \"All API are subject to rate limiting. Mastercard does not publish its rate limiting methodology, as rate limits may be temporarily adjusted to protect internal and provider infrastructure.\" It answers 429 and names no header.",
  },
  gocardless: {
    statuses: [429],
    headers: [
      {
        name: "HTTP_X_RATELIMIT_LIMIT",
        meaning: "limit",
        sources: ["gc-help-bank-rate-limit-headers"],
      },
      {
        name: "HTTP_X_RATELIMIT_REMAINING",
        meaning: "remaining",
        sources: ["gc-help-bank-rate-limit-headers"],
      },
      {
        name: "HTTP_X_RATELIMIT_RESET",
        meaning: "not_stated",
        sources: ["gc-help-bank-rate-limit-headers"],
        notes: "The copy read is cut inside its definition (\"provides the time remaining in the c\"): its unit was not read.",
      },
    ],
    prose: [
      {
        pattern: "try again in (?\u003cseconds\u003e[0-9]+) seconds",
        example: "The rate limit for this resource is 4/day. Please try again in 85092 seconds",
        sources: ["gocardless-help-api-rate-limits", "oca-pr-809"],
      },
    ],
    thresholds: "To ensure a standardised approach, we designed our rate limit to enable you to submit four requests per day per account for each access scope - account details, balances, transaction history.",
    sources: ["gocardless-help-api-rate-limits", "gc-help-bank-rate-limit-headers"],
    readInPart: "The API rate limits article was read whole; the rate limit headers article was read to the definition of HTTP_X_RATELIMIT_RESET, which is cut: the ACCOUNT_SUCCESS headers it lists after were not read. The example message is quoted by a third party (OCA pull request 809); the article gives its template: \"The rate limit for this resource is \u003ctimes\u003e/\u003ctime_period\u003e. Please try again in \u003ctime_left\u003e seconds\".",
    notes: "GoCardless's own API limits (per company, per minute) and the banks' limits (four a day per account and access scope) are separate: the bank's answer is an account error of type RateLimitError.",
  },
  stripe: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "The basic rate limiter restricts the number of API requests per second as follows: - Live mode: 100 read operations and 100 write operations - Test mode: 25 read operations and 25 write operations",
    sources: [
      "stripe-rate-limits",
      "stripe-node-error",
      "stripe-node-changelog",
      "stripe-docs-api-errors",
      "stripe-changelog-2015-09-08-rate-limits",
    ],
    readInPart: "The rate limits page was read to its meter events limit; its sections on handling limiting gracefully and on headers were not read. The 2015-09-08 changelog entry was read in its first sentences.",
    notes: "Stripe's Node client reads code rate_limit as a rate limit; the changelog of API version 2015-09-08: \"Updates API rate limit errors to return a 429 HTTP status code instead of 400. They also no longer return a `rate_limit` error code.\": from that version the 429, not the code, tells it. Stripe's Node client honours Stripe-Should-Retry (never retries when it is false) and removed its Retry-After support as unused (22.3.1). The API errors page's 429 row: \"Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.\" The thresholds quote the page's older revision; its newer revision (docs.stripe.com/rate-limits, read to a similar depth) says 100 operations a second in live mode, 25 in a sandbox, and 25 requests a second by default for an endpoint: the revisions differ.",
  },
  belvo: {
    statuses: [],
    headers: [],
    prose: [],
    sources: ["belvo-api-errors-page"],
    readInPart: "The Response Codes table was read whole; the per-code table after it was not read in this reading.",
    notes: "The Response Codes table lists no 429; the only published wording of a request limit is under permission_denied (403): \"you have exceeded your request limit\". No limit or header was found.",
  },
  truelayer: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["truelayer-data-v3-errors", "truelayer-common-headers"],
    notes: "The common headers page (its response headers read whole) names no Retry-After or X-RateLimit header. Data API v3: 429 \"Rate Limit Exceeded\": \"Include the Tl-User-IP header, or try again later.\" No limit was found in what was read.",
  },
  ukob: {
    statuses: [429],
    headers: [
      {
        name: "Retry-After",
        meaning: "retry_after",
        sources: ["ukob-v4-api-profile", "ukob-v4-account-info-openapi"],
        notes: "\"Header indicating the time (in seconds) that the TPP should wait before retrying an operation.\" The ASPSP should include it.",
      },
    ],
    prose: [],
    thresholds: "This is a non functional requirement and is down to individual ASPSPs to decide throttling limits.",
    sources: ["ukob-v4-api-profile", "ukob-v3-1-11-api-profile", "ukob-v4-account-info-openapi"],
    readInPart: "The profiles were read in their headers, status codes, 429, idempotency, errors and consent sections; the OpenAPI in its 429 response and consent status (grepped whole for Retry).",
    notes: "\"ASPSPs **must** document their fair usage policies in their developer portals.\" A 429 of the OpenAPI files carries Retry-After and no body. The profile names two causes: a TPP “polling a GET endpoint or an Idempotent POST endpoint in excess of the ASPSP's fair usage policy to provide pseudo \"real-time\" Status updates”, and one that uses “the Single Immediate Payment endpoint as if it were a batch payment facility and sends a large number of payment requests in a very short space of time”.",
  },
  berlingroup: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "If not otherwise agreed bilaterally between TPP and ASPSP, the frequency is less equal to 4.",
    sources: ["berlingroup-ig-1-3-8", "berlingroup-psd2-api-1-3-11"],
    readInPart: "The 1.3.11 OpenAPI file was read in its consent status, frequency, 401 and 429 parts.",
    notes: "\"The TPP has exceeded the number of requests allowed by the consent or by the RTS.\" A 429 carries ACCESS_EXCEEDED (AIS) or no body (PIS). The frequency counts accesses without the PSU per day. The 1.3.11 file (searched whole) declares its 429 without a Retry-After header; where the consent's frequency per day is reached, the next access is the next day's.",
  },
  cdr: {
    statuses: [429],
    headers: [
      {
        name: "Retry-After",
        meaning: "retry_after",
        sources: ["cdr-headers", "cdr-codes"],
        notes: "\"Header indicating the time (in seconds) that the client should wait before retrying an operation.\" The data holder should include it.",
      },
    ],
    prose: [],
    thresholds: "Calls in excess of the following traffic thresholds will be able to be freely throttled or rejected by a data holder without impact to their performance or availability requirements.",
    sources: ["cdr-headers", "cdr-codes", "cdr-errors", "cdr-nfr-traffic"],
    notes: "No error code of the standard stands for a rate limit (its error list was read whole). Customer present: 10 TPS per customer, 50 TPS per software product; unattended: 20 sessions a day per customer and product, 100 calls per session, 5 TPS per session; high traffic periods (6am to midnight) best effort only.",
  },
  openfinancebrasil: {
    statuses: [429, 529],
    headers: [
      {
        name: "Retry-After",
        meaning: "retry_after",
        sources: ["br-payments-200", "br-enrollments-120"],
        notes: "Required with a 429 in Payments 1.x to 3.1.0 and Enrollments up to 1.2.0 only; the later files (consents 3.3.1, payments 4.0.0) declare none.",
      },
    ],
    prose: [],
    sources: ["br-consents-331", "br-payments-200", "br-enrollments-120"],
    readInPart: "Payments 2.0.0 and Enrollments 1.2.0 were read in their 429 response and Retry-After header.",
    notes: "429: too many requests in a period or the global limit of concurrent requests; 529: the global TPS limit was reached. The traffic limits are published on the standard's Confluence, not read whole.",
  },
  yapily: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["yapily-openapi"],
    notes: "Only six beneficiary operations declare a 429 (\"Too many requests\"), with the generic 400 example; no rate-limit header is declared. No page of limits was found.",
  },
  pluggy: {
    statuses: [429],
    headers: [
      { name: "RateLimit-Limit", meaning: "limit", sources: ["pluggy-docs-rate-limits"] },
      {
        name: "RateLimit-Reset",
        meaning: "seconds_until_reset",
        sources: ["pluggy-docs-rate-limits"],
      },
      {
        name: "Retry-After",
        meaning: "retry_after",
        sources: ["pluggy-docs-rate-limits"],
        notes: "Pluggy's page says it \"Always returns 60\"; RateLimit-Reset gives the seconds left.",
      },
    ],
    prose: [],
    thresholds: "POST /auth 360 | GET /transactions or GET /transactions/{id} 360 | GET /investments or GET /investments/{id} 360 | GET /investments/{id}/transactions 360 | PATCH /items 20.",
    window: {
      seconds: 60,
      quote: "Any subsequent requests will fail with the same error until the rate limiter counter resets, after one minute passes.",
      sources: ["pluggy-docs-rate-limits"],
      notes: "Every limit of the table is counted per minute per IP; Retry-After \"Always returns 60\".",
    },
    sources: ["pluggy-docs-rate-limits", "pluggy-docs-rate-limits-of"],
    readInPart: "The rate limits page was read from its start to the response headers' example; the Open Finance limits page to its account balance row.",
    notes: "Brazil's Open Finance also limits each product per month, for each CPF or CNPJ and institution (account list and details: 4 a month, at Item creation and every 7 days): \"some products won't be updating/returning their data until the limit is renewed on the next month.\" No response of the API is named for it.",
  },
  fintoc: {
    statuses: [429],
    headers: [],
    prose: [
      {
        pattern: "wait at least (?\u003cminutes\u003e[0-9]+) minutes",
        example: "This Link was recently refreshed.You have to wait at least 5 minutes between refresh intents",
        sources: ["fintoc-refresh-intents-errors"],
      },
    ],
    thresholds: "Organization rate limit: 100 requests per second per organization, across the Fintoc API. Widget connection rate limit: 100 requests per 130 seconds per organization, across Widget connections.",
    sources: [
      "fintoc-docs-rate-limits",
      "fintoc-refresh-intents-errors",
      "fintoc-ruby-errors",
      "fintoc-guides-rate-limits",
      "fintoc-docs-rate-limits-2023",
    ],
    readInPart: "The rate limits pages (docs/home and guides/home, and an earlier revision of the docs page) were read from their start through their advice on handling rate limiting; the rest was not read.",
    notes: "A 429 comes with code rate_limit_exceeded. The revisions disagree. The docs/home and guides/home pages state 100 requests per second per organization; an earlier revision states \"Requests per IP: 100 requests per 10 seconds.\" All three state the widget connection limit of 100 requests per 130 seconds. On the backoff, docs/home lists the delays as \"1s, 2s, 4s, and 8s\", guides/home as \"1, 2, 4, 8, and 16 seconds\"; both say retry up to 5 times with up to 1 second of jitter (retries). To request a higher limit, contact support a month ahead.",
  },
  basiq: {
    statuses: [429, 403],
    headers: [],
    prose: [
      {
        pattern: "[Ww]ait (?\u003cminutes\u003e[0-9]+) minutes",
        example: "Please wait 5 minutes and try again. If problem persists please contact Customer Success",
        sources: ["basiq-docs-http-errors"],
      },
      {
        pattern: "[Tt]ry again in (?\u003cminutes\u003e[0-9]+) minutes",
        example: "Try again in 5 minutes.",
        sources: ["basiq-docs-http-errors"],
      },
    ],
    thresholds: "1,500 requests per 5 minute period. Auth tokens should be reused as much as possible and not recreated for each request.",
    sources: [
      "basiq-rate-limiting",
      "basiq-docs-http-errors",
      "basiq-core-openapi",
      "basiq-webhooks-openapi",
    ],
    notes: "Too many token requests from one address are answered with 403 (\"Invalid request\"), other limits with 429 and code too-many-requests. No response header is defined for a 429 in Basiq's OpenAPI files. The two prose waits are those of 503 answers. The rate-limiting page also publishes per-product limits: Enrich \"Sandbox users can run 100 requests per month.\"; affordability, income and expenses summaries \"The lesser of the number of users created per day or 1,000 total per day\"; reports the same. No window of the auth-token limit is a wait: it answers 403 or 429 for the token endpoint only.",
  },
  setu: {
    notStated: {
      sources: ["setu-aa-dir-grep", "setu-aa-openapi"],
      notes: "Setu's Account Aggregator docs and OpenAPI describe no HTTP rate limit; a consent's own fetch frequency (at most one fetch an hour) is reported as InvalidConsentUse.",
    },
  },
  mono: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["mono-docs-errors"],
    readInPart: "The errors page gives the API error codes table whole and is cut in its error handling section.",
    notes: "\"Too many requests hit the API too quickly. We recommend an exponential backoff of your request.\" No limit or header was found.",
  },
  iso20022: {
    notStated: {
      sources: ["iso-4q2023-json"],
      notes: "ISO 20022's external code sets are lists of codes: they state no API behaviour, so none of these facts.",
    },
  },
  uaeopenfinance: {
    statuses: [429],
    headers: [
      {
        name: "Retry-After",
        meaning: "retry_after",
        sources: ["uaeopenfinance-account-information", "uaeopenfinance-authorization"],
        notes: "\"Number in seconds to wait\"; declared required on /par (and on Confirmation of Payee), not on the resource APIs.",
      },
    ],
    prose: [
      {
        pattern: "[Rr]etry in (?\u003cseconds\u003e[0-9]+) seconds",
        example: "An Internal Server error has occurred. Please retry in 60 seconds.",
        sources: ["uaeopenfinance-payment"],
      },
    ],
    sources: [
      "uaeopenfinance-account-information",
      "uaeopenfinance-authorization",
      "uae-cs-consent-req",
      "uaeopenfinance-payment",
    ],
    notes: "\"Polling should be performed at a reasonable interval. Excessive polling rates are subject to rate limiting by LFIs.\" No error code of the standard stands for a rate limit, and the files read name no limits.",
  },
  polishapi: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["polishapi-2-1-2"],
    notes: "The 2_1_2 file's 429: \"Request limit for the requested service exceeded\". Its documentation (a PDF) was not read. A consent's scope_details carries throttlingPolicy, whose only value is psd2Regulatory; the file names no header, limit or window.",
  },
  enablebanking: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
    notes: "Every operation of the spec lists a 429 \"Too Many Requests\" response with the ErrorResponse body, and ASPSP_RATE_LIMIT_EXCEEDED (\"ASPSP Rate limit exceeded\") is the bank's limit; the spec (read whole, in two third-party copies) names no rate-limit header, no number of requests and no wait.",
  },
  akahu: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "Currently the rate limit for initiating payments and transfers is 200 requests/user/minute.",
    sources: ["akahu-docs-rate-limits"],
    notes: "Akahu enforces global limits and endpoint-specific ones; only POST /v1/payments and POST /v1/transfers have a published limit (one quota per user, shared by both), and Akahu may change its limits without notice. The page (read whole) names no rate-limit header; its advice is a short delay growing exponentially (retries), not a wait of the window.",
  },
  quiltt: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "Rate Limits: 10/hour, 20/day per Profile",
    sources: ["quiltt-docs-issuing-session-tokens", "quiltt-docs-managing-session-tokens"],
    readInPart: "The Issuing Session Tokens page was read without its code examples.",
    notes: "The limits of issuing Session tokens, answered with 429; revoking a token frees its quota at once, and \"Server-to-server? Use Basic Auth instead—no rate limits.\" No rate-limit header was read, and no window is a wait: the limits are counted by the hour and by the day.",
  },
  tink: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["tink-core-ios-httpstatus", "tink-core-ios-serviceerror"],
    readInPart: "Tink Core iOS's map of HTTP statuses was read whole; Tink's pages on rate limits were not read, so no limit, header or wait is known.",
    notes: "The legacy API answers 429 (\"Request rate limit is exceeded\"); Tink Link reports a rate-limited refresh as BAD_REQUEST with the reason INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED.",
  },
  bridge: {
    statuses: [429],
    headers: [],
    prose: [],
    thresholds: "2000 requests per Application within a 5-minute period; 60 requests per User within a 60-second period; 10 /authenticate requests per User",
    window: {
      seconds: 300,
      quote: "2000 requests per Application per period of 5 minutes",
      sources: ["bridge-docs-rate-limiting-v2018", "bridge-docs-basics"],
      notes: "The longest of the stated windows (the per-User limits are counted over 60 seconds): a 429 does not say which limit was reached, and after 5 minutes every stated counter has reset. bankcodes' reading of which window to wait out.",
    },
    sources: ["bridge-docs-basics", "bridge-docs-rate-limiting-v2018"],
    readInPart: "The API basics page was read to the third limit; the rest (raising the limit, any header) was not read.",
    notes: "429 is Too Many Requests in the page's list of HTTP statuses (\"See Rate limits.\"). No wait and no header were read. The 2018 revision (read whole) states the same two limits, that the Application's \"can be lifted for large Applications\" on request, and \"Other undisclosed limits apply to endpoints that do not require authentication\".",
  },
  tokenio: {
    statuses: [429],
    headers: [],
    prose: [],
    sources: ["tokenio-support-error-codes", "tokenio-dev-error-codes"],
    readInPart: "The support article's HTTP errors table was read whole; it names no header and no limit. The rest of the article was not read.",
    notes: "Token.io answers a rate-limited request with 429, \"Too many requests: Resource exhausted.\", the HTTP form of gRPC's RESOURCE_EXHAUSTED (8).",
  },
};

/** How long each provider's consents last, by provider id. */
export const consents: { readonly [provider: string]: Consent | NotStated } = {
  lean: {
    renewal: "You can also proactively update a consent (including its expiry date, transaction date range and permissions) by asking your customer to go through the connect() flow at any time.",
    announcedBy: [],
    endedBy: [
      { codeSet: "data_api_status", code: "CONSENT_EXPIRED", sources: [] },
      { codeSet: "consent_status", code: "EXPIRED", sources: [] },
    ],
    sources: ["lean-handle-expired-consent", "lean-postman-ksa"],
    notes: "A consent carries expiration_date_time; the saved examples show a one-year and a one-day consent. No event announcing the end before it comes was found (the consent lifecycle page's webhook section was not read).",
  },
  flinks: {
    announcedBy: [],
    endedBy: [],
    sources: ["flinks-retrieve-account-data"],
    readInPart: "The page was read to \"Wait 10 seconds, then call\".",
    notes: "\"The loginId does not expire and is required for future data retrieval. The RequestId is session-scoped and expires.\"",
  },
  plaid: {
    renewal: "Update mode can also be used pre-emptively to renew authorization for an Item.",
    announcedBy: [
      {
        codeSet: "item_webhook_code",
        code: "PENDING_EXPIRATION",
        leadDays: 7,
        endsAtField: "consent_expiration_time",
        sources: [],
      },
      {
        codeSet: "item_webhook_code",
        code: "PENDING_DISCONNECT",
        leadDays: 7,
        endsAtField: "disconnect_time",
        sources: [],
      },
    ],
    endedBy: [
      { codeSet: "error_code", code: "ITEM_LOGIN_REQUIRED", sources: [] },
      { codeSet: "item_webhook_code", code: "USER_PERMISSION_REVOKED", sources: [] },
    ],
    sources: ["plaid-openapi", "plaid-update-mode"],
    readInPart: "The update mode page was read in its first two paragraphs only.",
    notes: "consent_expiration_time is null unless an expiry is scheduled (institutions in Europe and a few in the US); after it, the Item's error is ITEM_LOGIN_REQUIRED, whose error_code_reason (OAUTH_CONSENT_EXPIRED, OAUTH_USER_REVOKED, OAUTH_INVALID_TOKEN) tells an expiry from a revocation.",
  },
  yodlee: {
    renewal: "Instruct the user to provide the consent through the edit account flow.",
    announcedBy: [],
    endedBy: [
      { codeSet: "additional_status", code: "CONSENT_EXPIRED", sources: [] },
      { codeSet: "additional_status", code: "CONSENT_REVOKED", sources: [] },
    ],
    sources: ["yodlee-java-additional-status"],
    readInPart: "The Java SDK's dataset statuses were read; no page stating a consent's lifetime was read.",
    notes: "An Open Banking consent's end is told by a dataset's additionalStatus: CONSENT_EXPIRED (\"The consent provided by the user to access the account information through Open Banking has expired.\") or CONSENT_REVOKED. No lifetime of a consent was read.",
  },
  mastercard: {
    announcedBy: [],
    endedBy: [],
    sources: [
      "mastercard-ofd-consent-management",
      "mastercard-openapi-us",
      "mastercard-us-obwms-webhooks-events",
    ],
    readInPart: "The consent management page was read to \"Partners are notified through webhooks when: Data is refreshed. A consen\" (cut). The OBWMS webhook events page was read to the description of authorization.expiration.reminder, cut before its lead time.",
    notes: "\"Ongoing consent is valid for a specified duration, for example 12 months.\" A one-off consent ends within about 24 hours; the consent (ACTIVE, INACTIVE) and arrangement (ACTIVE, REVOKED, EXPIRED) statuses are not in the catalog's code sets. In the US, \"The `authorization.expiration.reminder` webhook message enables you to receive notifications when a customer's data sharing authorization is approaching expiration.\" (OBWMS, subscribed through Mastercard support): its lead time was not read, and the event is not a code of the catalog's sets.",
  },
  gocardless: {
    maxDays: 180,
    defaultDays: 90,
    renewal: "Create a new requisition and redirect the user to the link in its response. From a user point of view, the flow will look exactly the same as the first time.",
    announcedBy: [],
    endedBy: [
      { codeSet: "requisition_status", code: "EX", sources: [] },
      { codeSet: "account_status", code: "EXPIRED", sources: [] },
      { codeSet: "account_error_type", code: "AccessExpiredError", sources: [] },
    ],
    sources: [
      "gc-help-180-days",
      "nordigen-help-regain-access",
      "nordigen-php",
      "gocardless-openapi-third-party",
    ],
    readInPart: "The 180-days article was read to \"allowing for a longer duration of cont\" (cut); the rest of it, and any page announcing an end before it comes, were not read. access_valid_for_days (at most 180) is read from a third party's copy of the OpenAPI; the default of 90 days is that of GoCardless's PHP client.",
    notes: "No event announcing a consent's end before it comes was found in what was read; in the UK a consent must be reconfirmed every 90 days. An agreement of 90 days or less cannot be reconfirmed: \"Reconfirmation is not allowed when access_valid_for_days \u003c= 90 days.\" (the OpenAPI document's example ReconfirmationIsNotAllowed).",
  },
  stripe: {
    renewal: "We notify you when a Financial Connections Account becomes inactive with the `financial_connections.account.deactivated` webhook.",
    announcedBy: [
      {
        codeSet: "webhook_type",
        code: "financial_connections.account.upcoming_deactivation",
        leadDays: 30,
        sources: ["stripe-changelog-fc-upcoming-deactivations"],
      },
      {
        codeSet: "webhook_type",
        code: "financial_connections.authorization.upcoming_deactivation",
        sources: ["stripe-changelog-fc-deactivation-events"],
      },
    ],
    endedBy: [
      { codeSet: "webhook_type", code: "financial_connections.account.deactivated", sources: [] },
      { codeSet: "account_status", code: "inactive", sources: [] },
    ],
    sources: [
      "stripe-changelog-fc-upcoming-deactivations",
      "stripe-docs-fc-relink-data-products",
      "stripe-changelog-fc-deactivation-events",
    ],
    readInPart: "The relink page was read to the start of its status details; the changelog entry was read in its first three bullets (the authorization's lead time was not read).",
    notes: "An inactive account is relinked through a Financial Connections Session with relink options; some banks force re-authentication (\"The customer’s authentication expires after 1 year.\").",
  },
  belvo: {
    renewal: "Once you receive this event, you can prompt your user to renew their consent using the My Belvo Portal.",
    announcedBy: [],
    endedBy: [],
    sources: ["belvo-webhook-consents", "belvo-ofda-widget-token"],
    readInPart: "The consents webhook page was read in excerpts (its openfinance_consent_expired example is cut); the widget token page in its consent durations.",
    notes: "Brazil's Open Finance consents last 3, 6, 9 or 12 months as the widget offers them; openfinance_consent_about_to_expire (opt-in) comes when the consent expires within seven days of the recurrent link's refresh, and openfinance_consent_expired after it. Neither event code is in the catalog's Belvo code sets yet.",
  },
  truelayer: {
    maxDays: 90,
    renewal: "Extending a connection is only supported for UK users. For users in the EU, you need to use a refresh_token or reauthenticate with a new access_token for ongoing access.",
    announcedBy: [],
    endedBy: [{ codeSet: "data_api_error", code: "invalid_grant", sources: [] }],
    sources: [
      "truelayer-error-codes-data",
      "truelayer-extend-a-connection",
      "truelayer-connections",
    ],
    readInPart: "The error codes page was read to its provider_too_many_requests row; the connections and extend pages from their start, cut before their ends.",
    notes: "invalid_grant: \"This most often occurs when a user's 90 days of consent to access their account has expired.\" No field or event announcing the end before it comes was found in what was read.",
  },
  ukob: {
    renewal: "A TPP **may** request a PSU to re-authenticate a consent at *any point of time* for a long-lived consent",
    announcedBy: [],
    endedBy: [
      { codeSet: "error_code", code: "UK.OBIE.Reauthenticate", sources: [] },
      {
        codeSet: "event_type",
        code: "urn:uk:org:openbanking:events:consent-authorization-revoked",
        sources: ["ukob-v4-vrp-profile", "ukob-v4-events"],
      },
    ],
    sources: [
      "ukob-v4-api-profile",
      "ukob-v4-account-access-consents",
      "ukob-v3111-ais-profile",
      "ukob-v3110-readme",
      "ukob-v4-ais-profile",
      "ukob-ceg-change-log-v4",
    ],
    readInPart: "The profiles and the account access consents page were read in part (statuses, ExpirationDateTime, token errors). The Account and Transaction API Profile was read in its consent sections; the CEG change log v4.0 into its re-authentication change.",
    notes: "ExpirationDateTime is optional: \"If this is not populated, the permissions will be open ended.\" Up to v3.1.9 the PSU re-authenticated every 90 days; from v3.1.10 only where SCA is applied. In v4.0 an expired consent's status becomes EXPD with reason TKXP; in v3.1.11 an expired token gets a 401 without a body. Re-authentication keeps the consent: \"Where there is no change in the consent parameters required, TPPs should perform a re-authentication / refresh upon the original consent using the same intent-id as before, instead of issuing a new, duplicate consent.\" A consent the PSU revoked at the ASPSP's dashboard becomes CANC, and the AISP may ask the PSU to re-authenticate the same resource; the CEG v4.0 then marks it Authorised again. An expired consent's id is kept a day at least: \"ASPSPs **must** only delete expired intent-ids 24 hours after creation\".",
  },
  berlingroup: {
    maxDays: 90,
    renewal: "The consent was created by this TPP but has expired and needs to be renewed.",
    announcedBy: [],
    endedBy: [
      {
        codeSet: "message_code",
        code: "CONSENT_EXPIRED",
        sources: ["berlingroup-ig-1-3-8", "bg-or-13"],
      },
      {
        codeSet: "consent_status",
        code: "expired",
        sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      },
      {
        codeSet: "consent_status",
        code: "revokedByPsu",
        sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      },
      {
        codeSet: "consent_status",
        code: "terminatedByTpp",
        sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      },
    ],
    sources: ["berlingroup-ig-1-3-8", "bg-or-13", "berlingroup-psd2-api-1-3-11"],
    readInPart: "The Operational Rules V1.3 were searched and read in section 7.4.1. The Implementation Guidelines 1.3.8 were read in section 6 (consent) for the consent statuses after authorisation.",
    notes: "\"The end date of the validity of the consent. This is restricted by [RTS] to maximal 90 days.\" (Operational Rules V1.3, 2018); the amended RTS's 180 days is in none of the Berlin Group files read. A requested validUntil of \"9999-12-31\" asks for the maximum.",
  },
  cdr: {
    maxDays: 365,
    renewal: "Data Holders **MUST** revoke existing refresh tokens and access tokens when a _cdr_arrangement_id_ is provided in the Request Object but only after successful authorisation.",
    announcedBy: [],
    endedBy: [
      {
        codeSet: "error_code",
        code: "urn:au-cds:error:cds-all:Authorisation/RevokedConsent",
        sources: [],
      },
    ],
    sources: ["cdr-request-object", "cdr-errors", "cdr-revocation", "cdr-tokens"],
    readInPart: "The request object section was read in lines 40 to 105.",
    notes: "\"If the _sharing_duration_ value exceeds one year then a duration of one year will be assumed.\" The data holder calls the recipient's revocation endpoint on a withdrawal, not on a natural expiry: the recipient tracks the expiry itself. A sharing_duration of 24 hours or less is a one-time collection; zero or none a once-off access with no refresh token; a negative one should fail. The arrangement's end is the refresh token's exp, read at the token introspection endpoint: \"The expiration value is provided in the _exp_ field in the response.\"",
  },
  openfinancebrasil: {
    renewal: "Na chamada para renovação do consentimento deve-se utilizar um token gerado via `authorization_code`.",
    announcedBy: [],
    endedBy: [
      { codeSet: "data_consent_rejection_reason", code: "CONSENT_MAX_DATE_REACHED", sources: [] },
      { codeSet: "data_consent_status", code: "REJECTED", sources: [] },
    ],
    sources: ["br-consents-331", "brazil-payments-4-1-0"],
    notes: "A consent with no expirationDateTime lasts indefinitely (consents 3.3.1 removed 3.3.0's cap of 12 months). Expired and revoked consents become REJECTED with a rejection reason; an unconfirmed consent becomes REJECTED after 60 minutes. No webhook is published for data consents. A data consent is renewed by POST /consents/{consentId}/extends, only while AUTHORISED, changing only its end and purpose (\"Pedidos de renovação de consentimento somente podem alterar a data de validade\"). A payment consent's expirationDateTime is \"creationDateTime + 5 minutos\" while AWAITING_AUTHORISATION and \"statusUpdateDateTime + 60 minutos\" once AUTHORISED, after which an unused consent becomes REJECTED (payments 4.1.0).",
  },
  yapily: {
    maxDays: 180,
    renewal: "Used to prompt the account holder for continued access to their financial data.",
    announcedBy: [],
    endedBy: [{ codeSet: "authorisation_status", code: "EXPIRED", sources: [] }],
    sources: ["yapily-docs-fd-consents", "yapily-openapi"],
    readInPart: "The financial data consents page was read from its start (statuses, re-authorisation); its end was not read.",
    notes: "An AIS consent is valid for up to 90 days in the UK and 180 days in the EEA before SCA again; UK consents are reconfirmed every 90 days (reconfirmBy). A consent revoked at the bank may still read AUTHORIZED and answer 403. A consent may carry expiresAt (\"Date and time of when the authorisation will expire by. Reauthorisation will be needed to retain access.\"); asking for one opts out of a long-lived consent: \"specifying this is property is opting out of having a long-lived consent that can be perpetually re-authorised by the user. This will add an `expiresAt` field on the `Consent` object which will render it unusable after this date.\"",
  },
  pluggy: {
    renewal: "To continue using the Item after expiration (indicated by the field consentExpiresAt) you will need to run a PATCH on the Item, and ask the user to connect again.",
    announcedBy: [],
    endedBy: [],
    sources: [
      "pluggy-docs-consents",
      "pluggy-node-webhook",
      "pluggy-node-item",
      "pluggy-node-consent",
    ],
    readInPart: "The consents page was read from its start to \"with a new consentExpiresAt\".",
    notes: "\"By default, Open Finance Consents have no expiration.\" An expired or revoked consent's data endpoints return empty data, not an error; the SDK's complete event list has no consent event. The SDK's Consent object carries \"/** Date when the consent expires */ expiresAt: Date | null\" (null: it does not expire) and revokedAt.",
  },
  fintoc: {
    announcedBy: [],
    endedBy: [{ codeSet: "webhook_type", code: "link.credentials_changed", sources: [] }],
    sources: ["fintoc-guide-reconnect-link"],
    readInPart: "The reconnect guide was read from its start to \"Reconnect from the dashboard\".",
    notes: "Links do not expire by a stated lifetime; some banks force re-authentication (Fintoc deletes Banco Santander credentials 6 months after they were last entered and sends link.credentials_changed).",
  },
  basiq: {
    defaultDays: 365,
    renewal: "Used when the user's consent is nearing expiry. This action extends the duration of consent so that the application can continue accessing the user's data.",
    announcedBy: [
      {
        codeSet: "webhook_event_type",
        code: "consent.warning",
        leadDays: 7,
        sources: ["basiq-docs-consent-events"],
      },
    ],
    endedBy: [
      {
        codeSet: "webhook_event_type",
        code: "consent.expired",
        sources: ["basiq-docs-consent-events"],
      },
      { codeSet: "consent_status", code: "expired", sources: [] },
    ],
    sources: ["basiq-quickstart-dashboard", "basiq-docs-consent-events", "basiq-consent-actions"],
    readInPart: "The dashboard quickstart was read in part (its consent duration setting).",
    notes: "365 days is Basiq's standard setting, adjustable by the partner. consent.reminder comes after 90 days without an update. In the dashboard, \"For open banking type connections with an expiryDate less than 7 days away, they will be categorised under the 'Expiring soon' section\", with a Renew button.",
  },
  setu: {
    announcedBy: [],
    endedBy: [
      { codeSet: "consent_status", code: "EXPIRED", sources: [] },
      { codeSet: "consent_status", code: "REVOKED", sources: [] },
    ],
    sources: ["setu-aa-consent-object", "setu-aa-notifications", "setu-aa-openapi"],
    notes: "A consent's validity is set per consent (consentDuration or consentDateRange); the answer carries consentExpiry. Notifications are sent on a change of status only: no notification comes before the end (the Notifications page was read whole). No extension is published: a new consent request is the way on (bankcodes' reading).",
  },
  mono: {
    announcedBy: [],
    endedBy: [
      { codeSet: "webhook_event", code: "mono.events.reauthorisation_required", sources: [] },
    ],
    sources: ["mono-docs-data-sync", "mono-docs-reauth-code"],
    readInPart: "The data sync page is cut in the example of mono.events.sync_failed; the reauth code page was read in excerpts.",
    notes: "No consent lifetime or expiry field was found; re-authorisation is asked when a sync meets MFA, and its code expires in 10 minutes.",
  },
  iso20022: {
    notStated: {
      sources: ["iso-4q2023-json"],
      notes: "ISO 20022's external code sets are lists of codes: they state no API behaviour, so none of these facts.",
    },
  },
  uaeopenfinance: {
    maxDays: 365,
    renewal: "`Expired` is a **terminal state**. The TPP must prompt the user to re-consent and begin a new authorization flow with a new `ConsentId`.",
    announcedBy: [],
    endedBy: [
      { codeSet: "consent_status", code: "Expired", sources: [] },
      { codeSet: "consent_status", code: "Revoked", sources: [] },
    ],
    sources: ["uae-cs-consent-req", "uae-cs-consent"],
    notes: "\"A consent's `ExpirationDateTime` must not exceed **one year** from the date of consent creation.\" The OpenAPI files state no maximum; the consent requirements' webhook section is a placeholder. A consent's Data is never changed in place: \"If a user needs to change any `Data` value (for example, adjust `ExpirationDateTime` or add/remove a permission), the TPP must create a **new consent**, revoke the previous one, and link the two via `BaseConsentId`.\" Suspended is no end: \"Once the block is cleared, the LFI must return the consent to `Authorized`. `Suspended` is **not** a terminal state.\"",
  },
  polishapi: {
    announcedBy: [],
    endedBy: [],
    sources: ["polishapi-2-1-2"],
    notes: "The consent's end is scope_details.scopeTimeLimit of the token response: \"Data ważności zgody / consent valid until, YYYY-MM-DDThh:mm:ss[.mmm]\" (a date-time without offset). The file states no longest validity and no code that announces or tells the end; its documentation (a PDF) was not read.",
  },
  enablebanking: {
    announcedBy: [],
    endedBy: [
      { codeSet: "error_code", code: "EXPIRED_SESSION", sources: [] },
      { codeSet: "session_status", code: "EXPIRED", sources: [] },
    ],
    sources: ["enablebanking-openapi-8e8ab97c", "enablebanking-openapi-33d10df1"],
    notes: "Each bank has its own maximum: GET /aspsps gives its maximum_consent_validity, \"Maximum consent validity which bank supports in seconds\" (the spec's example, Nordea's, is 15552000, 180 days). A session's valid_until \"cannot exceed\" now plus that maximum; the bank may keep the consent longer to meet its own minimum, but \"the session validity will remain exactly as specified\".",
  },
  teller: {
    announcedBy: [],
    endedBy: [{ codeSet: "webhook_type", code: "enrollment.disconnected", sources: [] }],
    sources: ["teller-webhooks", "teller-webhooks-types"],
    readInPart: "The Webhooks page was read to its first webhook type.",
    notes: "\"when an enrollment is disconnected and the user should reconnect using Teller Connect, Teller will send you a webhook event of type enrollment.disconnected\". No lifetime of an enrollment was read.",
  },
  akahu: {
    renewal: "Prompt the user to complete the OAuth flow again.",
    announcedBy: [],
    endedBy: [
      { codeSet: "account_status", code: "INACTIVE", sources: [] },
      { codeSet: "webhook_code", code: "WEBHOOK_CANCELLED", sources: [] },
    ],
    sources: [
      "akahu-sdk-accounts",
      "akahu-sdk-webhook-models",
      "akahu-docs-oauth2",
      "akahu-docs-user-management",
    ],
    readInPart: "The SDK's account and webhook types were read, and Akahu's OAuth2 and User Management pages from their start (cut before their ends); no page stating a lifetime of the access or of a token was read.",
    notes: "\"Akahu supports a standard OAuth2 authorization flow, after which your app will obtain enduring access to a user's data.\" An account becomes INACTIVE when the user revokes Akahu's access at the institution or changes their login credentials (\"it will no longer receive periodic data refreshes, and can no longer be used to make payments or transfers\"); the user reconnects it by completing the OAuth flow again or at my.akahu.io. A webhook is cancelled, for example, when the user revokes access to the app. No lifetime of the access was read.",
  },
  quiltt: {
    announcedBy: [],
    endedBy: [
      { codeSet: "connection_status", code: "DISCONNECTED", sources: [] },
      { codeSet: "webhook_event_type", code: "connection.disconnected", sources: [] },
    ],
    sources: ["quiltt-graphql-types", "quiltt-webhooks-schemas"],
    readInPart: "The GraphQL types' ConnectionStatus and the Webhook Schemas page's event types were read; no page on how long a Connection's consent lasts was read.",
    notes: "A Connection disconnected from all providers (DISCONNECTED, the connection.disconnected webhook) has ended; one in ERROR_REPAIRABLE waits for the end user's Reconnect flow. No lifetime of a consent was read.",
  },
  tink: {
    announcedBy: [],
    endedBy: [
      { codeSet: "credentials_status", code: "SESSION_EXPIRED", sources: [] },
      {
        codeSet: "link_error_reason",
        code: "SESSION_EXPIRED",
        sources: ["tink-android-authorization"],
      },
    ],
    sources: ["tink-core-android-swagger", "tink-core-ios-credentials"],
    readInPart: "The legacy API's Credentials definition and Tink Core iOS's statuses were read; Tink's pages on consent lifetimes were not, so no lifetime is known.",
    notes: "A credentials object of access type OPEN_BANKING carries sessionExpiryDate: \"After this date automatic refreshes will not be possible without new authentication from the user.\" The swagger's example of it is a number of milliseconds (1493379467000), not an RFC 3339 date-time, and no code was read that announces the end before it comes.",
  },
  powens: {
    announcedBy: [],
    endedBy: [
      {
        codeSet: "connection_state",
        code: "SCARequired",
        sources: ["powens-sdk-connections-yml", "powens-docs-webview-error-message"],
      },
    ],
    sources: ["powens-sdk-connections-yml", "powens-docs-webview-error-message"],
    readInPart: "The SDK's connection schemas and the first rows of the Webview's Error message page were read; Powens' pages on consent lifetimes were not, so no lifetime is known.",
    notes: "SCARequired: \"Synchronization is suspended because we need user consent or SCA (Strong Customer Authentication) to proceed.\" A connection's sources carry access_expire, \"Expiration date of the access, if known.\", as YYYY-MM-DD HH:MM:SS with no offset (not an RFC 3339 date-time), and no code was read that announces the end before it comes.",
  },
  bridge: {
    maxDays: 180,
    renewal: "Each time you need to refresh an item with a Strong Customer Authentication you should call Connect Sessions with the item id in the body.",
    announcedBy: [],
    endedBy: [{ codeSet: "item_status", code: "1010", sources: [] }],
    sources: ["bridge-docs-sca"],
    readInPart: "The Strong Customer Authentication page was read to its list of signs that an item needs a refresh; the rest was not read.",
    notes: "\"The SCA (Strong Customer Authentication) of the PSD2 access (payment accounts) is valid for 180 days after the initial synchronization.\" Its end is given by authentication_expires_at, \"available in List Items and sent through our Webhooks\"; the field's format was not read, so the end is not read from a body.",
  },
};

/** What each provider's bodies say beyond their codes, by provider id. */
export const bodyRules: { readonly [provider: string]: BodyRules } = {
  lean: {
    messages: [],
    messageSteps: [
      {
        codeSet: "api_error_status",
        codes: ["INVALID_PARAMETERS"],
        pattern: "^Do not supply a 'lean-app-token' header when providing an 'Authorization' header$",
        example: "Do not supply a 'lean-app-token' header when providing an 'Authorization' header",
        sources: ["lean-postman-uae"],
        nextStep: "fix_request",
      },
    ],
    causes: [],
    ends: [],
    waits: [
      {
        path: "$.beneficiary_cool_off_expiry",
        form: "date_time",
        codeSet: "payment_source_status",
        codes: ["AWAITING_BENEFICIARY_COOL_OFF"],
        quote: "For some banks, creating a beneficiary can have a cool-down period of up to 24 hours",
        sources: ["lean-working-with-payment-sources", "lean-postman-uae"],
      },
    ],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The UAE Postman collection saves this answer to a cash-flows request (its \"Bad Request\", HTTP 400): the generic INVALID_PARAMETERS, whose General errors row asks to contact Lean, with a message that states the fix itself (no lean-app-token header beside an Authorization header): the request is fixed, not reported. A payment source AWAITING_BENEFICIARY_COOL_OFF (Get Payment source by ID, in the same collection) gives the moment its cool-off ends as beneficiary_cool_off_expiry: nothing is done until then, after which the source can pay.",
  },
  plaid: {
    messages: [],
    messageSteps: [],
    causes: [
      {
        codeSet: "error_code",
        codes: ["DATA_UNAVAILABLE"],
        path: "$.causes[*].error_code",
        quote: "Check the causes field for a detailed breakdown of errors, then follow the troubleshooting steps for any errors found.",
        sources: ["plaid-errors-assets"],
      },
    ],
    ends: [
      {
        path: "$.item.consent_expiration_time",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: true,
        tells: ["item.item_id", "item.institution_id", "item.consent_expiration_time"],
        requires: [],
        whenValues: [],
        sources: ["plaid-openapi"],
      },
    ],
    waits: [],
    limits: [
      {
        codeSet: "error_code",
        codes: ["TRANSACTIONS_SYNC_LIMIT"],
        most: 500,
        unit: "transactions",
        example: "you can retrieve up to 500 at a time by setting count to the desired number",
        sources: ["plaid-errors-rate-limit-exceeded"],
      },
    ],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "An Item's consent_expiration_time (/item/get, the Item of a webhook) is \"The date and time at which the Item's access consent will expire, in ISO 8601 format\"; \"If the Item does not have consent expiration scheduled, this field will be null.\" An Asset Report's DATA_UNAVAILABLE (\"unable to pull sufficient data for all items to generate this report. please see the \\\"causes\\\" field for more details\") lists each Item's own error in causes[], whose error_code is of the same code set: the first cause the catalog knows decides (ITEM_LOGIN_REQUIRED: the end user reconnects through update mode). TRANSACTIONS_SYNC_LIMIT is fixed by asking for more transactions per call (count, at most 500), not by waiting: \"Use the count request parameter in the /transactions/sync call to increase the number of transactions retrieved per request.\"",
  },
  mastercard: {
    messages: [],
    messageSteps: [
      {
        codeSet: "error_code",
        codes: ["10030"],
        pattern: "^Please try again at a later time\\.$",
        example: "Please try again at a later time.",
        sources: ["mastercard-openapi-us"],
        nextStep: "retry_later",
      },
    ],
    causes: [],
    ends: [],
    waits: [],
    limits: [
      {
        pattern: "Invalid date range - It is more than (?\u003cmost\u003e[0-9]+) days",
        codes: [],
        unit: "days",
        example: "RESELLER_BILLING_REPORT: Invalid date range - It is more than 31 days",
        sources: ["mastercard-openapi-us"],
      },
    ],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The reseller billing report's error 10100 states the longest date range it takes. The example TimedOutRequestErrorMessage (the 408 of account owner verification, \"Response for when a request has timed out\") sends code 10030, which the error codes pages give to an unexpected server error, with the message \"Please try again at a later time.\": the request is tried again later, not now.",
  },
  gocardless: {
    messages: [
      {
        codeSet: "error_summary",
        codes: [],
        pattern: "^End User Agreement \\(EUA\\) .* has expired$",
        example: "End User Agreement (EUA) $EUA_ID has expired",
        sources: ["gocardless-openapi-third-party"],
        meansCodeSet: "account_error_type",
        means: "AccessExpiredError",
      },
    ],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.detail",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: [],
        requires: [],
        whenValues: [],
        pattern: "it expired at (?\u003cdate\u003e[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T](?\u003ctime\u003e[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,9})?)(?\u003coffset\u003eZ|[+-][0-9]{2}:[0-9]{2})?)?",
        example: "EUA was valid for 90 days and it expired at 2025-06-13. The end user must connect the account once more with new EUA and Requisition",
        sources: ["gocardless-openapi-third-party", "gocardless-beancounttools-65"],
      },
    ],
    waits: [],
    limits: [
      {
        pattern: "access_valid_for_days must be \u003e 0 and \u003c= (?\u003cmost\u003e[0-9]+)",
        codes: [],
        unit: "days",
        example: "access_valid_for_days must be \u003e 0 and \u003c= 180",
        sources: ["gocardless-openapi-third-party"],
      },
      {
        pattern: "max_historical_days must be \u003e 0 and \u003c= .* \\((?\u003cmost\u003e[0-9]+)\\)",
        codes: [],
        unit: "days",
        example: "max_historical_days must be \u003e 0 and \u003c= N26_NTSBDEB1 transaction_total_days (90)",
        sources: ["gocardless-openapi-third-party"],
      },
    ],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The OpenAPI's EUAExpiredError (401) is a summary the code set does not list, whose detail goes on: \"The end user must connect the account once more with new EUA and Requisition\"; it means what AccessExpiredError (\"Access has expired or it has been revoked\") does. Its detail states the day the agreement expired (\"it expired at 2025-06-13\"), with no time or zone: read as the day's start in UTC; the bodies GoCardless sends state the time too (\"it expired at 2022-02-11 18:12:34.959764\", a user's log in tarioch/beancounttools issue 65), read to the millisecond, in UTC where no offset follows. A refused agreement's detail states the most days it may ask for (access_valid_for_days, max_historical_days: the institution's own).",
  },
  stripe: {
    messages: [],
    messageSteps: [
      {
        codeSet: "api_error_type",
        codes: [],
        pattern: "^Sorry, you're creating accounts too quickly\\.",
        example: "Sorry, you're creating accounts too quickly. You should limit your requests to less than 5 creation attempts per second with a test key, or less than 30 with a live key.",
        sources: ["stripe-node-issue-2223", "stripe-docs-api-errors"],
        nextStep: "retry_later",
      },
    ],
    causes: [],
    ends: [],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [
      {
        name: "stripe-should-retry",
        sources: [
          "stripe-node-request-sender",
          "stripe-node-test-request-sender",
          "stripe-python-http-client",
        ],
      },
    ],
    headerCodes: [],
    notes: "Creating connected accounts too quickly is answered with HTTP 400, not 429, and a message that states the rate (\"You should limit your requests to less than 5 creation attempts per second with a test key, or less than 30 with a live key\", quoted in stripe-node issue 2223): whatever its error type, the request is tried again later, at a lower rate, as the API errors page asks of a 429 (\"We recommend an exponential backoff of your requests\"). Stripe's own clients read a Stripe-Should-Retry response header (stripe-node's RequestSender: \"if (res.getHeaders()['stripe-should-retry'] === 'false')\"; stripe-python's _should_retry too), a header named for Stripe that its API sends: a response that carries it is Stripe's whatever its value, where its body ({error: {type}}, a shape many APIs send) does not tell. Its value then decides as Stripe's retry rule says (false: never retried; true: retried).",
  },
  ukob: {
    messages: [],
    messageSteps: [
      {
        codeSet: "error_code",
        codes: ["UK.OBIE.Resource.InvalidConsentStatus"],
        pattern: "^Consent is not authorised$",
        example: "Consent is not authorised",
        sources: [
          "monzo-docs-ob-errors",
          "ukob-v4-account-access-consents",
          "ukob-v3-1-11-namespaced-enumerations",
        ],
        nextStep: "reconnect",
      },
    ],
    causes: [],
    ends: [
      {
        path: "$.Data.ExpirationDateTime",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["Data.ConsentId", "Data.Permissions", "Data.ExpirationDateTime", "Risk"],
        requires: [],
        whenValues: [],
        sources: [
          "ukob-v4-account-access-consents",
          "ukob-v4-api-profile",
          "ukob-v4-account-info-openapi",
        ],
      },
    ],
    waits: [
      {
        path: "$.Data.ExpectedSettlementDateTime",
        form: "date_time",
        codeSet: "payment_status",
        codes: ["RCVD", "PDNG", "ACTC", "PATC", "ACCP", "ACFC", "ACSP", "ACWC"],
        quote: "Expected settlement date and time for the payment resource.",
        sources: ["ukob-v4-domestic-payments", "ukob-v4-payment-initiation-openapi"],
      },
    ],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "InvalidConsentStatus is sent where a consent is \"not in a status that would allow ... a request to be executed\" (AwaitingAuthorisation or Rejected); Monzo's example gives it the message \"Consent is not authorised\": the consent awaits authorisation, which only the end user gives (\"The PSU **must** authenticate with the ASPSP and authorise the account-access-consent\"; AWAU: \"Waiting for completion of consent authorisation to be completed by user\"). An account access consent ends at Data.ExpirationDateTime; after it the consent is EXPD (reason TKXP) and a new consent is needed. Absent, the consent is open ended. Its consent response (OBReadConsentResponse1) requires Risk beside Data, which UAE Open Finance's consents, of the same Data otherwise, do not have.",
  },
  berlingroup: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.validUntil",
        form: "last_day",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["validUntil", "frequencyPerDay", "recurringIndicator", "consentStatus"],
        requires: [],
        whenValues: [],
        sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      },
      {
        path: "$.tppMessages[*].validUntil",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["tppMessages[].validUntil"],
        requires: [],
        whenValues: [],
        sources: ["berlingroup-paysera-error-handling"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "A consent's validUntil is \"a valid until date (including the mentioned date) for the requested consent. The content is the local ASPSP date in ISO-Date format\" (the 1.3.11 file's validUntil); after it the consent's status is expired (\"The consent has been expired (e.g. after 90 days).\", the implementation guidelines) and a new consent is needed. The bank's time zone is not in the body: the day is read in UTC. An ASPSP may add the consent's end to a message of an error: Paysera's error handling guide gives a CONSENT_EXPIRED message with \"validUntil\": \"2026-02-09T23:59:59Z\" (a date-time, read exactly) among the \"additional context fields depending on error type\"; the 1.3.11 file's tppMessage schemas have no such field.",
  },
  cdr: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.expires_in",
        form: "seconds",
        then: "renew_access_token",
        nullMeansNever: false,
        tells: ["access_token", "expires_in", "cdr_arrangement_id"],
        requires: [],
        whenValues: [],
        sources: ["cdr-tokens", "cdr-identifiers-subject-types"],
      },
    ],
    waits: [],
    limits: [
      {
        pattern: "'x-v' MUST be greater than or equal to '(?\u003cleast\u003e[0-9]+)'",
        codes: [],
        unit: "version",
        example: "'x-v' MUST be greater than or equal to '2'",
        sources: ["cdr-errors"],
      },
      {
        pattern: "page-size pagination field is greater than the maximum (?\u003cmost\u003e[0-9]+) allowed",
        codes: [],
        unit: "records",
        example: "page-size pagination field is greater than the maximum 1000 allowed",
        sources: ["cdr-mock-data-holder-errors"],
      },
    ],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The mock data holder (ConsumerDataRight's reference implementation) answers a page-size over the most it serves with Field/InvalidPageSize and a detail that states that most (\"page-size pagination field is greater than the maximum 1000 allowed\"): the request asks for a smaller page. Header/UnsupportedVersion (406): \"The error _detail_ **MAY** include the minimum and maximum versions the Data Holder supports.\" The standard's transition example states the minimum in that form; no example states a maximum. The token endpoint's response gives the access token's lifetime in seconds: \"The Data Holder **MUST** indicate the lifetime in seconds of the access token in the _expires_in_ field of the JSON object returned by the token endpoint\" (Tokens), beside cdr_arrangement_id, which \"The Data Holder **MUST** provide\" in it (Identifiers and Subject Types): the token ends that many seconds after the response, and a new one is then got (with the refresh token).",
  },
  openfinancebrasil: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.data.statusUpdateDateTime",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["data.consentId", "data.permissions", "data.statusUpdateDateTime"],
        requires: ["data.permissions"],
        whenField: "data.status",
        whenValues: ["REJECTED"],
        sources: ["brazil-consents-3-3-1"],
      },
      {
        path: "$.data.expirationDateTime",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["data.consentId", "data.permissions", "data.expirationDateTime"],
        requires: ["data.permissions"],
        whenValues: [],
        sources: ["brazil-consents-3-3-1"],
      },
      {
        path: "$.data.expirationDateTime",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: [],
        requires: [],
        whenValues: [],
        sources: ["brazil-payments-4-1-0"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "A payment consent's data.expirationDateTime is when it expires (“Data e hora em que o consentimento da iniciação de pagamento expira.”): past it, a consent not yet authorised or not yet used goes to REJECTED. A consent to share data states its end in the same field (“Data e hora de expiração da permissão. Reflete a data limite de validade do consentimento.”, consents 3.3.1), its consentId and permissions beside it: that reading tells the body as Open Finance Brasil's where no provider is named. A consent to share data that is REJECTED (rejected, revoked or expired: rejection says by whom and why) ended when its resource was last updated, its statusUpdateDateTime (“Data e hora em que o recurso foi atualizado.”), whatever end its expirationDateTime had planned: bankcodes' reading of the two fields together. A data consent's fields are read where its permissions are present, which a payment consent has none of.",
  },
  yapily: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.data.expiresAt",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: [],
        requires: [],
        whenValues: [],
        sources: ["yapily-openapi"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "A consent's expiresAt, in the data of the API's answers about it (the consent, an authorisation request): “Date and time of when the authorisation will expire by. Reauthorisation will be needed to retain access.” It is there only where the consent was asked for with one.",
  },
  pluggy: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.expiresAt",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: true,
        tells: ["itemId", "openFinancePermissionsGranted", "expiresAt"],
        requires: [],
        whenValues: [],
        sources: ["pluggy-docs-consents"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "A consent's expiresAt: \"Date when the consent expires. Null if the consent doesn't expire.\"",
  },
  basiq: {
    messages: [],
    messageSteps: [
      {
        codeSet: "error_code",
        codes: ["access-denied"],
        pattern: "^Token has expired$",
        example: "Token has expired",
        sources: ["basiq-docs-http-errors", "basiq-docs-codes-first-version"],
        nextStep: "renew_access_token",
      },
    ],
    causes: [],
    ends: [],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The HTTP errors per endpoint page answers an expired token with 403 \"Token has expired\" on every endpoint but /token, its action: \"Get a new access token on /token endpoint\"; the Codes page's first version gives that detail to access-denied (\"Access denied\"), whose category asks to fix the request: the integration gets a new access token (they last 60 minutes) and sends the request again.",
  },
  setu: {
    messages: [
      {
        codeSet: "api_error_code",
        codes: ["InvalidRequest"],
        pattern: "^Consent '[^']*' has expired$",
        example: "Consent '061a7599-ee29-4edb-82a5-02c98315c4fe' has expired",
        sources: ["setu-aa-consent-flow"],
        meansCodeSet: "consent_status",
        means: "EXPIRED",
      },
    ],
    messageSteps: [],
    causes: [],
    ends: [],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The Consent flow page publishes this answer to a revocation of an expired consent (its \"FAIL - Consent expired\" tab): the generic InvalidRequest, whose message says the consent has expired.",
  },
  uaeopenfinance: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.authorization_details[*].consent.Data.ExpirationDateTime",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: [
          "authorization_details[].consent.Data.ConsentId",
          "authorization_details[].consent.Data.ExpirationDateTime",
          "access_token",
        ],
        requires: [],
        whenValues: [],
        sources: ["uae-cs-handling-callback", "uae-cs-consent"],
      },
      {
        path: "$.Data.ExpirationDateTime",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: [
          "Data.ConsentId",
          "Data.Permissions",
          "Data.ExpirationDateTime",
          "Data.OpenFinanceBilling",
        ],
        requires: [],
        whenValues: [],
        sources: ["uaeopenfinance-account-information", "uae-cs-consent"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The token response names the consent in authorization_details, with its Data.ExpirationDateTime; a consent \"moves from `Authorized` or `Suspended` to `Expired` when it reaches its `ExpirationDateTime`\", a terminal state: \"The TPP must prompt the user to re-consent and begin a new authorization flow with a new `ConsentId`.\" A data sharing consent read (AEBankDataSharingConsentPropertiesV21) has its Data.ExpirationDateTime too, beside Data.OpenFinanceBilling, which UK Open Banking's consents do not have.",
  },
  enablebanking: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.access.valid_until",
        form: "date_time",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["access.valid_until", "accounts_data", "aspsp.name", "psu_type"],
        requires: [],
        whenValues: [],
        sources: ["enablebanking-openapi-8e8ab97c"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [
      {
        path: "$.maximum_consent_validity",
        unit: "seconds",
        tells: ["maximum_consent_validity"],
        sources: ["enablebanking-openapi-8e8ab97c"],
      },
    ],
    headers: [],
    headerCodes: [],
    notes: "A session's access ends at access.valid_until, as the application asked: \"even if the consent remains valid on the ASPSP's side, the session will expire based on the initially provided value.\" An ASPSP's maximum_consent_validity (GET /aspsps) is the longest a consent may be asked for, in seconds: valid_until is to be no later than now plus it.",
  },
  teller: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [
      { name: "server", value: "Teller API", sources: ["teller-ruby-fixture-details-404"] },
    ],
    headerCodes: [],
    notes: "Every response Teller's Ruby SDK recorded in its test fixtures (a 200 and a 404 of the accounts endpoints) carries server: Teller API, a value naming Teller's API: it tells a Teller response whose body ({error: {code, message}}, a shape many APIs send) does not. Teller's Errors page names no header; teller-enrollment-status, which the 404 carries too, is not on every recorded response.",
  },
  quiltt: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.expiresAt",
        form: "date_time",
        then: "renew_access_token",
        nullMeansNever: false,
        tells: ["expiresAt", "environmentId", "token", "userId"],
        requires: [],
        whenValues: [],
        sources: ["quiltt-docs-managing-session-tokens", "quiltt-docs-issuing-session-tokens"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "The session endpoint's expiresAt is when the session token ends (tokens last 24 hours); the page says to \"Verify cached tokens before issuing new ones\": once it has passed, the integration issues a new token (not the end user).",
  },
  tink: {
    messages: [],
    messageSteps: [],
    causes: [],
    ends: [
      {
        path: "$.sessionExpiryDate",
        form: "epoch_milliseconds",
        then: "renew_consent",
        nullMeansNever: false,
        tells: ["sessionExpiryDate", "providerName", "statusPayload"],
        requires: [],
        whenValues: [],
        sources: ["tink-core-android-swagger"],
      },
    ],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [],
    headerCodes: [],
    notes: "A credentials object's sessionExpiryDate (declared a date-time, its example the milliseconds \"1493379467000\"): \"The session can be renewed before or after this date by triggering manual authentication of credentials. After this date automatic refreshes will not be possible without new authentication from the user.\"",
  },
  tokenio: {
    messages: [
      {
        codeSet: "hosted_pages_error",
        codes: ["EXCEPTION_INITIATE_BANK_AUTH"],
        pattern: "^INTERNAL: InitiateBankAuth failed for TokenRequest: \\S+ due to INVALID_ARGUMENT: ",
        example: "INTERNAL: InitiateBankAuth failed for TokenRequest: rq:7oJUVi8s129JcYdzK1uGo2PTw81:5zKtXEAq due to INVALID_ARGUMENT: Expected username or OTP credential.",
        sources: ["tokenio-docs-hp-v1-callback", "tokenio-dev-error-codes"],
        meansCodeSet: "callback_error_code",
        means: "3",
      },
    ],
    messageSteps: [],
    causes: [],
    ends: [],
    waits: [],
    limits: [],
    limitFields: [],
    headers: [{ name: "token-external-error", sources: ["tokenio-support-error-codes"] }],
    headerCodes: [
      {
        name: "token-external-error",
        codeSet: "external_error",
        sources: ["tokenio-support-error-codes"],
      },
    ],
    notes: "A Hosted Pages v1 callback's EXCEPTION_INITIATE_BANK_AUTH says only that the bank authorisation could not be started; its message names the gRPC status beneath (the page's example: \"due to INVALID_ARGUMENT: Expected username or OTP credential.\"), gRPC's 3, which Token.io's Error Codes page words \"Client specified an incomplete argument\": the request is fixed, not tried again as it was.",
  },
};

/** How each provider says a failed request is sent again, by provider id. */
export const retries: { readonly [provider: string]: Retrying | NotStated } = {
  flinks: {
    rules: [
      {
        by: "documentation",
        statuses: [202],
        firstDelayMs: 10000,
        backoff: "fixed",
        quote: "you must call the /GetAccountsSummaryAsync endpoint every 10 seconds to check if the data is finished processing for a maximum of 30 minutes.",
        sources: ["flinks-get-accounts-summary-async", "flinks-get-accounts-detail-async"],
        notes: "Polling an operation that answered 202 OPERATION_PENDING: every 10 seconds, for at most 30 minutes in all (a number of attempts is not stated); /GetAccountsDetailAsync is polled alike.",
      },
    ],
    sources: ["flinks-get-accounts-summary-async", "flinks-get-accounts-detail-async"],
    readInPart: "The /GetAccountsSummaryAsync page was read in part.",
  },
  plaid: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        quote: "This endpoint is retryable and idempotent; if a transfer with the provided `transfer_id` has already been created, it will return the transfer details without creating a new transfer. A transfer may still be created if a 500 error is returned",
        sources: ["plaid-openapi"],
        notes: "Of /transfer/create. Polling /payment_initiation/payment/get for a payment's status \"is unreliable and may trigger API rate limits\": the payment_status_update webhook is the way in Production.",
      },
    ],
    sources: ["plaid-openapi"],
  },
  mx: {
    rules: [
      {
        by: "documentation",
        statuses: [429],
        quote: "Requests receiving a 429 status code should be retried once the rate limit window has expired.",
        sources: ["mx-docs-errors"],
        notes: "The window's length is not stated in what was read.",
      },
    ],
    sources: ["mx-docs-errors"],
    readInPart: "The Errors page was read to its 429 row.",
  },
  mastercard: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        firstDelayMs: 20000,
        backoff: "fixed",
        quote: "If the status shows \"inProgress\", the client app should wait 20 seconds and then call this API again.",
        sources: ["mastercard-openapi-us"],
        notes: "Of a report whose status is inProgress (the report endpoints).",
      },
      {
        by: "documentation",
        statuses: [],
        quote: "In the event of a timeout condition, retry the call.",
        sources: ["mastercard-openapi-us"],
        notes: "Of the account data retrieval that \"in some scenarios may take a few minutes to complete\"; no wait is stated.",
      },
      {
        by: "documentation",
        statuses: [],
        maxAttempts: 5,
        quote: "Mastercard Data Connect alerts allow up to 5 attempts for the end user after which the session will end.",
        sources: ["mastercard-us-institution-errors"],
        notes: "Of the end user's attempts in Data Connect, where an institution error (a connection to the financial institution impacted) is shown as an alert: after the fifth the Data Connect session ends. The page adds that the alerts \"should not be used for programmatic purposes\".",
      },
    ],
    sources: ["mastercard-openapi-us", "mastercard-us-institution-errors"],
    readInPart: "The Institution Errors page was read in its introductory paragraph.",
  },
  stripe: {
    rules: [
      {
        by: "documentation",
        statuses: [429],
        backoff: "exponential",
        quote: "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.",
        sources: ["stripe-docs-api-errors"],
      },
      {
        by: "client_library",
        library: "stripe-python",
        statuses: [],
        firstDelayMs: 500,
        maxDelayMs: 5000,
        backoff: "exponential",
        maxAttempts: 3,
        quote: "The API may ask us not to retry (eg; if doing so would be a no-op) or advise us to retry (eg; in cases of lock timeouts); we defer to that.",
        sources: ["stripe-python-http-client", "stripe-python-init"],
        notes: "Stripe-Should-Retry decides where it is sent (false: never, true: always); otherwise a connection error, a 409 and any status of 500 or more are retried, a 429 is not. INITIAL_DELAY = 0.5 and MAX_DELAY = 5 seconds, doubled at each retry and scaled by a random factor from one half to one, never below 0.5 s; max_network_retries defaults to 2 (3 attempts in all).",
      },
      {
        by: "client_library",
        library: "stripe-go",
        statuses: [429],
        quote: "The most common is rate limiting, on which we *don't* want to retry because that'd likely contribute to more contention problems. However, some 429s are lock timeouts, which is when a request conflicted with another request or an internal process on some particular object. These 429s are safe to retry.",
        sources: ["stripe-go-error"],
        notes: "stripe-go retries a 429 only when its code is lock_timeout.",
      },
      {
        by: "client_library",
        library: "stripe-node",
        statuses: [],
        header: "Stripe-Should-Retry",
        quote: "// The API may ask us not to retry (e.g., if doing so would be a no-op)\n    // or advise us to retry (e.g., in cases of lock timeouts); we defer to that.\n    if (res.getHeaders()['stripe-should-retry'] === 'false') {\n      return false;\n    }\n    if (res.getHeaders()['stripe-should-retry'] === 'true') {\n      return true;\n    }",
        sources: ["stripe-node-request-sender", "stripe-node-test-request-sender"],
        notes: "Read before the status: false, never retried (a 500 too, which is otherwise retried); true, retried (a 400 too). Any other value, or none, leaves the status to decide.",
      },
    ],
    sources: [
      "stripe-docs-api-errors",
      "stripe-python-http-client",
      "stripe-python-init",
      "stripe-go-error",
    ],
    readInPart: "The client libraries' files were read in their retry rules only.",
  },
  truelayer: {
    rules: [
      {
        by: "documentation",
        statuses: [429],
        quote: "Try again later.",
        sources: ["truelayer-payments-api-errors"],
        notes: "The Payments API's advice for Rate Limit Exceeded (429); the Data API v3's is \"Include the Tl-User-IP header, or try again later.\" No wait is stated.",
      },
      {
        by: "client_library",
        library: "truelayer-php",
        statuses: [409],
        firstDelayMs: 1000,
        backoff: "exponential",
        maxAttempts: 5,
        quote: "// Allow retry on server errors or conflict errors",
        sources: ["truelayer-php-backoff", "truelayer-php-retry"],
        notes: "A transport error, a 409 and any status of 500 or more are retried up to MAX_RETRIES = 4 times (5 attempts in all), waiting 2 to the attempt's number seconds plus up to 1 second at random ($delay = \\mt_rand(0, 1000000) + (\\pow(2, $attempt) * 1000000); in microseconds).",
      },
      {
        by: "client_library",
        library: "truelayer-php",
        statuses: [],
        maxAttempts: 3,
        quote: "$e-\u003egetMessage() === 'Idempotency-Key Reuse';",
        sources: ["truelayer-php-idempotency"],
        notes: "A 422 Idempotency-Key Reuse is sent again with a new key, up to MAX_RETRIES = 2 times, where the client made the key itself.",
      },
    ],
    sources: [
      "truelayer-payments-api-errors",
      "truelayer-php-backoff",
      "truelayer-php-retry",
      "truelayer-php-idempotency",
    ],
  },
  ukob: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        firstDelayMs: 1000,
        quote: "The TPP **must** delay sending duplicate payment initiation requests using the same x-idempotency key for a minimum of 1 second even if they have not received a response.",
        sources: ["ukob-v4-api-profile"],
        notes: "\"The TPP **may** use the GET endpoint to check the status of the payment before initiating a duplicate payment whenever possible to do so.\"",
      },
      {
        by: "documentation",
        statuses: [],
        quote: "with a preference to allow TPPs to simply re-submit a request under failure conditions.",
        sources: ["ukob-v4-api-profile"],
        notes: "Of the standard's approach to idempotency: a request that failed is sent again; an idempotency key is used where an endpoint asks for one.",
      },
    ],
    sources: ["ukob-v4-api-profile"],
    readInPart: "The profile was read in its headers, status codes, 429, idempotency, errors and consent sections.",
  },
  berlingroup: {
    rules: [
      {
        by: "documentation",
        statuses: [401],
        quote: "401 Unauthorized The TPP or the PSU is not correctly authorized to perform the request. Retry the request with correct authentication information.",
        sources: ["berlingroup-ig-1-3-8"],
      },
      {
        by: "documentation",
        statuses: [503],
        quote: "503 Service Unavailable The ASPSP server is currently unavailable. Generally, this is a temporary state.",
        sources: ["berlingroup-ig-1-3-8"],
        notes: "Section 4.12's table of HTTP status codes; no wait is stated.",
      },
    ],
    sources: ["berlingroup-ig-1-3-8"],
    readInPart: "The Implementation Guidelines were read in sections 4.12, 4.13, 6 (consent) and 14.11.",
  },
  cdr: {
    rules: [
      {
        by: "documentation",
        statuses: [504],
        quote: "Returned if a timeout has occurred but a resend of the original request is viable (otherwise use 500 instead)",
        sources: ["cdr-codes"],
        notes: "The standard's 504; a 429 carries Retry-After (rate_limits). Of a session: \"After a unique session is expired it is expected that the Data Recipient Software Product, for the same customer, may establish a new session as long as the authorisation is still valid.\"",
      },
      {
        by: "documentation",
        statuses: [401],
        quote: "The operation was refused access. Re-authenticating may result in an appropriate token that may be used.",
        sources: ["cdr-codes"],
        notes: "Of a missing or invalid token (“Authorization header missing or invalid token”): the request is sent again with a new token.",
      },
      {
        by: "documentation",
        statuses: [403],
        quote: "The operation was refused access. Re-authenticating is unlikely to remediate the situation.",
        sources: ["cdr-codes"],
        notes: "Of a token with the wrong scope or a security policy violated (“Token has incorrect scope or a security policy was violated.”): a new token is unlikely to help, and the answer carries an error payload.",
      },
    ],
    sources: ["cdr-codes", "cdr-session-requirements"],
  },
  openfinancebrasil: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        quote: "Pagamentos que são novas tentativas, intradia ou em dias subsequentes, podem ser identificados pela presença do campo “/data/originalRecurringPaymentId” no recurso.",
        sources: ["brazil-automatic-payments-2-0-0"],
        notes: "Of Automatic Pix (recurring payments): a failed payment is tried again by the receiver, the same day or on later days, where the payer's consent allows it (isRetryAccepted: “Indica se é permitido pelo cliente recebedor fazer tentativas de pagamento (extradia), conforme as regras estabelecidas no arranjo Pix.”); the payer may not cancel a retry, the receiver may cancel those of later days. A retry names the original payment in originalRecurringPaymentId; once every attempt allowed has been made the answer is LIMITE_TENTATIVA_EXCEDIDO (“Valida se todas as tentativas de liquidação permitidas já foram realizadas”). The number of attempts and their days are the Pix scheme's rules, which the file does not state.",
      },
    ],
    sources: ["brazil-automatic-payments-2-0-0"],
    readInPart: "The Automatic Payments 2.0.0 file was read in its info section on retries of Automatic Pix, its validations' list and its isRetryAccepted and originalRecurringPaymentId fields.",
  },
  pluggy: {
    rules: [
      {
        by: "client_library",
        library: "pluggy-node",
        statuses: [429],
        maxAttempts: 3,
        quote: "retry: {\n          limit: 2,\n          methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],\n          statusCodes: [429],\n        },",
        sources: ["pluggy-node-base-api"],
        notes: "got's retry option: every method is retried up to 2 times, on a 429 only; got waits as Retry-After says (the rate-limit page: \"Some HTTP clients like got come with standard retry behavior that reads the Retry-After header\").",
      },
    ],
    sources: ["pluggy-node-base-api", "pluggy-docs-rate-limits"],
    readInPart: "The rate limits page was read from its start to its response headers' example.",
  },
  fintoc: {
    rules: [
      {
        by: "documentation",
        statuses: [429],
        firstDelayMs: 1000,
        backoff: "exponential",
        maxAttempts: 6,
        quote: "Watch for `429 Too Many Requests` responses and retry the request with exponential backoff. Start at a 1-second delay and double the delay on each attempt: 1s, 2s, 4s, and 8s. Retry up to 5 times, and add up to 1 second of random jitter to each delay",
        sources: ["fintoc-docs-rate-limits"],
        notes: "The guides/home revision lists five delays where this one lists four: \"Start with a 1-second delay, then double the delay after each attempt: 1, 2, 4, 8, and 16 seconds. Retry up to 5 times. Add a random delay of up to 1 second to each retry\". Both start at 1 second and allow 5 retries (6 attempts in all); they disagree on the last delay (8 or 16 seconds).",
      },
      {
        by: "documentation",
        statuses: [429],
        firstDelayMs: 1000,
        backoff: "exponential",
        maxAttempts: 6,
        quote: "Start with a 1-second delay, then double the delay after each attempt: 1, 2, 4, 8, and 16 seconds. Retry up to 5 times. Add a random delay of up to 1 second to each retry",
        sources: ["fintoc-guides-rate-limits"],
        notes: "The guides/home revision: its last delay (16 seconds) is one the docs/home revision does not list.",
      },
    ],
    sources: ["fintoc-docs-rate-limits", "fintoc-guides-rate-limits"],
    readInPart: "Both rate-limit pages were read from their start through their advice on handling rate limiting.",
  },
  basiq: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        firstDelayMs: 7200000,
        backoff: "fixed",
        quote: "Basiq's connection retry mechanism will kick in, meaning the job will be placed in a queue to be retried every 2 hours until either it is successful, or expires (after 7 days).",
        sources: ["basiq-docs-handling-jobs"],
        notes: "Basiq's own retries of a connection job that met service-unavailable: the job is retried by Basiq, every 2 hours for up to 7 days; the integration polls the job, not the bank.",
      },
    ],
    sources: ["basiq-docs-handling-jobs"],
  },
  setu: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        quote: "Data session has failed, irrespective of individual account FI statuses. Retry by creating a new data session.",
        sources: ["setu-aa-data-apis"],
        notes: "A FAILED data session is not retried as such: a new data session is created. DataFetchFailure means Setu's own retries against the institution failed.",
      },
    ],
    sources: ["setu-aa-data-apis", "setu-aa-dir-grep"],
  },
  mono: {
    rules: [
      {
        by: "documentation",
        statuses: [429],
        backoff: "exponential",
        quote: "We recommend an exponential backoff of your request.",
        sources: ["mono-docs-errors"],
      },
    ],
    sources: ["mono-docs-errors"],
    readInPart: "The errors page was read in its API error codes table.",
  },
  iso20022: {
    notStated: {
      sources: ["iso-4q2023-json"],
      notes: "ISO 20022's external code sets are lists of codes: they state no API behaviour, so none of these facts.",
    },
  },
  uaeopenfinance: {
    rules: [
      {
        by: "documentation",
        statuses: [],
        quote: "TPPs must preserve the idempotency key when retrying after a network failure or timeout. Do not generate a new key for a retry — this would create a duplicate payment.",
        sources: ["uae-cs-request-headers"],
      },
      {
        by: "documentation",
        statuses: [],
        backoff: "exponential",
        quote: "Continue polling at a reasonable interval (e.g. every few seconds initially, backing off over time) until a terminal state is reached",
        sources: ["uae-cs-payment-status"],
        notes: "Of a payment's status (GET /payments/{PaymentId}). \"A payment that reaches `Rejected` at any point will not be re-submitted. If the user needs to retry, the TPP must initiate a new payment.\"",
      },
      {
        by: "documentation",
        statuses: [401],
        quote: "Access tokens expire after **10 minutes**. Once expired, any API call using that token will receive a `401 Unauthorized` response. Your application must silently refresh the access token using the refresh token before retrying.",
        sources: ["uae-cs-tokens"],
      },
      {
        by: "documentation",
        statuses: [403, 500],
        quote: "Transient server error — Hub may retry after a delay",
        sources: ["uae-cs-lfi-single-instant-payment"],
        notes: "The guide for banks' 500 row of GenericRecoverableError; its 403 rows of Consent.TransientAccountAccessFailure and Consent.AccountTemporarilyBlocked say “Hub may retry after a delay” too, and its 400 row of GenericRecoverableError “Hub may retry”. No delay is stated.",
      },
    ],
    sources: [
      "uae-cs-request-headers",
      "uae-cs-payment-status",
      "uae-cs-tokens",
      "uae-cs-lfi-single-instant-payment",
    ],
  },
  polishapi: {
    notStated: {
      sources: ["polishapi-2-1-2"],
      notes: "The 2_1_2 file (searched whole) states no retry rule and no Retry-After.",
    },
  },
  akahu: {
    rules: [
      {
        by: "documentation",
        statuses: [429],
        firstDelayMs: 100,
        backoff: "exponential",
        quote: "If your app receives a response from Akahu with a 429 status code, the request should be retried after a short delay. We recommend using an exponential backoff retry strategy.",
        sources: ["akahu-docs-rate-limits"],
        notes: "The page's example computes each delay as 100 ms (RETRY_BACKOFF_BASE) times 2 to the number of retries made, times a random jitter factor between 0.75 and 1.25; it states no number of attempts and no longest wait.",
      },
      {
        by: "client_library",
        library: "akahu-sdk-js",
        statuses: [],
        quote: "The number of times that API requests will be retried in the case of network errors. Error responses from the Akahu API will not result in a retry.",
        sources: ["akahu-sdk-client", "akahu-sdk-utils"],
        notes: "The retries option defaults to 0. A POST is retried only when it carries an Idempotency-Key (\"POST requests can only be retried if they include an idempotency key.\"), and only after a network error, never after an error response.",
      },
    ],
    sources: ["akahu-docs-rate-limits", "akahu-sdk-client", "akahu-sdk-utils"],
    readInPart: "akahu-sdk-client was read in the client's options only.",
  },
  quiltt: {
    rules: [
      {
        by: "client_library",
        library: "quiltt-js (REST)",
        statuses: [429],
        firstDelayMs: 150,
        maxDelayMs: 1500,
        backoff: "exponential",
        maxAttempts: 11,
        quote: "const RETRY_DELAY = 150 // ms\nconst MAX_RETRY_DELAY = 1500 // ms\nconst RETRIES = 10",
        sources: ["quiltt-js-fetch-with-retry"],
        notes: "The REST calls made with retry on (the auth and connector calls) retry a network error, a 429 and any status of 500 or more, 10 times, waiting 150 ms doubled at each retry, at most 1,500 ms.",
      },
      {
        by: "client_library",
        library: "quiltt-js (GraphQL)",
        statuses: [],
        quote: "return !statusCode || statusCode \u003e= 500",
        sources: ["quiltt-js-retry-link"],
        notes: "The GraphQL link retries a network error and a status of 500 or more, not a 429, with Apollo's RetryLink's own delays and attempts.",
      },
      {
        by: "client_library",
        library: "quiltt-js (GraphQL)",
        statuses: [401],
        maxAttempts: 1,
        quote: "if ('statusCode' in error && error.statusCode === 401) {\n      console.warn('[Quiltt][Authentication Error]:', error)\n      GlobalStorage.set('session', null)",
        sources: ["quiltt-js-error-link"],
        notes: "A 401 is not sent again (the RetryLink retries only a network error and a status of 500 or more): the ErrorLink clears the stored session, which has ended, so the app issues a new session token.",
      },
    ],
    sources: ["quiltt-js-fetch-with-retry", "quiltt-js-retry-link", "quiltt-js-error-link"],
  },
  tokenio: {
    rules: [
      {
        by: "documentation",
        statuses: [503],
        quote: "Service is unavailable, likely due to a transient condition; this is usually corrected with a retry.",
        sources: ["tokenio-support-error-codes"],
        notes: "No wait and no number of attempts is stated in the table.",
      },
    ],
    sources: ["tokenio-support-error-codes"],
    readInPart: "The support article's HTTP errors table was read whole; its gRPC and JSON error lists after it were not read.",
  },
};
