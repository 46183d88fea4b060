"""Fintoc's v2 transfers, typed from fintoc-ruby (fintoc-com/fintoc-ruby at
b4c624495dd3114d44c16a94e6b4f40372be12ad): lib/fintoc/v2/resources/transfer.rb, whose Transfer
has a predicate per status (L70-92), and the response its spec recorded for POST
/v2/transfers/{id}/return (spec/vcr/Fintoc_V2_Client/behaves_like_a_client_with_transfers_manager/
_transfers/_return/returns_a_Transfer_instance_with_return_pending_status.yml)."""

from __future__ import annotations

import bankcodes
from bankcodes import payloads
from tests.support.helpers import provider_module

fintoc = provider_module("fintoc")

#: transfer.rb: pending?, succeeded?, failed?, returned?, return_pending?, rejected?, in order.
STATUSES = ["pending", "succeeded", "failed", "returned", "return_pending", "rejected"]

#: The recorded answer's body, its counterparty and account number cut to the fields read here.
RETURN_PENDING = {
    "object": "transfer",
    "id": "tr_329R3l5JksDkoevCGTOBsugCsnb",
    "amount": 1000000,
    "currency": "MXN",
    "direction": "inbound",
    "status": "return_pending",
    "transaction_date": "2025-09-02T16:30:04Z",
    "post_date": "2025-09-02T00:00:00Z",
    "comment": None,
    "reference_id": "6",
    "tracking_key": "202509029073500000000000000009",
    "receipt_url": "https://www.banxico.org.mx/cep-beta/go?i=90735&s=dummy",
    "mode": "test",
    "counterparty": {"holder_id": "RBZZ190718TEA", "account_type": "clabe"},
    "account_number": {"id": "acno_326dzRGqxLee3j9TkaBBBMfs2i0", "object": "account_number"},
    "metadata": {},
    "return_reason": None,
}


def test_the_transfer_statuses_are_fintoc_ruby_s() -> None:
    assert [member.value for member in fintoc.TransferStatus] == STATUSES


def test_a_transfer_whose_return_is_pending_waits() -> None:
    """The return was asked for and answered with return_pending: nobody acts until the status
    changes, and a return is not asked for twice."""
    assert payloads.identify(RETURN_PENDING).kind == "fintoc/transfer"
    found = payloads.decisive_code("fintoc/transfer", RETURN_PENDING)
    assert found is not None
    assert (found.path, found.code) == ("$.status", fintoc.TransferStatus("return_pending"))
    decision = bankcodes.decide(RETURN_PENDING, provider="fintoc")
    assert (decision.next_step, decision.state) == ("wait_for_event", "pending")
    assert fintoc.TransferStatus("succeeded").category is bankcodes.Category.SUCCESS
