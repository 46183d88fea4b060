"""Token.io's facts, typed from its pages (copies retrieved 2026-11-28, each read in part unless
said): docs.token.io's Single Immediate Payments v2 considerations (the recovery flow and the
first row of its status table), the Initiate a payment reference (POST /v2/payments), the
support article on INITIATION_PENDING_REDEMPTION (whole), the support article "What Error Codes
does Token.io support?" (its HTTP errors table whole), the TPP SDK's Error Codes page (rows 0 to
9 of its gRPC exceptions), the Payments v1 considerations' API-only callback, Hosted Pages v1's
Callback for Hosted Pages (whole) and the Webhooks page (to its configuration section); and
its JavaScript SDK (tokenio/sdk-js at 3709039009f2ac30b2f81b6bf1f745b0208d4c01: core/src/types.js's
EventType, the event types a webhook configuration subscribes to, and tpp/sample/WebhookSample.js
with its test, which subscribes to TRANSFER_STATUS_CHANGED). The gRPC codes past row 9, which
Token.io says are "standard gRPC exceptions", are typed from gRPC's own status.h (grpc/grpc at
9b7e3b3dea8825df87a81f1a05e2ee8f740290a0, include/grpc/impl/codegen/status.h)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import bankcodes
from bankcodes import Category, payloads
from tests.support.helpers import ROOT, counted, counts, provider_module, spec_data

tokenio = provider_module("tokenio")

#: The considerations page, Recovery flow.
EXPIRY = (
    "the status remains as INITIATION_PENDING_REDIRECT_AUTH, changing to INITIATION_EXPIRED "
    "after 40 minutes."
)

#: The Error Codes page's List of Exceptions, rows 0 to 9 as read (value, name as spelt there).
GRPC_TABLE = {
    "0": ("OK", "Operation completed successfully"),
    "1": ("canceled", "Operation was canceled; typically, by the caller"),
    "3": ("INVALID_ARGUMENTS", "Client specified an incomplete argument"),
    "4": ("DEADLINE_EXCEEDED", "Deadline expired before operation could complete"),
    "5": ("NOT_FOUND", "Requested entity, such as a file or directory, was not found"),
    "8": (
        "RESOURCE_EXHAUSTED",
        "Resource, such as a per-user quota or file system, is exhausted (out of space)",
    ),
}

#: gRPC's status.h, grpc_status_code: the codes past the Error Codes page's row 9 that Token.io's
#: pages give no words of (value, name, the comment's first sentence).
GRPC_STANDARD = {
    "10": (
        "ABORTED",
        "The operation was aborted, typically due to a concurrency issue like sequencer check "
        "failures, transaction aborts, etc.",
    ),
    "11": ("OUT_OF_RANGE", "Operation was attempted past the valid range."),
    "13": ("INTERNAL", "Internal errors."),
    "15": ("DATA_LOSS", "Unrecoverable data loss or corruption."),
    "16": (
        "UNAUTHENTICATED",
        "The request does not have valid authentication credentials for the operation.",
    ),
}

#: The SDK's EventType union, in the file's order.
EVENT_TYPES = ["INVALID", "TRANSFER_STATUS_CHANGED", "BULK_TRANSFER_STATUS_CHANGED"]

#: The support article's HTTP errors table: the gRPC status each HTTP status names.
HTTP_OF = {"3": 400, "4": 504, "7": 403, "8": 429, "12": 501, "14": 503}


def _provider() -> dict[str, Any]:
    provider: dict[str, Any] = spec_data("tokenio")["providers"]["tokenio"]
    return provider


def test_a_payment_awaiting_the_bank_login_expires_after_40_minutes() -> None:
    lifetime = _provider()["lifetimes"]["lifetimes"][0]
    assert (lifetime["seconds"], lifetime["quote"]) == (40 * 60, EXPIRY)
    assert lifetime["sources"] == ["tokenio-docs-sip-v2-considerations"]
    expired = tokenio.PaymentStatus("INITIATION_EXPIRED")
    assert expired.category is Category.SESSION_EXPIRED
    assert EXPIRY in (expired.info.notes or "")


#: The TPP SDK's status page: a Payments v1 transfer's statuses, the whole table, in its order.
TRANSFER_STATUSES = [
    "INVALID_STATUS",
    "SUCCESS",
    "FAILURE_GENERIC",
    "FAILURE_PERMISSION_DENIED",
    "PROCESSING",
    "FAILURE_CANCELED",
    "FAILURE_EXPIRED",
    "PENDING_EXTERNAL_AUTHORIZATION",
    "INITIATED",
    "FAILURE_DECLINED",
]


#: docs.token.io's Payment initiation status page (sip-v1, copy retrieved 2026-11-29, cut in
#: FAILURE_PERMISSION_DENIED): the one row of its table the TPP SDK's page does not have.
PENDING = (
    "This status indicates that the user has successfully completed the authorization process "
    "with the bank and the transfer is pending redemption. This status is only relevant for "
    "two-step payment flows."
)


def test_a_v1_transfer_s_statuses_are_the_status_page_s_table() -> None:
    assert [member.value for member in tokenio.TransferStatus] == [*TRANSFER_STATUSES, "PENDING"]
    pending = tokenio.TransferStatus("PENDING")
    assert (pending.description, pending.category) == (PENDING, Category.PENDING)
    wording = pending.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert [source.id for source in wording.sources] == [
        "tokenio-docs-sip-v1-payment-initiation-status"
    ]
    waiting = tokenio.TransferStatus("PENDING_EXTERNAL_AUTHORIZATION")
    assert waiting.description == (
        "Waiting for user authorization at the bank. Will transition to FAILURE_EXPIRED if the "
        "user does not authorize within 15 minutes. Only relevant for 1-step banks"
    )
    assert tokenio.TransferStatus("FAILURE_EXPIRED").category is Category.SESSION_EXPIRED
    assert tokenio.TransferStatus("FAILURE_CANCELED").category is Category.CANCELLED
    assert tokenio.TransferStatus("FAILURE_DECLINED").category is Category.REJECTED
    lifetimes = _provider()["lifetimes"]["lifetimes"]
    assert [(x["seconds"], x["sources"]) for x in lifetimes][1] == (
        15 * 60,
        ["tokenio-dev-status-codes"],
    )


def test_what_each_payment_status_asks_of_the_tpp() -> None:
    # Initiate a payment: redirect for _REDIRECT_AUTH, _REDIRECT_HP and _REDIRECT_PBL (the last
    # to Hosted Pages where missing details are given), collect data for _EMBEDDED_AUTH, wait
    # for _DECOUPLED_AUTH ("No further action is required") and for INITIATION_PENDING.
    status = tokenio.PaymentStatus
    assert status("INITIATION_PENDING").category is Category.PENDING
    assert status("INITIATION_PENDING").description.startswith(
        "Token.io has received the payment initiation and the initiation has passed Token.io's "
        "validation."
    )
    assert status("INITIATION_PENDING_REDIRECT_AUTH").category is Category.PENDING
    assert status("INITIATION_PENDING_EMBEDDED_AUTH").category is Category.USER_ACTION_REQUIRED
    assert status("INITIATION_PENDING_REDIRECT_PBL").category is Category.USER_ACTION_REQUIRED
    assert status("INITIATION_PENDING_DECOUPLED_AUTH").category is Category.MFA_REQUIRED
    assert status("INITIATION_PENDING_REDEMPTION").info.sources[0].id == (
        "tokenio-support-pending-redemption"
    )


@pytest.mark.parametrize(("value", "row"), GRPC_TABLE.items())
def test_the_callback_s_grpc_codes_carry_the_error_codes_page_s_words(
    value: str, row: tuple[str, str]
) -> None:
    member = tokenio.CallbackErrorCode(value)
    assert member.description == row[1]
    assert member.name == row[0].upper()


@pytest.mark.parametrize(("value", "row"), GRPC_STANDARD.items())
def test_the_callback_s_other_grpc_codes_are_grpc_s_own(value: str, row: tuple[str, str]) -> None:
    member = tokenio.CallbackErrorCode(value)
    assert member.name == row[0]
    assert (member.description or "").startswith(row[1])
    assert [source.id for source in member.info.sources] == [
        "tokenio-dev-error-codes",
        "grpc-status-codes",
    ]


def test_every_grpc_code_is_held_in_order() -> None:
    assert [member.value for member in tokenio.CallbackErrorCode] == [str(n) for n in range(17)]
    assert bankcodes.classify("tokenio", "10") is Category.CONCURRENT_OPERATION
    assert bankcodes.classify("tokenio", "16") is Category.INTEGRATION_ERROR


def test_the_grpc_codes_and_their_http_statuses() -> None:
    for value, status in HTTP_OF.items():
        (entry,) = tokenio.CallbackErrorCode(value).info.http
        assert entry.status == status, value
    assert tokenio.CallbackErrorCode("8").category is Category.RATE_LIMITED
    assert tokenio.CallbackErrorCode("7").category is Category.RECONNECT_REQUIRED
    # "A \"bank error\" ... will have a gPRC error code of 12 ... not currently supported/
    # implemented by the bank"; the callback's example: error=14, message=Bank+is+unavailable.
    assert tokenio.CallbackErrorCode("12").category is Category.INSTITUTION_NOT_SUPPORTED
    unavailable = tokenio.CallbackErrorCode("14")
    assert unavailable.category is Category.INSTITUTION_UNAVAILABLE
    assert "error=14 with message=Bank+is+unavailable" in (unavailable.info.notes or "")
    assert bankcodes.classify("tokenio", "14") is Category.INSTITUTION_UNAVAILABLE


def test_a_rate_limit_is_a_429_and_a_503_is_retried() -> None:
    provider = _provider()
    assert provider["rate_limits"]["statuses"] == [429]
    (rule,) = provider["retries"]["rules"]
    assert rule["statuses"] == [503]
    assert rule["quote"] == (
        "Service is unavailable, likely due to a transient condition; this is usually "
        "corrected with a retry."
    )


def test_the_webhooks_authentication_was_not_read_and_none_is_invented() -> None:
    provider = _provider()
    assert "signing" not in provider and "delivery" not in provider
    undescribed = provider["webhooks_undescribed"]
    assert undescribed["sources"] == [
        "tokenio-docs-webhooks",
        "tokenio-dev-dashboard-webhook",
        "tokenio-dev-working-with-webhooks",
        "tokenio-sdk-js-types",
        "tokenio-sdk-java-webhook-sample",
    ]
    assert "were not read" in undescribed["reason"]
    # The SDKs' webhook calls are the configuration's (WebhookSample.java, AuthHttpClient.js).
    assert "PUT, GET and DELETE /webhook/config" in undescribed["reason"]
    page = spec_data()["sources"]["tokenio-docs-webhooks"]
    assert "read_in_part" in page
    assert tokenio.WebhookEventType("PAYMENT_STATUS_CHANGED").category is Category.INFORMATIONAL


def test_the_readme_and_the_site_list_token_io() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| [Token.io](site/docs/reference/tokenio/index.md) | {counted('tokenio')} |" in readme
    nav = (ROOT / "site" / "docs" / "reference" / "nav.json").read_text(encoding="utf-8")
    assert "reference/tokenio/index.md" in nav


#: The Payments v1 considerations' "Example callback for Payments v1 API-only redirect
#: authentication flow with error", its host as published.
ERROR_CALLBACK = (
    "https://tpp.callabck.url?request-id=rq:3SVzgJtzu2DvaZSgRGznpdknT3dq:5zKtXEAq"
    "&request_id=rq:3SVzgJtzu2DvaZSgRGznpdknT3dq:5zKtXEAq&trace-id=idm45Ag1X8D8Kvdw"
    "&error=14&message=Bank+is+unavailable"
)

#: Hosted Pages v1's "Example callback for Payments v1 with error".
HOSTED_PAGES_ERROR = {
    "error": "EXCEPTION_INITIATE_BANK_AUTH",
    "message": (
        "INTERNAL: InitiateBankAuth failed for TokenRequest: rq:7oJUVi8s129JcYdzK1uGo2PTw81:"
        "5zKtXEAq due to INVALID_ARGUMENT: Expected username or OTP credential."
    ),
    "request-id": "rq:7oJUVi8s129JcYdzK1uGo2PTw81:5zKtXEAq",
}


def _parameters(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))


def test_the_error_callback_s_query_is_read_by_its_grpc_code() -> None:
    query = _parameters(ERROR_CALLBACK)
    assert payloads.identify(query).kind == "tokenio/callback-error"
    found = payloads.decisive_code("tokenio/callback-error", query)
    assert found is not None
    assert (found.path, found.code) == ("$.error", tokenio.CallbackErrorCode("14"))
    model = payloads.model_class("tokenio/callback-error", strict=True).model_validate(query)
    assert model.model_dump(by_alias=True, exclude_none=True) == query


def test_a_hosted_pages_error_is_read_by_its_own_code() -> None:
    assert payloads.identify(HOSTED_PAGES_ERROR).kind == "tokenio/callback-error"
    found = payloads.decisive_code("tokenio/callback-error", HOSTED_PAGES_ERROR)
    assert found is not None
    assert found.code == tokenio.HostedPagesError("EXCEPTION_INITIATE_BANK_AUTH")


def test_a_bank_authorisation_that_failed_on_an_argument_is_a_request_to_fix() -> None:
    """The example callback's message names the gRPC status beneath its own code ("due to
    INVALID_ARGUMENT: Expected username or OTP credential."): gRPC's 3, whose Error Codes page
    row reads "Client specified an incomplete argument", decides, not a retry at once."""
    decision = bankcodes.decide(HOSTED_PAGES_ERROR)
    assert (decision.next_step, decision.actor) == ("fix_request", "integrator")
    assert decision.code is not None
    assert decision.code.code == tokenio.HostedPagesError("EXCEPTION_INITIATE_BANK_AUTH")
    assert decision.why[0].says.startswith("EXCEPTION_INITIATE_BANK_AUTH decides as 3: ")
    assert GRPC_TABLE["3"][1] == tokenio.CallbackErrorCode("3").info.description
    # Another status named beneath leaves the code's own category to decide.
    other = {
        **HOSTED_PAGES_ERROR,
        "message": HOSTED_PAGES_ERROR["message"].replace("INVALID_ARGUMENT", "UNAVAILABLE"),
    }
    assert bankcodes.decide(other).next_step == "retry"


@pytest.mark.parametrize(
    "body",
    [
        # An OAuth redirect error and a request id: another service's, or nobody's.
        {"request-id": "x", "error": "access_denied", "message": "m"},
        {"request_id": "x", "error": "14", "message": "Bank is unavailable"},
        {"error": "14", "message": "Bank is unavailable", "trace-id": "t"},
    ],
)
def test_only_token_io_s_own_callbacks_are_claimed(body: dict[str, str]) -> None:
    assert payloads.identify(body).kind is None


class _Redirect(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("location", "http://127.0.0.1:9/cb?" + urlsplit(ERROR_CALLBACK).query)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def redirecting() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_from_exception_reads_the_callback_an_app_was_redirected_to(redirecting: str) -> None:
    response = httpx.get(redirecting)
    query = _parameters(response.headers["location"])
    found = bankcodes.from_exception(query)
    assert found is not None
    assert (found.kind, found.code, found.request_id) == (
        "tokenio/callback-error",
        tokenio.CallbackErrorCode("14"),
        "idm45Ag1X8D8Kvdw",
    )


def test_a_webhook_configuration_subscribes_to_the_sdks_event_types() -> None:
    # The SDK's union, then the type the developer pages add (Working with Webhooks).
    held = [member.value for member in tokenio.WebhookConfigEventType]
    assert held == [*EVENT_TYPES, "STANDING_ORDER_STATUS_CHANGED"]
    assert counts("tokenio-sdk-js-types") == {"tokenio.webhook_config_event_type": (3, 3)}
    subscribed = tokenio.WebhookConfigEventType("TRANSFER_STATUS_CHANGED")
    assert subscribed.category is Category.INFORMATIONAL
    assert "PUT /webhook/config" in (tokenio.WebhookConfigEventType.__doc__ or "")


def test_standing_orders_are_a_type_the_developer_pages_subscribe_to() -> None:
    """Working with Webhooks' configuration example: "type": [ "TRANSFER_STATUS_CHANGED",
    "STANDING_ORDER_STATUS_CHANGED"], and its list of events: "Standing order setup status
    changes." The Dashboard's Webhook page names the event StandingOrderStatusChanged."""
    standing = tokenio.WebhookConfigEventType("STANDING_ORDER_STATUS_CHANGED")
    assert standing.description == "Standing order setup status changes."
    assert standing.category is Category.INFORMATIONAL
    sources = spec_data()["sources"]
    for key in ("tokenio-dev-working-with-webhooks", "tokenio-dev-dashboard-webhook"):
        assert sources[key]["url"].startswith("https://developer.token.io/"), key
        assert len(sources[key]["sha256"]) == 64 and "not read" in sources[key]["read_in_part"]
