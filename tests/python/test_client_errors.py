"""bankcodes.from_exception over the exceptions the providers' own clients raise, answered by a
server on loopback (never the network): plaid-python's ApiException, the stripe package's
StripeError, belvo-python's RequestError, httpx's HTTPStatusError for Lean, Flinks, MX and
Mastercard; the recipes of the
site's Errors page (site/docs/examples/client_errors*.py) run as written. Bodies are typed from
the providers' pages, named beside each."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import belvo.client
import belvo.exceptions
import httpx
import pytest
import stripe
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category
from tests.support.helpers import ROOT
from tests.support.helpers import load_example as _load

EXAMPLES = ROOT / "site" / "docs" / "examples"


client_errors = _load("client_errors")
client_errors_otel = _load("client_errors_otel")
client_errors_sentry = _load("client_errors_sentry")

#: plaid.com/docs/errors/item/#item_login_required: its example response (HTTP 400).
ITEM_LOGIN_REQUIRED = {
    "error_type": "ITEM_ERROR",
    "error_code": "ITEM_LOGIN_REQUIRED",
    "error_message": "the login details of this item have changed (credentials, MFA, or "
    "required user action) and a user login is required to update this information. use "
    "Link's update mode to restore the item to a good state",
    "display_message": None,
    "request_id": "HNTDNrA8F1shFEW",
}
#: docs.stripe.com/api/errors: an error body has type, code and message under "error"; the
#: Request-Id header names the request (stripe-python reads it as error.request_id).
STRIPE_RATE = {"error": {"type": "invalid_request_error", "message": "Too many requests."}}


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        yield running


def _plaid_raises(server: HTTPServer, **configured: Any) -> Exception:
    """The ApiException plaid-python raises when the server answers an Item's accounts with
    ITEM_LOGIN_REQUIRED. (Its client is imported here, by the tests that use it: the import
    takes about a second, which every worker would pay again to collect this module.)"""
    import plaid
    from plaid.api import plaid_api
    from plaid.model.accounts_get_request import AccountsGetRequest

    server.expect_request("/accounts/get", method="POST").respond_with_json(
        ITEM_LOGIN_REQUIRED, status=400
    )
    configuration = plaid.Configuration(host=server.url_for("").rstrip("/"), **configured)
    client = plaid_api.PlaidApi(plaid.ApiClient(configuration))
    with pytest.raises(plaid.ApiException) as raised:
        client.accounts_get(AccountsGetRequest(access_token="access-sandbox-1"))
    error: Exception = raised.value
    return error


def test_plaid_python_raises_and_from_exception_reads_item_login_required(
    server: HTTPServer,
) -> None:
    raised = _plaid_raises(server, api_key={"clientId": "c", "secret": "s"})
    found = bankcodes.from_exception(raised)
    assert found is not None
    assert (found.kind, found.code_set, found.path) == (
        "plaid/error",
        "plaid.error_code",
        "$.error_code",
    )
    assert found.code is bankcodes.plaid.ErrorCode.ITEM_LOGIN_REQUIRED
    assert found.code.category is Category.RECONNECT_REQUIRED
    assert (found.status, found.request_id) == (400, "HNTDNrA8F1shFEW")
    decision = client_errors.decide(raised)
    assert decision.relink and not decision.retry and decision.code == "ITEM_LOGIN_REQUIRED"


def test_the_stripe_package_raises_and_from_exception_reads_its_error(server: HTTPServer) -> None:
    server.expect_request("/v1/financial_connections/accounts/fca_1").respond_with_json(
        STRIPE_RATE, status=400, headers={"Request-Id": "req_abc"}
    )
    client = stripe.StripeClient(
        "sk_test_1", base_addresses={"api": server.url_for("").rstrip("/")}, max_network_retries=0
    )
    with pytest.raises(stripe.StripeError) as raised:
        client.v1.financial_connections.accounts.retrieve("fca_1")
    found = bankcodes.from_exception(raised.value)
    assert found is not None and found.kind == "stripe/api-error"
    assert (found.path, str(found.code), found.status) == (
        "$.error.type",
        "invalid_request_error",
        400,
    )
    assert found.request_id == "req_abc"
    assert found.code.category is Category.INTEGRATION_ERROR


#: Belvo's OpenAPI description (error handling): a list of errors, each with its code, message
#: and request_id; this one a required field left out (HTTP 400).
BELVO_REQUIRED = [
    {
        "request_id": "a6e1c493d7a29d91aed4338e6fcf077d",
        "message": "This field is required.",
        "code": "required",
        "field": "link",
    }
]


def test_belvo_python_raises_and_from_exception_reads_its_first_error(server: HTTPServer) -> None:
    # belvo-python logs in (GET /api/) when its client is made, then raises RequestError with
    # the status and the parsed body of a refused request.
    server.expect_request("/api/").respond_with_json({})
    server.expect_request("/api/links/", method="POST").respond_with_json(
        BELVO_REQUIRED, status=400
    )
    client = belvo.client.Client("id", "password", server.url_for("").rstrip("/"))
    with pytest.raises(belvo.exceptions.RequestError) as raised:
        client.Links.create("erebor_mx_retail", "user", "pass", raise_exception=True)
    found = bankcodes.from_exception(raised.value, provider="belvo")
    assert found is not None and found.kind == "belvo/api-error"
    assert (found.path, str(found.code), found.status) == ("$.code", "required", 400)
    assert found.request_id == "a6e1c493d7a29d91aed4338e6fcf077d"


def _built(**given: Any) -> stripe.InvalidRequestError:
    """The stripe package's exception as a unit test builds it."""
    error: stripe.InvalidRequestError = stripe.InvalidRequestError("message", "param", **given)
    return error


def test_a_stripe_error_built_in_a_test_is_read_as_one_raised() -> None:
    # A unit test builds the stripe package's exception without a response: the code it was
    # made with, or the body text it was given, is what a raised one would carry.
    code = "financial_connections_account_pending_account_numbers"
    built = _built(code=code, http_status=400)
    found = bankcodes.from_exception(built)
    assert found is not None and (found.kind, found.path, found.status) == (
        "stripe/api-error",
        "$.error.code",
        400,
    )
    assert found.code is bankcodes.stripe.ApiErrorCode(code)
    text = json.dumps({"error": {"type": "invalid_request_error", "code": code}})
    given = _built(http_body=text, http_status=400)
    found = bankcodes.from_exception(given)
    assert found is not None and found.code is bankcodes.stripe.ApiErrorCode(code)
    assert bankcodes.from_exception(_built(http_status=400)) is None


def test_a_misspelt_provider_is_a_mistake_not_an_answer() -> None:
    # from_exception never raises on the error it reads; a misspelt provider is the caller's.
    with pytest.raises(ValueError, match="unknown provider 'strip'"):
        bankcodes.from_exception({"error": {"code": "x"}}, "strip")


#: Error bodies of Lean, Flinks and Mastercard as their pages show them, the HTTP status, and the
#: code that decides each (with its category).
BODIES = [
    # Lean's Data API (docs.leantech.me, handling reconnects): a status the app must act on.
    (
        "lean",
        200,
        {"status": "RECONNECT_REQUIRED", "results_id": "r-1"},
        "RECONNECT_REQUIRED",
        Category.RECONNECT_REQUIRED,
    ),
    # Flinks' Authorize (help.flinks.com, status and Flinks code): 401 INVALID_LOGIN.
    (
        "flinks",
        401,
        {
            "HttpStatusCode": 401,
            "FlinksCode": "INVALID_LOGIN",
            "Message": "Invalid credentials",
            "RequestId": "077785a3-fd0f-42f7-9251-ee2ff7f3b4ff",
        },
        "INVALID_LOGIN",
        Category.CREDENTIALS_INVALID,
    ),
    # Mastercard Open Finance's OpenAPI (open-banking-us-openapi): {code, message}, code 10001.
    (
        "mastercard",
        400,
        {"code": 10001, "message": "Invalid credentials"},
        10001,
        Category.INTEGRATION_ERROR,
    ),
]


@pytest.mark.parametrize(
    "provider, status, body, code, category", BODIES, ids=[b[0] for b in BODIES]
)
def test_httpx_errors_carry_each_providers_code(
    server: HTTPServer,
    provider: str,
    status: int,
    body: dict[str, Any],
    code: object,
    category: Category,
) -> None:
    server.expect_request("/call").respond_with_json(body, status=status if status >= 400 else 409)
    with httpx.Client() as client, pytest.raises(httpx.HTTPStatusError) as raised:
        client.get(server.url_for("/call")).raise_for_status()
    found = bankcodes.from_exception(raised.value, provider)
    assert found is not None and found.kind.startswith(provider + "/")
    assert found.code == code and found.code.category is category
    assert found.status == (status if status >= 400 else 409)


def test_an_mx_error_body_carries_no_code_and_reads_as_nothing(server: HTTPServer) -> None:
    # docs.mx.com, the Platform API's errors: {"error": {"message": …}}, no code field.
    server.expect_request("/call").respond_with_json(
        {"error": {"message": "Member not found"}}, status=404
    )
    with httpx.Client() as client, pytest.raises(httpx.HTTPStatusError) as raised:
        client.get(server.url_for("/call")).raise_for_status()
    assert bankcodes.from_exception(raised.value, "mx") is None


def test_what_carries_nothing_gives_none_and_never_raises() -> None:
    class Hostile:
        def __getattr__(self, name: str) -> object:
            raise RuntimeError("boom")  # every attribute an error's shape is read by

    huge = b'{"error_type": "ITEM_ERROR", "error_code": "' + b"A" * (50 * 1024 * 1024) + b'"}'
    for given in (ValueError("no body"), b"<html>Bad Gateway</html>", huge, Hostile(), None, 5):
        assert bankcodes.from_exception(given) is None
    unknown = bankcodes.from_exception({"error_type": "NEW_TYPE", "error_code": "NEW_ONE"})
    assert unknown is not None and not unknown.code.known and str(unknown.code) == "NEW_ONE"
    assert unknown.as_log_fields()["error.type"] == "_OTHER"


def test_a_provider_names_the_only_kinds_read() -> None:
    assert bankcodes.from_exception(ITEM_LOGIN_REQUIRED, "stripe") is None
    found = bankcodes.from_exception(json.dumps(ITEM_LOGIN_REQUIRED), "plaid")
    assert found is not None and found.request_id == "HNTDNrA8F1shFEW"


def test_a_body_of_one_object_per_error_is_read_by_its_first() -> None:
    # developers.belvo.com, error handling: the body is a list of {request_id, message, code};
    # its API errors page: institution_down, a code only Belvo's code sets hold.
    body = [
        {
            "code": "institution_down",
            "message": "The financial institution is down, try again later",
            "request_id": "3e7b283c6efa449c9c028a16b5c249fd",
        }
    ]
    found = bankcodes.from_exception(body)
    assert found is not None
    assert (found.kind, str(found.code)) == ("belvo/api-error", "institution_down")
    assert found.request_id == "3e7b283c6efa449c9c028a16b5c249fd"
    # The field at fault's "required" is Django REST framework's code too: Belvo's only where the
    # reader names Belvo.
    required = [{"request_id": "a6e1c493", "message": "x", "code": "required", "field": "link"}]
    assert bankcodes.from_exception(required) is None
    found = bankcodes.from_exception(required, "belvo")
    assert found is not None and (found.kind, found.request_id) == ("belvo/api-error", "a6e1c493")


def test_the_logging_recipe_logs_the_documented_fields(
    server: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    raised = _plaid_raises(server)
    with caplog.at_level(logging.WARNING, logger="bank"):
        decision = client_errors.decide(raised)
    (record,) = caplog.records
    assert record.getMessage() == "plaid/error error ITEM_LOGIN_REQUIRED"
    assert getattr(record, "error.type") == "ITEM_LOGIN_REQUIRED"
    assert getattr(record, "bankcodes.category") == "reconnect_required"
    assert getattr(record, "http.response.status_code") == 400
    assert getattr(record, "bankcodes.request_id") == "HNTDNrA8F1shFEW"
    assert decision.message is not None and decision.message.startswith("The connection")


def test_the_opentelemetry_recipe_puts_the_code_on_the_span_and_no_exception_event() -> None:
    # OpenTelemetry's recording-errors guidance: the status Error, error.type on the span, its
    # description the exception's message, and no span event (RecordException not recommended).
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    client_errors_otel.tracer = provider.get_tracer("bank")  # type: ignore[attr-defined]
    error = stripe.InvalidRequestError(
        "Too many requests.",
        param=None,
        http_status=400,
        json_body=STRIPE_RATE,
        headers={"request-id": "req_abc"},
    )

    def call() -> object:
        raise error

    with pytest.raises(stripe.InvalidRequestError):
        client_errors_otel.call_bank(call)
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code is trace.StatusCode.ERROR
    assert span.status.description == str(error)
    assert span.attributes is not None
    assert span.attributes["error.type"] == "invalid_request_error"
    assert span.attributes["bankcodes.code_set"] == "stripe.api_error_type"
    assert span.attributes["http.response.status_code"] == 400
    assert span.attributes["bankcodes.request_id"] == "req_abc"
    assert span.events == ()


def test_the_opentelemetry_recipe_logs_a_handled_error_below_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error = stripe.InvalidRequestError(
        "Too many requests.", param=None, http_status=400, json_body=STRIPE_RATE
    )
    with caplog.at_level(logging.INFO, logger="bank"):
        client_errors_otel.retried(error)
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert getattr(record, "error.type") == "invalid_request_error"
    assert getattr(record, "bankcodes.code_set") == "stripe.api_error_type"


def test_the_sentry_recipe_fingerprints_by_provider_code_set_and_code() -> None:
    error = stripe.InvalidRequestError(
        "Too many requests.", param=None, http_status=400, json_body=STRIPE_RATE
    )
    event = client_errors_sentry.before_send(
        {"message": "x"}, {"exc_info": (type(error), error, None)}
    )
    assert event["fingerprint"] == ["stripe", "stripe.api_error_type", "invalid_request_error"]
    # An error no provider's: Sentry's own grouping stays.
    plain = client_errors_sentry.before_send({}, {"exc_info": (ValueError, ValueError("x"), None)})
    assert "fingerprint" not in plain
    # A member of a code set has its own too.
    assert bankcodes.sentry_fingerprint(bankcodes.plaid.ErrorCode.ITEM_LOGIN_REQUIRED) == [
        "plaid",
        "plaid.error_code",
        "ITEM_LOGIN_REQUIRED",
    ]


#: Plaid's error page: ITEM_LOGIN_REQUIRED, of type ITEM_ERROR.
PLAID_BODY = {
    "error_type": "ITEM_ERROR",
    "error_code": "ITEM_LOGIN_REQUIRED",
    "error_message": "the login details of this item have changed",
    "request_id": "HNTDNrA8F1shFEW",
}


def _http_error(body: dict[str, Any]) -> httpx.HTTPStatusError:
    request = httpx.Request("POST", "https://sandbox.plaid.com/accounts/get")
    response = httpx.Response(400, json=body, request=request)
    try:
        response.raise_for_status()
    except httpx.HTTPStatusError as error:
        return error
    raise AssertionError("nothing was raised")


class AppError(Exception):
    """An app's own exception."""


def test_an_exception_raised_from_an_http_error_is_read_through_it() -> None:
    try:
        raise AppError("linking failed") from _http_error(PLAID_BODY)
    except AppError as error:
        found = bankcodes.from_exception(error)
    assert found is not None and found.code.value == "ITEM_LOGIN_REQUIRED"


def test_an_app_s_exception_raised_while_handling_one_is_not() -> None:
    # Raised during the handling of an HTTP error (its __context__), not from it: an app's
    # exception may be about something else; only a provider's own client is read so.
    try:
        try:
            raise _http_error(PLAID_BODY)
        except httpx.HTTPStatusError:
            raise AppError("something else") from None
    except AppError as error:
        assert isinstance(error.__context__, httpx.HTTPStatusError)
        assert bankcodes.from_exception(error) is None


def test_a_chain_of_causes_is_read_three_deep_and_no_further() -> None:
    def chained(depth: int) -> BaseException:
        error: BaseException = _http_error(PLAID_BODY)
        for _ in range(depth):
            try:
                raise AppError("wrapped") from error
            except AppError as wrapped:
                error = wrapped
        return error

    assert bankcodes.from_exception(chained(3)) is not None
    assert bankcodes.from_exception(chained(4)) is None


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_the_standard_library_s_http_error_is_read(
    server: HTTPServer, encoding: str | None
) -> None:
    """urllib.request raises urllib.error.HTTPError for a 4xx: a response itself, with code,
    hdrs and the body unread in fp. The body is read within bounds, inflated here (urllib does
    not), and the request id read from Stripe's Request-Id header."""
    import gzip
    import urllib.error
    import urllib.request

    body = json.dumps(STRIPE_RATE).encode()
    headers = {"Request-Id": "req_urllib", "Content-Type": "application/json"}
    if encoding is not None:
        body, headers = gzip.compress(body), {**headers, "Content-Encoding": encoding}
    server.expect_request("/v1/accounts").respond_with_data(body, status=429, headers=headers)
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(server.url_for("/v1/accounts"), timeout=10)
    found = bankcodes.from_exception(raised.value, "stripe")
    assert found is not None
    assert (found.kind, found.status, found.request_id) == ("stripe/api-error", 429, "req_urllib")
    raised.value.close()


def test_an_http_error_whose_body_is_over_the_limit_gives_none(server: HTTPServer) -> None:
    import urllib.error
    import urllib.request

    padded = {**ITEM_LOGIN_REQUIRED, "padding": "x" * (2 * 1024 * 1024)}
    server.expect_request("/big").respond_with_json(padded, status=400)
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(server.url_for("/big"), timeout=10)
    assert bankcodes.from_exception(raised.value) is None
    raised.value.close()


def test_a_code_the_catalog_does_not_know_is_kept_beside_the_one_that_decides() -> None:
    """docs.fintoc.com's error object: type and code; a code published after this release is
    unknown, the known type decides in its place, and the new code stays in the record and in
    the log fields (it is what the provider's pages will explain)."""
    body = {"error": {"type": "invalid_request_error", "code": "a_code_published_later"}}
    found = bankcodes.from_exception(body, "fintoc")
    assert found is not None and (found.path, found.code.value) == (
        "$.error.type",
        "invalid_request_error",
    )
    assert found.unknown is not None
    assert (found.unknown.path, found.unknown.code_set) == ("$.error.code", "fintoc.error_code")
    assert found.unknown.code.value == "a_code_published_later"
    fields = found.as_log_fields()
    assert fields["bankcodes.unknown_code"] == "a_code_published_later"
    assert fields["bankcodes.unknown_code_set"] == "fintoc.error_code"
    # A body whose deciding code is the most specific one passes nothing over.
    plaid = bankcodes.from_exception(ITEM_LOGIN_REQUIRED)
    assert plaid is not None and plaid.unknown is None
    assert "bankcodes.unknown_code" not in plaid.as_log_fields()
