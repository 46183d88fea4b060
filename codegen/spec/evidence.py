"""What tells a body's provider (DESIGN.md, rule 22): the evidence a recognition entry of a payload
kind can offer, and what is anyone's. A body is a provider's by what only that provider sends: a
text in its namespace (`prefixes`: its documentation address, a URN of its own), a field of its
own, several of its fields together, or a code only its code sets hold; never by a field name or
a shape many APIs share, nor by a code they share. codegen.rules.payloads checks every entry
offers some; codegen.resolve_payloads writes what each offers into the runtime's record
(bankcodes._kinds.Recognition), which weighs it in each body (bankcodes._recognition)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codegen.spec.payloads import Recognition

#: Field names too common to tell a provider's body from another's (any API may send a `status`
#: or a `code`): an entry whose fields are all of these tells nothing by its fields unless there
#: are several of them together that no shape of FOREIGN_SHAPES holds.
GENERIC_FIELDS = frozenset(
    {
        "account", "account_id", "accounts", "action", "amount", "code", "created", "created_at",
        "currency", "customer_id", "data", "description", "detail", "details", "error", "errors",
        "event", "event_id", "events", "field", "id", "institution", "institution_id", "kind",
        "link", "message", "messages", "meta", "metadata", "name", "object", "params", "payload",
        "reason", "request_id", "requestId", "result", "results", "state", "status",
        "status_code", "statusCode", "step", "success", "summary", "timestamp", "title",
        "trace_id", "type", "url", "user_id", "value",
    }
)  # fmt: skip

#: The commonest of them, a body's bare status or code: not even a code of the provider's own in
#: one of these, alone, tells its provider.
BARE_FIELDS = frozenset(
    {"code", "error", "event", "kind", "name", "reason", "result", "state", "status", "type"}
)

#: The shapes of bodies that a standard or a convention defines, or that many APIs answer alike,
#: each anyone's: fields that all belong to one of them tell no provider, however many. RFC
#: 9457's problem details; an error code and message, with a status, a type, the request's id or
#: the field at fault, as many APIs answer (Box, Notion, DigitalOcean, Django REST framework's
#: APIs: tests/support/foreign_bodies.json); OAuth 2.0's error response (RFC 6749, section 5.2);
#: the error object of Google's and Microsoft's API guidelines; the top-level members of a
#: JSON:API or GraphQL error response; Kubernetes' Status object (k8s.io/apimachinery's
#: metav1.Status), which other APIs take too; the error object Stripe's API made common
#: ({error: {type, code, message, param, doc_url}}: OpenAI's, Anthropic's and Mistral's errors
#: take it).
FOREIGN_SHAPES = (
    frozenset({"type", "title", "status", "detail", "instance"}),
    frozenset(
        {
            "code",
            "message",
            "status",
            "details",
            "detail",
            "type",
            "object",
            "id",
            "request_id",
            "field",
            "help_url",
            "context_info",
        }
    ),
    frozenset({"error", "error_description", "error_uri"}),
    frozenset({"error", "error.code", "error.message", "error.status", "error.details"}),
    frozenset({"errors", "meta", "links", "data", "jsonapi", "extensions"}),
    frozenset({"kind", "apiVersion", "metadata", "status", "message", "reason", "details", "code"}),
    frozenset(
        {"error", "error.type", "error.code", "error.message", "error.param", "error.doc_url"}
    ),
)


def normal(text: str) -> str:
    """A code's spelling compared with another's: its ASCII letters in lower case and its digits
    (NotFound, NOT_FOUND and not-found are one)."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


#: Codes that many APIs send, each anyone's, by its `normal` spelling: a code of a provider's
#: code set that is one of these tells no provider. HTTP's reason phrases for client and server
#: errors (RFC 9110, section 15; RFC 6585's 429; their earlier names too); OAuth 2.0's error codes
#: (RFC 6749, sections 4.1.2.1 and 5.2; RFC 6750, section 3.1; RFC 8628, section 3.5); gRPC's
#: canonical codes (google.rpc.Code); Kubernetes' status reasons (k8s.io/apimachinery
#: pkg/apis/meta/v1/types.go at eed236ce); Django REST framework's error codes
#: (rest_framework/exceptions.py, fields.py, relations.py and validators.py at 751a19fe); the
#: error types of the error object Stripe's API made common, as OpenAI and Anthropic send them,
#: and OpenAI's codes in it (tests/support/foreign_bodies.json).
COMMON_CODES = frozenset(
    normal(text)
    for text in (
        "Bad Request", "Unauthorized", "Payment Required", "Forbidden", "Not Found",
        "Method Not Allowed", "Not Acceptable", "Proxy Authentication Required",
        "Request Timeout", "Conflict", "Gone", "Length Required", "Precondition Failed",
        "Content Too Large", "Payload Too Large", "Request Entity Too Large", "URI Too Long",
        "Unsupported Media Type", "Range Not Satisfiable", "Expectation Failed",
        "Misdirected Request", "Unprocessable Content", "Unprocessable Entity",
        "Upgrade Required", "Too Many Requests", "Internal Server Error", "Not Implemented",
        "Bad Gateway", "Service Unavailable", "Gateway Timeout", "HTTP Version Not Supported",
        "access_denied", "authorization_pending", "expired_token", "insufficient_scope",
        "invalid_client", "invalid_grant", "invalid_request", "invalid_scope", "invalid_token",
        "server_error", "slow_down", "temporarily_unavailable", "unauthorized_client",
        "unsupported_grant_type", "unsupported_response_type",
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
        "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
        "UNAUTHENTICATED",
        "AlreadyExists", "Invalid", "ServerTimeout", "StorageReadError", "Timeout",
        "InternalError", "Expired",
        "error", "invalid", "parse_error", "authentication_failed", "not_authenticated",
        "permission_denied", "throttled", "blank", "date", "datetime", "empty", "invalid_choice",
        "invalid_image", "invalid_unicode", "make_aware", "max_decimal_places", "max_digits",
        "max_length", "max_string_length", "max_value", "max_whole_digits", "min_length",
        "min_value", "no_name", "not_a_dict", "not_a_list", "null", "overflow", "required",
        "does_not_exist", "incorrect_match", "incorrect_type", "no_match", "unique",
        "api_error", "authentication_error", "invalid_request_error", "not_found_error",
        "overloaded_error", "permission_error", "rate_limit_error", "request_too_large",
        "invalid_api_key", "rate_limit_exceeded", "insufficient_quota", "model_not_found",
    )
)  # fmt: skip


def named(entry: Recognition) -> tuple[str, ...]:
    """The keys an entry requires a value at, in its order: present, objects, then codes."""
    return tuple(dict.fromkeys((*entry.present, *entry.objects, *entry.codes)))


def by_fields(entry: Recognition) -> bool:
    """Whether an entry's fields tell its provider: one of them is its own (no name of
    GENERIC_FIELDS), or there are at least three that no shape of FOREIGN_SHAPES holds."""
    keys = named(entry)
    if any(key.rpartition(".")[2].removesuffix("[]") not in GENERIC_FIELDS for key in keys):
        return True
    return len(keys) >= 3 and not any(set(keys) <= shape for shape in FOREIGN_SHAPES)


def shared(
    entry: Recognition, spellings: Mapping[str, tuple[str, ...]], held: Mapping[str, set[str]]
) -> dict[str, tuple[str, ...]]:
    """For each key of an entry's codes, the spellings of its code sets' codes that tell no
    provider: a spelling another provider's code set holds too, as it is written (`held`: each
    spelling with the providers whose code sets hold it; each provider writes its codes in its
    own case, so INSTITUTION_DOWN is not institution_down), or one of COMMON_CODES however it is
    written. `spellings` gives each code set's ("provider.code_set") spellings, a code's aliases
    with it."""
    found: dict[str, tuple[str, ...]] = {}
    for key, refs in entry.codes.items():
        anyone = {
            text
            for ref in refs
            for text in spellings.get(ref, ())
            if normal(text) in COMMON_CODES or held.get(text, set()) - {ref.partition(".")[0]}
        }
        if anyone:
            found[key] = tuple(sorted(anyone))
    return found


def own_codes(
    entry: Recognition, spellings: Mapping[str, tuple[str, ...]], held: Mapping[str, set[str]]
) -> bool:
    """Whether some key of an entry's codes may hold a code that tells its provider (one that
    `shared` leaves), in a field that is not a bare status or code where it is the entry's only
    one."""
    keys = named(entry)
    anyone = shared(entry, spellings, held)
    for key, refs in entry.codes.items():
        bare = len(keys) == 1 and key.rpartition(".")[2] in BARE_FIELDS
        texts = {text for ref in refs for text in spellings.get(ref, ())}
        if not bare and texts - set(anyone.get(key, ())):
            return True
    return False
