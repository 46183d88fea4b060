# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The facts the spec's models declare once and the package carries as they are
(codegen/spec/carried.py): each record that carries them extends its base here (CodeInfo extends
CodeFacts, HmacScheme HmacSchemeFacts, PayloadKindInfo PayloadKindFacts), and SHOWN says which
of them the command line and the MCP server show, under which label."""

from __future__ import annotations

from bankcodes._record import Record, field

#: The facts of each record that the command line ("cli") and the MCP server ("mcp") show, as
#: (field, label, where), in order.
SHOWN: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "Code": (
        ("next_step", "Next step", ("cli", "mcp")),
        ("state", "State", ("cli", "mcp")),
        ("state_reason", "Why this state", ("cli", "mcp")),
        ("wait_seconds", "Wait (seconds)", ("cli", "mcp")),
        ("max_attempts", "Attempts at most", ("cli", "mcp")),
        ("fact_sources", "Sources of the facts", ("cli", "mcp")),
    ),
    "CodeSet": (("states", "Connection states", ("cli", "mcp")),),
    "Category": (("next_step", "Next step", ("cli", "mcp")), ("state", "State", ("cli", "mcp"))),
}


class CodeFacts(Record):
    """The carried facts of a code; None where it lacks one."""

    editorial: bool = False
    """The description is bankcodes' wording rather than the provider's."""
    message: str | None = None
    """The provider's message for the code, as sent or shown to the user."""
    advice: str | None = None
    """The provider's published advice to the integrator for this code (its "user action" or "what to do"), verbatim: what the app's developers or support should do. Never shown to the end user (end_user_text does not return it)."""
    advice_translations: dict[str, str] = field(default_factory=dict)
    """The provider's advice as its pages in other languages publish it, by language tag (a help centre's Portuguese column of actions), verbatim from the sources in text_sources.advice_translations (else the code's sources)."""
    message_translations: dict[str, str] = field(default_factory=dict)
    """The provider's own published translations of message, by language tag (a provider that publishes its messages in Spanish and Portuguese), verbatim from the sources in text_sources.message_translations (else the code's sources)."""
    user_message: str | None = None
    """The provider's own published text for the end user when this code reaches them (a display message sent with the error), verbatim from the code's sources."""
    user_message_translations: dict[str, str] = field(default_factory=dict)
    """The provider's own published translations of user_message, by language tag (for example Spanish and Canadian French), verbatim from the sources in text_sources.user_message_translations (else the code's sources)."""
    user_message_offered: bool = True
    """false when the provider's user_message speaks of something an app does not show (a support code below, a button): end_user_text then gives bankcodes' words instead."""
    aliases: tuple[str, ...] = ()
    """Other values the provider sent or documented for the same code."""
    notes: str | None = None
    """Always bankcodes' wording."""
    steps_to_reproduce: str | None = None
    """How to produce the code, as the provider publishes it."""
    next_step: str | None = None
    """What to do now, where the code's source says otherwise than its category (a consent's expiry in reconnect_required: renew_consent)."""
    state: str | None = None
    """The connection state the code stands for, where it differs from its category's (a status of a code set with states: true)."""
    state_reason: str | None = None
    """Why the code stands for its state (required with state): the source's words where fact_sources.state names the source, else bankcodes' reading."""
    wait_seconds: int | None = None
    """How long to wait before the request is sent again, as the sources in fact_sources.wait_seconds state it."""
    max_attempts: int | None = None
    """How many times the request may be sent in all, the first counted, as the sources in fact_sources.max_attempts state it."""
    fact_sources: dict[str, tuple[str, ...]] | None = None
    """The sources of next_step, state, wait_seconds and max_attempts, by field (required for a wait and a number of attempts; a next step or a state without them is bankcodes' reading of the code's sources, with the reason in notes)."""


class CodeSetFacts(Record):
    """The carried facts of a code set; None where it lacks one."""

    id: str
    """Id"""
    title: str
    """Title"""
    description: str
    """Description"""
    field: str
    """Where the value travels on the wire."""
    states: bool | None = None
    """true where the codes are a connection's, an item's, a link's or a consent's statuses: every code then has a state, its own or its category's."""
    own_codes: str | None = None
    """Where the source lets a sender put a code of its own in this field, in a form it gives (a bank's own namespaced code under a standard, Org.Code): that form, as a regular expression the whole value matches. A value the code set does not list but that matches it is read as such a code (with own_codes_category and own_codes_description), never as unknown; a listed value is read as its code."""
    own_codes_category: str | None = None
    """The category of a code of the sender's own (own_codes): bankcodes' reading, as the form says whose code it is, not what it means."""
    own_codes_description: str | None = None
    """What a code of the sender's own (own_codes) is, in bankcodes' words, quoting the source where it describes the form."""


class CategoryFacts(Record):
    """The carried facts of a category; None where it lacks one."""

    description: str
    """What the category means."""
    retryable: bool
    """Whether the same request, repeated unchanged later, may succeed: what a program may retry with backoff, without anything from the end user."""
    end_user_can_retry: bool
    """Whether the end user can act and then try again (re-enter a password, approve in the bank's app, pick another account): what an app may invite them to do. An end-user action that asks to try again is allowed only where this is true."""
    action: str
    """The recommended action."""
    next_step: str | None = None
    """What to do now when a code of the category comes (every category has one; the rules check it): bankcodes' reading."""
    state: str | None = None
    """The connection state a code of the category stands for, where its codes are a connection's or a consent's statuses: bankcodes' reading."""
    equivalents: bool = True
    """false when codes of this category are not interchangeable across providers (the site and the CLI list no equivalents for them); true by default."""


class LifecycleFacts(Record):
    """The carried facts of a code's lifecycle; None where it lacks one."""

    state: str
    """State"""
    note: str
    """Note"""
    replaced_by: str | None = None
    """The code to use instead, where the provider names one."""


class ScopeFacts(Record):
    """The carried facts of a code's scope."""

    regions: tuple[str, ...] = ()
    """Regions"""
    sdks: tuple[str, ...] = ()
    """SDKs"""
    doc_versions: tuple[str, ...] = ()
    """Documentation versions"""
    data_sources: tuple[str, ...] = ()
    """Data sources"""
    endpoints: tuple[str, ...] = ()
    """Endpoints"""


class TestUserFacts(Record):
    """The carried facts of a sandbox user."""

    institution: str
    """Institution"""
    username: str
    """Username"""
    password: str
    """Password"""


class HttpStatusFacts(Record):
    """The carried facts of an HTTP status a code is sent with; None where it lacks one."""

    cause: str | None = None
    """Cause"""
    message: str | None = None
    """Message"""
    steps_to_reproduce: str | None = None
    """Steps to reproduce"""
    context: str | None = None
    """Context"""


class SourceFacts(Record):
    """The carried facts of a source; None where it lacks one."""

    id: str
    """Id"""
    kind: str
    """Kind"""
    title: str
    """Title"""
    url: str | None = None
    """Address"""
    seed: str | None = None
    """Seed"""
    read_in_part: str | None = None
    """Where the source could be read only in part, what was read and what was not (a stored copy of a page that ends after a row, a file of which one version could be read): every fact it gives holds for what was read, and the catalog says of the rest 'not read', never that the source publishes nothing there. Left out: the source was read whole, and a claim of absence (publishes no list, no signature, no retries) may rest on it."""


class SignedTimestampFacts(Record):
    """The carried facts of a signed timestamp; None where it lacks one."""

    timestamp_label: str
    """The label of the timestamp (Unix seconds)."""
    signature_label: str
    """The label of a signature; a header may carry several (during a rotation), and one matching is enough. Signatures under other labels are not read."""
    separator: str
    """What joins the timestamp and the raw body in the signed content."""
    tolerance_seconds: int
    """The oldest timestamp accepted by default, in seconds before now: the provider's own libraries' default; the provider signs each delivery attempt anew."""
    future_tolerance_seconds: int | None = None
    """How far ahead of the clock a timestamp may be, in seconds; null: a timestamp ahead of the clock is accepted, as the provider's own libraries accept it."""
    repeated_timestamp: str = "first"
    """Which timestamp is read when a header carries several: the first or the last, as the provider's own libraries read it."""


class HmacSchemeFacts(Record):
    """The carried facts of an HMAC signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "hmac"

    headers: tuple[str, ...]
    """The headers that may hold the signature: the first present is read."""
    algorithm: str
    """The HMAC's hash function."""
    encodings: tuple[str, ...]
    """How the digest is written in the header; several when the provider's documents do not settle it."""
    prefix: str | None = None
    """A label before the digest in the header value (sha512=…)."""
    list_separator: str | None = None
    """The header may hold several signatures separated by this character, each written whole (with the prefix): every one must be well formed, and one matching is enough (a provider that signs with each secret valid during a rotation). Null: the header holds one signature."""
    hex_case: str | None = None
    """The case of a hex digest's letters where the provider's own verifier compares the text and so reads that case alone: signed so and read so only. Null: either case is read, and lower case is written."""


class JwtSchemeFacts(Record):
    """The carried facts of a JWT signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "jwt"

    header: str
    """The header holding the compact JWS."""
    algorithm: str
    """The only JWS algorithm accepted (any other alg is refused)."""
    max_age_seconds: int
    """The oldest iat accepted, in seconds before now."""
    future_skew_seconds: int
    """How far in the future an iat may be (clock skew)."""
    body_hash_claim: str
    """The claim holding the hex SHA-256 of the raw body."""
    key_reply_member: str | None = None
    """The member of the provider's key endpoint reply that holds the JWK, when the reply wraps it: a receiver may pass the reply as it is."""
    key_expiry_member: str | None = None
    """The JWK member holding the Unix time at which the provider expired the key (null while it is valid): a token whose key has expired is refused (expired_key)."""


class JwsSchemeFacts(Record):
    """The carried facts of a detached JWS signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "jws"

    header: str
    """The header holding the JWS (header..signature)."""
    algorithm: str
    """The only JWS algorithm accepted (any other alg is refused)."""
    allowed_jku: tuple[str, ...]
    """The key set addresses the provider publishes: a signature naming any other jku is refused (unknown_key) before a key is looked up."""
    timestamp_header: str | None = None
    """A header the signature must cover that holds the time of sending (RFC 3339): a tolerance, when one is asked for, is checked against it."""


class StandardWebhooksSchemeFacts(Record):
    """The carried facts of a Standard Webhooks signing scheme."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "standard_webhooks"

    id_header: str
    """The header holding the message id."""
    timestamp_header: str
    """The header holding the Unix timestamp."""
    signature_header: str
    """The header holding the signatures."""
    tolerance_seconds: int
    """How far from now a timestamp may be, before or after: the libraries' default."""


class SharedSecretSchemeFacts(Record):
    """The carried facts of a shared secret signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "shared_secret"

    header: str | None = None
    """The header holding the secret; left out where the app names the header itself when it registers the webhook (receive is then told its name)."""


class FetchedKeySchemeFacts(Record):
    """The carried facts of a fetched-key signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "fetched_key"

    signature_header: str
    """The header holding the signature."""
    key_id_header: str
    """The header holding the id of the key that signed the delivery: a decimal integer, the provider's keys numbered in the order they are made."""
    algorithm: str
    """The signature's algorithm: RSASSA-PKCS1-v1_5 with SHA-256 over the raw body."""
    encoding: str
    """How the signature is written in its header."""
    key_address: str
    """The https address of a public key, {key_id} standing for the key id: the only host keys are fetched from is this address's."""
    key_auth: str | None = None
    """How the key request is authenticated: basic, HTTP basic auth with the app's own credentials (its id and secret); null: none."""
    key_reply_member: str | None = None
    """The member of the key address's JSON reply that holds the PEM; null: the reply is the PEM itself."""
    key_max_age_seconds: int
    """How long a fetched key is kept before it is fetched again, in seconds: the provider's own library's default."""
    lower_key_id_refused: bool
    """Whether a delivery naming a key id lower than the newest key kept is refused (expired_key): the provider's rotation makes the older key invalid."""


class CertificateJwtSchemeFacts(Record):
    """The carried facts of a certificate JWT signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "certificate_jwt"

    header: str
    """The header holding the token."""
    auth_type: str | None = None
    """The authentication type before the token and a space (Bearer); null: the header holds the token alone."""
    algorithm: str
    """The only JWS algorithm accepted (any other alg is refused)."""
    x5u_domains: tuple[str, ...]
    """The domains a certificate may be fetched from: the x5u is https on one of them or a subdomain, or the token is refused (unknown_key) with nothing fetched."""
    digest_claim: str
    """The claim holding the digest of the raw body."""
    digest_prefix: str
    """What precedes the base64 SHA-256 of the raw body in the digest claim (the digest algorithm's identifier)."""


class PublishedKeySchemeFacts(Record):
    """The carried facts of a published-key signing scheme; None where it lacks one."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "published_key"

    signature_header: str
    """The header holding the signature."""
    algorithm: str
    """The signature's algorithm: RSASSA-PKCS1-v1_5 with SHA-256 (an RSA key), or ECDSA with SHA-256 on P-256, the signature DER-encoded (an EC key)."""
    encoding: str
    """How the signature is written in its header."""
    separator: str | None = None
    """What joins the callback URL and the raw body in the signed text; null: the raw body alone is signed, and no URL is given."""
    compact_body: bool = False
    """Whether the provider signs compact JSON, as JSON.stringify writes it."""


class NoSignatureFacts(Record):
    """The carried facts of a transport-only signing scheme."""

    #: The scheme's name in the spec, which tags the union of schemes.
    scheme = "none"

    transport: tuple[str, ...]
    """What the provider offers to authenticate deliveries at the transport: HTTP basic auth, a static bearer token the receiver registered (Authorization: Bearer …), mutual TLS, an OAuth 2 token, its published source addresses."""


class DeliveryFacts(Record):
    """The carried facts of a delivery contract; None where it lacks one."""

    success_status: int | None = None
    """The HTTP status that acknowledges a delivery; null when unpublished."""
    timeout_seconds: int | None = None
    """How long the provider waits for the answer; null when unpublished."""
    addresses: tuple[str, ...]
    """The published source IP addresses of deliveries (empty when unpublished)."""


class PayloadKindFacts(Record):
    """The carried facts of a payload kind; None where it lacks one."""

    request_id: str | None = None
    """The field of a body that holds the provider's id of the request (to quote to its support), or the path to it through nested objects (error.tracingId): bankcodes.from_exception and fromError report it."""
    request_id_header: str | None = None
    """The response header that holds the provider's id of the request where the body does not (a Request-Id header): bankcodes explain -, the site's decoder, bankcodes.from_exception and fromError read it from a response's headers; a body's request_id comes first."""
    status_field: str | None = None
    """The top-level field of a body that holds the HTTP status of its response (an integer): bankcodes.from_exception reports it where the error carries no status."""
    response_status: int | None = None
    """The HTTP status of every response whose body is of this kind, where its sources say a body of it comes with that status alone (a successful response's body): a body read without its response's status is read with this one."""
    status_code_set: str | None = None
    """The provider's code set of HTTP statuses (wire_type integer) with the meaning it gives each: where a response carrying this kind has no code the catalog knows (none, or one unknown) and its status is one of these codes, the status decides, said as such (path and field '(HTTP status)'), in every reader that has the status."""
    words: tuple[str, ...] | None = None
    """The text fields of a kind whose bodies carry no code, by JSON path, that hold the provider's own words on what to do or what went wrong (an instruction, else a message), first preferred: where no code the catalog knows decides, every reader shows the first text found, quoted as the provider's, under its first sentence."""
    words_step: str | None = None
    """The next step the kind's sources give its words where they say what the words are for (texts for the end user: end_user_action): where no code the catalog knows decides and the response's status says nothing more than that it succeeded, a body whose words field holds a text decides this step, with words_step_sources."""
    words_step_sources: tuple[str, ...] = ()
    """The sources that say what the kind's words are for (with words_step)."""
    namespace_field: str | None = None
    """The top-level text field of a body whose address tells which of the kind's code sets its codes are read in (a problem's type, a link to the page that documents the error), by namespace_code_sets."""
    namespace_code_sets: dict[str, str] = field(default_factory=dict)
    """With namespace_field: each address (the start of the field's text) with the code set, one of the kind's code fields', that a body whose field begins with it is read in first; a body whose field begins with none is read in the code fields' code sets in their order."""
    exception_code_set: str | None = None
    """The provider's code set of the exception classes its own clients raise in place of a body of this kind, keeping nothing of it (the class named after the error's type): where an exception carries no body and is the provider's (the reader is told the provider, or its client package raised it), its class, or the nearest of its parents, that is a code decides, said as such (path and field '(exception class)')."""
    concerns: dict[str, str] | None = None
    """The fields beside a code, in the object that holds it, that name the connection or the account the code concerns (an error of one account in a response that lists many: {"account": "account_id"}): every reader keeps the one a body names with its code (its `concerns`, the decision's, the log fields' bankcodes.connection_id and bankcodes.account_id), so that it fails that connection or account alone, not the whole response."""
