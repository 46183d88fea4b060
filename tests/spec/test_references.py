"""Every name of an entry in the spec (a source, a category, a provider, a payload kind, a code
set, a code, a group, a type, a language…) that names nothing is one clear problem of `validate`,
at its JSON pointer and showing the value, never a KeyError from a later stage. The fields that
hold such names are read from the models (their Names markers), so a field added with a marked
type is planted here too with no list to keep."""

from __future__ import annotations

import functools
import re
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from codegen.errors import Problem, pointer
from codegen.spec import Catalog
from codegen.spec.refs import Reference, reference_fields, references
from tests.support.helpers import codegen_here, spec_data, write_spec


def _at(data: Any, where: tuple[str | int, ...]) -> Any:
    for step in where:
        data = data[step]
    return data


#: The fields whose names are the keys of a map (the methods of an SDK, the statuses of a code
#: set's transitions, the languages of a code's translated user message).
KEYED = {"Sdk.methods", "Transitions.next", "Code.user_message_translations"}


@functools.cache
def _sites() -> dict[str, Reference]:
    """One written place of each field that names an entry, in the project's spec: a value that
    the spec writes there itself (not one inherited from the part holding it), a map's key
    holding none of the other places (so that renaming it moves none)."""
    data = spec_data()
    found: dict[str, list[Reference]] = {}
    for reference in references(Catalog.model_validate(data)):
        parent = _at(data, reference.where[:-1])
        key = reference.where[-1]
        written = key in parent if isinstance(parent, dict) else True
        if written and (_at(data, reference.where) == reference.value or key == reference.value):
            found.setdefault(reference.field, []).append(reference)
    sites = {field: places[0] for field, places in found.items() if field not in KEYED}
    for field in KEYED & found.keys():
        sites[field] = next(
            key
            for key in found[field]
            if not any(site.where[: len(key.where)] == key.where for site in sites.values())
        )
    return sites


def test_every_field_that_names_an_entry_is_written_in_the_spec() -> None:
    """Each field the models mark is planted below: the project's spec writes each somewhere."""
    sites = _sites()
    assert set(sites) == reference_fields(Catalog)
    assert {"Licence.sources", "Code.category", "CodeRef.code", "TypeRef.ref"} <= set(sites)
    assert all(sites[field].where[-1] == sites[field].value for field in KEYED)


def _dangling(field: str) -> str:
    """A name of the same shape as the one written at the field's place, which names nothing:
    misspelt, and told apart from every other name planted."""
    reference = _sites()[field]
    if reference.entry == "end-user language":
        return reference.value.split("-")[0] + "-ZZ"
    return f"{reference.value}x{sorted(_sites()).index(field)}"


def _plant(data: dict[str, Any], reference: Reference, value: str) -> None:
    """`value` where the reference is written: the value, a list's item or a map's key."""
    parent = _at(data, reference.where[:-1])
    key = reference.where[-1]
    if reference.field in KEYED:
        entries = list(parent.items())
        parent.clear()
        parent.update({value if name == key else name: entry for name, entry in entries})
    else:
        parent[key] = value


def _where(field: str) -> str:
    """The JSON pointer of the planted name (a renamed key is at its new name)."""
    parts = list(_sites()[field].where)
    if field in KEYED:
        parts[-1] = _dangling(field)
    return pointer(*parts)


#: Names that other names are looked up in (the code sets of an SDK's methods and outcomes): an
#: unknown one is reported, and the names looked up in it are not, so they are planted apart.
LOOKED_IN = {"Sdk.code_set", "Sdk.outcome_code_set"}


def _validate(folder: Path, fields: set[str]) -> tuple[str, list[Problem]]:
    """What `python -m codegen validate` says of the project's spec with each field's name
    misspelt at its place (run in this process): its stderr and the problems it lists."""
    data = spec_data()
    for field in fields:
        _plant(data, _sites()[field], _dangling(field))
    status, out, errors = codegen_here("validate", "--spec", str(write_spec(folder, data)))
    assert status == 1, out + errors
    lines = errors.splitlines()
    assert lines[-1].endswith("nothing was written.")
    return errors, [Problem(*line.split(": ", 2)[1:]) for line in lines[:-1]]


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    """The problems of the project's spec with the name at each field's place misspelt."""
    found = []
    for fields in (set(_sites()) - LOOKED_IN, LOOKED_IN):
        found += _validate(tmp_path_factory.mktemp("planted"), fields)[1]
    return found


# Every field that names an entry, as the models mark them; each is planted where the project's
# spec writes it (`_sites`, read when a test first needs it, not when the tests are collected).
@pytest.mark.parametrize("field", sorted(reference_fields(Catalog)))
def test_a_name_that_names_nothing_is_one_clear_problem(field: str, planted: list[Problem]) -> None:
    """At its pointer, showing the name; once (a code set's source is not reported again under
    every code that inherits it)."""
    value = _dangling(field)
    said = [problem for problem in planted if repr(value) in problem.message]
    assert [problem.where for problem in said] == [_where(field)], (field, said or planted[:3])


def test_a_misspelt_category_of_a_status_is_one_problem(tmp_path: Path) -> None:
    """Wherever the status stands in the catalog: its set's rule that every status has a state
    does not report again the category it cannot read."""
    data = spec_data()
    provider, name, code_set = next(
        (provider, name, code_set)
        for provider, entry in data["providers"].items()
        for name, code_set in entry["code_sets"].items()
        if code_set.get("states")
    )
    code_set["codes"][0].pop("state", None)
    code_set["codes"][0]["category"] = "succes"
    status, _, errors = codegen_here("validate", "--spec", str(write_spec(tmp_path, data)))
    at = pointer("providers", provider, "code_sets", name, "codes", 0)
    assert status == 1
    assert [line.split(": ", 1)[1] for line in errors.splitlines() if at in line] == [
        f"{at}/category: unknown category 'succes' (did you mean 'success'?)"
    ]


def test_a_misspelt_licence_source_is_named_with_the_id_meant(planted: list[Problem]) -> None:
    """The report that started this: a standard's licence citing a misspelt source id, which
    crashed `validate` with a KeyError."""
    meant = _sites()["Licence.sources"].value
    said = f"unknown source {_dangling('Licence.sources')!r} (did you mean {meant!r}?)"
    assert Problem(_where("Licence.sources"), said) in planted


#: Words that, as a field's name, say it names another entry.
REFERENCE_WORDS = re.compile(
    r"(^|_)(sources?|categor(y|ies)|code_sets?|providers?|kinds?|groups?|root|base|ref|"
    r"replaced_by|from|any_of|languages?|methods?|status)$"
)
#: Fields so named that name no entry of the spec, each with what it holds.
NOT_REFERENCES = {
    "Source.kind": "the kind of document (a Literal)",
    "Provider.kind": "provider or standard (a Literal)",
    "ListenerEvent.kind": "the event kind the listener returns, named here",
    "Provider.language": "a language tag of bankcodes' languages, checked by its pattern",
    "Provider.end_user_languages": "language tags of bankcodes' languages, by their pattern",
    "Provider.code_sets": "the provider's own code sets, keyed by id (defined here)",
    "CodeSet.groups": "the code set's own groups, keyed by id (defined here)",
    "Catalog.sources": "the sources, keyed by id (defined here)",
    "Catalog.categories": "the categories, keyed by id (defined here)",
    "Catalog.providers": "the providers, keyed by id (defined here)",
    "HttpEntry.status": "an HTTP status (a number)",
    "Extract.code_sets": "the extractor's rules, one per code set (each names it in code_set)",
    "Delivery.success_status": "an HTTP status (a number)",
    "PayloadKind.response_status": "an HTTP status (a number)",
    "Scope.data_sources": "the provider's data sources a code applies to, as it names them",
    "Columns.group": "the header of a table's column (drift)",
    "Facts.group": "the label of a table's row (drift)",
    "Items.group": "where a list page names its group (drift)",
    "SectionExample.group": "the field of a section's example (drift)",
}


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    if model in seen:
        return seen
    seen.add(model)
    for field in model.model_fields.values():
        for held in _held(field.annotation):
            _models(held, seen)
    return seen


def _held(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    value = getattr(annotation, "__value__", None)
    parts = (value,) if value is not None else typing.get_args(annotation)
    return [model for part in parts for model in _held(part)]


def test_every_field_named_for_an_entry_is_marked_or_says_why_not() -> None:
    """A field added whose name says it names an entry (…_kind, …sources, …category) but whose
    type carries no Names marker is a reference the rules would not check: mark it, or say here
    what else it holds."""
    marked = reference_fields(Catalog)
    named = {
        f"{model.__name__}.{name}"
        for model in _models(Catalog, set())
        for name, field in model.model_fields.items()
        if REFERENCE_WORDS.search(field.alias or name) and name != "id"
    }
    assert sorted(named - marked - set(NOT_REFERENCES)) == []
    assert set(NOT_REFERENCES) <= named - marked
