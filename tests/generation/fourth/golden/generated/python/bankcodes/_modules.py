# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""Every provider module, imported for type checkers only (they load on first use)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bankcodes import acme as acme
