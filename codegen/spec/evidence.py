"""What tells a body's provider (DESIGN.md, rule 22): the evidence a recognition entry of a payload
kind can offer, and what is anyone's. A body is a provider's by what only that provider sends: a
text in its namespace (`prefixes`: its documentation address, a URN of its own), a field of its
own, several of its fields together, or a code only its code sets hold; never by a field name or
a shape many APIs share, nor by a code they share. codegen.rules.payloads checks every entry
offers some; codegen.resolve_payloads writes what each offers into the runtime's record
(bankcodes._kinds.Recognition), which weighs it in each body (bankcodes._recognition)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codegen.spec.payloads import Recognition


def normal(text: str) -> str:
    """A code's spelling compared with another's: its ASCII letters in lower case and its digits
    (NotFound, NOT_FOUND and not-found are one)."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


#: What tells no provider, each table with its sources (evidence.json, beside this module):
#: GENERIC_FIELDS, field names any API may send; BARE_FIELDS, the commonest of them, a bare
#: status or code; FOREIGN_SHAPES, the shapes of bodies a standard or a convention defines, or
#: that many APIs answer alike; COMMON_CODES, codes many APIs send, by their `normal` spelling.
_TABLES = json.loads((Path(__file__).parent / "evidence.json").read_text("utf-8"))
GENERIC_FIELDS = frozenset(_TABLES["generic_fields"]["names"])
BARE_FIELDS = frozenset(_TABLES["bare_fields"]["names"])
FOREIGN_SHAPES = tuple(frozenset(shape) for shape in _TABLES["foreign_shapes"]["shapes"])
COMMON_CODES = frozenset(map(normal, _TABLES["common_codes"]["codes"]))


def named(entry: Recognition) -> tuple[str, ...]:
    """The keys an entry requires a value at, in its order: present, objects, then codes."""
    return tuple(dict.fromkeys((*entry.present, *entry.objects, *entry.codes)))


def by_fields(entry: Recognition) -> bool:
    """Whether an entry's fields tell its provider: one of them is its own (no name of
    GENERIC_FIELDS), or there are at least three that no shape of FOREIGN_SHAPES holds."""
    keys = named(entry)
    if any(key.rpartition(".")[2].removesuffix("[]") not in GENERIC_FIELDS for key in keys):
        return True
    return len(keys) >= 3 and not any(set(keys) <= shape for shape in FOREIGN_SHAPES)


def shared(
    entry: Recognition, spellings: Mapping[str, tuple[str, ...]], held: Mapping[str, set[str]]
) -> dict[str, tuple[str, ...]]:
    """For each key of an entry's codes, the spellings of its code sets' codes that tell no
    provider: a spelling another provider's code set holds too, as it is written (`held`: each
    spelling with the providers whose code sets hold it; each provider writes its codes in its
    own case, so INSTITUTION_DOWN is not institution_down), or one of COMMON_CODES however it is
    written. `spellings` gives each code set's ("provider.code_set") spellings, a code's aliases
    with it."""
    found: dict[str, tuple[str, ...]] = {}
    for key, refs in entry.codes.items():
        anyone = {
            text
            for ref in refs
            for text in spellings.get(ref, ())
            if normal(text) in COMMON_CODES or held.get(text, set()) - {ref.partition(".")[0]}
        }
        if anyone:
            found[key] = tuple(sorted(anyone))
    return found


def own_codes(
    entry: Recognition, spellings: Mapping[str, tuple[str, ...]], held: Mapping[str, set[str]]
) -> bool:
    """Whether some key of an entry's codes may hold a code that tells its provider (one that
    `shared` leaves), in a field that is not a bare status or code where it is the entry's only
    one."""
    keys = named(entry)
    anyone = shared(entry, spellings, held)
    for key, refs in entry.codes.items():
        bare = len(keys) == 1 and key.rpartition(".")[2] in BARE_FIELDS
        texts = {text for ref in refs for text in spellings.get(ref, ())}
        if not bare and texts - set(anyone.get(key, ())):
            return True
    return False
