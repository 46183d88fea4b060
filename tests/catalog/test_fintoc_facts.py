"""Fintoc's facts, typed from its sources: fintoc-python 2.23.0 (fintoc-com/fintoc-python at
55f141ee0ad25395340907a822b419c23fa54136: fintoc/errors.py, fintoc/utils.py, fintoc/webhook.py,
tests/test_webhook.py), fintoc-node 1.25.0 (fintoc-com/fintoc-node at
d3f74853fcf641fad5dbc8e3736fa30f6682489f: src/lib/errors.ts, src/lib/utils.ts, src/lib/webhook.ts),
fintoc-ruby 1.2.0 (fintoc-com/fintoc-ruby at b4c624495dd3114d44c16a94e6b4f40372be12ad:
lib/fintoc/errors.rb, lib/fintoc/base_client.rb), fintoc-react-native 1.0.3 (at
027594b8f55b23f27ef26e6e7e55abf173cc99bc: src/lib/constants.ts) and docs.fintoc.com's pages
(Error Object, Refresh Intents errors, Refresh Intent object, Payment Intent object, Payment
intent error reason, Types of events, Listen to Widget events, webhooks guides), as the sources
of spec/catalog.json pin them."""

from __future__ import annotations

import json
from typing import Any

import httpx

import bankcodes
from bankcodes import payloads
from tests.support.helpers import provider_module, spec_data

fintoc = provider_module("fintoc")


def _values(enum: Any) -> list[Any]:
    return [member.value for member in enum]


# --- API errors ------------------------------------------------------------------------------

#: Error Object page (docs.fintoc.com/reference/errors-object): "It may be api_error,
#: authentication_error, link_error, institution_error, invalid_request_error, new_contact_error or
#: amount_error. The last two are only if you pre-validate payments."
ERROR_TYPES = [
    "api_error", "authentication_error", "link_error", "institution_error",
    "invalid_request_error", "new_contact_error", "amount_error",
]  # fmt: skip

#: fintoc/errors.py: the classes below FintocError, with their docstrings.
PYTHON_CLASSES = {
    "ApiError": "Represents an error with the API server.",
    "AuthenticationError": "Represents an error with the authentication.",
    "LinkError": "Represents an error with a Link object.",
    "InstitutionError": "Represents an error with an Institution object.",
    "InvalidRequestError": "Represents an error because of an invalid request.",
}


def _python_class_of(error_type: str) -> str:
    """fintoc/utils.py get_error_class: snake_to_pascal(type), FintocError where errors.py has no
    such class (the lookup's default)."""
    name = "".join(word.title() for word in error_type.split("_"))
    return name if name in PYTHON_CLASSES else "FintocError"


def test_the_error_types_are_the_error_object_pages() -> None:
    assert _values(fintoc.ErrorType) == ERROR_TYPES


def test_each_type_is_the_class_the_python_and_node_clients_raise() -> None:
    """fintoc-python picks the class by error.type (utils.get_error_class), as fintoc-node does
    (utils.getErrorClass, errorsModule[name] || FintocError); the last two types have none."""
    classes = {error_type: _python_class_of(error_type) for error_type in ERROR_TYPES}
    assert classes["new_contact_error"] == classes["amount_error"] == "FintocError"
    assert set(_values(fintoc.ClientErrorClass)) == {*PYTHON_CLASSES, "FintocError"}
    for error_type, name in classes.items():
        if name == "FintocError":
            continue
        member, raised = fintoc.ErrorType(error_type), fintoc.ClientErrorClass(name)
        assert member.description == raised.description == PYTHON_CLASSES[name]
        assert member.category is raised.category, error_type
    assert fintoc.ClientErrorClass("FintocError").description == "Represents the base custom error."


#: Refresh Intents errors page (docs.fintoc.com/docs/refresh-intents-errors): its four bodies.
IN_PROGRESS = {
    "error": {
        "type": "invalid_request_error",
        "message": "There is already a refresh intent in progress for link_00000000.",
        "code": "refresh_intent_in_progress",
        "param": None,
        "doc_url": "https://docs.fintoc.com/reference/errors",
    }
}
TOO_SOON = {
    "error": {
        "type": "invalid_request_error",
        "message": "This Link was recently refreshed.You have to wait at least 5 minutes between "
        "refresh intents",
        "code": "rate_limit_exceeded",
        "param": None,
        "doc_url": "https://docs.fintoc.com/reference/errors",
    }
}
REJECTED = {
    "error": {
        "type": "link_error",
        "message": "The institution indicated that the credentials are invalid. You need to "
        "reconnect the account.",
        "code": "rejected_refresh_intent",
    }
}
#: The same page: the credentials not yet confirmed invalid (wait an hour).
WAIT_AN_HOUR = {
    "error": {
        "type": "link_error",
        "message": "The institution indicated that the credentials are invalid. You have to wait "
        "at least an hour to avoid locking your credentials",
        "code": "rejected_refresh_intent",
    }
}
#: Error Object page: its example.
MISSING = {
    "error": {
        "type": "invalid_request_error",
        "code": "missing_parameter",
        "message": "Missing required param: link_token",
        "param": "link_token",
        "doc_url": "https://fintoc.com/docs#invalid-request-error",
    }
}


def test_the_published_error_codes_and_the_ruby_clients_statuses_for_them() -> None:
    """lib/fintoc/errors.rb groups the class of each code under an HTTP status:
    MissingParameterError under 400, RefreshIntentInProgressError and RejectedRefreshIntentError
    under 422, RateLimitExceededError under 429."""
    published = [str(body["error"]["code"]) for body in (MISSING, IN_PROGRESS, TOO_SOON, REJECTED)]
    assert _values(fintoc.ErrorCode)[:4] == published
    # The link_error bodies of the Refresh Intents errors page are examples of the kind, each
    # decided by its code.
    kind = spec_data()["payloads"]["fintoc/api-error"]
    decided = {json.dumps(e["data"], sort_keys=True): e["decided_by"] for e in kind["examples"]}
    for body in (REJECTED, WAIT_AN_HOUR):
        assert decided[json.dumps(body, sort_keys=True)] == "$.error.code"
    statuses = {
        "missing_parameter": (400,),
        "refresh_intent_in_progress": (422,),
        "rate_limit_exceeded": (429,),
        "rejected_refresh_intent": (422,),
    }
    for code, status in statuses.items():
        assert fintoc.ErrorCode(code).http_statuses == status, code


def test_what_the_refresh_intent_errors_mean() -> None:
    # "You can't create a Refresh Intent when there is another one in progress"; "You have to
    # wait 5 minutes to create a new Refresh Intent"; "You need to reconnect the account."
    assert fintoc.ErrorCode("refresh_intent_in_progress").description == (
        "You can't create a Refresh Intent when there is another one in progress"
    )
    assert fintoc.ErrorCode("refresh_intent_in_progress").category is (
        bankcodes.Category.CONCURRENT_OPERATION
    )
    assert fintoc.ErrorCode("rate_limit_exceeded").category is bankcodes.Category.RATE_LIMITED
    rejected = fintoc.ErrorCode("rejected_refresh_intent")
    assert rejected.description == REJECTED["error"]["message"]
    assert rejected.category is bankcodes.Category.RECONNECT_REQUIRED
    assert fintoc.ErrorCode("missing_parameter").category is bankcodes.Category.INTEGRATION_ERROR


def test_the_status_code_summary() -> None:
    """HTTP status code summary (v2023-11-15): 200, 400, 401, 402, 403, 404, 429, 500, 503."""
    assert _values(fintoc.ResponseStatus) == [200, 400, 401, 402, 403, 404, 429, 500, 503]
    assert fintoc.ResponseStatus(429).description == (
        "You exceeded the limit of five requests per second."
    )
    assert fintoc.ResponseStatus(503).category is bankcodes.Category.INSTITUTION_UNAVAILABLE


def test_a_fintoc_error_body_is_read_as_fintocs_by_its_code() -> None:
    """A code of Fintoc's own (the Error object page, the Refresh Intent errors) tells its body
    from Stripe's, whose shape it shares."""
    for body in (MISSING, IN_PROGRESS, TOO_SOON, REJECTED, WAIT_AN_HOUR):
        assert payloads.recognise(body) == ("fintoc/api-error",)
        found = payloads.decisive_code("fintoc/api-error", body)
        assert found is not None and found.path == "$.error.code"
    found = payloads.decisive_code("fintoc/api-error", REJECTED)
    assert found is not None and found.path == "$.error.code"
    assert found.code is fintoc.ErrorCode("rejected_refresh_intent")


def test_a_body_of_a_type_both_providers_send_is_neither_s_alone() -> None:
    """invalid_request_error is a type of Fintoc's Error object page and of Stripe's: with no code
    of either's own, the body is read only where the reader is told the provider."""
    body = {"error": {"type": "invalid_request_error", "message": "Invalid request"}}
    assert payloads.recognise(body) == ()
    assert payloads.recognise(body, "fintoc") == ("fintoc/api-error",)
    assert payloads.recognise(body, "stripe") == ("stripe/api-error",)
    found = payloads.decisive_code("fintoc/api-error", body)
    assert found is not None and found.code is fintoc.ErrorType("invalid_request_error")


class FintocError(Exception):
    """The shape of fintoc-python's FintocError (fintoc/errors.py): built from the error object,
    it keeps only its message, 'type: code (param)', the error's message and 'Check the docs for
    more info: doc_url' on three lines; no attribute holds the body, the code or the status."""

    def __init__(self, error_data: dict[str, Any]) -> None:
        message = str(error_data.get("type"))
        code, param, doc_url = (error_data.get(k) for k in ("code", "param", "doc_url"))
        message += f": {code}" if code is not None else ""
        message += f" ({param})" if param is not None else ""
        message += f"\n{error_data.get('message')}"
        message += f"\nCheck the docs for more info: {doc_url}" if doc_url is not None else ""
        super().__init__(message)


class LinkError(FintocError):
    """fintoc/errors.py LinkError."""


# The classes live in the client's package, fintoc (its module, fintoc.errors): an exception of
# a provider's own client is read through the error it was raised while handling.
FintocError.__module__ = LinkError.__module__ = "fintoc.errors"


def _raised_by_the_python_client(body: dict[str, Any], status: int) -> FintocError:
    """What fintoc/utils.py can_raise_fintoc_error does with httpx's HTTPStatusError:
    `raise error(error_data["error"]) from None`, which keeps the httpx error as __context__."""
    request = httpx.Request("POST", "https://api.fintoc.com/v1/refresh_intents")
    response = httpx.Response(status, json=body, request=request)
    try:
        try:
            response.raise_for_status()
        except httpx.HTTPStatusError:
            raise LinkError(body["error"]) from None
    except FintocError as error:
        return error
    raise AssertionError("nothing was raised")


def test_how_an_app_meets_a_fintoc_error_from_the_python_client() -> None:
    error = _raised_by_the_python_client(REJECTED, 422)
    assert type(error).__name__ == "LinkError"
    assert str(error) == (
        "link_error: rejected_refresh_intent\nThe institution indicated that the credentials "
        "are invalid. You need to reconnect the account."
    )
    assert error.__cause__ is None and error.__suppress_context__
    assert isinstance(error.__context__, httpx.HTTPStatusError)
    # The exception itself carries no body; the response it was raised in place of does, and
    # the client's package names the provider.
    found = bankcodes.from_exception(error)
    assert found is not None and (found.kind, found.status) == ("fintoc/api-error", 422)
    assert found.code is fintoc.ErrorCode("rejected_refresh_intent")
    # A body of a type Stripe sends too is Fintoc's: the exception is fintoc's client's.
    shared = _raised_by_the_python_client({"error": {"type": "invalid_request_error"}}, 400)
    found = bankcodes.from_exception(shared)
    assert found is not None and found.code is fintoc.ErrorType("invalid_request_error")
    # Its class is a code of its own, read by name.
    assert bankcodes.classify("fintoc", type(error).__name__) is (
        bankcodes.Category.RECONNECT_REQUIRED
    )


class NewContactError(FintocError):
    """A class the client would build for a type the catalog has no class code for: fintoc/
    utils.py get_error_class falls back to FintocError for a type without a class of its own,
    and a later client may add one."""


NewContactError.__module__ = "fintoc.errors"


class AppLinkError(Exception):
    """An app's own exception, named like one of Fintoc's but not raised by its client."""


AppLinkError.__name__ = AppLinkError.__qualname__ = "LinkError"


def test_an_exception_of_the_client_that_kept_no_body_is_read_by_its_class() -> None:
    """Raised with no HTTP error behind it, LinkError carries nothing: its class is the code, as
    the Error object page's classes (fintoc/errors.py) name it, standing for the API error."""
    found = bankcodes.from_exception(LinkError(REJECTED["error"]))
    assert found is not None
    assert (found.kind, found.path, found.status) == ("fintoc/api-error", "(exception class)", None)
    assert found.code is fintoc.ClientErrorClass("LinkError")
    assert found.code.category is bankcodes.Category.RECONNECT_REQUIRED
    # A class without a code of its own is read by the nearest parent that has one.
    newer = bankcodes.from_exception(NewContactError({"type": "new_contact_error"}))
    assert newer is not None and newer.code is fintoc.ClientErrorClass("FintocError")
    # An app's own class of the same name is no provider's, unless the caller says whose it is.
    assert bankcodes.from_exception(AppLinkError()) is None
    told = bankcodes.from_exception(AppLinkError(), "fintoc")
    assert told is not None and told.code is fintoc.ClientErrorClass("LinkError")
    assert bankcodes.from_exception(ValueError("x"), "fintoc") is None


class PaymentFailed(Exception):
    """An app's own exception, raised from the client's."""


def test_a_client_exception_is_read_by_its_class_through_the_apps_and_so_far_only() -> None:
    try:
        raise PaymentFailed("linking failed") from LinkError(REJECTED["error"])
    except PaymentFailed as error:
        wrapped = error
    for found in (bankcodes.from_exception(wrapped), bankcodes.from_exception(wrapped, "fintoc")):
        assert found is not None and found.code is fintoc.ClientErrorClass("LinkError")
    # Eight classes are read, the exception's own first, as fromError reads them.
    deep: type[Exception] = FintocError
    for level in range(8):
        deep = type(f"Level{level}", (deep,), {"__module__": "fintoc.errors"})
    assert bankcodes.from_exception(deep({"type": "x"})) is None
    # A class of another provider's client package is that provider's, even told Fintoc.
    stripes = type("AuthenticationError", (Exception,), {"__module__": "stripe._error"})
    assert bankcodes.from_exception(stripes(), "fintoc") is None


# --- Payment Intents and Refresh Intents ------------------------------------------------------


def test_the_payment_intent_statuses() -> None:
    # Payment Intent object: "Payment status. Can be either created, in_progress, succeeded,
    # failed, pending, expired or rejected".
    statuses = ["created", "in_progress", "succeeded", "failed", "pending", "expired", "rejected"]
    assert _values(fintoc.PaymentIntentStatus) == statuses
    assert fintoc.PaymentIntentStatus("succeeded").category is bankcodes.Category.SUCCESS
    assert fintoc.PaymentIntentStatus("pending").category is bankcodes.Category.PENDING


#: Payment intent error reason (bank transfers), in the page's order.
ERROR_REASONS = [
    "bank_account_locked", "bank_connection_error", "bank_not_available", "amount_limit_reached",
    "insufficient_funds", "login_credentials_locked", "login_invalid_credentials",
    "maximum_amount_error", "mfa_authorization_timeout", "mfa_invalid_authorization",
    "mfa_locked", "mfa_unavailable", "new_contact_amount_limit_reached",
    "new_contact_transfer_number_limit_reached", "recipient_account_not_allowed",
    "unresolved_final_status",
]  # fmt: skip


def test_the_payment_error_reasons() -> None:
    # An earlier capture of the same page lists user_left, after bank_account_locked.
    assert _values(fintoc.PaymentErrorReason) == [*ERROR_REASONS, "user_left"]
    reason = fintoc.PaymentErrorReason
    assert reason("bank_connection_error").description == (
        "Fintoc had a problem connecting with the selected bank."
    )
    assert reason("login_invalid_credentials").category is bankcodes.Category.CREDENTIALS_INVALID
    assert reason("bank_not_available").category is bankcodes.Category.INSTITUTION_UNAVAILABLE


def test_an_unresolved_payment_is_never_retried() -> None:
    """'The bank can't provide a definite answer on whether this payment was completed or not':
    paying again may pay twice."""
    unresolved = fintoc.PaymentErrorReason("unresolved_final_status")
    assert unresolved.description.startswith("The bank can\u2019t provide a definite answer")
    assert (unresolved.retryable, unresolved.end_user_can_retry) == (False, False)
    words = unresolved.end_user_text("es")
    assert words is not None and words.language == "es"


def test_the_refresh_intent_statuses() -> None:
    # Refresh Intent object: "Possible values are succeeded, failed and rejected." (es: "Los
    # valores posibles son succeeded, failed y rejected.")
    assert _values(fintoc.RefreshIntentStatus) == ["succeeded", "failed", "rejected"]
    assert fintoc.RefreshIntentStatus("rejected").category is bankcodes.Category.RECONNECT_REQUIRED


#: Payment Intent Object page's example (its customer_email as the stored copy shows it).
PAYMENT_INTENT: dict[str, Any] = {
    "id": "pi_BO381oEATXonG6bj",
    "object": "payment_intent",
    "amount": 1000,
    "currency": "CLP",
    "widget_token": "pi_BO381oEATXonG6bj_sec_a4xK32BanKWYn",
    "status": "created",
    "reference_id": "90123712",
    "transaction_date": "2021-10-15T15:24:15.474Z",
    "metadata": {},
    "error_reason": None,
    "mode": "live",
    "customer_email": "[email protected]",
    "recipient_account": {
        "holder_id": "183917137",
        "number": "123456",
        "type": "checking_account",
        "institution_id": "cl_banco_de_chile",
    },
    "sender_account": {
        "holder_id": "192769065",
        "number": "123456",
        "type": "checking_account",
        "institution_id": "cl_banco_estado",
    },
    "created_at": "2021-10-15T15:23:11.474Z",
}


def test_a_payment_intent_is_read_by_its_error_reason_before_its_status() -> None:
    assert payloads.identify(PAYMENT_INTENT).kind == "fintoc/payment-intent"
    found = payloads.decisive_code("fintoc/payment-intent", PAYMENT_INTENT)
    assert found is not None
    assert (found.path, found.code) == ("$.status", fintoc.PaymentIntentStatus("created"))
    failed = {**PAYMENT_INTENT, "status": "failed", "error_reason": "insufficient_funds"}
    found = payloads.decisive_code("fintoc/payment-intent", failed)
    assert found is not None
    assert (found.path, found.code) == (
        "$.error_reason",
        fintoc.PaymentErrorReason("insufficient_funds"),
    )


def test_fintoc_s_codes_meet_the_other_providers_where_the_meaning_is_the_same() -> None:
    # Payment intent error reasons page: login_invalid_credentials "The bank indicated that the
    # user's credentials are invalid"; insufficient_funds "The account doesn't have enough money
    # to execute the payment" (Plaid's INVALID_CREDENTIALS and PAYMENT_INSUFFICIENT_FUNDS say
    # the same on Plaid's error page).
    credentials = fintoc.PaymentErrorReason("login_invalid_credentials").info.equivalents
    assert ("plaid", "INVALID_CREDENTIALS", "meaning") in {
        (e.provider, e.value, e.same) for e in credentials
    }
    funds = fintoc.PaymentErrorReason("insufficient_funds").info.equivalents
    assert ("plaid", "PAYMENT_INSUFFICIENT_FUNDS") in {(e.provider, e.value) for e in funds}
