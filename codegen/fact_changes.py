"""What changed of the facts the spec's models declare once (codegen.spec.carried) between two
catalogs, as plain JSON: every such fact that `python -m codegen diff` and the release notes
compare (its declaration shows it in "diff") is compared where its items are (a code, its
lifecycle, a code set, a category, a signing scheme and its signed timestamp, a delivery
contract, a payload kind), and said at the level its declaration gives. The other comparisons
read the catalogs without them (`stripped`), so that no change is said twice."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from codegen.model import Fact
from codegen.spec.records import FAMILIES

Raw = Mapping[str, Any]
Where = tuple[str, ...]

#: The facts each family's declarations have codegen diff compare, by family.
COMPARED = {family.name: family.shown("diff") for family in FAMILIES.values()}
#: The family of each kind of signing scheme, by the scheme's name in the spec.
SCHEMES = {family.scheme: family.name for family in FAMILIES.values() if family.scheme}


@dataclass(frozen=True)
class FactChange:
    """A fact whose value changed: where its item is, its family (codegen.spec.records), the
    fact, its old and new value (None: the item lacked it)."""

    where: Where
    family: str
    fact: Fact
    old: object
    new: object


def _items(spec: Any) -> Iterator[tuple[Where, str, Any]]:
    """Every item of the catalog whose facts may be compared: where it is, its family, itself."""
    for provider_id, provider in spec["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            yield (provider_id, set_id), "CodeSet", code_set
            for code in code_set["codes"]:
                where = (provider_id, set_id, str(code["value"]))
                yield where, "Code", code
                yield (*where, "lifecycle"), "Lifecycle", code.get("lifecycle") or {}
        signing = provider.get("signing") or {}
        if signing.get("scheme") in SCHEMES:
            yield (provider_id, "signing"), SCHEMES[signing["scheme"]], signing
            stamped = signing.get("timestamp") or {}
            yield (provider_id, "signing", "timestamp"), "SignedTimestamp", stamped
        if provider.get("delivery"):
            yield (provider_id, "delivery"), "Delivery", provider["delivery"]
    for category_id, category in (spec.get("categories") or {}).items():
        yield ("categories", category_id), "Category", category
    for kind_id, kind in (spec.get("payloads") or {}).items():
        yield ("payloads", kind_id), "PayloadKind", kind


def stripped(spec: Raw) -> Any:
    """A copy of the catalog without the facts their declarations compare."""
    if not any(COMPARED.values()):
        return spec
    copy = json.loads(json.dumps(spec))
    for _, family, item in _items(copy):
        for fact in COMPARED[family]:
            item.pop(fact.key, None)
    return copy


def changes(old: Raw, new: Raw) -> list[FactChange]:
    """Every compared fact whose value differs between an item of `old` and the same item of
    `new` (found in both, of the same family), in the new catalog's order."""
    if not any(COMPARED.values()):
        return []
    before = {(where, family): item for where, family, item in _items(old)}
    found = []
    for where, family, item in _items(new):
        was = before.get((where, family))
        if was is None:
            continue
        for fact in COMPARED[family]:
            pair = (was.get(fact.key), item.get(fact.key))
            if pair[0] != pair[1]:
                found.append(FactChange(where, family, fact, *pair))
    return found
