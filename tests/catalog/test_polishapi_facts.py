"""PolishAPI, read from third parties' copies of its files (no first-party copy could be read):
its 2_1_2 Swagger file as ITger/PolishAPI_sample keeps it at cf445125
(ZBP-polish-api-2_1_2-swagger.json: the error responses of its 26 operations, each with
`"schema": {"$ref": "#/definitions/Error"}`; definitions Error, ResponseHeader, PaymentStatus,
PaymentsBundleResponse.bundleStatus, RecurringPaymentResponse.recurringPaymentStatus), and its
licence as fintradetec/psd2-polishapi states it at 45c1045d (LICENSE.md: "The PolishAPI standard
documentation is available based on the Creative Commons Attribution 3.0 Poland licence"). Every
expected value is typed from them."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import payloads, polishapi
from tests.support.helpers import ROOT, counts, spec_data

#: Each error status of the file's operations, with its description and how many of the 26
#: operations answer with it.
HTTP = {
    400: ("Bad request", 26),
    401: ("Unauthorized", 22),
    403: ("Forbidden", 23),
    405: ("Method Not Allowed", 26),
    406: ("Not Acceptable", 26),
    415: ("Unsupported Media Type", 26),
    422: ("Unprocessable entity", 26),
    429: ("Request limit for the requested service exceeded", 14),
    500: ("Internal Server Error", 26),
    501: ("Not Implemented", 26),
    503: ("Service Unavailable", 26),
}
#: PaymentStatus (“Słownik statusów płatności”), bundleStatus and recurringPaymentStatus.
PAYMENT = ["submitted", "cancelled", "pending", "done", "rejected", "scheduled"]
BUNDLE = ["inProgress", "cancelled", "done", "partiallyDone"]
RECURRING = ["submitted", "inProgress", "cancelled", "close"]
#: The Error class's description and its fields' (bilingual, Polish first).
ERROR_CLASS = "Klasa zawierająca informacje o zwracanym błędzie / Error class"
CODE_FIELD = "Kod błędu / Error code"
MESSAGE_FIELD = "Opis błędu / Error message"


def test_the_error_statuses_are_the_file_s_eleven_with_its_words() -> None:
    assert [member.value for member in polishapi.ResponseStatus] == list(HTTP)
    for status, (text, operations) in HTTP.items():
        member = polishapi.ResponseStatus(status)
        assert member.description == text and not member.info.editorial
        [entry] = member.info.http
        assert entry.status == status
        shown = "every one" if operations == 26 else str(operations)
        assert (entry.context or "").startswith(f"{shown} of the file's 26 operations")


@pytest.mark.parametrize(
    ("code_set", "values"),
    [
        (polishapi.PaymentStatus, PAYMENT),
        (polishapi.BundleStatus, BUNDLE),
        (polishapi.RecurringPaymentStatus, RECURRING),
    ],
)
def test_each_status_set_is_the_file_s_enum_without_texts_of_its_own(
    code_set: type[bankcodes.CodeEnum], values: list[str]
) -> None:
    assert [member.value for member in code_set] == values
    for member in code_set:
        assert member.info.editorial, member
        assert "The files give no description of any value" in (member.info.notes or "")


def test_the_error_body_s_code_is_free_text_the_files_list_no_values_of() -> None:
    """What was not read is said as such: never that the standard publishes no error codes."""
    kind = spec_data()["payloads"]["polishapi/error"]
    fields = kind["types"]["ErrorResponse"]["fields"]
    assert kind["types"]["ErrorResponse"]["description"] == f"An Error body (“{ERROR_CLASS}”)."
    assert fields["code"]["type"] == "string"
    assert fields["code"]["description"].startswith(CODE_FIELD)
    assert fields["message"]["description"] == MESSAGE_FIELD
    statuses = polishapi.ResponseStatus.code_set().description
    assert "the files list no error codes" in statuses
    assert "PDF documentation, which may, was not read" in statuses
    for text in (kind["description"], statuses):
        assert "publishes no" not in text


def test_a_body_with_no_status_has_no_code_and_one_with_a_status_is_read_by_it() -> None:
    body = {
        "responseHeader": {"requestId": "b6d0f1a2", "sendDate": "2019-12-18T18:22:31"},
        "code": "ASPSP-0042",
        "message": "limit",
    }
    assert payloads.identify(body).kind == "polishapi/error"
    assert payloads.decisive_code("polishapi/error", body) is None
    assert bankcodes.from_exception(body) is None


def test_the_licence_is_said_to_come_from_a_third_party() -> None:
    page = (ROOT / "site" / "docs" / "reference" / "polishapi" / "index.md").read_text(
        encoding="utf-8"
    )
    [row] = [line for line in page.splitlines() if "<tr><td>Licence</td>" in line]
    assert "Creative Commons Attribution 3.0 Poland, as stated in" in row
    assert "as a third party states it" in row
    source = spec_data()["sources"]["polishapi-2-1-2"]
    assert source["kind"] == "third-party"
    assert "cf445125452c67a6dcdd45d7d12009f61916a260" in source["url"]
    assert "as a third party keeps a copy of it" in source["title"]


def test_the_constructed_example_says_it_is_one() -> None:
    [example] = spec_data()["payloads"]["polishapi/error"]["examples"]
    assert example["title"].startswith("Constructed by bankcodes")
    assert example["decided_by"] is None


def test_drift_counts_the_three_status_enums_of_the_2_1_2_file_whole() -> None:
    """PaymentStatus, BundleResponse.bundleStatus and RecurringPaymentStatusResponse's
    recurringPaymentStatus, each held whole, and the error statuses its operations' responses
    list (in the order first listed)."""
    errors = ("400", "405", "406", "415", "422", "500", "501", "503", "401", "403", "429")
    listed = {
        "payment_status": PAYMENT,
        "bundle_status": BUNDLE,
        "recurring_payment_status": RECURRING,
        "http_status": errors,
    }
    assert counts("polishapi-2-1-2") == {
        f"polishapi.{name}": (len(values), len(values)) for name, values in listed.items()
    }
