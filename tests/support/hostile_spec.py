"""A spec made hostile: a distinct hostile text in every free-text field (found by walking the
spec against its schema), a hostile URL in every URL, and a code with a hostile wire value in
every code set, except those of a provider left as written. The small project
(tests/support/small_project.py) is built from the smaller spec made hostile, with the provider
the adding-a-provider page adds left as the page writes it; tests/spec/test_hostile_spec.py reads
what it generates and builds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from tests.support.helpers import ROOT

HOSTILE = (
    "\" ' \"\"\" ''' \\ */ /* ${x} ` ``` | <script>window.__pwned=1</script> "
    '<img src=x onerror="window.__pwned=2"> [x](javascript:window.__pwned=3) '
    '""";__import__("os")._exit(7);""" {{ jinja }} {% raw %} {: onclick="x" } '
    "_em_ *em* # h \u200f\u0627\u0644\u062e\u0637\u0623\u200f \U0001f600 &amp; &lt; %s"
    "\nline 2 \u2028 end"
)


HOSTILE_URL = "https://example.com/x)(javascript:window.__pwned=4)'*!$"


HOSTILE_VALUE = '</script><img src=x onerror="window.__pwned=5">[x](javascript:alert(1))`|${y}'


SCHEMA = json.loads((ROOT / "spec" / "catalog.schema.json").read_text(encoding="utf-8"))


DEFS = SCHEMA["$defs"]


Path_ = tuple[str | int, ...]


def _valid(schema: dict[str, Any], instance: object) -> bool:
    return Draft202012Validator({**schema, "$defs": DEFS}).is_valid(instance)


#: A position of a spec with its map keys and list positions left out ("*", "#"): the place in
#: the schema's shape that reads it.
Shape = tuple[str, ...]


def positions(
    schema: dict[str, Any], instance: object, at: Path_ = (), shape: Shape = ()
) -> Iterator[tuple[Path_, Shape, dict[str, Any], object]]:
    """Every position of `instance` with its shape, each schema that reads it (its references
    followed, and each branch that accepts it) and its value."""
    if not isinstance(schema, dict):
        return
    yield at, shape, schema, instance
    ref = schema.get("$ref")
    if ref is not None:
        yield from positions(DEFS[ref.rsplit("/", 1)[1]], instance, at, shape)
    if "if" in schema:
        branch = schema.get("then") if _valid(schema["if"], instance) else schema.get("else")
        if branch:
            yield from positions(branch, instance, at, shape)
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            if _valid(branch, instance):
                yield from positions(branch, instance, at, shape)
    if isinstance(instance, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            if key in properties:
                yield from positions(properties[key], value, (*at, key), (*shape, key))
            elif isinstance(extra, dict):
                yield from positions(extra, value, (*at, key), (*shape, "*"))
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(instance):
            yield from positions(schema["items"], value, (*at, index), (*shape, "#"))


def free_text(schema: dict[str, Any], instance: object) -> Iterator[tuple[Path_, str]]:
    """Every position of `instance` whose schema is free text ("Text") or a URL ("Url")."""
    for at, _, read, _ in positions(schema, instance):
        name = str(read.get("$ref", "")).rsplit("/", 1)[-1]
        if name in ("Text", "Url"):
            yield at, name


def _set(data: Any, at: Path_, value: object) -> None:
    for key in at[:-1]:
        data = data[key]
    data[at[-1]] = value


def _spared(at: Path_, provider: str) -> bool:
    """Whether `at` is a part of the spec that belongs to `provider`: its entry, its sources
    (whose ids start with its id) and its payload kinds."""
    if len(at) < 2:
        return False
    section, key = at[0], str(at[1])
    return (
        (section == "providers" and key == provider)
        or (section == "sources" and key.startswith(f"{provider}-"))
        or (section == "payloads" and key.startswith(f"{provider}/"))
    )


def _every_field(value: object, number: int) -> dict[str, Any]:
    """A code with `value` and every optional field, so that no kind of text is left out."""
    return {
        "value": value,
        "name": f"HOSTILE_{number}",
        "description": "x",
        "message": "x",
        "advice": "x",
        "category": "generic_failure",
        "next_step": "retry",
        "state": "unknown",
        "state_reason": "x",
        "wait_seconds": 1,
        "max_attempts": 1,
        "fact_sources": {"wait_seconds": ["seed-000"], "max_attempts": ["seed-000"]},
        "http": [
            {
                "status": 400,
                "cause": "x",
                "message": "x",
                "steps_to_reproduce": "x",
                "context": "x",
                "sources": ["seed-000"],
            }
        ],
        "scope": {key: ["x"] for key in SCOPES},
        "lifecycle": {"state": "deprecated", "note": "x"},
        "notes": "x",
        "steps_to_reproduce": "x",
        "test_user": {"institution": "x", "username": "x", "password": "x"},
        "category_history": [{"from": "success", "since": "1.0.0", "reason": "x"}],
    }


#: The lists of a scope.
SCOPES = ("regions", "sdks", "doc_versions", "data_sources", "endpoints")


def made_hostile(data: dict[str, Any], spared: str) -> dict[Path_, str]:
    """`data` (a spec) made hostile in place, every part of provider `spared` left as written;
    the hostile value put at each position, by position.

    Every code set gets a code with a hostile wire value (a number in an integer code set) and
    a description; the first code set of each provider, and the first integer code set, get it
    with every optional field and a scope of their own, so that every kind of text of a code and
    a code set is hostile in every provider's pages and modules (the same templates and filters
    render them in every code set)."""
    integer_done = False
    for provider_id, provider in data["providers"].items():
        if provider_id == spared:
            continue
        for number, code_set in enumerate(provider["code_sets"].values()):
            # An integer code set's values are numbers: its hostile text is elsewhere.
            integer = code_set.get("wire_type") == "integer"
            value = 990_000 + number if integer else f"{HOSTILE_VALUE}-{number}"
            if number == 0 or (integer and not integer_done):
                integer_done = integer_done or integer
                code_set["codes"].append(_every_field(value, number))
                code_set["scope"] = {key: ["x"] for key in SCOPES}
            else:
                code = {"value": value, "name": f"HOSTILE_{number}", "description": "x"}
                code["category"] = "generic_failure"
                if code_set.get("states"):  # a status code set's codes each have a state
                    code.update(state="unknown", state_reason="x")
                code_set["codes"].append(code)
        sdk = provider.get("sdk")
        if sdk is not None:
            number = list(provider["code_sets"]).index(sdk["code_set"])
            outcome = provider["code_sets"][sdk["outcome_code_set"]]["codes"][0]["value"]
            sdk["methods"][f"{HOSTILE_VALUE}-{number}"] = {
                "sources": ["seed-000"],
                "notes": "x",
                "fields": [{"name": "x", "required": True, "notes": "x"}],
                "outcomes": [{"status": outcome, "description": "x"}],
            }
    assigned: dict[Path_, str] = {}
    positions = {found for found in free_text(SCHEMA, data) if not _spared(found[0], spared)}
    for number, (at, kind) in enumerate(sorted(positions, key=str)):
        value = f"{HOSTILE} [{number}]" if kind == "Text" else f"{HOSTILE_URL}{number}"
        _set(data, at, value)
        assigned[at] = value
    for provider_id, provider in data["providers"].items():
        if provider_id == spared:
            continue
        for prose in (provider.get("rate_limits") or {}).get("prose", ()):
            # A prose pattern reads its hostile example.
            prose["pattern"] = r"\[(?<seconds>[0-9]+)\]"
        rules = provider.get("body_rules") or {}
        for message in (*rules.get("messages", ()), *rules.get("message_steps", ())):
            message["pattern"] = r"\[[0-9]+\]"  # so does a message rule's, and a step's
        for limit in rules.get("limits", ()):
            if "pattern" in limit:
                limit["pattern"] = r"\[(?<most>[0-9]+)\]"  # and a stated limit's
            else:  # a code's limit: the most its hostile example states
                limit["most"] = int(re.findall(r"\[([0-9]+)\]", limit["example"])[-1])
        for end in rules.get("ends", ()):
            if "pattern" in end:
                end["pattern"] = r"\[(?<date>[0-9]+)\]"  # and an end stated in words
    return assigned
