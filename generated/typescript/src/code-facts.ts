// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * The facts of a code that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code lacks one.
 */
export interface CodeFacts {
  /** The provider's message for the code, as sent or shown to the user. */
  readonly message: string | null;
  /**
   * The provider's published advice to the integrator for this code (its "user action" or "what to
   * do"), verbatim: what the app's developers or support should do. Never shown to the end user
   * (end_user_text does not return it).
   */
  readonly advice: string | null;
  /**
   * The provider's advice as its pages in other languages publish it, by language tag (a help
   * centre's Portuguese column of actions), verbatim from the sources in
   * text_sources.advice_translations (else the code's sources).
   */
  readonly adviceTranslations?: Readonly<Record<string, string>>;
  /**
   * The provider's own published translations of message, by language tag (a provider that
   * publishes its messages in Spanish and Portuguese), verbatim from the sources in
   * text_sources.message_translations (else the code's sources).
   */
  readonly messageTranslations?: Readonly<Record<string, string>>;
  /**
   * The provider's own published text for the end user when this code reaches them (a display
   * message sent with the error), verbatim from the code's sources.
   */
  readonly userMessage: string | null;
  /**
   * The provider's own published translations of user_message, by language tag (for example Spanish
   * and Canadian French), verbatim from the sources in text_sources.user_message_translations (else
   * the code's sources).
   */
  readonly userMessageTranslations?: Readonly<Record<string, string>>;
  /**
   * false when the provider's user_message speaks of something an app does not show (a support code
   * below, a button): end_user_text then gives bankcodes' words instead.
   */
  readonly userMessageOffered?: false;
  /** Other values the provider sent or documented for the same code. */
  readonly aliases: readonly string[];
  /**
   * What to do now, where the code's source says otherwise than its category (a consent's expiry in
   * reconnect_required: renew_consent).
   */
  readonly nextStep?: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "renew_access_token" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
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
  /** What the category means. */
  readonly description: string;
  /**
   * Whether the same request, repeated unchanged later, may succeed: what a program may retry with
   * backoff, without anything from the end user.
   */
  readonly retryable: boolean;
  /**
   * Whether the end user can act and then try again (re-enter a password, approve in the bank's
   * app, pick another account): what an app may invite them to do. An end-user action that asks to
   * try again is allowed only where this is true.
   */
  readonly endUserCanRetry: boolean;
  /** The recommended action. */
  readonly action: string;
  /**
   * What to do now when a code of the category comes (every category has one; the rules check it):
   * bankcodes' reading.
   */
  readonly nextStep?: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "renew_access_token" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
  /**
   * The connection state a code of the category stands for, where its codes are a connection's or a
   * consent's statuses: bankcodes' reading.
   */
  readonly state?: "connected" | "pending" | "degraded" | "needs_end_user" | "consent_ending_soon" | "consent_ended" | "revoked" | "provider_or_bank_down" | "unknown";
  /**
   * false when codes of this category are not interchangeable across providers (the site and the
   * CLI list no equivalents for them); true by default.
   */
  readonly equivalents: boolean;
}
/**
 * The facts of a code's lifecycle that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a code's lifecycle lacks one.
 */
export interface LifecycleFacts {
  /** State */
  readonly state: "deprecated" | "removed";
  /** Note */
  readonly note: string;
  /** The code to use instead, where the provider names one. */
  readonly replacedBy?: string;
}
/**
 * The facts of a signed timestamp that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface SignedTimestampFacts {
  /** The label of the timestamp (Unix seconds). */
  readonly timestampLabel: string;
  /**
   * The label of a signature; a header may carry several (during a rotation), and one matching is
   * enough. Signatures under other labels are not read.
   */
  readonly signatureLabel: string;
  /** What joins the timestamp and the raw body in the signed content. */
  readonly separator: string;
  /**
   * The oldest timestamp accepted by default, in seconds before now: the provider's own libraries'
   * default; the provider signs each delivery attempt anew.
   */
  readonly toleranceSeconds: number;
  /**
   * How far ahead of the clock a timestamp may be, in seconds; null: a timestamp ahead of the clock
   * is accepted, as the provider's own libraries accept it.
   */
  readonly futureToleranceSeconds: number | null;
  /**
   * Which timestamp is read when a header carries several: the first or the last, as the provider's
   * own libraries read it.
   */
  readonly repeatedTimestamp: "first" | "last";
}
/**
 * The facts of an HMAC signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface HmacSchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "hmac";
  /** The headers that may hold the signature: the first present is read. */
  readonly headers: readonly string[];
  /** The HMAC's hash function. */
  readonly algorithm: "sha256" | "sha512";
  /**
   * How the digest is written in the header; several when the provider's documents do not settle
   * it.
   */
  readonly encodings: readonly ("hex" | "base64")[];
  /** A label before the digest in the header value (sha512=…). */
  readonly prefix: string | null;
  /**
   * The header may hold several signatures separated by this character, each written whole (with
   * the prefix): every one must be well formed, and one matching is enough (a provider that signs
   * with each secret valid during a rotation). Null: the header holds one signature.
   */
  readonly listSeparator: "," | " " | ";" | null;
  /**
   * The case of a hex digest's letters where the provider's own verifier compares the text and so
   * reads that case alone: signed so and read so only. Null: either case is read, and lower case is
   * written.
   */
  readonly hexCase: "lower" | "upper" | null;
}
/**
 * The facts of a JWT signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface JwtSchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "jwt";
  /** The header holding the compact JWS. */
  readonly header: string;
  /** The only JWS algorithm accepted (any other alg is refused). */
  readonly algorithm: "ES256";
  /** The oldest iat accepted, in seconds before now. */
  readonly maxAgeSeconds: number;
  /** How far in the future an iat may be (clock skew). */
  readonly futureSkewSeconds: number;
  /** The claim holding the hex SHA-256 of the raw body. */
  readonly bodyHashClaim: string;
  /**
   * The member of the provider's key endpoint reply that holds the JWK, when the reply wraps it: a
   * receiver may pass the reply as it is.
   */
  readonly keyReplyMember: string | null;
  /**
   * The JWK member holding the Unix time at which the provider expired the key (null while it is
   * valid): a token whose key has expired is refused (expired_key).
   */
  readonly keyExpiryMember: string | null;
}
/**
 * The facts of a detached JWS signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface JwsSchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "jws";
  /** The header holding the JWS (header..signature). */
  readonly header: string;
  /** The only JWS algorithm accepted (any other alg is refused). */
  readonly algorithm: "ES512";
  /**
   * The key set addresses the provider publishes: a signature naming any other jku is refused
   * (unknown_key) before a key is looked up.
   */
  readonly allowedJku: readonly string[];
  /**
   * A header the signature must cover that holds the time of sending (RFC 3339): a tolerance, when
   * one is asked for, is checked against it.
   */
  readonly timestampHeader: string | null;
}
/**
 * The facts of a Standard Webhooks signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface StandardWebhooksSchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "standard_webhooks";
  /** The header holding the message id. */
  readonly idHeader: string;
  /** The header holding the Unix timestamp. */
  readonly timestampHeader: string;
  /** The header holding the signatures. */
  readonly signatureHeader: string;
  /** How far from now a timestamp may be, before or after: the libraries' default. */
  readonly toleranceSeconds: number;
}
/**
 * The facts of a shared secret signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface SharedSecretSchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "shared_secret";
  /**
   * The header holding the secret; left out where the app names the header itself when it registers
   * the webhook (receive is then told its name).
   */
  readonly header: string | null;
}
/**
 * The facts of a fetched-key signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface FetchedKeySchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "fetched_key";
  /** The header holding the signature. */
  readonly signatureHeader: string;
  /**
   * The header holding the id of the key that signed the delivery: a decimal integer, the
   * provider's keys numbered in the order they are made.
   */
  readonly keyIdHeader: string;
  /** The signature's algorithm: RSASSA-PKCS1-v1_5 with SHA-256 over the raw body. */
  readonly algorithm: "RSA-SHA256";
  /** How the signature is written in its header. */
  readonly encoding: "base64";
  /**
   * The https address of a public key, {key_id} standing for the key id: the only host keys are
   * fetched from is this address's.
   */
  readonly keyAddress: string;
  /**
   * How the key request is authenticated: basic, HTTP basic auth with the app's own credentials
   * (its id and secret); null: none.
   */
  readonly keyAuth: "basic" | null;
  /**
   * The member of the key address's JSON reply that holds the PEM; null: the reply is the PEM
   * itself.
   */
  readonly keyReplyMember: string | null;
  /**
   * How long a fetched key is kept before it is fetched again, in seconds: the provider's own
   * library's default.
   */
  readonly keyMaxAgeSeconds: number;
  /**
   * Whether a delivery naming a key id lower than the newest key kept is refused (expired_key): the
   * provider's rotation makes the older key invalid.
   */
  readonly lowerKeyIdRefused: boolean;
}
/**
 * The facts of a certificate JWT signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface CertificateJwtSchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "certificate_jwt";
  /** The header holding the token. */
  readonly header: string;
  /**
   * The authentication type before the token and a space (Bearer); null: the header holds the token
   * alone.
   */
  readonly authType: string | null;
  /** The only JWS algorithm accepted (any other alg is refused). */
  readonly algorithm: "RS256";
  /**
   * The domains a certificate may be fetched from: the x5u is https on one of them or a subdomain,
   * or the token is refused (unknown_key) with nothing fetched.
   */
  readonly x5uDomains: readonly string[];
  /** The claim holding the digest of the raw body. */
  readonly digestClaim: string;
  /**
   * What precedes the base64 SHA-256 of the raw body in the digest claim (the digest algorithm's
   * identifier).
   */
  readonly digestPrefix: "sha256-";
}
/**
 * The facts of a published-key signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface PublishedKeySchemeFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "published_key";
  /** The header holding the signature. */
  readonly signatureHeader: string;
  /**
   * The signature's algorithm: RSASSA-PKCS1-v1_5 with SHA-256 (an RSA key), or ECDSA with SHA-256
   * on P-256, the signature DER-encoded (an EC key).
   */
  readonly algorithm: "RSA-SHA256" | "ECDSA-SHA256";
  /** How the signature is written in its header. */
  readonly encoding: "base64";
  /**
   * What joins the callback URL and the raw body in the signed text; null: the raw body alone is
   * signed, and no URL is given.
   */
  readonly separator: "|" | null;
  /** Whether the provider signs compact JSON, as JSON.stringify writes it. */
  readonly compactBody: boolean;
}
/**
 * The facts of a transport-only signing scheme that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface NoSignatureFacts {
  /** The scheme's name in the spec, which tags the union of schemes. */
  readonly scheme: "none";
  /**
   * What the provider offers to authenticate deliveries at the transport: HTTP basic auth, a static
   * bearer token the receiver registered (Authorization: Bearer …), mutual TLS, an OAuth 2 token,
   * its published source addresses.
   */
  readonly transport: readonly ("basic_auth" | "bearer_token" | "mutual_tls" | "oauth2" | "ip_allowlist")[];
}
/**
 * The facts of a delivery contract that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py).
 */
export interface DeliveryFacts {
  /** The HTTP status that acknowledges a delivery; null when unpublished. */
  readonly successStatus: number | null;
  /** How long the provider waits for the answer; null when unpublished. */
  readonly timeoutSeconds: number | null;
  /** The published source IP addresses of deliveries (empty when unpublished). */
  readonly addresses: readonly string[];
}
/**
 * The facts of a payload kind that the spec's models declare once and the package carries as they are
 * (codegen/spec/carried.py); absent where a payload kind lacks one.
 */
export interface PayloadKindFacts {
  /** What the kind is, in a few words, as pages and answers name it. */
  readonly title: string;
  /**
   * The field of a body that holds the provider's id of the request (to quote to its support), or
   * the path to it through nested objects (error.tracingId): bankcodes.from_exception and fromError
   * report it.
   */
  readonly requestId?: string;
  /**
   * The response header that holds the provider's id of the request where the body does not (a
   * Request-Id header): bankcodes explain -, the site's decoder, bankcodes.from_exception and
   * fromError read it from a response's headers; a body's request_id comes first.
   */
  readonly requestIdHeader?: string;
  /**
   * The top-level field of a body that holds the HTTP status of its response (an integer):
   * bankcodes.from_exception reports it where the error carries no status.
   */
  readonly statusField?: string;
  /**
   * The HTTP status of every response whose body is of this kind, where its sources say a body of
   * it comes with that status alone (a successful response's body): a body read without its
   * response's status is read with this one.
   */
  readonly responseStatus?: number;
  /**
   * The provider's code set of HTTP statuses (wire_type integer) with the meaning it gives each:
   * where a response carrying this kind has no code the catalog knows (none, or one unknown) and
   * its status is one of these codes, the status decides, said as such (path and field '(HTTP
   * status)'), in every reader that has the status.
   */
  readonly statusCodeSet?: string;
  /**
   * The text fields of a kind whose bodies carry no code, by JSON path, that hold the provider's
   * own words on what to do or what went wrong (an instruction, else a message), first preferred:
   * where no code the catalog knows decides, every reader shows the first text found, quoted as the
   * provider's, under its first sentence.
   */
  readonly words?: readonly string[];
  /**
   * The next step the kind's sources give its words where they say what the words are for (texts
   * for the end user: end_user_action): where no code the catalog knows decides and the response's
   * status says nothing more than that it succeeded, a body whose words field holds a text decides
   * this step, with words_step_sources.
   */
  readonly wordsStep?: "retry" | "retry_later" | "wait_for_event" | "reconnect" | "renew_consent" | "renew_access_token" | "end_user_action" | "fix_request" | "contact_provider" | "none" | "tell_customer";
  /** The sources that say what the kind's words are for (with words_step). */
  readonly wordsStepSources?: readonly string[];
  /**
   * The top-level text field of a body whose address tells which of the kind's code sets its codes
   * are read in (a problem's type, a link to the page that documents the error), by
   * namespace_code_sets.
   */
  readonly namespaceField?: string;
  /**
   * With namespace_field: each address (the start of the field's text) with the code set, one of
   * the kind's code fields', that a body whose field begins with it is read in first; a body whose
   * field begins with none is read in the code fields' code sets in their order.
   */
  readonly namespaceCodeSets?: Readonly<Record<string, string>>;
  /**
   * The provider's code set of the exception classes its own clients raise in place of a body of
   * this kind, keeping nothing of it (the class named after the error's type): where an exception
   * carries no body and is the provider's (the reader is told the provider, or its client package
   * raised it), its class, or the nearest of its parents, that is a code decides, said as such
   * (path and field '(exception class)').
   */
  readonly exceptionCodeSet?: string;
  /**
   * The fields beside a code, in the object that holds it, that name the connection or the account
   * the code concerns (an error of one account in a response that lists many: {"account":
   * "account_id"}): every reader keeps the one a body names with its code (its `concerns`, the
   * decision's, the log fields' bankcodes.connection_id and bankcodes.account_id), so that it fails
   * that connection or account alone, not the whole response.
   */
  readonly concerns?: Readonly<Record<string, string>>;
}

/** The facts the site's decoder shows, of each record (a code's, its code set's, its category's
 * beside it; a payload kind's, and its provider's signing scheme's, beside a body): [member,
 * label], in order. */
export const DECODER_FACTS: {
  readonly Code: readonly (readonly [keyof CodeFacts, string])[];
  readonly CodeSet: readonly (readonly [keyof CodeSetFacts, string])[];
  readonly Category: readonly (readonly [keyof CategoryFacts, string])[];
  readonly HmacScheme: readonly (readonly [keyof HmacSchemeFacts, string])[];
  readonly JwtScheme: readonly (readonly [keyof JwtSchemeFacts, string])[];
  readonly JwsScheme: readonly (readonly [keyof JwsSchemeFacts, string])[];
  readonly StandardWebhooksScheme: readonly (readonly [keyof StandardWebhooksSchemeFacts, string])[];
  readonly SharedSecretScheme: readonly (readonly [keyof SharedSecretSchemeFacts, string])[];
  readonly FetchedKeyScheme: readonly (readonly [keyof FetchedKeySchemeFacts, string])[];
  readonly CertificateJwtScheme: readonly (readonly [keyof CertificateJwtSchemeFacts, string])[];
  readonly PublishedKeyScheme: readonly (readonly [keyof PublishedKeySchemeFacts, string])[];
  readonly NoSignature: readonly (readonly [keyof NoSignatureFacts, string])[];
  readonly Delivery: readonly (readonly [keyof DeliveryFacts, string])[];
  readonly PayloadKind: readonly (readonly [keyof PayloadKindFacts, string])[];
} = {
  Code: [["nextStep", "Next step"], ["state", "State"], ["stateReason", "Why this state"], ["waitSeconds", "Wait (seconds)"], ["maxAttempts", "Attempts at most"], ["factSources", "Sources of the facts"]],
  CodeSet: [["states", "Connection states"]],
  Category: [["nextStep", "Next step"], ["state", "State"]],
  HmacScheme: [],
  JwtScheme: [],
  JwsScheme: [],
  StandardWebhooksScheme: [],
  SharedSecretScheme: [],
  FetchedKeyScheme: [],
  CertificateJwtScheme: [],
  PublishedKeyScheme: [],
  NoSignature: [],
  Delivery: [],
  PayloadKind: [],
};

/** The record of each signing scheme (its facts in DECODER_FACTS), by the scheme's name. */
export const SCHEME_RECORDS = {
  hmac: "HmacScheme",
  jwt: "JwtScheme",
  jws: "JwsScheme",
  standard_webhooks: "StandardWebhooksScheme",
  shared_secret: "SharedSecretScheme",
  fetched_key: "FetchedKeyScheme",
  certificate_jwt: "CertificateJwtScheme",
  published_key: "PublishedKeyScheme",
  none: "NoSignature",
} as const;
