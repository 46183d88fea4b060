"""Every name of an entry names one: a source, a category, a provider, a payload kind, a code set,
a code, and the names looked up in the part around them (a group or a value of the code set, a
type of the payload kind, a code set, method or language of the provider). The values are found
by the models' Names markers (codegen.spec.refs), so a new field of a marked type is checked
with no list to keep; what each kind of entry names, and where, is ENTRIES.

A name that names nothing is one problem at its JSON pointer, showing the value (and the nearest
names where one is close); the rules that check more of a reference (a delivery's kind is its
provider's own, a union's base holds fields) leave an unknown name to this one.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterator
from typing import TypeVar

from pydantic import BaseModel

from codegen.errors import Problem, pointer
from codegen.rules._common import code_set_of
from codegen.spec import Catalog, CodeSet, PayloadKind, Provider, Sdk
from codegen.spec.refs import Within, references

#: Why a name names nothing, or None where it names an entry.
Check = Callable[[Catalog, Within, str], str | None]

M = TypeVar("M", bound=BaseModel)


def references_resolve(catalog: Catalog) -> Iterator[Problem]:
    for reference in references(catalog):
        check = ENTRIES.get(reference.entry)
        if check is None:
            raise AssertionError(f"{reference.field}: no check for a name of a {reference.entry}")
        problem = check(catalog, reference.within, reference.value)
        if problem is not None:
            yield Problem(pointer(*reference.where), problem)


def shown(value: str) -> str:
    """A value as a problem shows it: quoted, escaped and cut at 120 characters."""
    return repr(value[:120]) + ("…" if len(value) > 120 else "")


def _unknown(what: str, value: str, known: Collection[str]) -> str | None:
    if value in known:
        return None
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.8)
    meant = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown {what} {shown(value)}{meant}"


def _nearest(within: Within, model: type[M]) -> M:
    found = next((part for part in reversed(within) if isinstance(part, model)), None)
    assert found is not None, f"a name of this entry is held inside a {model.__name__}"
    return found


def _values(code_set: CodeSet | None) -> set[str]:
    return {code.value for code in code_set.codes} if code_set is not None else set()


def _code_sets(catalog: Catalog) -> set[str]:
    return {f"{p.id}.{s}" for p in catalog.providers.values() for s in p.code_sets}


def _code(catalog: Catalog, within: Within, value: str) -> str | None:
    """provider.code_set.value, the value the wire value or the stored name."""
    provider_id, set_id, wire = value.split(".", 2)
    code_set = code_set_of(catalog, f"{provider_id}.{set_id}")
    if code_set is None:
        return f"{shown(value)}: no code set {provider_id}.{set_id}"
    if not any(wire in (code.value, code.name) for code in code_set.codes):
        return f"{shown(value)}: {wire!r} is not a value of {provider_id}.{set_id}"
    return None


def _value(catalog: Catalog, within: Within, value: str) -> str | None:
    if value in _values(_nearest(within, CodeSet)):
        return None
    return f"{shown(value)} is not a value of this code set"


def _event_type(catalog: Catalog, within: Within, value: str) -> str | None:
    """An object type of the kind, or a variant or the fallback of one of its unions."""
    kind = _nearest(within, PayloadKind)
    names = set(kind.types)
    for union in (t.discriminated for t in kind.types.values() if t.discriminated):
        names |= {union.fallback, *(variant.name for variant in union.variants.values())}
    if value in names:
        return None
    return f"{shown(value)} is neither an object type nor a union variant of this kind"


def _sdk_value(which: str) -> Check:
    """A value of the code set the provider's SDK names in `which` (its methods, its
    outcomes)."""

    def check(catalog: Catalog, within: Within, value: str) -> str | None:
        set_id = getattr(_nearest(within, Sdk), which)
        code_set = _nearest(within, Provider).code_sets.get(set_id)
        if code_set is None or value in _values(code_set):
            return None  # an unknown code set is reported where it is named
        return f"{shown(value)} is not a value of code set {set_id!r}"

    return check


def _language(catalog: Catalog, within: Within, tag: str) -> str | None:
    languages = _nearest(within, Provider).end_user_languages
    if tag in languages:
        return None
    return (
        f"{shown(tag)} is not one of the provider's end_user_languages "
        f"({', '.join(languages)}): add it there"
    )


#: What a name of each kind of entry (a Names marker's entry) is checked against.
ENTRIES: dict[str, Check] = {
    "source": lambda catalog, _, value: _unknown("source", value, catalog.sources),
    "category": lambda catalog, _, value: _unknown("category", value, catalog.categories),
    "provider": lambda catalog, _, value: _unknown("provider", value, catalog.providers),
    "payload kind": lambda catalog, _, value: _unknown("payload kind", value, catalog.payloads),
    "code set": lambda catalog, _, value: (
        None
        if code_set_of(catalog, value) is not None
        else _unknown("code set", value, _code_sets(catalog))
    ),
    "code": _code,
    "group": lambda _, within, value: _unknown("group", value, _nearest(within, CodeSet).groups),
    "value": _value,
    "type": lambda _, within, value: _unknown("type", value, _nearest(within, PayloadKind).types),
    "event type": _event_type,
    "provider's code set": lambda _, within, value: _unknown(
        "code set", value, _nearest(within, Provider).code_sets
    ),
    "method": _sdk_value("code_set"),
    "outcome": _sdk_value("outcome_code_set"),
    "end-user language": _language,
}
