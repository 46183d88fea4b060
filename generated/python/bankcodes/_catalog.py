# generated from spec/catalog.json — do not edit (run `make generate`)
"""The catalog's version and providers, read by `import bankcodes`."""

from __future__ import annotations

#: The version of the catalog.
VERSION = "1.2.0"

#: Provider id -> the name of its module.
MODULES: dict[str, str] = {
    "lean": "lean",
    "flinks": "flinks",
    "argyle": "argyle",
    "plaid": "plaid",
    "yodlee": "yodlee",
    "mx": "mx",
    "mastercard": "mastercard",
    "gocardless": "gocardless",
    "stripe": "stripe",
    "belvo": "belvo",
    "truelayer": "truelayer",
    "ukob": "ukob",
    "berlingroup": "berlingroup",
    "cdr": "cdr",
    "openfinancebrasil": "openfinancebrasil",
    "yapily": "yapily",
    "pluggy": "pluggy",
    "fintoc": "fintoc",
    "basiq": "basiq",
    "setu": "setu",
    "mono": "mono",
    "iso20022": "iso20022",
    "uaeopenfinance": "uaeopenfinance",
    "polishapi": "polishapi",
    "enablebanking": "enablebanking",
    "teller": "teller",
    "akahu": "akahu",
    "quiltt": "quiltt",
    "tink": "tink",
    "powens": "powens",
    "bridge": "bridge",
    "stitch": "stitch",
    "simplefin": "simplefin",
    "saltedge": "saltedge",
    "tokenio": "tokenio",
    "finverse": "finverse",
    "brankas": "brankas",
}

#: The languages of bankcodes' words for the end user (English and its translations).
LANGUAGES: tuple[str, ...] = ("en", "fr", "ar", "es", "pt")

#: The package's description (its metadata, set by codegen/hatch_metadata.py).
DESCRIPTION = "Statuses and error codes of Lean Technologies, Flinks, Argyle, Plaid, Yodlee, MX, Mastercard Open Finance, GoCardless Bank Account Data, Stripe Financial Connections, Belvo, TrueLayer, UK Open Banking, Berlin Group NextGenPSD2, Consumer Data Standards (Australia), Open Finance Brasil, Yapily, Pluggy, Fintoc, Basiq, Setu Account Aggregator, Mono, ISO 20022, UAE Open Finance, PolishAPI, Enable Banking, Teller, Akahu, Quiltt, Tink, Powens, Bridge, Stitch, SimpleFIN, Salt Edge, Token.io, Finverse and Brankas as typed Python enums with metadata, a cross-provider taxonomy, lenient parsing, payload models and webhook receiving."

#: The package's keywords: the catalog's and every provider's id.
KEYWORDS: tuple[str, ...] = (
    "bank-linking",
    "open-banking",
    "error-codes",
    "webhooks",
    "lean",
    "flinks",
    "argyle",
    "plaid",
    "yodlee",
    "mx",
    "mastercard",
    "gocardless",
    "stripe",
    "belvo",
    "truelayer",
    "ukob",
    "berlingroup",
    "cdr",
    "openfinancebrasil",
    "yapily",
    "pluggy",
    "fintoc",
    "basiq",
    "setu",
    "mono",
    "iso20022",
    "uaeopenfinance",
    "polishapi",
    "enablebanking",
    "teller",
    "akahu",
    "quiltt",
    "tink",
    "powens",
    "bridge",
    "stitch",
    "simplefin",
    "saltedge",
    "tokenio",
    "finverse",
    "brankas",
)
