"""Mastercard Open Finance Europe's error codes, typed from the parts read of its Code and
Formats pages (Aiia Enterprise's and Insights'), beside the US and AU facts of
test_mastercard_facts.py."""

from __future__ import annotations

from bankcodes import mastercard, payloads
from tests.support.helpers import spec_data

#: Open Finance Europe, Aiia Enterprise's Code and Formats page (read in part): the error
#: example, {error, details}, and its note on details.
EUROPE_ERROR = {
    "error": "InvalidInput",
    "details": {
        "reason": "Unknown code",
        "validationErrors": {"Username": ["Username is required"]},
    },
}
#: Open Finance Europe, Insights' Codes and Formats page (read in part): its first rows.
INSIGHTS = {
    "INPUT_ERROR": "`redirectUrl` length must be between 1 and 265",
    "FORMAT_ERROR": "Redirect URL was not provided",
}


def test_a_europe_error_is_mastercard_s_by_its_code_and_details() -> None:
    assert payloads.identify(EUROPE_ERROR).kinds == ("mastercard/europe-error",)
    found = payloads.decisive_code("mastercard/europe-error", EUROPE_ERROR)
    assert found is not None and found.code is mastercard.EuropeError("InvalidInput")
    # {error, details} with a code the catalog does not know is nobody's: the shape is common.
    assert payloads.identify({"error": "Other", "details": {}}).kind is None


def test_the_insights_reason_codes_are_the_page_s_rows() -> None:
    codes = spec_data()["providers"]["mastercard"]["code_sets"]["europe_insights_reason"]["codes"]
    assert {c["value"]: c["description"] for c in codes} == INSIGHTS
    assert all(h["status"] == 400 for c in codes for h in c["http"])
