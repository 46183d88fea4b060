"""Rules of the codes: identifiers and wire values, categories, groups, replacements and whose
words each text is."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator

from codegen import naming
from codegen.errors import Problem, pointer
from codegen.resolve import UNKNOWN_CATEGORY, anchor
from codegen.rules._common import (
    IDENTIFIER,
    Where,
    code_set_of,
    code_sets,
)
from codegen.spec import (
    Catalog,
    Code,
)


def identifiers_are_valid(catalog: Catalog) -> Iterator[Problem]:
    taken = naming.member_names()
    for _, code_set, at in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            if code.name is None and not IDENTIFIER.fullmatch(code.value):
                yield Problem(
                    pointer(*at, "codes", index, "value"),
                    f'wire value {code.value!r} is not a valid identifier: add a "name"',
                )
                continue
            key = "name" if code.name is not None else "value"
            ident = code.identifier
            if keyword.iskeyword(ident) or keyword.issoftkeyword(ident):
                yield Problem(
                    pointer(*at, "codes", index, key),
                    f'identifier {ident!r} is a Python keyword: add or change "name"',
                )
            elif ident in taken:
                yield Problem(
                    pointer(*at, "codes", index, key),
                    f"identifier {ident!r} is reserved for an attribute of the generated enums:"
                    ' add or change "name"',
                )


def values_are_unique(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in code_sets(catalog):
        seen: dict[str, tuple[int, str]] = {}  # where each spelling is first: pointers of a problem
        for index, code in enumerate(code_set.codes):
            spellings = [("value", code.value)]
            spellings += [(f"aliases/{n}", alias) for n, alias in enumerate(code.aliases)]
            for key, spelling in spellings:
                if spelling in seen:
                    first = pointer(*at, "codes", seen[spelling][0]) + "/" + seen[spelling][1]
                    here = pointer(*at, "codes", index) + "/" + key
                    yield Problem(here, f"duplicate wire value {spelling!r} (also at {first})")
                else:
                    seen[spelling] = (index, key)


def identifiers_are_unique(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in code_sets(catalog):
        # Where each identifier and anchor is first (pointers are made for a problem only).
        seen: dict[str, tuple[int, str]] = {}
        anchors: dict[str, tuple[int, str]] = {}
        values: set[str] = set()
        for index, code in enumerate(code_set.codes):
            if code.value in values:
                continue  # a repeated wire value is reported once, by values_are_unique
            values.add(code.value)
            here = (index, "name" if code.name is not None else "value")
            if code.identifier in seen:
                first = pointer(*at, "codes", *seen[code.identifier])
                message = f"identifier {code.identifier!r} collides with {first}"
                yield Problem(pointer(*at, "codes", *here), message)
                continue
            seen[code.identifier] = here
            mark = anchor(code.value, code.identifier)
            if mark in anchors:
                first = pointer(*at, "codes", *anchors[mark])
                yield Problem(
                    pointer(*at, "codes", *here), f"site anchor {mark!r} collides with {first}"
                )
            anchors[mark] = here


def categories_resolve(catalog: Catalog) -> Iterator[Problem]:
    named = {category.name for category in catalog.categories.values()}
    for name in sorted(naming.runtime_categories() - named):
        # The category of that id in lower case is the one most likely meant.
        meant = catalog.categories.get(name.lower())
        if meant is None:
            yield Problem(
                pointer("categories"),
                f"the category {name.lower()!r} must exist (the runtime uses Category.{name})",
            )
        else:
            yield Problem(
                pointer("categories", meant.id, "name"),
                f"the category {meant.id!r} must be named {name!r} (the runtime uses it)",
            )
    for _, code_set, at in code_sets(catalog):
        if code_set.category is not None:
            yield from _category_problem(code_set.category, pointer(*at, "category"))
        if code_set.own_codes_category is not None:
            here = pointer(*at, "own_codes_category")
            yield from _category_problem(code_set.own_codes_category, here)
        for index, code in enumerate(code_set.codes):
            here = pointer(*at, "codes", index, "category")
            if code.category is None:
                yield Problem(here, "no category: set one here or a default on the code set")
            elif code.category != code_set.category:
                yield from _category_problem(code.category, here)


def own_codes_compile(catalog: Catalog) -> Iterator[Problem]:
    """A code set's form of the sender's own codes is a regular expression that compiles."""
    for _, code_set, at in code_sets(catalog):
        if code_set.own_codes is None:
            continue
        try:
            re.compile(code_set.own_codes)
        except re.error as error:
            yield Problem(pointer(*at, "own_codes"), f"not a regular expression: {error}")


def category_history_resolves(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            for number, change in enumerate(code.category_history):
                here = pointer(*at, "codes", index, "category_history", number, "from")
                if change.from_ == code.category:
                    yield Problem(here, "the earlier category is the current one")


def _category_problem(category: str, here: str) -> Iterator[Problem]:
    """A code's category is one of the catalog's (references_resolve), never the one of values
    it does not know."""
    if category == UNKNOWN_CATEGORY:
        yield Problem(
            here, f"category {UNKNOWN_CATEGORY!r} is reserved for values the catalog does not know"
        )


def category_names_are_unique(catalog: Catalog) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    taken = naming.category_names()
    for category in catalog.categories.values():
        here = pointer("categories", category.id, "name")
        if keyword.iskeyword(category.name) or keyword.issoftkeyword(category.name):
            yield Problem(here, f"identifier {category.name!r} is a Python keyword")
        elif category.name in taken:
            yield Problem(
                here, f"identifier {category.name!r} is reserved for an attribute of Category"
            )
        if category.name in seen:
            yield Problem(here, f"identifier {category.name!r} collides with {seen[category.name]}")
        else:
            seen[category.name] = here


def groups_resolve(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            for position, group in enumerate(code.also_in_groups):
                where = pointer(*at, "codes", index, "also_in_groups", position)
                if code.group is None or group == code.group:
                    yield Problem(where, f"{group!r} needs a different group first")


def replacements_resolve(catalog: Catalog) -> Iterator[Problem]:
    for _, code_set, at in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            if code.lifecycle is not None and code.lifecycle.replaced_by == code.value:
                here = pointer(*at, "codes", index, "lifecycle", "replaced_by")
                yield Problem(here, "a code cannot be replaced by itself")


def wording_resolves(catalog: Catalog) -> Iterator[Problem]:
    """Whose words each text is: only about texts the code has, from sources the catalog has."""
    for _, code_set, at in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            here = (*at, "codes", index)
            for number, own in enumerate(code.own_words):
                if getattr(code, own) is None:
                    yield Problem(pointer(*here, "own_words", number), f"the code has no {own}")
            for field in code.text_sources:
                if getattr(code, field) is None:
                    yield Problem(pointer(*here, "text_sources", field), f"the code has no {field}")
            yield from _retry_cited(catalog, code, here)
            for number, entry in enumerate(code.http):
                if entry.editorial and entry.cause is None:
                    yield Problem(
                        pointer(*here, "http", number, "editorial"), "the entry has no cause"
                    )


def _retry_cited(catalog: Catalog, code: Code, here: Where) -> Iterator[Problem]:
    """end_user_can_retry_sources (which the schema allows only beside end_user_can_retry) are
    sources the catalog has and the code cites, so that the code's Sources list them."""
    at = (*here, "end_user_can_retry_sources")
    for number, ref in enumerate(code.end_user_can_retry_sources):
        if ref in catalog.sources and ref not in code.sources:
            yield Problem(pointer(*at, number), f"{ref!r} is not one of the code's sources")


def equivalents_resolve(catalog: Catalog) -> Iterator[Problem]:
    """Each code of an equivalence group exists, at most once in the group; the group spans two
    providers; codes of the same meaning share a category; no two groups of one kind pair the
    same two codes."""
    paired: dict[tuple[str, frozenset[str]], str] = {}
    for number, group in enumerate(catalog.equivalents):
        at = ("equivalents", number)
        categories: dict[str, str] = {}
        for ref in group.codes:
            provider_id, set_id, value = ref.split(".", 2)
            code_set = code_set_of(catalog, f"{provider_id}.{set_id}")
            codes = code_set.codes if code_set is not None else ()
            code = next((c for c in codes if value in (c.value, c.name)), None)
            if code is None:
                continue  # a code that is not there is references_resolve's
            assert code.category is not None, "the loader fills the code set's default category"
            categories[ref] = code.category
        if len({ref.split(".", 1)[0] for ref in group.codes}) < 2:
            yield Problem(pointer(*at, "codes"), "an equivalence group spans two providers")
        if group.same == "meaning" and len(set(categories.values())) > 1:
            shown = ", ".join(f"{ref} ({category})" for ref, category in categories.items())
            yield Problem(
                pointer(*at, "same"),
                f"codes of the same meaning share a category; these do not: {shown}",
            )
        for position, ref in enumerate(group.codes):
            for other in group.codes[position + 1 :]:
                pair = (group.same, frozenset((ref, other)))
                if pair in paired:
                    yield Problem(
                        pointer(*at, "codes", position),
                        f"{ref} and {other} are already of the same {group.same} at {paired[pair]}",
                    )
                else:
                    paired[pair] = pointer(*at)


def transitions_resolve(catalog: Catalog) -> Iterator[Problem]:
    """An object can reach every status of a code set's transitions from an initial one (that
    each is one of its codes is references_resolve's)."""
    for _, code_set, at in code_sets(catalog):
        transitions = code_set.transitions
        if transitions is None:
            continue
        here = (*at, "transitions")
        reached = set(transitions.initial)
        frontier = list(reached)
        while frontier:
            for status in transitions.next.get(frontier.pop(), ()):
                if status not in reached:
                    reached.add(status)
                    frontier.append(status)
        unreached = [v for v in transitions.next if v not in reached]
        if unreached:
            yield Problem(
                pointer(*here, "next"),
                f"no initial status leads to {', '.join(unreached)}",
            )
