"""Payload fixtures for every kind: positive cases written from the provider facts, negative cases
(missing envelope fields, wrong types, wrong discriminator, deep nesting, huge strings), and
cases that only the lenient schemas accept (unknown codes, fields and event types).

Each case says what the lenient and the strict schema must answer. A case is JSON text: `data`
dumped, or `text` as given (for what JSON values cannot hold: NaN, a byte order mark, 1e400).
"""

from __future__ import annotations

import json

from tests.support.payload_case import (
    DELETE,
    Case,
    edit,
    hostile_cases,
    published_examples,
    raw,
)
from tests.support.payload_cases_lean import (
    LEAN_CALLBACK,
    LEAN_DATA_API,
    LEAN_PAYMENT,
    LEAN_WEBHOOK,
)

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
        edit(ARGYLE_PAUSED, ("data", "client"), "c-1"),
        True,
        True,
    ),
    Case(
        "argyle/webhook",
        "unknown event",
        {"event": "accounts.removed", "name": "hooks", "data": {"account": "a"}},
        True,
        False,
    ),
    Case(
        "argyle/webhook",
        "unknown error code",
        edit(ARGYLE_PAUSED, ("data", "resource", "status", "errors", 0, "code"), "w2_missing"),
        True,
        False,
    ),
    Case(
        "argyle/webhook",
        "unknown state",
        edit(ARGYLE_PAUSED, ("data", "resource", "status", "state"), "ARCHIVED"),
        True,
        False,
    ),
    Case("argyle/webhook", "missing name", edit(ARGYLE_PAUSED, ("name",), DELETE), False, False),
    Case("argyle/webhook", "missing data", edit(ARGYLE_PAUSED, ("data",), DELETE), False, False),
    Case(
        "argyle/webhook",
        "missing verification id",
        edit(ARGYLE_PAUSED, ("data", "verification"), DELETE),
        False,
        False,
    ),
    Case(
        "argyle/webhook",
        "error without code",
        edit(ARGYLE_PAUSED, ("data", "resource", "status", "errors", 0, "code"), DELETE),
        False,
        False,
    ),
    Case(
        "argyle/webhook",
        "wrong discriminator: creation_failed data under updated",
        edit(ARGYLE_FAILED, ("event",), "verifications.updated"),
        False,
        False,
    ),
    Case("argyle/webhook", "event is null", edit(ARGYLE_PAUSED, ("event",), None), False, False),
    *hostile_cases("argyle/webhook", ARGYLE_PAUSED, ("name",)),
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
        edit(FLINKS_ERROR, ("HttpStatusCode",), 400),
        True,
        True,
    ),
    Case(
        "flinks/api-response",
        "unknown code",
        edit(FLINKS_ERROR, ("FlinksCode",), "NEW_CODE"),
        True,
        False,
    ),
    Case("flinks/api-response", "unknown field", edit(FLINKS_ERROR, ("Tag",), "x"), True, False),
    Case(
        "flinks/api-response",
        "missing FlinksCode",
        edit(FLINKS_ERROR, ("FlinksCode",), DELETE),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "missing HttpStatusCode",
        edit(FLINKS_ERROR, ("HttpStatusCode",), DELETE),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "status as a string",
        edit(FLINKS_ERROR, ("HttpStatusCode",), "401"),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "status as a boolean",
        edit(FLINKS_ERROR, ("HttpStatusCode",), True),
        False,
        False,
    ),
    Case(
        "flinks/api-response",
        "Links is an object",
        edit(FLINKS_ERROR, ("Links",), {"rel": "x"}),
        False,
        False,
    ),
    *hostile_cases("flinks/api-response", FLINKS_ERROR, ("Message",)),
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
        edit(FLINKS_STEP, ("source",), "widget"),
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
    *hostile_cases("flinks/connect-message", FLINKS_STEP, ("step",)),
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
    Case("flinks/webhook", "unknown field", edit(FLINKS_DETAIL, ("Tag",), "x"), True, False),
    Case(
        "flinks/webhook",
        "missing ResponseType",
        edit(FLINKS_DETAIL, ("ResponseType",), DELETE),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "IsScheduledRefresh as a string",
        edit(FLINKS_DETAIL, ("Login", "IsScheduledRefresh"), "no"),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "LastRefresh is not a date",
        edit(FLINKS_DETAIL, ("Login", "LastRefresh"), "May 9"),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "Accounts is an object",
        edit(FLINKS_DETAIL, ("Accounts",), {"Id": "a1"}),
        False,
        False,
    ),
    Case(
        "flinks/webhook",
        "ResponseType is a number",
        edit(FLINKS_DETAIL, ("ResponseType",), 1),
        False,
        False,
    ),
    *hostile_cases("flinks/webhook", FLINKS_DETAIL, ("Institution",)),
]


#: What JSON text can say and JSON values cannot: every reader must answer alike.
_LEAN_TEXT = json.dumps(LEAN_PAYMENT)
_FLINKS_OK = '{"HttpStatusCode": 200, "FlinksCode": "OK"}'


def _lean(name: str, old: str, new: str, valid: bool) -> Case:
    assert old in _LEAN_TEXT, old
    return raw("lean/webhook", name, _LEAN_TEXT.replace(old, new), valid, valid)


def _flinks(name: str, body: str | bytes, valid: bool) -> Case:
    return raw("flinks/api-response", name, body, valid, valid)


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
    raw("lean/webhook", "a byte order mark", b"\xef\xbb\xbf" + _LEAN_TEXT.encode(), True, True),
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
        *published_examples(),
        *LEAN_WEBHOOK,
        *LEAN_CALLBACK,
        *LEAN_DATA_API,
        *ARGYLE_WEBHOOK,
        *FLINKS_API,
        *FLINKS_CONNECT,
        *FLINKS_WEBHOOK,
    ]
