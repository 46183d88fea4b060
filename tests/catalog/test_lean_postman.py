"""Lean's statuses as its Postman collection shows them: leantechnologies/lean-postman at
b883f2818f8f1c79e036596e6eb38147dd192f38, KSA/LeanAPI-KSA.postman_collection.json (its UAE
collection, UAE/Lean-API-UAE.postman_collection.json, shows the same ones). Every status its saved
responses of the Data, Insights and Verifications requests carry, and every granular status code
they carry, is a code of the catalog; those only the collection shows carry its words and the
status each answers. Typed from the collection's saved responses (their status, code and body)."""

from __future__ import annotations

from bankcodes import Category, lean, payloads

COLLECTION = (
    "https://github.com/leantechnologies/lean-postman/blob/"
    "b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LeanAPI-KSA.postman_collection.json"
)

#: The status of every saved response of the Data, Insights and Verifications folders, with its
#: HTTP status (the response's code): the Data API's statuses, and the two of the general errors
#: (INVALID_PARAMETERS, INTERNAL_SERVER_ERROR), which the catalog reads as API error statuses.
DATA_STATUSES = {
    "OK": 200,
    "FAILED": 200,
    "CONSENT_EXPIRED": 403,
    "DUPLICATED_REQUEST": 429,
    "UNKNOWN_ENTITY": 404,
    "UNKNOWN_ACCOUNT": 404,
    "UNKNOWN_RESULTS_ID": 404,
    "DATA_NOT_FOUND": 404,
}
GENERAL_STATUSES = {"INVALID_PARAMETERS": 400, "INTERNAL_SERVER_ERROR": 500}
#: The status of Get Data Refresh Status and Get data refreshes (each a 200).
REFRESH_STATUSES = {"FINISHED"}
#: The statuses only the collection shows, each with its message (the body's message).
ONLY_IN_THE_COLLECTION = {
    "DUPLICATED_REQUEST": "Data refresh is already pending.",
    "UNKNOWN_ENTITY": "The entity_id provided did not match an account in our records.",
    "UNKNOWN_ACCOUNT": "The account_id provided does not match an account with the entity_id "
    "provided.",
    "UNKNOWN_RESULTS_ID": "The results_id provided has not been recognized by Lean or has not "
    "been processed yet",
    "DATA_NOT_FOUND": "The data requested could not be found",
}
#: Every status_detail.granular_status_code of the Account Verification API's FAILED answers
#: (each a 200), and the two only the collection shows: (message, status_additional_info).
GRANULAR = {"BANK_ISSUE", "DISABLED_BY_LEAN", "LEAN_ERROR", "UNSUPPORTED_BY_BANK"}
GRANULAR |= {"GIVEN_INPUT_CANNOT_BE_VERIFIED"}
GRANULAR_ONLY_IN_THE_COLLECTION = {
    "UNSUPPORTED_BY_BANK": (
        "Bank verification not supported",
        "This bank does not support verification",
    ),
    "GIVEN_INPUT_CANNOT_BE_VERIFIED": (
        "Account cannot be verified in this case. Please do not retry.",
        "Account cannot be verified in this case. Please do not retry.",
    ),
}


def test_every_status_of_the_collection_is_a_code() -> None:
    catalogued = {m.value for m in lean.DataApiStatus}
    assert set(DATA_STATUSES) <= catalogued
    assert set(GENERAL_STATUSES) <= {m.value for m in lean.ApiErrorStatus}
    assert {m.value for m in lean.DataRefreshStatus} >= REFRESH_STATUSES
    assert {m.value for m in lean.GranularStatusCode} >= GRANULAR


def test_the_statuses_only_the_collection_shows_carry_its_words() -> None:
    for value, message in ONLY_IN_THE_COLLECTION.items():
        member = lean.DataApiStatus(value)
        assert member.message == message, value
        assert member.http_statuses == (DATA_STATUSES[value],), value
        wording = member.info.whose("message")
        assert wording is not None and wording.by == "provider", value
        assert [s.url for s in wording.sources] == [COLLECTION], value
    # CONSENT_EXPIRED's status is the collection's (Trigger a Manual Data Refresh, 403).
    assert lean.DataApiStatus.CONSENT_EXPIRED.http_statuses == (403,)
    for value, (message, info) in GRANULAR_ONLY_IN_THE_COLLECTION.items():
        granular = lean.GranularStatusCode(value)
        assert granular.message == message, value
        assert (granular.description or granular.message) == info, value
    # "Please do not retry."
    assert not lean.GranularStatusCode.GIVEN_INPUT_CANNOT_BE_VERIFIED.retryable


def test_an_unknown_entity_answer_is_read_by_its_status() -> None:
    # The collection's 404 of Get Accounts (Raw Data v2): its results_id makes it a Data API
    # response, and its status decides.
    body = {
        "results_id": "516adc40-af36-4284-bfba-46ec69dfe6d3",
        "timestamp": "2025-09-10T21:03:05.413806605Z",
        "status": "UNKNOWN_ENTITY",
        "message": ONLY_IN_THE_COLLECTION["UNKNOWN_ENTITY"],
        "metadata": None,
    }
    assert payloads.identify(body).kinds == ("lean/data-api-response",)
    found = payloads.decisive_code("lean/data-api-response", body)
    assert found is not None and found.code is lean.DataApiStatus.UNKNOWN_ENTITY
    assert found.code.category is Category.INTEGRATION_ERROR
