"""The codes a body carries beneath its own: a provider that works through others (an aggregator
over aggregators) passes on the answer of the provider beneath it in fields of its own, and the
spec types each such field with that provider's code sets (a Connection's remote data holding
the underlying provider's error code, in the kind's `types`). A field that names a code set of
the kind's own provider is the kind's own, even where it also names a standard's (a standard
that takes in another's codes); a field that names only another provider's code sets is that
provider's layer. Every value is read in its own field's code sets: a spelling the catalog does
not know there stays unknown, never matched against other codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bankcodes._code_fields import FoundCode, codes
from bankcodes._payloads import _kind

if TYPE_CHECKING:
    from bankcodes._payloads import Data


def provider_of(code_set: str) -> str:
    """The provider whose code set `code_set` ("provider.code_set") is."""
    return code_set.partition(".")[0]


def _layer_of(own: str, code_sets: tuple[str, ...]) -> str:
    """Whose codes a field holds: the kind's own provider's where it names one of its code sets
    (or code sets of several providers), else the one provider whose code sets it names."""
    providers = {provider_of(ref) for ref in code_sets}
    if own in providers or len(providers) != 1:
        return own
    return providers.pop()


def layers(kind: str, body: Data | object) -> tuple[tuple[str, FoundCode], ...]:
    """Each provider whose codes `body`, read as a payload of `kind`, carries, with its code:
    the kind's own provider first, then each provider beneath it in the order its fields come
    in the kind's `decides`; for each provider, the first of its codes that the catalog knows,
    else its first (so a spelling its code set does not know is returned, unknown, rather than
    passed over). Raises ValueError for an unknown kind and PayloadError for a body that is not
    JSON."""
    entry = _kind(kind)
    own = kind.partition("/")[0]
    layer = {field.path: _layer_of(own, field.code_sets) for field in entry.codes}
    chosen: dict[str, FoundCode] = {}
    for found in codes(kind, body):
        whose = layer.get(found.field, own)
        first = chosen.get(whose)
        if first is None or (not first.code.known and found.code.known):
            chosen[whose] = found
    ordered = sorted(chosen, key=lambda whose: whose != own)
    return tuple((whose, chosen[whose]) for whose in ordered)


def layered_codes(kind: str, body: Data | object) -> tuple[FoundCode, ...]:
    """The code of each provider whose codes `body`, read as a payload of `kind`, carries, the
    kind's own provider's first, then each provider's beneath it (`layers`), each code set
    naming its provider. Empty where the body carries no code; one code where it carries no
    other provider's. Raises as `layers`."""
    return tuple(code for _, code in layers(kind, body))
