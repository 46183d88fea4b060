"""Mastercard Open Finance error codes read from two sources besides the per-code pages of
test_mastercard_facts.py: its US Unexpected System Error pages (developer.mastercard.com
.../open-finance-us/documentation/errors/request/unexpected-system-issue/ and the pages it links
for several codes at once), each stored copy read in part; and the example bodies of its US
OpenAPI (Mastercard/open-banking-us-openapi openbanking-us.yaml at 737832c, components/examples:
each example's code and message, and the HTTP statuses of the responses that use it). Expected
values are typed from those pages and that file."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import Category, mastercard
from tests.catalog.test_mastercard_facts import error_codes, scope_regions
from tests.support.helpers import counts, spec_data

#: Mastercard's US Unexpected System Error page (.../errors/request/unexpected-system-issue/):
#: "These errors occur when there's an unexpected server error while processing the request.",
#: then its list of codes, read as far as the link to 20014. The pages it links for several codes
#: at once, read as far as their Data Connect Alert row ("Not applicable."): 990 to 995 and 996
#: to 998, "Report or Escalate for Investigation.", HTTP Status 500; 1000, 1001, 1002, 1004,
#: 1005, 1009, 1010, 1011, 1012 and 14030, "Report or Escalate for Investigation", HTTP Status
#: "400 or 500". 12008 is in the list only.
UNEXPECTED = (
    "These errors occur when there's an unexpected server error while processing the request."
)
UNEXPECTED_PAGE = "mastercard-us-unexpected-system-issue"
UNEXPECTED_GROUPS = {
    "mastercard-us-unexpected-system-issue-990-995": ((990, 991, 992, 993, 994, 995), (500,)),
    "mastercard-us-unexpected-system-issue-996-998": ((996, 997, 998), (500,)),
    "mastercard-us-unexpected-system-issue-1000-14030": (
        (1000, 1001, 1002, 1004, 1005, 1009, 1010, 1011, 1012, 14030),
        (400, 500),
    ),
}


@pytest.mark.parametrize("page", sorted(UNEXPECTED_GROUPS))
def test_the_unexpected_system_error_codes_carry_their_pages_facts(page: str) -> None:
    values, statuses = UNEXPECTED_GROUPS[page]
    for value in values:
        code = mastercard.ErrorCode(value)
        assert code.description == UNEXPECTED, value
        assert code.info.group == "report_or_escalate", value
        assert code.category is Category.GENERIC_FAILURE, value
        assert code.http_statuses == statuses, value
        assert scope_regions(value) == ("US",)
        cited = [source.id for source in code.info.sources]
        assert UNEXPECTED_PAGE in cited and page in cited, value
        wording = code.info.whose("description")
        assert wording is not None and wording.by == "provider"
        assert [source.id for source in wording.sources] == [UNEXPECTED_PAGE]
        # Read as far as the Data Connect Alert row: the rest is missing, not absent.
        assert "Retriable by End User" in (code.info.notes or ""), value
        assert code.message is None or value in (1000, 1001), value


def test_12008_is_known_from_the_list_alone() -> None:
    code = mastercard.ErrorCode(12008)
    assert code.description == UNEXPECTED
    assert code.info.group is None and code.http_statuses == () and code.message is None
    assert [source.id for source in code.info.sources] == [UNEXPECTED_PAGE]
    assert "Retriable by End User" in (code.info.notes or "")


def test_the_unexpected_system_error_pages_are_marked_read_in_part() -> None:
    sources = spec_data()["sources"]
    for source_id in (UNEXPECTED_PAGE, *UNEXPECTED_GROUPS):
        part = sources[source_id].get("read_in_part") or ""
        assert "not read" in part, source_id
    assert "20014" in sources[UNEXPECTED_PAGE]["read_in_part"]


#: The examples of Mastercard's US OpenAPI (openbanking-us.yaml at 737832c, components/examples)
#: whose codes no page read gives: each code's first example's message and the HTTP statuses of
#: the responses that use its examples.
OPENAPI_EXAMPLES: dict[int, tuple[str, tuple[int, ...]]] = {
    1618: ("Negative or invalid value entered. Please use positive numbers only.", (400,)),
    1643: ("No matching record found for external_id 123456789.", (400, 404)),
    3001: ("Resource Not Found", (404,)),
    3002: ("Resource Not Found", (404,)),
    3005: ("Bad Request", (400,)),
    3006: ("Bad Request", (400,)),
    3007: ("Bad Request", (400,)),
    3008: ("Bad Request", (400,)),
    3009: ("Bad Request", (400,)),
    4004: ("The requested experience could not be found for the external app name.", (404,)),
    10002: ("Customer ID was not found.", (404,)),
    10003: ("Business ID was not found.", (400, 404)),
    10006: ("settleByDate must not be in the past", (400,)),
    10007: ("[FIELD] is the incorrect type", (400,)),
    10008: ("account has no transactions", (400, 404)),
    10009: ("[FIELD] is a required parameter", (400,)),
    10013: ("Only active accounts can be used, please use a different account", (400,)),
    10020: ("Data missing : MerchantName, streetAddress.", (400,)),
    10021: ("You are not authorized.", (401,)),
    10022: ("Invalid (Finicity-App-Token)", (401,)),
    10024: ("Missing parameter (Finicity-App-Token)", (401,)),
    10026: ("Missing parameter (Finicity-App-Key)", (401,)),
    10027: ("Invalid parameter (Finicity-App-Key)", (401,)),
    10100: ("Invalid parameter (<parameter name>)", (400, 404)),
    10215: ("Consent receipt not found", (404,)),
    10405: ("The active security freeze for this consumer exists.", (403,)),
    10406: ("The active dispute statement for this consumer exists.", (403,)),
    12017: ("No Account Owners Details Found.", (404,)),
    12019: (
        "fields parameter value must be 'balanceDetails','paymentInstruction' and "
        "'accountIdentity'",
        (400,),
    ),
    12022: ("An email is required when registering a customer for PSI-FCRA", (400,)),
    12401: ("partner not found", (404,)),
    13002: ("Asset not found", (404,)),
    14003: ("Aggregation connect partner not found.", (404,)),
    14006: ("Institution not found.", (404,)),
    14016: ("Invalid customer type.", (400,)),
    15001: ("One of the specified fields is missing or blank.", (400,)),
    18017: ("status parameter value must be 'active' or 'pending", (400,)),
    20000: ("Only 'application/json' is supported.", (406,)),
    20400: ("The max report generation limit was exceeded for this customer.", (400,)),
    24437: ("New password is not as per policy", (400,)),
    24553: ("Transaction not found.", (404,)),
    41002: ("Invalid date range: <message>", (400,)),
    41003: ("Start index cannot be less than one.", (400,)),
    41004: ("Limit cannot be less than one.", (400,)),
    45003: ("Invalid character in name fields.", (400,)),
    50016: (
        "Accounts for temporary customers are maintained by the system, and cannot be deleted "
        "through the API.",
        (400,),
    ),
    50051: ("No registered partner applications found.", (404,)),
    50052: ("Customer has no assigned application.", (404,)),
    60013: ("No active subscription found for a given customer.", (404,)),
    110002: ("Username is not available.", (409,)),
    3000000: (
        "Microdeposit initiation can't be processed at this time due to technical difficulties. "
        "Please try after some time",
        (400,),
    ),
    3000001: ("Invalid account number", (400,)),
    3000003: ("Invalid memo", (400,)),
    3100001: ("Account already exist", (400,)),
    3200001: ("Microdeposits initiation failed", (400,)),
    3200002: ("Microdeposit is in <status> status", (400,)),
    3200003: ("Microdeposit verification attempts exceeded", (400,)),
    3200004: ("Microdeposit amounts didn't match", (400,)),
    3300001: ("Too many request. Please try after some time", (400,)),
}


@pytest.mark.parametrize("value", sorted(OPENAPI_EXAMPLES))
def test_a_code_of_the_openapi_s_examples_carries_its_message_and_statuses(value: int) -> None:
    message, statuses = OPENAPI_EXAMPLES[value]
    code = mastercard.ErrorCode(value)
    assert code.message == message
    assert code.http_statuses == statuses
    assert [source.id for source in code.info.sources] == ["mastercard-openapi-us"]
    assert scope_regions(value) == ("US",)
    # The OpenAPI gives no description, remediation category or end-user retry.
    written = next(c for c in error_codes() if c["value"] == value)
    assert "description" not in written and code.info.group is None
    assert "end_user_can_retry" not in written


def test_the_other_messages_of_an_openapi_code_are_kept_with_their_example() -> None:
    # SwitchDetailsNotFoundExample: {status: "404", code: "1643", message: "No matching record
    # found for switch_id 65d87d2d8c831ae0f3174ed6"}; ConsentExpiredTokenExample: 10022,
    # "Invalid (App-Token)", 401; InvalidAmountFormatExample: 3000003, "Invalid amount format".
    kept = {
        (entry.status, entry.message)
        for value in (1643, 10022, 3000003)
        for entry in mastercard.ErrorCode(value).info.http
    }
    assert (404, "No matching record found for switch_id 65d87d2d8c831ae0f3174ed6") in kept
    assert (401, "Invalid (App-Token)") in kept
    assert (400, "Invalid amount format") in kept


def test_what_the_openapi_s_messages_ask_of_whom() -> None:
    # "Microdeposit verification attempts exceeded", "Microdeposit amounts didn't match", "Too
    # many request. Please try after some time", "The active security freeze for this consumer
    # exists.", "Invalid (Finicity-App-Token)".
    assert mastercard.ErrorCode(3200003).category is Category.ATTEMPTS_EXHAUSTED
    assert mastercard.ErrorCode(3200004).category is Category.USER_ACTION_REQUIRED
    assert mastercard.ErrorCode(3300001).category is Category.RATE_LIMITED
    assert mastercard.ErrorCode(10405).category is Category.REJECTED
    assert mastercard.ErrorCode(10022).category is Category.INTEGRATION_ERROR


def test_1000_and_1001_carry_their_page_and_their_openapi_example() -> None:
    # BadRequest: {code: 1000, status: "400", message: "field must be a number"};
    # PSIAccountErrorBadRequestExample: {code: 1001, message: "Account Error - use different
    # account"}, which no response uses.
    assert mastercard.ErrorCode(1000).message == "field must be a number"
    assert mastercard.ErrorCode(1001).message == "Account Error - use different account"
    for value in (1000, 1001):
        wording = mastercard.ErrorCode(value).info.whose("message")
        assert wording is not None and [s.id for s in wording.sources] == ["mastercard-openapi-us"]


def test_the_warning_sent_with_a_success_is_a_success() -> None:
    # PaymentSuccessIndicatorWarningExample, the body of a 200: {code: "2000", message:
    # "Successful Warning - settlement amount exceeds available balance", ...}.
    code = mastercard.ErrorCode(2000)
    assert code.message == "Successful Warning - settlement amount exceeds available balance"
    assert code.http_statuses == (200,)
    assert code.category is Category.SUCCESS
    assert bankcodes.classify("mastercard", "2000") is Category.SUCCESS


def test_drift_counts_the_invalid_credentials_page_s_list_whole() -> None:
    """The US Invalid Credentials page lists its codes at its top: 103, 45002, 24303, 110039."""
    listed = {103, 45002, 24303, 110039}
    assert listed <= {int(member) for member in mastercard.ErrorCode}
    assert counts("mastercard-us-accounterrors-invalidcredentials") == {
        "mastercard.error_code": (len(listed), len(listed))
    }


def test_drift_counts_the_us_account_not_found_list_and_two_au_pages_whole() -> None:
    """The US Account Not Found Errors page lists 909, 913, 914, 946, 952, 955, 38006 and 38003;
    the AU pages of 400 and 12046 each give one Aggregation Status Code (HTTP Status 500)."""
    listed = {909, 913, 914, 946, 952, 955, 38006, 38003}
    assert listed <= {int(member) for member in mastercard.ErrorCode}
    assert counts("mastercard-us-accounterrors-account-not-found") == {
        "mastercard.error_code": (len(listed), len(listed))
    }
    for code in (400, 12046):
        source = f"mastercard-au-accounterrors-account-not-found-{code}"
        assert counts(source) == {"mastercard.error_code": (1, 1)}, source
