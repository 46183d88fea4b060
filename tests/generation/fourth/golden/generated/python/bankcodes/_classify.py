# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The classify tables, read by `bankcodes.classify` on its first call."""

from __future__ import annotations

from bankcodes.categories import Category
from bankcodes.categories import Category as _C

#: Provider id -> wire value (or alias) -> category of the first code set that knows it.
CLASSIFY: dict[str, dict[str, Category]] = {
    "acme": {
        "BAD_PASSWORD": _C.CREDENTIALS_INVALID,
        "BANK_DOWN": _C.INSTITUTION_UNAVAILABLE,
        "bank-closed": _C.INSTITUTION_UNAVAILABLE,
        "OPENED": _C.INFORMATIONAL,
        "FINISHED": _C.SUCCESS,
        "0": _C.INFORMATIONAL,
        "1": _C.SUCCESS,
        "2": _C.CREDENTIALS_INVALID,
        "link.created": _C.INFORMATIONAL,
        "link.failed": _C.INFORMATIONAL,
    }
}
