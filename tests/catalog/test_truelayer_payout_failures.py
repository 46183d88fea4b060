"""Why a TrueLayer payout failed, in TrueLayer's words: the "Payout failure reasons" table of its
payout and refund statuses page (docs.truelayer.com/docs/payout-and-refund-statuses), in four
copies retrieved 2026-11-25, each cut at about 2,000 characters:

- the copy listing eight values (its table whole, to unknown; the older executed row);
- the copy with pipe tables, cut in server_error's Meaning ("Tru");
- the newest copy, whose returned reads "The payout was returned by the beneficiary bank", cut
  in returned's second paragraph;
- an earlier copy listing five values, scan_conversion among them, where the later copies list
  invalid_scan with the same meaning.

No copy reaches the refund section: which values a refund's failure_reason takes is not read
there. The page says: "If a payout fails, the failure_reason object contains one of the
following values, which explains why the payout failed". Expected values are typed from those
copies, never from the catalog (the pages' apostrophes are typographic, written \\u2019)."""

from __future__ import annotations

import pytest

from bankcodes import Category, UnknownCode, payloads, truelayer

#: The copy listing eight values: Value of failure_reason | Meaning, every row but returned's
#: (whose text the newest copy rewrote, below).
PAYOUT_FAILURE_REASONS = {
    "blocked": "The payout was blocked due to a regulatory requirement. This may happen if the "
    "payee fails a sanctions check.",
    "insufficient_funds": "The merchant account did not contain enough funds to make this payout.",
    "invalid_iban": "The IBAN that your user provided at the creation of the pay-in this "
    "closed-loop payout is for was invalid.",
    "invalid_scan": "We could not convert the beneficiary\u2019s sort code and account number "
    "to an IBAN.",
    "scheme_error": "There was an issue with the selected payment provider or payment scheme.",
    "server_error": "TrueLayer encountered an error while processing the payment.",
    "unknown": "The payout failed for an unknown reason that does not belong to any of the "
    "other reasons.",
}
#: The newest copy's returned (its second paragraph is cut: "When a payout fails with the
#: returned reason, you receive the payout_failed webhook and the status of p").
RETURNED = "The payout was returned by the beneficiary bank after it entered the executed status."
#: The copy listing eight values, returned's first paragraph.
RETURNED_EARLIER = (
    "The payout was blocked or rejected by the beneficiary bank after it had entered the "
    "executed status."
)
#: The earlier copy's five rows: blocked, insufficient_funds, scheme_error and server_error as
#: above, and this one.
SCAN_CONVERSION = "We could not convert beneficiary\u2019s sort code and account number to an IBAN."

STATUSES_PAGE = "https://docs.truelayer.com/docs/payout-and-refund-statuses"


def test_the_payout_failure_reasons_are_the_pages_with_its_meanings() -> None:
    values = {member.value for member in truelayer.PayoutFailureReason}
    assert values == {*PAYOUT_FAILURE_REASONS, "returned", "scan_conversion"}
    for value, meaning in {**PAYOUT_FAILURE_REASONS, "returned": RETURNED}.items():
        member = truelayer.PayoutFailureReason(value)
        assert (member.description, member.info.editorial) == (meaning, False), value
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", value
        assert {source.url for source in wording.sources} == {STATUSES_PAGE}, value
        assert member.info.lifecycle is None, value


def test_returned_keeps_the_earlier_wording_and_the_cut_in_its_notes() -> None:
    notes = truelayer.PayoutFailureReason.returned.info.notes or ""
    assert RETURNED_EARLIER in notes
    # The earlier copy: "However, the payout remains in a state of executed, not failed."; the
    # newest copies' executed row: "an executed payout or refund can transition to failed".
    assert "remains in a state of executed" in notes
    assert "can transition to failed" in notes


def test_scan_conversion_is_the_earlier_name_of_invalid_scan() -> None:
    earlier = truelayer.PayoutFailureReason.scan_conversion
    assert earlier.description == SCAN_CONVERSION
    wording = earlier.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert {source.url for source in wording.sources} == {STATUSES_PAGE}
    lifecycle = earlier.info.lifecycle
    assert lifecycle is not None
    assert (lifecycle.state, lifecycle.replaced_by) == ("removed", "invalid_scan")
    # Not a spelling of the same code: no copy gives both, and TrueLayer says nothing of it.
    assert "scan_conversion" not in truelayer.PayoutFailureReason.invalid_scan.info.aliases


def test_what_each_reason_asks_for() -> None:
    # Blocked, lacking funds, an account TrueLayer cannot pay or a bank's return: declined, not
    # to be sent again unchanged; an error at TrueLayer, the scheme or of no known cause: a
    # failure a later payout may not meet.
    declined = {"blocked", "insufficient_funds", "invalid_iban", "invalid_scan", "returned"}
    failed = {"scheme_error", "server_error", "unknown"}
    for value in declined | {"scan_conversion"}:
        assert truelayer.PayoutFailureReason(value).category is Category.REJECTED, value
    for value in failed:
        assert truelayer.PayoutFailureReason(value).category is Category.GENERIC_FAILURE, value


#: payout-webhook-specifications (its payout_failed example, trailing comma left out), with the
#: reason an invalid IBAN gives.
PAYOUT_FAILED = {
    "type": "payout_failed",
    "event_version": 1,
    "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
    "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20",
    "failed_at": "2021-12-25T15:00:00.000Z",
    "failure_reason": "invalid_iban",
}


def test_a_payout_failure_reason_is_read_in_its_place() -> None:
    found = payloads.decisive_code("truelayer/webhook", PAYOUT_FAILED)
    assert found is not None and found.path == "$.failure_reason"
    assert found.code is truelayer.PayoutFailureReason.invalid_iban
    # A payment's failure_reason is another field: a payout's reason is no payment's.
    payment = {**PAYOUT_FAILED, "type": "payment_failed", "payment_id": "p"}
    del payment["payout_id"]
    (read,) = [f for f in payloads.codes("truelayer/webhook", payment) if f.field == found.field]
    assert isinstance(read.code, UnknownCode) and read.code.value == "invalid_iban"
    assert read.code_set == "truelayer.failure_reason"
    # It gives way to the failed type, which decides.
    decided = payloads.decisive_code("truelayer/webhook", payment)
    assert decided is not None and decided.code is truelayer.WebhookType.payment_failed


@pytest.mark.parametrize("value", ["blocked", "insufficient_funds"])
def test_a_payments_reason_of_the_same_name_is_described_apart(value: str) -> None:
    """The payout's insufficient_funds is the merchant account's; a payment's is its payer's."""
    payout = truelayer.PayoutFailureReason(value)
    payment = truelayer.FailureReason(value)
    assert payout.description != payment.description
    assert "payout" not in (payment.description or "")
