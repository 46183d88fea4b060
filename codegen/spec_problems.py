"""What a spec's schema problems say, and where: the spec's schema (codegen.spec's, compiled by
jsonschema-rs, which says in milliseconds whether a spec is valid and where it is not, and by
jsonschema, which then names each problem there), one problem per thing wrong at the pointer of
the thing itself, an unknown field with the fields it may mean, a value no member of a union
accepts with the problems of the member it says it is (codegen.loader reads a spec with them)."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
from copy import deepcopy
from functools import cache
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from codegen import incremental
from codegen.errors import Problem, pointer, shown
from codegen.spec import schema as spec_schema

if TYPE_CHECKING:  # jsonschema is imported only to name the problems of a spec it rejects
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError


@cache
def schema() -> dict[str, Any]:
    """The spec's schema as codegen.spec defines it (spec/catalog.schema.json is its copy for
    editors, kept in sync by `make generate`); not to be changed by its callers."""
    document = incremental.kept("codegen.spec.schema.document", spec_schema.document)
    jsonschema_rs.meta.validate(document)  # the draft's own rules, in milliseconds
    return document


@cache
def validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@cache
def _fastvalidator() -> Any:
    """The same schema compiled by jsonschema-rs: it says in milliseconds whether a spec is
    valid and where it is not; jsonschema then names the problems there."""
    return jsonschema_rs.validator_for(schema())


@cache
def _parts() -> tuple[Draft202012Validator, dict[str, Draft202012Validator]]:
    """The spec's maps of entries (sources, categories, payloads, providers) as jsonschema reads
    them one entry at a time: the root with every entry left open, and for each map its entries'
    own definition. Naming the problems of one wrong entry then costs that entry, not the spec."""
    from jsonschema import Draft202012Validator

    whole = schema()
    root = deepcopy(whole)
    entries = {}
    for key, part in whole["properties"].items():
        entry = part.get("additionalProperties")
        if isinstance(entry, dict) and set(entry) == {"$ref"}:
            root["properties"][key]["additionalProperties"] = True
            entries[key] = Draft202012Validator({**entry, "$defs": whole["$defs"]})
    return Draft202012Validator(root), entries


def schema_problems(raw: Mapping[str, Any]) -> list[Problem]:
    try:
        wrong = [list(error.instance_path) for error in _fastvalidator().iter_errors(raw)]
    except ValueError:  # text jsonschema-rs cannot take (a lone surrogate): jsonschema reads all
        return all_problems(validator(), raw)
    if not wrong:
        return []
    root, entries = _parts()
    problems = set(all_problems(root, raw))
    for key, name in {(at[0], at[1]) for at in wrong if len(at) > 1 and at[0] in entries}:
        for error in entries[key].iter_errors(raw[key][name]):
            problems.update(located(error, (key, name)))
    return sorted(problems) or all_problems(validator(), raw)


def all_problems(validator: Draft202012Validator, raw: Mapping[str, Any]) -> list[Problem]:
    return sorted({problem for error in validator.iter_errors(raw) for problem in located(error)})


def located(error: SchemaError, within: tuple[str | int, ...] = ()) -> Iterator[Problem]:
    """One problem per thing wrong, at the pointer of the thing itself.

    An unknown field is reported at its own pointer and a bad key of a map at that key.
    """
    at = (*within, *error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    union = error.validator_value
    if error.validator in ("oneOf", "anyOf") and isinstance(union, list) and error.context:
        yield from _union(error, union, within)
        return
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = schema.get("properties", {})
        extra = [key for key in error.instance if key not in allowed]
        if extra and schema.get("additionalProperties") is False:
            for key in extra:
                yield Problem(pointer(*at, key), _unknown(key, list(allowed)))
            return
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        yield Problem(pointer(*at, error.instance), f"bad key: {_message(error)}")
        return
    yield Problem(pointer(*at), _message(error))


def _message(error: SchemaError) -> str:
    """What a schema problem says: its reason whole, with the offending value escaped and cut
    (codegen.errors.shown); a value a list repeats is named, and a text's pattern explained."""
    instance, schema = error.instance, error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "uniqueItems" and isinstance(instance, list):
        seen: dict[str, int] = {}
        for index, item in enumerate(instance):
            first = seen.setdefault(json.dumps(item, sort_keys=True), index)
            if first != index:
                return (
                    f"has non-unique elements: {shown(item)} is duplicated "
                    f"(items {first} and {index})"
                )
    if error.validator == "pattern" and isinstance(schema.get("description"), str):
        return f"{shown(instance)} does not match its pattern: {schema['description']}"
    message = error.message
    if len(message) > 100:  # it may show the value whole
        whole = repr(instance)
        message = message.replace(whole, shown(instance)) if len(whole) > 100 else message
    return message if len(message) <= LONGEST else message[: LONGEST - 1] + "…"


def _unknown(key: str, allowed: list[str]) -> str:
    """What an unknown field's problem says: the fields the object has (a few), or the one it
    may mean."""
    if not allowed:
        return "unknown field (this object has none)"
    if len(allowed) <= 8:
        return f"unknown field (the fields here: {', '.join(allowed)})"
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.8)
    return f"unknown field (did you mean {close[0]!r}?)" if close else "unknown field"


def _union(
    error: SchemaError, union: list[dict[str, Any]], within: tuple[str | int, ...]
) -> Iterator[Problem]:
    """The problems of a value that no member of a union (oneOf, anyOf) accepts: those of the
    member it says it is, so that they are named where they are rather than as the union's. It
    says so by its JSON type, the constant tags it carries (a signing's scheme) and, among
    several members, the fields only one of them has (a rule's table); a value that says no
    member, or several, is told why."""
    at = (*within, *error.absolute_path)
    instance = error.instance
    members = [_resolved(branch) for branch in union]
    fitting = [i for i, member in enumerate(members) if _fits(member, instance)]
    if len(fitting) > 1 and isinstance(instance, dict):
        own = _own_fields(members)
        if all(own[i] for i in fitting):
            having = [i for i in fitting if instance.keys() & set(own[i])]
            if len(having) > 1:
                given = sorted(instance.keys() & {key for i in having for key in own[i]})
                message = f"fields of more than one kind: {', '.join(given)} (one is allowed)"
                yield Problem(pointer(*at), message)
                return
            if not having:
                kinds = ", ".join(own[i][0] for i in fitting)
                yield Problem(pointer(*at), f"none of the fields that say its kind: {kinds}")
                return
            fitting = having
    if len(fitting) == 1:
        for part in error.context:
            if part.relative_schema_path[0] == fitting[0]:
                yield from located(part, within)
        return
    types = [member.get("type") for member in members]
    typed = all(isinstance(kind, str) for kind in types)
    if typed and not any(_of_type(member, instance) for member in members):
        expected = ", ".join(repr(kind) for kind in dict.fromkeys(types))
        yield Problem(pointer(*at), f"{shown(instance)} is not of type {expected}")
        return
    tags = _tags(members)
    if isinstance(instance, dict) and len(tags) == 1:
        ((name, values),) = tags.items()
        if name not in instance:
            yield Problem(pointer(*at), f"{name!r} is a required property")
        else:
            yield Problem(pointer(*at, name), f"{shown(instance[name])} is not one of {values!r}")
        return
    yield Problem(pointer(*at), _message(error))


def _own_fields(members: list[dict[str, Any]]) -> list[list[str]]:
    """The fields of each member that no other member has, in order."""
    fields = [list(member.get("properties", {})) for member in members]
    return [
        [
            name
            for name in mine
            if not any(name in theirs for theirs in fields if theirs is not mine)
        ]
        for mine in fields
    ]


def _tags(members: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """The fields every member gives a constant, with the constants (a signing's scheme)."""
    constants = [
        {
            name: part["const"]
            for name, part in member.get("properties", {}).items()
            if isinstance(part, dict) and "const" in part
        }
        for member in members
    ]
    shared = set.intersection(*(set(c) for c in constants)) if constants else set()
    return {name: [c[name] for c in constants] for name in sorted(shared)}


def _resolved(branch: dict[str, Any]) -> dict[str, Any]:
    ref = branch.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
        return branch
    return {**schema()["$defs"][ref.removeprefix("#/$defs/")], **branch}


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "integer": (int, float),
    "number": (int, float),
}


def _of_type(branch: dict[str, Any], instance: object) -> bool:
    """Whether the instance has the branch's JSON type (or the branch says none)."""
    kind = branch.get("type")
    if not isinstance(kind, str) or kind not in _JSON_TYPES:
        return True
    if isinstance(instance, bool):
        return kind == "boolean"
    return isinstance(instance, _JSON_TYPES[kind])


def _fits(branch: dict[str, Any], instance: object) -> bool:
    """Whether the instance has the branch's JSON type and carries its constant tags."""
    if not _of_type(branch, instance):
        return False
    if isinstance(instance, dict):
        for name, part in branch.get("properties", {}).items():
            if isinstance(part, dict) and "const" in part and instance.get(name) != part["const"]:
                return False
    return True


#: The longest message a problem has (its offending value cut first).
LONGEST = 300
