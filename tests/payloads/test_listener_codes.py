"""Every code of every listener code set, in a message carrying it alone: TypeScript's listener
names the code set that reads it (the first of the field's code sets that knows the value) and
endUserText of its result gives that member's words, as Python's member of that code set does.
Both give the verdicts of tests/verdicts/listener_codes.json."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from bankcodes._providers import code_set_of
from tests.support.helpers import spec_data
from tests.support.verdicts import Corpus

SPEC = spec_data()


def _fields(types: dict[str, Any], name: str) -> dict[str, Any]:
    """The fields of an object type, or of a union's variant or fallback (its base's and its
    own)."""
    if name in types:
        fields: dict[str, Any] = types[name]["fields"]
        return fields
    for union in (t["discriminated"] for t in types.values() if "discriminated" in t):
        own = [v.get("fields", {}) for v in union["variants"].values() if v["name"] == name]
        if own or union["fallback"] == name:
            return {**types[union["base"]]["fields"], **(own[0] if own else {})}
    raise KeyError(name)


def _listener_messages() -> list[tuple[str, str, dict[str, Any], str | int, list[str]]]:
    """For every listener of the spec, every code of each code set of each event's tag field
    (or first code field), as a message carrying only that field: (listener, code set, message,
    code, the field's code sets in order)."""
    found = []
    for kind in SPEC["payloads"].values():
        listener = kind.get("listener")
        if listener is None:
            continue
        types = kind["types"]
        for event in listener["events"]:
            field = event.get("tag") or event["codes"][0]
            refs = _field_type(types, event["type"], field)["code"]
            for ref in refs:
                provider, name = ref.split(".")
                for code in SPEC["providers"][provider]["code_sets"][name]["codes"]:
                    message = _nested(field, code["value"])
                    found.append((listener["function"], ref, message, code["value"], refs))
    return found


def _field_type(types: dict[str, Any], name: str, field: str) -> Any:
    """The type of a field of an object type, or of a nested object's field where the name is
    dotted (data.item.status): each step a field holding a type of the kind."""
    first, _, rest = field.partition(".")
    found = _fields(types, name)[first]["type"]
    return _field_type(types, found["ref"], rest) if rest else found


def _nested(field: str, value: object) -> dict[str, Any]:
    """A message carrying only `field` (dotted: in nested objects) with `value`."""
    first, _, rest = field.partition(".")
    return {first: _nested(rest, value) if rest else value}


def _once(cases: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each message once: the events of a listener that share their tag field give the same."""
    seen: dict[str, dict[str, Any]] = {}
    for key, case in cases:
        assert seen.setdefault(key, case) == case, key
        if seen[key] is case:
            yield key, case


def _listened(case: dict[str, Any]) -> dict[str, Any]:
    """The code set that reads the code (the first of the field's code sets that knows it), the
    code, and that member's end-user words in English (message and action), which the listener
    and endUserText of its result give in TypeScript."""
    for ref in case["refs"]:
        member = code_set_of(*ref.split(".")).parse(case["value"])
        if member is not None and member.known:
            words = member.end_user_text("en")
            text = None if words is None else [words.message, words.action]
            return {"codeSet": ref, "code": case["value"], "text": text}
    raise AssertionError(f"no code set of {case['refs']} knows {case['value']!r}")


#: Every code of every listener code set, in a message carrying it alone.
LISTENED = Corpus(
    "listener_codes",
    lambda: _once(
        (
            f"{function} {ref} {value!r}",
            {"function": function, "message": message, "value": value, "refs": refs},
        )
        for function, ref, message, value, refs in _listener_messages()
    ),
    _listened,
)


def test_a_listener_answers_from_the_code_set_that_knows_the_code() -> None:
    """Every code of every listener code set: the listener names the code set that reads it
    (a field's first code set that knows the value), and endUserText of the result gives that
    code set's words (the committed verdicts, which TypeScript's listeners give)."""
    verdicts = LISTENED.python()
    assert len(verdicts) > 100
    own = [
        case for key, case in LISTENED.given().items() if verdicts[key]["codeSet"] in case["refs"]
    ]
    assert len(own) == len(verdicts)
    LISTENED.check()
