"""Plaid's ACH return codes and RTP/RfP failure codes, typed from the Transfer errors page
(plaid.com/docs/errors/transfer/, its copy of 2026-03-07 pinned by sha256): the table under
"ACH return codes" (Return Code, Description, Notes) and the one under "RTP/RfP error codes"
(Failure Code, Description, Rail(s), Condensed Error Category, Retryable, Suggested Action); and
from Plaid's OpenAPI description (plaid/plaid-openapi at 26f1a058, 2020-09-14.yml):
TransferFailure.failure_code points to both tables, and TransferCreateRequest's description says
which returned transfers may be sent again."""

from __future__ import annotations

import bankcodes
from bankcodes import plaid
from tests.support.helpers import counts

#: The page's Return Code column: R01 to R38, R40 to R47, R50 to R52, R61 to R74, R80 to R82.
ACH = [
    *(f"R{n:02d}" for n in range(1, 39)),
    *(f"R{n}" for n in range(40, 48)),
    *(f"R{n}" for n in range(50, 53)),
    *(f"R{n}" for n in range(61, 75)),
    *(f"R{n}" for n in range(80, 83)),
]

#: The page's Failure Code column, in its order.
RTP = [
    *("1100", "9909", "9910", "9912", "9934", "9946", "9947", "9948"),
    *("AC02", "AC03", "AC04", "AC06", "AC07", "AC13", "AC14", "AG01", "AG03"),
    *("AM02", "AM04", "AM09", "AM12", "AM13", "AM14"),
    *("BE04", "BE06", "BE07", "BE16", "BE17", "BLKD", "CH11", "CUST"),
    *("DS04", "DS0H", "DS24", "DT04", "DUPL", "E997", "FF02", "FF03", "FF08"),
    *("INSF", "MD07", "NARR", "NOAT", "RC01", "RC02", "RC03", "RC04", "SL12"),
    *(f"TK0{n}" for n in range(1, 9)),
]


def test_each_code_set_is_its_table_whole() -> None:
    assert [member.value for member in plaid.AchReturnCode] == ACH
    assert [member.value for member in plaid.RtpFailureCode] == RTP
    assert counts("plaid-errors-transfer") == {
        "plaid.error_code": (9, 9),
        "plaid.ach_return_code": (len(ACH), len(ACH)),
        "plaid.rtp_failure_code": (len(RTP), len(RTP)),
    }


def test_a_code_has_the_table_s_words() -> None:
    assert plaid.AchReturnCode("R01").description == "Insufficient funds"
    assert plaid.AchReturnCode("R29").description == "Corporate customer advises not authorized"
    failure = plaid.RtpFailureCode("9912")
    assert failure.description == "Recipient connection unavailable"
    assert failure.info.advice == (
        "Wait briefly and retry automatically; consider fallback rail if urgent."
    )
    assert plaid.RtpFailureCode("AC04").description == "Account closed"


def test_a_returned_transfer_is_retried_only_after_r01_or_r09() -> None:
    """TransferCreateRequest: "You may retry a transfer up to 2 times ... Only transfers that were
    returned with code `R01` or `R09` may be retried.": three attempts in all; a closed account or
    an unauthorised debit is not sent again."""
    for value in ("R01", "R09"):
        member = plaid.AchReturnCode(value)
        assert member.info.retryable is True, value
        assert member.info.max_attempts == 3, value
    assert plaid.AchReturnCode("R02").category is bankcodes.Category.ACCOUNT_UNAVAILABLE
    unauthorised = plaid.AchReturnCode("R10")
    assert unauthorised.category is bankcodes.Category.REJECTED
    assert unauthorised.info.retryable is False


def test_an_rtp_failure_is_retried_as_its_retryable_column_says() -> None:
    """Retryable "Yes - auto-retry" (a network issue): sent again; "No" (the receiving account
    closed): not; "Yes - after correction" (the amount): the request is corrected first."""
    switch = plaid.RtpFailureCode("9909")
    assert switch.category is bankcodes.Category.INSTITUTION_UNAVAILABLE
    assert switch.info.retryable is True
    closed = plaid.RtpFailureCode("AC04")
    assert closed.category is bankcodes.Category.ACCOUNT_UNAVAILABLE
    assert closed.info.retryable is False
    amount = plaid.RtpFailureCode("AM02")
    assert amount.category is bankcodes.Category.INTEGRATION_ERROR
    assert amount.info.retryable is False
    declined = plaid.RtpFailureCode("CUST")
    assert declined.category is bankcodes.Category.REJECTED
