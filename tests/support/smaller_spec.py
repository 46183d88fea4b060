"""The project's spec made smaller: every template, code set and kind of field still there, in
a fraction of the site. The hostile spec (tests/support/hostile_spec.py) and the project that
follows the adding-a-provider page (tests/generation/test_new_provider.py) are built from it.
The smallest spec, a few providers of it, is where the corpora of bad specs are read first."""

from __future__ import annotations

import functools
import json
import marshal
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from codegen.spec.evidence import COMMON_CODES, normal
from tests.support.helpers import only, spec_data
from tests.support.spec_batches import Mutation, Tier, around, together

T = TypeVar("T")


def _names(node: object, found: set[str]) -> None:
    if isinstance(node, str):
        found.add(node)
    elif isinstance(node, int) and not isinstance(node, bool):
        found.add(str(node))  # a code that travels as a number, named by an example
    elif isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            _names(value, found)
    elif isinstance(node, list):
        for value in node:
            _names(value, found)


def smaller_spec() -> dict[str, Any]:
    """The project's spec with each code set cut to its first code, the first of each
    group, and those the rest of the spec names (union tags, SDK methods and outcomes, listener
    values), and one example per payload kind: every template, code set and kind of field is
    still there, in a fraction of the site. A fresh copy, cut once per process for each spec
    (`spec_data`'s copies are of the spec as it was first read)."""
    data: dict[str, Any] = marshal.loads(_cut())
    return data


@functools.cache
def _cut() -> bytes:
    data = spec_data()
    # One group of closer equivalents, with its codes, and one example per payload kind.
    data["equivalents"] = data["equivalents"][:1]
    for kind in data["payloads"].values():
        kind["examples"] = kind["examples"][:1]
    rest = marshal.loads(marshal.dumps(data))  # a deep copy of JSON's values
    for provider in rest["providers"].values():
        for code_set in provider["code_sets"].values():
            code_set["codes"] = []
    named: set[str] = set()
    _names(rest, named)
    named.update(ref.split(".", 2)[2] for ref in data["equivalents"][0]["codes"])
    evidence = {
        ref
        for kind in data["payloads"].values()
        for rule in kind.get("recognise", [])
        for refs in rule.get("codes", {}).values()
        for ref in refs
    }
    owners: dict[str, set[str]] = {}
    for provider_id, provider in data["providers"].items():
        for code_set in provider["code_sets"].values():
            for code in code_set["codes"]:
                owners.setdefault(str(code["value"]), set()).add(provider_id)
    for provider_id, provider in data["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            kept, groups = [], set()
            # A code set a body's reading takes as evidence keeps its first code of its own
            # provider alone beside its first: a code many APIs send tells no provider
            # (codegen.spec.evidence), as a published body of GoCardless's needs.
            own = f"{provider_id}.{set_id}" in evidence
            for number, code in enumerate(code_set["codes"]):
                alone = (
                    own
                    and owners[str(code["value"])] == {provider_id}
                    and normal(str(code["value"])) not in COMMON_CODES
                )
                if (
                    number < 1
                    or alone
                    or str(code["value"]) in named
                    or code.get("group", "") not in groups
                ):
                    kept.append(code)
                    groups.add(code.get("group", ""))
                    own = own and not alone
            code_set["codes"] = kept
    return marshal.dumps(data)


#: The providers of the smallest spec: the catalog's first three, on which the spec's rules were
#: first written, and Plaid, whose code sets many of the rules' examples change.
SMALLEST = ("lean", "flinks", "argyle", "plaid")


def smallest_spec() -> dict[str, Any]:
    """The smaller spec cut to the providers of SMALLEST (and those they name): a spec whose size
    does not grow with the catalog, loaded in a tenth of the whole spec's time."""
    return only(smaller_spec(), SMALLEST)


def tiers(
    mutations: Sequence[Mutation],
    read: Callable[[dict[str, Any]], list[T]],
    finds: Callable[[int, list[T]], bool],
) -> list[Tier[T]]:
    """Where a corpus of bad specs is read (tests/support/spec_batches.py's read_in_tiers): the
    cases that apply to the smallest spec together in it, then each case still unfound alone in
    the smaller spec cut to what it changed, then in the whole spec cut so, then the rest
    together in the whole spec."""
    from tests.support.helpers import SPEC

    whole = SPEC.read_text(encoding="utf-8")
    return [
        together(json.dumps(smallest_spec()), mutations, read, finds),
        around(json.dumps(smaller_spec()), mutations, read),
        around(whole, mutations, read),
        together(whole, mutations, read, finds, every=True),
    ]
