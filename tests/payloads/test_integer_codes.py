"""One reading of a code that travels as a JSON integer, everywhere: every reader of Python and
Node gives each case of the shared corpus (tests/support/integer_codes.json) the reading the
corpus types from the definition (bankcodes._integers; integerCode in TypeScript), in every
payload kind with such a field, lenient and strict, and none of them raises.

A case's reading says what the field holds: a number (a code: known, its member; else an
unknown code kept as its decimal text), a text (an unknown code kept as sent), empty ("": no
code) or none (no code; refused where a code is expected). From it, and from whether the code
set knows the number, follows what each reader answers."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import bankcodes
from bankcodes import payloads
from bankcodes._payload_kinds import KINDS
from bankcodes._providers import code_set_of
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, spec_data
from tests.support.verdicts import Corpus

CORPUS: list[dict[str, Any]] = json.loads(
    (ROOT / "tests" / "support" / "integer_codes.json").read_text(encoding="utf-8")
)["cases"]
SCHEMAS = ROOT / "generated" / "jsonschema"
#: The spec's payloads and providers, read once (the tests only read them).
SPEC = spec_data()
#: A stand-in for the case's value in a body's JSON text.
HOLE = "\u0000value\u0000"


def _fields() -> list[tuple[str, str, str]]:
    """(kind, field path, first code set) of every code field whose codes are integers."""
    return [
        (kind, field.path, field.code_sets[0])
        for kind, entry in KINDS.items()
        for field in entry.codes
        if field.numeric
    ]


FIELDS = _fields()


def test_the_corpus_covers_every_case_the_definition_names() -> None:
    """The cases the issue of one reading named, and the kinds that have integer codes."""
    texts = {case["json"] for case in CORPUS}
    for value in ("-0", '"-0"', "9007199254740992", "1e400", "17.0", "true", '"\uff11\uff17"'):
        assert value in texts, value
    assert "5" * 5000 in texts and '"' + "5" * 5000 + '"' in texts
    assert {kind for kind, _, _ in FIELDS} >= {"mx/webhook", "mastercard/error"}


def _body(kind: str, path: str) -> str:
    """The kind's first published example that has the field, as JSON text with HOLE in the
    field's place (in the first item of an array its path steps into: [*])."""
    keys = path.removeprefix("$.").split(".")
    for example in SPEC["payloads"][kind]["examples"]:
        data = json.loads(json.dumps(example["data"]))
        node = data
        for key in keys[:-1]:
            node = node.get(key.removesuffix("[*]")) if isinstance(node, dict) else None
            if key.endswith("[*]"):
                node = node[0] if isinstance(node, list) and node else None
        if isinstance(node, dict) and keys[-1] in node:
            node[keys[-1]] = HOLE
            return json.dumps(data)
    raise AssertionError(f"no example of {kind} has {path}")


def _field_spec(kind: str, path: str) -> dict[str, Any]:
    """The spec's declaration of a code field (its nullability, whether it is required)."""
    payload = SPEC["payloads"][kind]
    found: list[dict[str, Any]] = []
    name = path.rsplit(".", 1)[-1]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            fields = node.get("fields")
            if isinstance(fields, dict) and isinstance(fields.get(name), dict):
                declared = fields[name]
                if isinstance(declared.get("type"), dict) and "code" in declared["type"]:
                    found.append(declared)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(payload["types"])
    assert found, (kind, path)
    return found[0]


def _known(code_set: str, number: int) -> bool:
    provider, _, name = code_set.partition(".")
    enum = code_set_of(provider, name)
    return any(int(member.value) == number for member in enum)


def expected(case: dict[str, Any], kind: str, path: str, code_set: str) -> dict[str, Any]:
    """What every reader answers, from the case's typed reading."""
    reads = case["reads"]
    declared = _field_spec(kind, path)
    if isinstance(reads, dict) and "number" in reads:
        known = _known(code_set, reads["number"])
        codes = [[str(reads["number"]), known]]
        lenient, strict = True, known
    elif isinstance(reads, dict):
        codes, lenient, strict = [[reads["text"], False]], True, False
    elif reads == "empty":
        codes, lenient, strict = [], True, False
    else:
        null_allowed = case["json"] == "null" and declared.get("nullable", False)
        codes, lenient, strict = [], null_allowed, null_allowed
    return {"codes": codes, "lenient": lenient, "strict": strict}


def _python(body: str, kind: str, path: str) -> dict[str, Any]:
    found = payloads.codes(kind, body.encode())
    verdicts = {}
    for mode in ("lenient", "strict"):
        try:
            payloads.validate(kind, body.encode(), strict=mode == "strict")
            verdicts[mode] = True
        except payloads.PayloadError as error:
            assert error.problems[0].path in (path.replace("[*]", "[0]"), "$"), error
            verdicts[mode] = False
    return {
        "codes": [[str(code.code.value), code.code.known] for code in found if code.field == path],
        **verdicts,
    }


@functools.cache
def _validator(kind: str, suffix: str) -> Draft202012Validator:
    return Draft202012Validator(
        json.loads((SCHEMAS / f"{kind}{suffix}").read_text(encoding="utf-8"))
    )


def _jsonschema(body: str, kind: str) -> dict[str, bool]:
    data = payloads.parse(body.encode())
    return {
        mode: _validator(kind, suffix).is_valid(data)
        for mode, suffix in (("lenient", ".schema.json"), ("strict", ".strict.schema.json"))
    }


CASES = [(case, kind, path, code_set) for case in CORPUS for kind, path, code_set in FIELDS]


@pytest.mark.parametrize(
    ("provider", "cases"),
    by_provider((c[1].partition("/")[0], f"{c[1]}-{c[0]['name']}", c) for c in CASES),
)
def test_python_reads_the_case_as_the_corpus_says(provider: str, cases: Cases) -> None:
    each(cases, lambda case: _read_as_the_corpus_says(*case))


def _read_as_the_corpus_says(case: dict[str, Any], kind: str, path: str, code_set: str) -> None:
    body = _body(kind, path).replace(json.dumps(HOLE), case["json"])
    want = expected(case, kind, path, code_set)
    assert _python(body, kind, path) == want
    assert _jsonschema(body, kind) == {"lenient": want["lenient"], "strict": want["strict"]}


def _value(case: dict[str, Any]) -> object:
    """The case's value as Python reads it from a body."""
    return payloads.parse((case["json"] if "json" in case else case["value"]).encode())


@pytest.mark.parametrize("case", CORPUS, ids=[case["name"] for case in CORPUS])
def test_the_value_readers_agree_and_never_raise(case: dict[str, Any]) -> None:
    """parse, classify and lookup, for a scalar a code field may hold (a container is no code
    value at all: a TypeError, the documented answer to a value of no code's type)."""
    from bankcodes.mx import ConnectionStatus

    value = _value(case)
    if isinstance(value, list | dict):
        with pytest.raises(TypeError):
            ConnectionStatus.parse(value)  # type: ignore[call-overload]
        return
    reads = case["reads"]
    parsed = ConnectionStatus.parse(value)  # type: ignore[call-overload]
    category = bankcodes.classify("mx", value)  # type: ignore[arg-type]
    in_set = bankcodes.classify("mx", value, code_set="connection_status")  # type: ignore[arg-type]
    found = bankcodes.lookup("mx", value)  # type: ignore[arg-type]
    number = isinstance(reads, dict) and "number" in reads
    if number and _known("mx.connection_status", reads["number"]):
        assert parsed is not None and parsed.known and parsed == reads["number"]
        assert category is in_set is parsed.category
        assert found == (parsed,)
        return
    assert category is in_set is bankcodes.Category.UNKNOWN and found == ()
    if reads in ("none", "empty"):
        assert parsed is None
    else:
        shown = str(reads["number"]) if "number" in reads else reads["text"]
        assert parsed is not None and not parsed.known and parsed.value == shown


def _once(cases: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each case once: a field a kind declares in two of its types is one field, read once."""
    seen: dict[str, dict[str, Any]] = {}
    for key, item in cases:
        assert seen.setdefault(key, item) == item, key
        if seen[key] is item:
            yield key, item


def _item(case: dict[str, Any], kind: str, path: str, code_set: str) -> dict[str, Any]:
    """A case in a kind's field, as both languages read it."""
    payload = SPEC["payloads"][kind]
    provider = payload["provider"]
    delivery = SPEC["providers"][provider].get("delivery", {})
    return {
        "kind": kind,
        "provider": provider,
        "field": path,
        "body": _body(kind, path).replace(json.dumps(HOLE), case["json"]),
        "value": case["json"],
        # classify in the field's code set ("provider.code_set"): another set of the provider
        # may hold the same text as a code of its own (Mono's Direct Debit code "03"), and a
        # kind may carry another provider's codes beneath its own.
        "codeSet": code_set,
        "listener": payload.get("listener", {}).get("function"),
        # receive reads it without a secret only where its provider signs none (a signed
        # webhook's bodies are received in the signature corpora, signed).
        "webhook": delivery.get("payload_kind") == kind
        and SPEC["providers"][provider].get("signing", {}).get("scheme") == "none",
    }


def _read(item: dict[str, Any]) -> dict[str, Any]:
    """The codes at the field and the schemas' verdicts (receive's too, for a webhook), whether
    the value is a known code of the field's code set, the deciding code's path, and whether a
    listener (where the kind has one) reads the field as the lenient schema does (Node's
    listeners; Python's readers are the others)."""
    read = _python(item["body"], item["kind"], item["field"])
    provider, _, name = item["codeSet"].partition(".")
    try:
        category = bankcodes.classify(provider, _value(item), code_set=name)  # type: ignore[arg-type]
    except TypeError:  # a container: no code value at all
        category = bankcodes.Category.UNKNOWN
    decisive = payloads.decisive_code(item["kind"], item["body"].encode())
    return {
        **read,
        "received": [read["lenient"], read["strict"]] if item["webhook"] else None,
        "known": category is not bankcodes.Category.UNKNOWN,
        "decisive": None if decisive is None else decisive.path,
        "listener": None if item["listener"] is None else True,
    }


#: Every case in every integer code field, read by every reader of both languages.
INTEGER_CODES = Corpus(
    "integer_codes",
    lambda: _once(
        (f"{kind} {path} ({code_set}): {case['name']}", _item(case, kind, path, code_set))
        for case, kind, path, code_set in CASES
    ),
    _read,
)


def test_python_gives_the_committed_verdicts() -> None:
    """The readings the corpus states (and Node gives the committed ones)."""
    wrong = []
    python = INTEGER_CODES.python()
    for case, kind, path, code_set in CASES:
        got = python[f"{kind} {path} ({code_set}): {case['name']}"]
        want = expected(case, kind, path, code_set)
        reads = case["reads"]
        known = isinstance(reads, dict) and "number" in reads and _known(code_set, reads["number"])
        if {key: got[key] for key in want} != want or got["known"] != known:
            wrong.append((kind, case["name"], got, want, known))
    assert not wrong, wrong[:10]
    INTEGER_CODES.check()
