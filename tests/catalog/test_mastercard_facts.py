"""Mastercard Open Finance, read from its pinned sources: its per-code error pages (developer.
mastercard.com .../errors/error-codes/<code>/) and the AU and US group pages that list codes, and
the ErrorMessage of its US OpenAPI (code "can be returned as a number or a string"). The Connect
SDKs' events are in test_mastercard_connect.py, its webhooks in test_mastercard_webhooks.py.
Expected values are typed from those pages and files."""

from __future__ import annotations

from typing import Any

import pytest

import bankcodes
from bankcodes import Category, mastercard, payloads
from tests.support.helpers import spec_data


def test_an_error_page_in_full() -> None:
    # .../errors/error-codes/42000/: "This error occurs when the request is malformed or
    # incorrect.", Remediation Category "Report or Escalate for Investigation", HTTP Status 400,
    # Error Message "Testing customer limit exceeded.", Common Causes, Troubleshooting Steps,
    # Retriable by End User "No". The Common Causes row is no part of the description.
    code = mastercard.ErrorCode(42000)
    assert code.info.group == "report_or_escalate"
    assert code.message == "Testing customer limit exceeded."
    assert code.http_statuses == (400,)
    assert code.description == "This error occurs when the request is malformed or incorrect."
    assert "The preset customer limit for testing has been met." in (code.info.notes or "")
    assert code.advice == "Contact your support team member to discuss next steps."
    assert not code.end_user_can_retry
    assert code.info.scope is not None and code.info.scope.regions == ("US",)


def test_the_end_user_retry_fact_of_42000_is_its_page_s_and_cited() -> None:
    # .../error-codes/42000/: "Retriable by End User | No".
    code = next(c for c in error_codes() if c["value"] == 42000)
    assert code["end_user_can_retry"] is False
    assert code["end_user_can_retry_sources"] == ["mastercard-us-error-codes-42000"]
    assert not mastercard.ErrorCode(42000).end_user_can_retry


def error_codes() -> list[dict[str, Any]]:
    """The codes of Mastercard's error code set, as the spec writes them."""
    codes: list[dict[str, Any]] = spec_data()["providers"]["mastercard"]["code_sets"]["error_code"][
        "codes"
    ]
    return codes


def scope_regions(value: int) -> tuple[str, ...]:
    """The regions bankcodes gives as the scope of the Mastercard error code `value`."""
    scope = mastercard.ErrorCode(value).info.scope
    assert scope is not None, value
    return scope.regions


#: Codes once filed as Australian only that Mastercard also publishes for the US: their own US
#: pages (.../open-finance-us/documentation/errors/error-codes/<code>/), and the examples of the
#: US OpenAPI (openbanking-us.yaml at 737832c): ExpiredTokenRequest (10023),
#: CustomerNotFoundExample (14001), NoAccountForInstitutionLoginIdExample (38007), a
#: payment-enablement example's field error (102).
ALSO_US = {
    101: "mastercard-us-error-codes-101",
    905: "mastercard-us-error-codes-905",
    906: "mastercard-us-error-codes-906",
    907: "mastercard-us-error-codes-907",
    910: "mastercard-us-error-codes-910",
    911: "mastercard-us-error-codes-911",
    2003: "mastercard-us-error-codes-2003",
    2006: "mastercard-us-error-codes-2006",
    2024: "mastercard-us-error-codes-2024",
    10023: "mastercard-openapi-us",
    14001: "mastercard-openapi-us",
    38007: "mastercard-openapi-us",
    102: "mastercard-openapi-us",
}
#: Codes once filed as US only that AU pages list: Connection Not Certified (11000 and 1415),
#: Connection Migration in Progress (945).
ALSO_AU = {
    1415: "mastercard-au-connection-not-certified",
    945: "mastercard-au-connection-migration-inprogress",
}


@pytest.mark.parametrize("value", sorted({**ALSO_US, **ALSO_AU}))
def test_a_scope_no_mastercard_page_contradicts(value: int) -> None:
    assert scope_regions(value) == ("AU", "US")
    cited = [source.id for source in mastercard.ErrorCode(value).info.sources]
    assert {**ALSO_US, **ALSO_AU}[value] in cited


#: Codes with their own page on Mastercard's site (US .../errors/error-codes/<code>/, AU
#: .../errors/accounterrors/..., .../errors/institutionerrors/...) and the region of each page.
OWN_PAGES = {
    **dict.fromkeys((324, 403, 1408), ("AU", "US")),
    **dict.fromkeys((5006, 5030, 7002, 12046), ("AU",)),
    **dict.fromkeys(
        (
            *(325, 502, 504, 901, 902, 903, 904, 915, 916, 920, 924, 936, 950, 959, 960, 961),
            *(972, 973, 974, 976, 1003, 1008, 1108, 1201, 1203, 1204, 1440, 2038, 2039, 2040),
            *(3003, 3004, 4041, 10025, 10030, 10106, 12009, 14002, 14019, 14020, 19000, 20014),
            *(20017, 38053, 42002, 50050),
        ),
        ("US",),
    ),
}

#: Group pages and the codes each lists (their anchors): New Connection in Progress, AU and US
#: (.../institutionerrors/connection-ip/900-901-903-904-916/, 900 to 904, 915 and 916); AU
#: Connection Not Supported (its sections 920, 921, ... and 929; 924, 925 and 928; 950; 960;
#: 972; 973; 975; 976; 2032); AU Unexpected Login Error (179, 1008 and 2040).
GROUP_PAGES = {
    "mastercard-au-connection-ip-new-connection": ("AU", (900, 901, 902, 903, 904, 915, 916)),
    "mastercard-us-connection-ip-new-connection": ("US", (900, 901, 902, 903, 904, 915, 916)),
    "mastercard-au-connection-not-supported": ("AU", (920, 924, 950, 960, 972, 973, 976)),
    "mastercard-au-accounterrors-unexpectedloginerror": ("AU", (179, 1008, 2040)),
}


def _listed_in(value: int) -> set[str]:
    return {region for region, codes in GROUP_PAGES.values() if value in codes}


def test_every_code_with_its_own_page_is_in_the_catalog() -> None:
    for value, regions in OWN_PAGES.items():
        expected = tuple(sorted({*regions, *_listed_in(value)}))
        assert scope_regions(value) == expected, value


@pytest.mark.parametrize("source_id", sorted(GROUP_PAGES))
def test_a_group_page_s_codes_are_scoped_to_its_region_and_cite_it(source_id: str) -> None:
    region, codes = GROUP_PAGES[source_id]
    for value in codes:
        assert region in scope_regions(value), value
        assert source_id in [source.id for source in mastercard.ErrorCode(value).info.sources]


def test_900_is_what_both_new_connection_pages_say_of_it() -> None:
    # Both pages: "These errors occur when a new connection to a financial institution is being
    # created. Multiple authentication attempts from the end user will help resolve this
    # issue." Their copies stop at the head of 900's table: no message, status or category.
    code = mastercard.ErrorCode(900)
    assert code.description == (
        "These errors occur when a new connection to a financial institution is being created. "
        "Multiple authentication attempts from the end user will help resolve this issue."
    )
    assert scope_regions(900) == ("AU", "US")
    assert code.message is None and code.http_statuses == () and code.info.group is None
    assert "Retriable by End User" in (code.info.notes or "")


UNEXPECTED_LOGIN = (
    "This error occurs when the financial institution returns an unexpected login error."
)
REFRESHING = (
    "This error occurs if an API call is made for an account that is currently undergoing data "
    "refresh."
)
#: What each page read shows: its source, its introduction, its Remediation Category, its HTTP
#: Status and its Error Message (None, () where the copy read stops before the row). 24302 is the
#: Aggregation Status Code of the table of .../error-codes/12003/.
PAGES_READ: dict[int, tuple[str, str, str | None, tuple[int, ...], str | None]] = {
    325: ("mastercard-us-error-codes-325", REFRESHING, None, (), None),
    1003: (
        "mastercard-us-error-codes-1003",
        "This error occurs when there's an unexpected server error while processing the request.",
        "invalid_input",
        (409,),
        None,
    ),
    1008: ("mastercard-us-error-codes-1008", UNEXPECTED_LOGIN, "re_authenticate", (), None),
    2040: ("mastercard-us-error-codes-2040", UNEXPECTED_LOGIN, "retry_later", (), None),
    5006: ("mastercard-au-accounterrors-5006", REFRESHING, None, (), None),
    10025: (
        "mastercard-us-error-codes-10025",
        "This error occurs when the end user session has either expired or timed out.",
        "retry_later",
        (400,),
        "We were unable to verify your identity. To get started another way, please reach out "
        "to {Partner} for support.",
    ),
    10106: (
        "mastercard-us-error-codes-10106",
        "This error occurs when the connection to a financial institution is not supported.",
        None,
        (),
        None,
    ),
    24302: (
        "mastercard-us-error-codes-12003",
        "This error occurs when the end user provides inadequate response to security questions "
        "while connecting to a financial institution.",
        "re_authenticate",
        (500,),
        None,
    ),
    42002: (
        "mastercard-us-error-codes-42002",
        "This error occurs when the request is malformed or incorrect.",
        None,
        (),
        None,
    ),
}


@pytest.mark.parametrize("value", sorted(PAGES_READ))
def test_a_code_added_from_its_page_carries_what_the_page_shows(value: int) -> None:
    source_id, description, group, statuses, message = PAGES_READ[value]
    code = mastercard.ErrorCode(value)
    assert source_id in [source.id for source in code.info.sources]
    assert (code.description, code.info.group) == (description, group)
    assert (code.http_statuses, code.message) == (statuses, message)
    if value != 10025:  # the only one read to its last row
        assert "Retriable by End User" in (code.info.notes or ""), value


def test_10025_is_read_to_its_last_row() -> None:
    # Error Type "Account Error"; Troubleshooting Steps "This user has gone through the flow and
    # edited their prefill data significantly in a way that has triggered elevated risk.";
    # Retriable by End User "No.".
    code = mastercard.ErrorCode(10025)
    assert code.advice == (
        "This user has gone through the flow and edited their prefill data significantly in a "
        "way that has triggered elevated risk."
    )
    assert "Account Error" in (code.info.http[0].context or "")
    assert not code.end_user_can_retry


#: Every page read to its Retriable by End User row, and the value it shows there: 42000 "No",
#: 10025 "No."; AU 400 and AU 12046 show the row empty, and 3004's copy stops at its label.
RETRIABLE_SHOWN = {42000: False, 10025: False}


def test_the_end_user_retry_fact_is_given_where_a_page_shows_it_and_only_there() -> None:
    given = {
        code["value"]: (code["end_user_can_retry"], code["end_user_can_retry_sources"])
        for code in error_codes()
        if "end_user_can_retry_sources" in code
    }
    assert {value: shown for value, (shown, _) in given.items()} == RETRIABLE_SHOWN
    assert given[10025][1] == ["mastercard-us-error-codes-10025"]
    for value in (400, 12046, 3004):
        code = next(c for c in error_codes() if c["value"] == value)
        assert "end_user_can_retry" not in code, value
        assert "Retriable by End User" in code["notes"], value
    # 3004's Troubleshooting Steps: "Ask the user to re-authenticate."
    assert mastercard.ErrorCode(3004).advice == "Ask the user to re-authenticate."


def test_973_asks_the_end_user_to_sign_in_again() -> None:
    # .../error-codes/973/: Remediation Category "Re-Authenticate or Provide Additional
    # Information"; Common Causes: "the end user is not authorized to access their accounts due
    # to security reasons". The end user acts, not the integrator.
    code = mastercard.ErrorCode(973)
    assert code.info.group == "re_authenticate"
    assert code.category is Category.RECONNECT_REQUIRED
    assert code.category.actor == "end_user" and code.end_user_can_retry


def test_new_codes_carry_their_pages_facts() -> None:
    # .../error-codes/1201/: Retry Later, HTTP 408, Error Message "Product Fulfillment Timeout".
    timeout = mastercard.ErrorCode(1201)
    assert timeout.message == "Product Fulfillment Timeout"
    assert timeout.http_statuses == (408,) and timeout.info.group == "retry_later"
    # .../error-codes/1204/: HTTP 503, "Stream Generation Unavailable".
    assert mastercard.ErrorCode(1204).message == "Stream Generation Unavailable"
    assert mastercard.ErrorCode(1204).http_statuses == (503,)
    # .../error-codes/3004/: Verify Account or Data State, HTTP 404, its message and its
    # Troubleshooting Steps "Ask the user to re-authenticate.".
    login = mastercard.ErrorCode(3004)
    assert login.message == "Institution Login Id details are not found."
    assert login.advice == "Ask the user to re-authenticate."
    assert login.http_statuses == (404,) and login.info.group == "verify_account_or_data_state"
    # .../error-codes/50050/: HTTP Status "400, 404, or 500".
    assert mastercard.ErrorCode(50050).http_statuses == (400, 404, 500)
    # AU .../accounterrors/account-not-found/7002/: "Account product not found", HTTP 500.
    product = mastercard.ErrorCode(7002)
    assert product.message == "Account product not found" and product.http_statuses == (500,)
    # .../error-codes/973/: "The user is not authorized for the requested resource or online
    # access.", HTTP 500; AU .../accounterrors/949/: its Error Message.
    assert mastercard.ErrorCode(973).message == (
        "The user is not authorized for the requested resource or online access."
    )
    assert mastercard.ErrorCode(949).message == (
        "Accounts are in error status and can not be recovered in any way. Delete these accounts."
    )


def test_a_page_read_in_part_says_what_is_missing() -> None:
    # The copy of .../error-codes/920/ stops before its table's first row.
    notes = mastercard.ErrorCode(920).info.notes or ""
    assert "Error Message" in notes and "Retriable by End User" in notes
    # The AU Code and Formats page's required action for 10023 was read only as far as
    # "See the [Authentication](...) section to": no advice is shown cut short.
    assert mastercard.ErrorCode(10023).advice is None
    assert "missing" in (mastercard.ErrorCode(10023).info.notes or "")


def test_the_connect_webhook_events_include_adding() -> None:
    # Mastercard's events list on docs.finicity.com names adding, its description read only as
    # far as "Sent when a": the catalog's description is its own, and the set may be incomplete.
    assert mastercard.WebhookEventType("adding").info.editorial
    event_types = spec_data()["providers"]["mastercard"]["code_sets"]["webhook_event_type"]
    assert "not known to be complete" in event_types["description"]


def test_a_code_arrives_as_a_number_or_as_its_digits() -> None:
    # .../error-codes/10001/: Remediation Category "Invalid Input", HTTP Status 401.
    invalid = mastercard.ErrorCode(10001)
    assert invalid.info.group == "invalid_input" and invalid.http_statuses == (401,)
    assert bankcodes.classify("mastercard", 10001) is invalid.category
    assert bankcodes.classify("mastercard", "10001") is invalid.category
    # The OpenAPI's ErrorMessage: `code` "can be returned as a number or a string".
    for body in ({"code": 14001, "status": "404"}, {"code": "14001", "status": "404"}):
        found = payloads.decisive_code("mastercard/error", body)
        assert found is not None and found.code is mastercard.ErrorCode(14001)
        model = payloads.validate("mastercard/error", body)
        assert model.model_dump(mode="json") == {"code": 14001, "status": "404"}


def test_a_code_published_for_bothregions() -> None:
    # 949 has a page in the US error codes and in the AU account errors.
    assert mastercard.ErrorCode(949).info.scope.regions == ("AU", "US")  # type: ignore[union-attr]


def test_its_retry_rules_as_its_pages_state_them() -> None:
    rules = spec_data()["providers"]["mastercard"]["retries"]["rules"]
    # openbanking-us.yaml: "If the status shows "inProgress", the client app should wait 20
    # seconds and then call this API again."
    assert (rules[0]["first_delay_ms"], rules[0]["backoff"]) == (20_000, "fixed")
    # Institution Errors: "Mastercard Data Connect alerts allow up to 5 attempts for the end
    # user after which the session will end."
    (end_user,) = [r for r in rules if "mastercard-us-institution-errors" in r["sources"]]
    assert end_user["max_attempts"] == 5 and "statuses" not in end_user
    source = spec_data()["sources"]["mastercard-us-institution-errors"]
    assert source["read_in_part"] and source["url"].endswith("/errors/institution-errors/")
