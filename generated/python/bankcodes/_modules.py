# generated from spec/catalog.json — do not edit (run `make generate`)
"""Every provider module, imported for type checkers only (they load on first use)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bankcodes import akahu as akahu
    from bankcodes import argyle as argyle
    from bankcodes import basiq as basiq
    from bankcodes import belvo as belvo
    from bankcodes import berlingroup as berlingroup
    from bankcodes import brankas as brankas
    from bankcodes import bridge as bridge
    from bankcodes import cdr as cdr
    from bankcodes import enablebanking as enablebanking
    from bankcodes import fintoc as fintoc
    from bankcodes import finverse as finverse
    from bankcodes import flinks as flinks
    from bankcodes import gocardless as gocardless
    from bankcodes import iso20022 as iso20022
    from bankcodes import lean as lean
    from bankcodes import mastercard as mastercard
    from bankcodes import mono as mono
    from bankcodes import mx as mx
    from bankcodes import openfinancebrasil as openfinancebrasil
    from bankcodes import plaid as plaid
    from bankcodes import pluggy as pluggy
    from bankcodes import polishapi as polishapi
    from bankcodes import powens as powens
    from bankcodes import quiltt as quiltt
    from bankcodes import saltedge as saltedge
    from bankcodes import setu as setu
    from bankcodes import simplefin as simplefin
    from bankcodes import stitch as stitch
    from bankcodes import stripe as stripe
    from bankcodes import teller as teller
    from bankcodes import tink as tink
    from bankcodes import tokenio as tokenio
    from bankcodes import truelayer as truelayer
    from bankcodes import uaeopenfinance as uaeopenfinance
    from bankcodes import ukob as ukob
    from bankcodes import yapily as yapily
    from bankcodes import yodlee as yodlee
