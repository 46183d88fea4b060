"""Payload fixtures for every kind: positive cases written from the provider facts, negative cases
(missing envelope fields, wrong types, wrong discriminator, deep nesting, huge strings), and
cases that only the lenient schemas accept (unknown codes, fields and event types).

Each case says what the lenient and the strict schema must answer. A case is JSON text: `data`
dumped, or `text` as given (for what JSON values cannot hold: NaN, a byte order mark, 1e400).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from tests.helpers import spec_data


@dataclass(frozen=True)
class Case:
    kind: str
    name: str
    data: Any
    lenient: bool
    strict: bool
    text: bytes | None = None

    @property
    def body(self) -> bytes:
        """The case as a request body."""
        if self.text is not None:
            return self.text
        return json.dumps(self.data, ensure_ascii=False).encode("utf-8")


def _text(kind: str, name: str, text: str | bytes, lenient: bool, strict: bool) -> Case:
    body = text.encode("utf-8") if isinstance(text, str) else text
    return Case(kind, name, None, lenient, strict, body)


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"next": value}
    return value


HUGE = "x" * 200_000


def _with(data: Any, path: tuple[str | int, ...], value: Any) -> Any:
    result = copy.deepcopy(data)
    node = result
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return result


_DELETE = object()


def _examples() -> list[Case]:
    return [
        Case(kind, f"published example: {example['title']}", example["data"], True, True)
        for kind, entry in spec_data()["payloads"].items()
        for example in entry["examples"]
    ]


def _hostile(kind: str, base: Any, text_path: tuple[str | int, ...]) -> list[Case]:
    """Cases every kind must reject: not an object, deep nesting, huge strings."""
    return [
        Case(kind, "top-level array", [base], False, False),
        Case(kind, "top-level string", "{}", False, False),
        Case(kind, "null", None, False, False),
        Case(
            kind,
            "deeply nested unknown field",
            _with(base, ("x_debug",), _nested(40)),
            False,
            False,
        ),
        Case(kind, "huge string in a known field", _with(base, text_path, HUGE), False, False),
        Case(kind, "huge string in an unknown field", _with(base, ("x_note",), HUGE), False, False),
    ]


LEAN_PAYMENT = {
    "type": "payment.updated",
    "payload": {
        "id": "f672849b-b4f1-46b1-99cd-80e0bd24c6c0",
        "customer_id": "CUSTOMER_ID_RELATED_TO_PAYMENT",
        "intent_id": "INTENT_ID_RELATED_TO_PAYMENT",
        "status": "ACCEPTED_BY_BANK",
        "amount": 12,
        "currency": "AED",
        "bank_transaction_reference": "528b2b3c-128a-4b51-b50e-31cfc6d7e01b",
    },
    "message": "A payment object has been updated.",
    "timestamp": "2025-12-17T13:59:47.8939225Z",
    "event_id": "7d1e3de6-fb8b-4480-8652-903c75b8b8c8",
}
LEAN_ENTITY = {
    "type": "entity.created",
    "payload": {
        "id": "3f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        "customer_id": "6bc2336a-6d74-4e59-a492-65313423a8f",
        "app_user_id": "user-42",
        "permissions": ["identity", "accounts", "balance", "transactions"],
        "bank_details": {
            "identifier": "DIB_UAE",
            "name": "Dubai Islamic Bank",
            "logo": "https://cdn.example/dib.png",
            "main_color": "#00A99D",
            "background_color": "#FFFFFF",
            "swift_code": None,
            "account_type": "PERSONAL",
            "bank_type": "RETAIL",
        },
    },
    "message": "An entity object has been created.",
}

LEAN_WEBHOOK = [
    Case("lean/webhook", "payment.updated, 7 fractional digits", LEAN_PAYMENT, True, True),
    Case("lean/webhook", "entity.created, 35-character customer id", LEAN_ENTITY, True, True),
    Case(
        "lean/webhook",
        "timestamp without a zone",
        _with(LEAN_PAYMENT, ("timestamp",), "2025-12-17T13:59:47.893922"),
        True,
        True,
    ),
    Case(
        "lean/webhook",
        "bank.availability.updated",
        {
            "type": "bank.availability.updated",
            "payload": {
                "identifier": "RJHI_SAU",
                "availability": {
                    "active": {"payments": True, "data": True},
                    "enabled": {"payments": False, "data": True},
                },
            },
            "message": "Bank availability updated.",
        },
        True,
        True,
    ),
    Case(
        "lean/webhook",
        "unknown event type",
        {"type": "entity.deleted", "payload": {"id": "x"}, "message": "gone"},
        True,
        False,
    ),
    Case(
        "lean/webhook",
        "unknown payment status",
        _with(LEAN_PAYMENT, ("payload", "status"), "SETTLED"),
        True,
        False,
    ),
    Case(
        "lean/webhook", "unknown envelope field", _with(LEAN_PAYMENT, ("attempt",), 2), True, False
    ),
    Case(
        "lean/webhook",
        "camelCase permission (a documented alias)",
        _with(LEAN_ENTITY, ("payload", "permissions"), ["scheduledPayments"]),
        True,
        False,
    ),
    Case("lean/webhook", "missing type", _with(LEAN_PAYMENT, ("type",), _DELETE), False, False),
    Case(
        "lean/webhook", "missing payload", _with(LEAN_PAYMENT, ("payload",), _DELETE), False, False
    ),
    Case(
        "lean/webhook", "missing message", _with(LEAN_PAYMENT, ("message",), _DELETE), False, False
    ),
    Case("lean/webhook", "type is a number", _with(LEAN_PAYMENT, ("type",), 7), False, False),
    Case("lean/webhook", "payload is null", _with(LEAN_PAYMENT, ("payload",), None), False, False),
    Case(
        "lean/webhook",
        "payment without id",
        _with(LEAN_PAYMENT, ("payload", "id"), _DELETE),
        False,
        False,
    ),
    Case(
        "lean/webhook",
        "amount as a string",
        _with(LEAN_PAYMENT, ("payload", "amount"), "12.00"),
        False,
        False,
    ),
    Case(
        "lean/webhook",
        "timestamp is not a date",
        _with(LEAN_PAYMENT, ("timestamp",), "yesterday"),
        False,
        False,
    ),
    Case(
        "lean/webhook",
        "wrong discriminator: entity payload under payment.updated",
        _with(LEAN_ENTITY, ("type",), "payment.updated"),
        False,
        False,
    ),
    *_hostile("lean/webhook", LEAN_PAYMENT, ("message",)),
]

LEAN_CALLBACK_ERROR = {"status": "ERROR", "secondary_status": "INVALID_MFA", "exit_point": "MFA"}
LEAN_CALLBACK = [
    Case("lean/callback", "empty partial callback", {}, True, True),
    Case("lean/callback", "error callback", LEAN_CALLBACK_ERROR, True, True),
    Case(
        "lean/callback",
        "redirect with open banking URL",
        {"status": "REDIRECT", "open_banking_redirect_url": "https://bank.example/authorize?x=1"},
        True,
        True,
    ),
    Case(
        "lean/callback",
        "unknown secondary status",
        _with(LEAN_CALLBACK_ERROR, ("secondary_status",), "NEW_STATUS"),
        True,
        False,
    ),
    Case(
        "lean/callback",
        "unknown field",
        _with(LEAN_CALLBACK_ERROR, ("sdk_version",), "3.0.17"),
        True,
        False,
    ),
    Case(
        "lean/callback",
        "status is a number",
        _with(LEAN_CALLBACK_ERROR, ("status",), 1),
        False,
        False,
    ),
    Case(
        "lean/callback",
        "is_supported as a string",
        {"bank": {"bank_identifier": "DIB_UAE", "is_supported": "true"}},
        False,
        False,
    ),
    Case("lean/callback", "bank is a list", {"bank": []}, False, False),
    *_hostile("lean/callback", LEAN_CALLBACK_ERROR, ("exit_point",)),
]

LEAN_DATA = {
    "status": "FAILED",
    "granular_status_code": "BANK_ISSUE",
    "status_additional_info": "x",
}
LEAN_DATA_API = [
    Case(
        "lean/data-api-response",
        "OK with data",
        {"status": "OK", "payload": {"accounts": [{"id": "a"}]}},
        True,
        True,
    ),
    Case(
        "lean/data-api-response",
        "CONSENT_EXPIRED",
        {"status": "CONSENT_EXPIRED", "message": None},
        True,
        True,
    ),
    Case(
        "lean/data-api-response",
        "unknown granular code",
        _with(LEAN_DATA, ("granular_status_code",), "BANK_EXPLODED"),
        True,
        False,
    ),
    Case("lean/data-api-response", "unknown status", {"status": "THROTTLED"}, True, False),
    Case("lean/data-api-response", "missing status", {"results_id": "r"}, False, False),
    Case("lean/data-api-response", "status null", {"status": None}, False, False),
    Case(
        "lean/data-api-response",
        "data nested too deep",
        {"status": "OK", "payload": _nested(20)},
        False,
        False,
    ),
    *_hostile("lean/data-api-response", LEAN_DATA, ("status_additional_info",)),
]

ARGYLE_PAUSED = {
    "event": "verifications.updated",
    "name": "hooks",
    "data": {
        "user": "u-1",
        "verification": "v-1",
        "resource": {
            "id": "v-1",
            "created_at": "2019-11-29T08:37:42.112859",
            "status": {
                "state": "PAUSED",
                "code": "pending",
                "errors": [
                    {
                        "code": "token_invalid_or_expired",
                        "title": "Reconnect",
                        "message": "m",
                        "resources": [],
                    }
                ],
            },
            "report": {
                "id": None,
                "type": "voa",
                "file_url": "www.argyle.com/storagename/pdf",
                "json_url": None,
            },
        },
    },
}
ARGYLE_FAILED = {
    "event": "verifications.creation_failed",
    "name": "hooks",
    "data": {
        "user": "u-1",
        "client": "c-1",
        "context": {"user": "u-1", "data_source": "banking", "report_type": "voa"},
    },
}
ARGYLE_WEBHOOK = [
    Case("argyle/webhook", "PAUSED with a bank connection error", ARGYLE_PAUSED, True, True),
    Case("argyle/webhook", "creation_failed", ARGYLE_FAILED, True, True),
    Case(
        "argyle/webhook",
        "partner variant with client",
        _with(ARGYLE_PAUSED, ("data", "client"), "c-1"),
        True,
        True,
    ),
    Case(
        "argyle/webhook",
        "unknown event",
        {"event": "accounts.updated", "name": "hooks", "data": {"account": "a"}},
        True,
        False,
    ),
    Case(
        "argyle/webhook",
        "unknown error code",
        _with(ARGYLE_PAUSED, ("data", "resource", "status", "errors", 0, "code"), "w2_missing"),
        True,
        False,
    ),
    Case(
        "argyle/webhook",
        "unknown state",
        _with(ARGYLE_PAUSED, ("data", "resource", "status", "state"), "ARCHIVED"),
        True,
        False,
    ),
    Case("argyle/webhook", "missing name", _with(ARGYLE_PAUSED, ("name",), _DELETE), False, False),
    Case("argyle/webhook", "missing data", _with(ARGYLE_PAUSED, ("data",), _DELETE), False, False),
    Case(
        "argyle/webhook",
        "missing verification id",
        _with(ARGYLE_PAUSED, ("data", "verification"), _DELETE),
        False,
        False,
    ),
    Case(
        "argyle/webhook",
        "error without code",
        _with(ARGYLE_PAUSED, ("data", "resource", "status", "errors", 0, "code"), _DELETE),
        False,
        False,
    ),
    Case(
        "argyle/webhook",
        "wrong discriminator: creation_failed data under updated",
        _with(ARGYLE_FAILED, ("event",), "verifications.updated"),
        False,
        False,
    ),
    Case("argyle/webhook", "event is null", _with(ARGYLE_PAUSED, ("event",), None), False, False),
    *_hostile("argyle/webhook", ARGYLE_PAUSED, ("name",)),
]

FLINKS_ERROR = {
    "HttpStatusCode": 401,
    "FlinksCode": "INVALID_LOGIN",
    "Message": "m",
    "RequestId": "r-1",
    "Institution": "FlinksCapital",
}
FLINKS_API = [
    Case("flinks/api-response", "401 INVALID_LOGIN", FLINKS_ERROR, True, True),
    Case(
        "flinks/api-response",
        "400 INVALID_LOGIN of the older pages",
        _with(FLINKS_ERROR, ("HttpStatusCode",), 400),
        True,
        True,
    ),
    Case(
        "flinks/api-response",
        "unknown code",
        _with(FLINKS_ERROR, ("FlinksCode",), "NEW_CODE"),
        True,
        False,
    ),
    Case("flinks/api-response", "unknown field", _with(FLINKS_ERROR, ("Tag",), "x"), True, False),
    Case(
        "flinks/api-response",
        "missing FlinksCode",
        _with(FLINKS_ERROR, ("FlinksCode",), _DELETE),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "missing HttpStatusCode",
        _with(FLINKS_ERROR, ("HttpStatusCode",), _DELETE),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "status as a string",
        _with(FLINKS_ERROR, ("HttpStatusCode",), "401"),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "status as a boolean",
        _with(FLINKS_ERROR, ("HttpStatusCode",), True),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "Links is an object",
        _with(FLINKS_ERROR, ("Links",), {"rel": "x"}),
        False,
        False,
    ),
    *_hostile("flinks/api-response", FLINKS_ERROR, ("Message",)),
]

FLINKS_STEP = {
    "step": "COMPONENT_LOAD_ACCOUNT_SELECTION",
    "metadata": {"totalAccounts": 3, "displayedAccounts": 2},
}
FLINKS_CONNECT = [
    Case("flinks/connect-message", "step with metadata", FLINKS_STEP, True, True),
    Case(
        "flinks/connect-message",
        "API error code",
        {"flinksCode": "DISABLED_INSTITUTION"},
        True,
        True,
    ),
    Case(
        "flinks/connect-message",
        "API code outside the Connect list",
        {"flinksCode": "SESSION_EXPIRED"},
        True,
        True,
    ),
    Case("flinks/connect-message", "unknown step", {"step": "COMPONENT_NEW_SCREEN"}, True, False),
    Case(
        "flinks/connect-message", "unknown flinks code", {"flinksCode": "UNKNOWN_NEW"}, True, False
    ),
    Case(
        "flinks/connect-message",
        "unknown field",
        _with(FLINKS_STEP, ("source",), "widget"),
        True,
        False,
    ),
    Case(
        "flinks/connect-message",
        "neither step nor flinksCode",
        {"institution": "FlinksCapital"},
        False,
        False,
    ),
    Case("flinks/connect-message", "step is a number", {"step": 5}, False, False),
    Case("flinks/connect-message", "flinksCode is null", {"flinksCode": None}, False, False),
    *_hostile("flinks/connect-message", FLINKS_STEP, ("step",)),
]

FLINKS_DETAIL = {
    "ResponseType": "GetAccountsDetail",
    "HttpStatusCode": 200,
    "Accounts": [{"Id": "a1", "Transactions": [{"Date": "2019-05-01", "Debit": 10.5}]}],
    "Login": {
        "Username": "Greatday",
        "IsScheduledRefresh": True,
        "LastRefresh": "2019-05-09T13:47:46.5227901",
        "Type": "Personal",
        "Id": "l-1",
    },
    "Institution": "FlinksCapital",
    "RequestId": "r-1",
}
FLINKS_WEBHOOK = [
    Case("flinks/webhook", "GetAccountsDetail", FLINKS_DETAIL, True, True),
    Case(
        "flinks/webhook",
        "unknown ResponseType",
        {"ResponseType": "Investments", "HttpStatusCode": 200},
        True,
        False,
    ),
    Case("flinks/webhook", "unknown field", _with(FLINKS_DETAIL, ("Tag",), "x"), True, False),
    Case(
        "flinks/webhook",
        "missing ResponseType",
        _with(FLINKS_DETAIL, ("ResponseType",), _DELETE),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "IsScheduledRefresh as a string",
        _with(FLINKS_DETAIL, ("Login", "IsScheduledRefresh"), "no"),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "LastRefresh is not a date",
        _with(FLINKS_DETAIL, ("Login", "LastRefresh"), "May 9"),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "Accounts is an object",
        _with(FLINKS_DETAIL, ("Accounts",), {"Id": "a1"}),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "ResponseType is a number",
        _with(FLINKS_DETAIL, ("ResponseType",), 1),
        False,
        False,
    ),
    *_hostile("flinks/webhook", FLINKS_DETAIL, ("Institution",)),
]


#: What JSON text can say and JSON values cannot: every reader must answer alike.
_LEAN_TEXT = json.dumps(LEAN_PAYMENT)
_FLINKS_OK = '{"HttpStatusCode": 200, "FlinksCode": "OK"}'


def _lean(name: str, old: str, new: str, valid: bool) -> Case:
    assert old in _LEAN_TEXT, old
    return _text("lean/webhook", name, _LEAN_TEXT.replace(old, new), valid, valid)


def _flinks(name: str, body: str | bytes, valid: bool) -> Case:
    return _text("flinks/api-response", name, body, valid, valid)


_AMOUNT = '"amount": 12'
_CURRENCY = '"currency": "AED"'
_DEEP = "[" * 300 + "]" * 300
TEXT_CASES = [
    _lean("NaN amount", _AMOUNT, '"amount": NaN', False),
    _lean("Infinity amount", _AMOUNT, '"amount": Infinity', False),
    _lean("-Infinity amount", _AMOUNT, '"amount": -Infinity', False),
    _lean("1e400 amount", _AMOUNT, '"amount": 1e400', False),
    _lean("1e400 in a free-form field", _AMOUNT, '"amount": 12, "x_big": [1e400]', False),
    _lean("a float amount", _AMOUNT, '"amount": 12.5e1', True),
    _text("lean/webhook", "a byte order mark", b"\xef\xbb\xbf" + _LEAN_TEXT.encode(), True, True),
    _lean("a lone surrogate in a known field", _CURRENCY, '"currency": "A\\ud800"', False),
    _lean("a lone surrogate in an unknown field", _CURRENCY, _CURRENCY + ', "x": "\\udfff"', False),
    _lean("a surrogate pair", _CURRENCY, '"currency": "\\ud83d\\ude00"', True),
    _flinks("an integer written 200.0", _FLINKS_OK.replace("200", "200.0"), True),
    _flinks("an integer written 2e2", _FLINKS_OK.replace("200", "2e2"), True),
    _flinks("an integer written 200.5", _FLINKS_OK.replace("200", "200.5"), False),
    _flinks("an integer written true", _FLINKS_OK.replace("200", "true"), False),
    _flinks("a big integer", _FLINKS_OK.replace("200", "1234567890" * 3), True),
    _flinks("not JSON", '{"HttpStatusCode": 200,', False),
    _flinks(
        "nested 300 levels in an unknown field", _FLINKS_OK[:-1] + ', "x": ' + _DEEP + "}", False
    ),
    _flinks("UTF-16", _FLINKS_OK.encode("utf-16"), False),
]


def all_cases() -> list[Case]:
    return [
        *TEXT_CASES,
        *_examples(),
        *LEAN_WEBHOOK,
        *LEAN_CALLBACK,
        *LEAN_DATA_API,
        *ARGYLE_WEBHOOK,
        *FLINKS_API,
        *FLINKS_CONNECT,
        *FLINKS_WEBHOOK,
    ]
