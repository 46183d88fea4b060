"""Pluggy's API errors, typed from its sources: the Items reference's Creating & Updating Item
errors (docs.pluggy.ai/reference/items, four captures), its Error Codes page (the error body and
its codeDescription) and its Rate limits page (the 429 body), as the sources of
spec/catalog.json pin them. The Node SDK (pluggyai/pluggy-node at
236495c731168306c6f8071f881b227aae4a6d4b, src/baseApi.ts) rejects a failed request with the
body itself."""

from __future__ import annotations

from typing import Any

import bankcodes
from bankcodes import Category, payloads
from tests.support.helpers import provider_module, spec_data

pluggy = provider_module("pluggy")


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


#: The Items reference's Creating & Updating Item errors (docs.pluggy.ai/reference/items), Error,
#: Message and Action Item of each row, from its captures: five code cells are rendered in two
#: pieces ("CLIENT_IS_UPDATING _BEFORE_ALLOWED_FREQUENCY", or the second piece on a line or list
#: item of its own), written here joined; the eleventh row's Action Item is cut in every capture.
ITEM_REQUEST_ERRORS = [
    ("PARAMETERS_NOT_PROVIDED", "Parameters were not provided",
     "Send the connection's credentials to sync the item."),
    ("ITEM_ALREADY_UPDATING",
     "An update is already in progress, wait until the last execution ends",
     "The item is syncing and can't be retriggered the execution until it finishes. Wait until "
     "success/error."),
    ("CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY",
     "Client updates on this item are allowed at most every {frequency} hours. The last update "
     "was at {time}.",
     "Client can't trigger updates with a frequency lower that contracted. Must wait until "
     "{frequency} hours pass from the last update {time}"),
    ("CREATE_ITEMS_API_FREE_DISABLED",
     "Free subscription can only create items through our Connect Widget",
     "The client can't connect new items without using Pluggy Connect Widget."),
    ("SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED",
     "Current client subscription level can only update Sandbox (Pluggy Bank) items",
     "Client can only update Sandbox connections."),
    ("TOO_MANY_CONSECUTIVE_ERRORS",
     "There have been more than 5 failing synchronization, please contact support",
     "Connection faced too many consecutive errors, report it to Pluggy if it's needed."),
    ("ITEM_CREATION_LIMIT_EXCEEDED",
     "Client exceeded item creation limit {limit} for the current subscription level.",
     "Client can't create more items due to their contracted limit amount."),
    ("CLIENT_HAS_ITEM_UPDATES_DISABLED", "Client has item updates disabled",
     "Updates were disabled for the customer due to abusive use of the API or not contracted "
     "feature. Contact support if it happens."),
    ("ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT",
     "Item was originally connected with a different account, please use the original account",
     "Connection its being updated to access another account, not the original and would "
     "generate mixed data."),
    ("ITEM_IS_ALREADY_UPDATING",
     "There is an active item for the set of credentials that hasn't finished executing",
     "The same set of credentials is being synced at the moment, it can't be done right now to "
     "avoid multiple sessions with the FI."),
    ("CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR",
     "The parameter {parameter} is required to be renewed for item update.", None),
]  # fmt: skip
SPLIT = {
    "CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY", "SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED",
    "CLIENT_HAS_ITEM_UPDATES_DISABLED", "ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT",
    "CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR",
}  # fmt: skip


def test_the_item_request_errors_are_the_items_reference_s_rows() -> None:
    assert _values(pluggy.ItemRequestError) == [value for value, _, _ in ITEM_REQUEST_ERRORS]
    for value, message, action in ITEM_REQUEST_ERRORS:
        member = pluggy.ItemRequestError(value)
        assert (member.message, member.advice) == (message, action), value
        notes = member.info.notes or ""
        # A name read from a rendering in two pieces says so.
        assert ("two pieces" in notes) is (value in SPLIT), value
    # "Client updates on this item are allowed at most every {frequency} hours": a limit of
    # frequency; "please use the original account": the end user's login details.
    assert pluggy.ItemRequestError.CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY.category is (
        Category.RATE_LIMITED
    )
    original = pluggy.ItemRequestError.ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT
    assert original.category is Category.CREDENTIALS_INVALID
    words = original.end_user_text("en")
    assert words is not None and "another account" in words.message


#: Pluggy's Error Codes page: "Every error, on every endpoint, has this shape", its example.
ITEM_NOT_FOUND = {"code": 404, "codeDescription": "ITEM_NOT_FOUND", "message": "Item not found"}
#: Rate limits: "you will get a 429 Too Many Requests error:".
TOO_MANY = {
    "message": "Too many requests. Please try again later (see Retry-After header in seconds)",
    "code": 429,
}


def test_the_error_codes_page_s_code_descriptions() -> None:
    # The example's ITEM_NOT_FOUND; the 401 row: "wrong `clientId`/`clientSecret` on `POST /auth`
    # (`CLIENT_KEYS_UNAUTHORIZED`, `CLIENT_DISABLED`)".
    assert _values(pluggy.CodeDescription) == [
        "ITEM_NOT_FOUND",
        "CLIENT_KEYS_UNAUTHORIZED",
        "CLIENT_DISABLED",
    ]
    found = pluggy.CodeDescription.ITEM_NOT_FOUND
    assert (found.message, found.http_statuses) == ("Item not found", (404,))
    for value in ("CLIENT_KEYS_UNAUTHORIZED", "CLIENT_DISABLED"):
        member = pluggy.CodeDescription(value)
        assert member.http_statuses == (401,) and member.info.editorial, value
        assert member.category is Category.INTEGRATION_ERROR


def test_an_api_error_is_read_by_its_code_description_then_its_status() -> None:
    assert payloads.recognise(ITEM_NOT_FOUND) == ("pluggy/api-error",)
    found = payloads.decisive_code("pluggy/api-error", ITEM_NOT_FOUND)
    assert found is not None
    assert (found.path, found.code) == ("$.codeDescription", pluggy.CodeDescription.ITEM_NOT_FOUND)
    # The example is the kind's, decided by its codeDescription.
    kind = spec_data()["payloads"]["pluggy/api-error"]
    assert [(e["data"], e["decided_by"]) for e in kind["examples"]] == [
        (ITEM_NOT_FOUND, "$.codeDescription")
    ]
    # An Items error travels in the same field.
    updating = {
        "code": 400,
        "codeDescription": "ITEM_ALREADY_UPDATING",
        "message": "An update is already in progress, wait until the last execution ends",
    }
    found = payloads.decisive_code("pluggy/api-error", updating)
    assert found is not None and found.code is pluggy.ItemRequestError.ITEM_ALREADY_UPDATING
    # The rate limiter's body has no codeDescription: Pluggy's only where the reader is told so,
    # its code, the HTTP status repeated, deciding.
    assert payloads.recognise(TOO_MANY, "pluggy") == ("pluggy/api-error",)
    assert "pluggy/api-error" not in payloads.recognise(TOO_MANY)
    found = payloads.decisive_code("pluggy/api-error", TOO_MANY)
    assert found is not None and (found.path, found.code) == ("$.code", pluggy.ResponseStatus(429))
    # The SDK rejects with the body itself: its status is the body's code.
    rejected = bankcodes.from_exception(ITEM_NOT_FOUND, "pluggy")
    assert rejected is not None
    assert (rejected.kind, rejected.status) == ("pluggy/api-error", 404)
    # The Connect widget's onError ({message, data?}) has no code: a body with one is not it.
    assert payloads.recognise({"message": "x", "code": 500}, "pluggy") == ("pluggy/api-error",)
    assert payloads.recognise({"message": "x"}, "pluggy") == ("pluggy/connect",)
