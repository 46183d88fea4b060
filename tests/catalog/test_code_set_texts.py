"""A code set's own description speaks of its own provider: a text written for one provider's
code set and left on another's (two code sets of one class name, ApiErrorCode, in Flinks and
Stripe) is told apart here. The FlinksCode field is Flinks' own name for the code of an API
response (seed-001, the Status and Flinks Code table: "Flinks Code")."""

from __future__ import annotations

import re

from tests.support.helpers import spec_data


def test_no_code_set_description_names_another_provider() -> None:
    providers = spec_data()["providers"]
    # A provider by the first word of its name (Stripe of Stripe Financial Connections).
    names = {
        key: info["name"].split()[0]
        for key, info in providers.items()
        if info.get("kind") != "standard"
    }
    wrong = [
        f"{key}/{code_set}: names {names[other]}"
        for key, info in providers.items()
        for code_set, described in info.get("code_sets", {}).items()
        for other in names
        if other != key and re.search(rf"\b{names[other]}\b", described.get("description", ""))
    ]
    assert wrong == []


def test_flinks_api_codes_are_described_as_the_flinks_code_of_a_response() -> None:
    described = spec_data()["providers"]["flinks"]["code_sets"]["api_error_code"]["description"]
    assert described.startswith("The FlinksCode of an API response")
    stripe = spec_data()["providers"]["stripe"]["code_sets"]["api_error_code"]["description"]
    assert stripe.startswith("The code of a Stripe API error (error.code)")
    assert "bank-account (ACH Direct Debit, us_bank_account)" in stripe
