"""The sentence each code's block on the site leads with: what bankcodes.decide says to do about
the code given alone (its lead), for every code of the catalog, and the block shows it first."""

from __future__ import annotations

import bankcodes
from bankcodes._providers import code_set_of
from codegen import loader
from codegen.targets.site.leads import leads


def test_each_code_leads_with_what_the_package_decides() -> None:
    """The site's sentence of every code is the lead of bankcodes.decide for the same code (the
    one package read: its step, wait, state and words for the customer): none differs."""
    catalog = loader.load()
    lead = leads(catalog)
    differ = {}
    count = 0
    for code_set in catalog.code_sets:
        provider = code_set.provider.id
        enum_class = code_set_of(provider, code_set.id)
        for code in code_set.codes:
            member = next(m for m in enum_class if str(m.value) == str(code.value))
            expected = bankcodes.decide(member).lead()
            count += 1
            if lead(code) != expected:
                differ[f"{code_set.ref} {code.value}"] = (lead(code), expected)
    assert count > 3000 and differ == {}


def test_a_code_block_starts_with_its_sentence() -> None:
    """TrueLayer's invalid_grant: its block on its code set's page says first that the consent
    has ended and the customer reconnects (its own next step, renew_consent, over its category's
    reconnect), then the provider's description."""
    from tests.support.helpers import ROOT

    page = (ROOT / "site/docs/reference/truelayer/data_api_error.md").read_text("utf-8")
    block = page.split('<h3 id="invalid_grant">')[1]
    paragraphs = [part.split("</p>")[0] for part in block.split("<p")[1:3]]
    assert paragraphs == [
        ' class="bankcodes-lead" data-search-exclude data-unsearched><strong>The consent has '
        "ended: ask the customer to reconnect.</strong>",
        ">The provided authorisation grant or refresh token is invalid, expired, revoked, does "
        "not match the redirection URI used in the authorization request, or was issued to "
        "another client.",
    ]
