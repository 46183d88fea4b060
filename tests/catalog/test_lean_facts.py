"""Lean's Data API granular status codes that its data errors page of the default (UAE)
documentation lists (docs.leantech.me/reference/data-errors, a stored copy read in part: its
table as far as LEAN_ERROR's What to do): each row's Description, words addressed to the
customer, and What to do, advice to the integrator. Expected values are typed from that copy."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import Category, lean
from tests.support.helpers import spec_data

#: The page's rows: Status, Description, What to do.
ROWS = {
    "EU_ACCOUNT_LOCKED": (
        "Your online account has been locked by your bank. This can be confirmed by trying to log "
        "in to your bank's mobile application or website which will also give you more details "
        "about how to unlock your account. Once your account is unlocked, you will be able to "
        "successfully connect.",
        "Prompt the user to contact the bank to unlock the account. You can use the "
        "status_additional_info field as the copywrite to display.",
    ),
    "LOGGED_IN_ELSEWHERE": (
        "The bank rejected the connection because you logged into your bank account on another "
        "device. Please try again without logging in to your online banking elsewhere.",
        "Wait for some time before making a new request. This should resolve itself within a few "
        "minutes to a few hours.",
    ),
}


@pytest.mark.parametrize("value", sorted(ROWS))
def test_a_row_of_the_uae_page_is_a_granular_code_in_lean_s_words(value: str) -> None:
    said, what_to_do = ROWS[value]
    code = lean.GranularStatusCode(value)
    assert (code.description, code.info.user_message, code.advice) == (said, said, what_to_do)
    assert not code.info.editorial
    assert [source.id for source in code.info.sources] == ["lean-data-errors"]
    text = code.end_user_text("en")
    assert text is not None and text.message == said and text.message_by == "provider"


def test_the_uae_page_is_marked_read_in_part() -> None:
    source = spec_data()["sources"]["lean-data-errors"]
    assert source["url"] == "https://docs.leantech.me/reference/data-errors"
    assert "LEAN_ERROR" in source["read_in_part"] and "not read" in source["read_in_part"]


def test_what_the_rows_ask_of_whom() -> None:
    # "Prompt the user to contact the bank to unlock the account": the customer acts at the bank.
    locked = lean.GranularStatusCode("EU_ACCOUNT_LOCKED")
    assert locked.category is Category.ACTION_REQUIRED_AT_INSTITUTION
    # "logged into your bank account on another device" ... "Wait for some time before making a
    # new request": another session holds the connection; the request succeeds later.
    elsewhere = lean.GranularStatusCode("LOGGED_IN_ELSEWHERE")
    assert elsewhere.category is Category.CONCURRENT_OPERATION and elsewhere.retryable
    assert bankcodes.classify("lean", "LOGGED_IN_ELSEWHERE") is Category.CONCURRENT_OPERATION
