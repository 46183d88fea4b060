"""Where codes live: every published example is recognised as exactly its own kind, its codes are
read from its code fields with their code sets, and the deciding code is the one its provider's
documentation describes as the outcome."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import payloads
from tests.conftest import MypyRun
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, run_node, spec_data
from tests.support.plaid_bodies import ITEM_ERROR
from tests.support.verdicts import Corpus, numbered

SPEC = spec_data()

BODIES: list[tuple[str, object]] = [
    (kind, example["data"])
    for kind, entry in SPEC["payloads"].items()
    for example in entry["examples"]
]
EXAMPLES = [
    (kind.partition("/")[0], f"{kind}: {example['title']}", (kind, example))
    for kind, entry in SPEC["payloads"].items()
    for example in entry["examples"]
]


def _recognised_as_its_own_kind(kind: str, example: dict[str, Any]) -> None:
    data, recognised = example["data"], example.get("recognised", "alone")
    provider = kind.partition("/")[0]
    alone, given = payloads.identify(data), payloads.identify(data, provider)
    if recognised == "alone":
        assert (alone.kind, alone.kinds, given.kinds) == (kind, (kind,), (kind,))
    elif recognised == "with_provider":
        assert (alone.kinds, given.kind) == ((), kind)
    else:
        assert (alone.kinds, given.kinds) == ((), ())


@pytest.mark.parametrize(("provider", "cases"), by_provider(EXAMPLES))
def test_every_published_example_is_recognised_as_its_own_kind(provider: str, cases: Cases) -> None:
    """As the example says: from its body alone; only where its provider is given (a body as
    plain as OAuth's {"error": …}); or not at all (as plain as {"request_id": …})."""
    each(cases, lambda case: _recognised_as_its_own_kind(*case))


def _decided_by_its_recorded_code(kind: str, example: dict[str, Any]) -> None:
    found = payloads.decisive_code(kind, example["data"])
    assert (found.path if found else None) == example["decided_by"]


@pytest.mark.parametrize(
    ("provider", "cases"),
    by_provider(case for case in EXAMPLES if "decided_by" in case[2][1]),
)
def test_the_deciding_code_is_the_one_the_example_records(provider: str, cases: Cases) -> None:
    """Each example's decided_by (spec/catalog.json), typed from its sources' description of
    the outcome, is the code decisive_code picks."""
    each(cases, lambda case: _decided_by_its_recorded_code(*case))


def test_a_plaid_item_error_is_decided_by_its_error_code_not_its_webhook_code() -> None:
    found = payloads.codes("plaid/webhook", ITEM_ERROR)
    assert [(f.path, f.code_set, f.code.value) for f in found] == [
        ("$.error.error_code", "plaid.error_code", "ITEM_LOGIN_REQUIRED"),
        ("$.error.error_type", "plaid.error_type", "ITEM_ERROR"),
        ("$.webhook_code", "plaid.item_webhook_code", "ERROR"),
        ("$.webhook_type", "plaid.webhook_type", "ITEM"),
    ]
    # Plaid: ITEM_LOGIN_REQUIRED needs the user in Link's update mode; retrying does not help.
    assert found[0].code.retryable is False


def test_a_model_gives_the_codes_of_its_body() -> None:
    model = payloads.validate("plaid/webhook", ITEM_ERROR)
    assert payloads.codes("plaid/webhook", model) == payloads.codes("plaid/webhook", ITEM_ERROR)


def test_a_lean_callback_is_decided_by_its_secondary_status() -> None:
    data = {"status": "ERROR", "secondary_status": "INVALID_MFA"}
    assert payloads.recognise(data) == ("lean/callback",)
    found = payloads.decisive_code("lean/callback", data)
    assert found is not None
    assert (found.path, found.code_set, found.code.value) == (
        "$.secondary_status",
        "lean.secondary_status",
        "INVALID_MFA",
    )


def test_a_flinks_connect_code_is_read_as_connect_reads_it() -> None:
    """INVALID_SECURITY_RESPONSE is in Flinks Connect's handled errors and in the API's codes;
    a Connect message is read with Connect's code set first."""
    data = {"flinksCode": "INVALID_SECURITY_RESPONSE"}
    assert payloads.recognise(data) == ("flinks/connect-message",)
    found = payloads.decisive_code("flinks/connect-message", data)
    assert found is not None and found.code_set == "flinks.connect_error_event"


def test_a_code_the_catalog_does_not_know_is_kept_in_its_field() -> None:
    data = {**ITEM_ERROR, "error": {**ITEM_ERROR["error"], "error_code": "BRAND_NEW_CODE"}}  # type: ignore[dict-item]
    found = payloads.codes("plaid/webhook", data)[0]
    assert (found.path, found.code_set) == ("$.error.error_code", "plaid.error_code")
    assert found.code == "BRAND_NEW_CODE" and found.code.name is None


def test_an_unknown_code_gives_way_to_the_next_field_that_says_more() -> None:
    """Plaid: an error's error_type is the broad category of its error_code; for a code the
    catalog does not know yet, the type decides (as the listener of Link callbacks reads it),
    not the webhook code. With no known code at all, the first one decides: here the webhook type,
    since a webhook code is read with the code set of its type."""
    data = {**ITEM_ERROR, "error": {**ITEM_ERROR["error"], "error_code": "BRAND_NEW_CODE"}}  # type: ignore[dict-item]
    found = payloads.decisive_code("plaid/webhook", data)
    assert found is not None
    assert (found.path, found.code.value) == ("$.error.error_type", "ITEM_ERROR")
    unknown = {"webhook_type": "NEW_TYPE", "webhook_code": "NEW_CODE"}
    found = payloads.decisive_code("plaid/webhook", unknown)
    assert found is not None
    assert (found.path, found.code.value, found.code.known) == ("$.webhook_type", "NEW_TYPE", False)


def test_an_unknown_webhook_type_still_reads_its_embedded_error() -> None:
    data = {**ITEM_ERROR, "webhook_type": "A_TYPE_NOT_YET_KNOWN"}
    found = payloads.decisive_code("plaid/webhook", data)
    assert found is not None
    assert (found.path, found.code.value) == ("$.error.error_code", "ITEM_LOGIN_REQUIRED")


def test_a_field_of_several_members_is_read_once() -> None:
    """A Plaid Link callback may be its error or its metadata; both have error_code."""
    data = {"error_code": "INVALID_CREDENTIALS", "error_type": "ITEM_ERROR"}
    paths = [f.path for f in payloads.codes("plaid/link", data)]
    assert paths == ["$.error_code", "$.error_type"]
    for kind, body in BODIES:
        paths = [f.path for f in payloads.codes(kind, body)]
        assert len(paths) == len(set(paths)), (kind, paths)


def test_array_items_are_read_in_order_with_their_index() -> None:
    data = {
        "event": "verifications.updated",
        "name": "n",
        "data": {"resource": {"status": {"errors": [{"code": "a_new_one"}, {"code": 5}]}}},
    }
    found = payloads.codes("argyle/webhook", data)
    assert [f.path for f in found][:1] == ["$.data.resource.status.errors[0].code"]
    assert [f.field for f in found][:1] == ["$.data.resource.status.errors[*].code"]
    assert "$.data.resource.status.errors[1].code" not in [f.path for f in found]


@pytest.mark.parametrize("body", [{}, [], 5, None, {"error": 5, "errors": [None]}])
def test_what_no_kind_is_gets_no_answer_and_no_crash(body: object) -> None:
    assert payloads.recognise(body) == ()
    for kind in payloads.KINDS:
        assert payloads.codes(kind, body) == ()


def test_wrong_types_in_code_fields_are_no_codes() -> None:
    body = {"webhook_type": 5, "webhook_code": None, "error": {"error_code": ["x"]}}
    assert payloads.recognise(body) == ("plaid/webhook",)
    assert payloads.codes("plaid/webhook", body) == ()


def test_bad_input_gets_a_clear_error() -> None:
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.recognise(b'{"webhook_type": ')
    assert raised.value.problems[0].path == "$"
    with pytest.raises(ValueError, match="unknown payload kind 'plaid/nope'"):
        payloads.codes("plaid/nope", {})


TYPED = """
import bankcodes
from bankcodes.plaid import ItemWebhookCode

def handle(body: bytes, headers: dict[str, str], keys: dict[str, dict[str, str]]) -> None:
    event = bankcodes.receive("plaid", body, headers, keys.get)
    event.payload.no_such_field.x()
    if event.type is ItemWebhookCode.ERROR:
        pass
    if event.code is ItemWebhookCode.ERROR:
        pass
"""


def test_receive_is_typed_per_provider(tmp_path: Path, mypy_strict: MypyRun) -> None:
    """mypy --strict finds the payload's missing field and the comparison of the event type
    with a webhook code, which can never be true; the event's code compares."""
    (tmp_path / "app.py").write_text(TYPED)
    result = mypy_strict(
        "--config-file=",
        "app.py",
        cwd=tmp_path,
        env={"MYPYPATH": str(ROOT / "build" / "python"), "PATH": "/usr/bin:/bin"},
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    assert lines == [7, 8], result.stdout
    assert "no_such_field" in errors[0]


def _shown(found: payloads.FoundCode | None) -> dict[str, object] | None:
    if found is None:
        return None
    return {
        "path": found.path,
        "codeSet": found.code_set,
        "code": found.code.value,
        "known": found.code.known,
        # The connection or account it concerns, where its body names one.
        **({"concerns": found.concerns} if found.concerns else {}),
    }


def _read(case: dict[str, Any]) -> dict[str, Any]:
    """The kinds recognised, the codes of the case's kind in order, the deciding one, and what
    tells the body is its kind's provider's, read with that provider given (as a "provider"
    where nothing in the body tells it)."""
    kind, data = case["kind"], case["data"]
    told = payloads.identify(data, kind.partition("/")[0]).evidence
    return {
        "recognise": list(payloads.recognise(data)),
        "codes": [_shown(found) for found in payloads.codes(kind, data)],
        "decisive": _shown(payloads.decisive_code(kind, data)),
        "evidence": [[e.kind, e.what, list(e.keys), e.value, list(e.sources)] for e in told],
    }


def _read_cases() -> list[tuple[str, dict[str, Any]]]:
    new_code = {**ITEM_ERROR, "error": {**ITEM_ERROR["error"], "error_code": "BRAND_NEW_CODE"}}  # type: ignore[dict-item]
    more: dict[str, tuple[str, object]] = {
        "plaid's ITEM_ERROR": ("plaid/webhook", ITEM_ERROR),
        "plaid's ITEM_ERROR, a new code": ("plaid/webhook", new_code),
        "plaid's ITEM_ERROR, a new type": (
            "plaid/webhook",
            {**ITEM_ERROR, "webhook_type": "A_TYPE_NOT_YET_KNOWN"},
        ),
        "plaid, a new type and code": (
            "plaid/webhook",
            {"webhook_type": "NEW_TYPE", "webhook_code": "NEW_CODE"},
        ),
        "lean's callback, a field unknown": ("lean/callback", {"secondaryStatus": "x"}),
    }
    cases = [
        (f"{kind}: {example['title']}", {"kind": kind, "data": example["data"]})
        for kind, entry in SPEC["payloads"].items()
        for example in entry["examples"]
    ]
    published = [
        (
            f"{body['kind']}, published: {body['title']}",
            {"kind": body["kind"], "data": body["data"]},
        )
        for path in sorted((ROOT / "tests" / "support" / "published_bodies").glob("*.json"))
        for body in json.loads(path.read_text(encoding="utf-8"))["bodies"]
        if body["kind"] is not None
    ]
    more_cases = ((name, {"kind": k, "data": d}) for name, (k, d) in more.items())
    return [*numbered(cases), *numbered(published), *more_cases]


#: Every published example, every body a provider publishes beyond them that is of a kind
#: (tests/support/published_bodies/) and a few more, read alike in both languages: the same codes
#: in the same order (a code sent in another spelling, an alias, by its code's own value), and
#: the same evidence of whose each is.
READ_CODES = Corpus("example_codes", _read_cases, _read)


def test_python_gives_the_committed_verdicts_on_every_example() -> None:
    READ_CODES.check()


#: The calls of this module's checks of the TypeScript package alone (no Python beside them),
#: made in one Node process (tests/js/call_package.mjs), by the name of the check that reads
#: their answers.
NODE_CALLS: dict[str, list[list[Any]]] = {}


def _node_calls(name: str, calls: list[list[Any]]) -> list[list[Any]]:
    NODE_CALLS[name] = calls
    return calls


@pytest.fixture(scope="module")
def answers(typescript_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    file = tmp_path_factory.mktemp("calls") / "calls.json"
    calls = [call for made in NODE_CALLS.values() for call in made]
    file.write_text(json.dumps(calls), encoding="utf-8")
    found = iter(json.loads(run_node("call_package.mjs", str(typescript_dist), str(file))))
    return {name: [next(found) for _ in made] for name, made in NODE_CALLS.items()}


BAD_INPUT = _node_calls(
    "bad input",
    [
        ["recognise", 5],
        ["recognise", None],
        ["codes", "plaid/nope", {"webhook_type": "ITEM"}],
        ["codes", "plaid/webhook", [1, 2]],
        ["codes", "plaid/webhook", {"webhook_type": "ITEM", "error": {"error_code": 7}}],
        ["decisiveCode", "plaid/webhook", None],
    ],
)


def test_typescript_answers_bad_input_without_throwing(answers: dict[str, Any]) -> None:
    got = answers["bad input"]
    assert got[:4] + got[5:] == [[], [], [], [], None]
    # A number where the error code belongs is no code; the webhook type still is one.
    assert [found["path"] for found in got[4]] == ["$.webhook_type"]


SHAPES = ["proxy", "revoked", "getter"]
for _shape in SHAPES:
    _bad = {"$hostile": _shape}
    _node_calls(
        f"hostile {_shape}",
        [
            ["recognise", _bad],
            ["codes", "plaid/webhook", _bad],
            ["decisiveCode", "plaid/webhook", _bad],
            [
                "codes",
                "plaid/webhook",
                {"webhook_type": "ITEM", "webhook_code": "ERROR", "error": _bad},
            ],
            ["classify", _bad],
            ["endUserText", _bad],
            ["listen", "parsePlaidLinkCallback", _bad, "en"],
        ],
    )


@pytest.mark.parametrize("shape", SHAPES)
def test_typescript_answers_objects_that_throw_when_read(
    answers: dict[str, Any], shape: str
) -> None:
    """A Proxy, a revoked Proxy or a throwing getter, as the body or inside it, has no code:
    the unknown category, no words; never an exception."""
    got = answers[f"hostile {shape}"]
    # An object whose keys are there but throw when read has the shape of a Plaid webhook.
    assert got[0] == (["plaid/webhook"] if shape == "getter" else [])
    assert got[1:6] == [[], None, [], "unknown", None]
    listened = got[6]
    assert listened.get("code") is None
    assert listened["kind"] == "unknown" or listened["category"] == "unknown"


_READING = {"category": "reconnect_required", "info": None}
_node_calls(
    "languages",
    [
        ["endUserText", "plaid", "ITEM_LOGIN_REQUIRED", language]
        for language in ("__proto__", "constructor", "de", "fr")
    ]
    + [["endUserText", _READING, "toString"], ["endUserText", _READING, "ar"]],
)


def test_words_only_in_languages_the_catalog_has(answers: dict[str, Any]) -> None:
    """endUserText with a language the catalog has no words in answers null, not an object
    without words (the prototype's keys are no languages)."""
    got = answers["languages"]
    assert got[:3] == [None, None, None] and got[4] is None
    assert got[3]["language"] == "fr" and got[3]["message"]
    assert got[5]["language"] == "ar" and got[5]["message"]


NULL_FIELDS = {"exit_status": "requires_credentials", "error_code": None, "error_type": None}
_node_calls("null fields", [["listen", "parsePlaidLinkCallback", NULL_FIELDS, "en"]])


def test_a_link_callback_with_null_fields_is_read(answers: dict[str, Any]) -> None:
    """Plaid documents every onEvent metadata field but request_id as nullable, so an EXIT
    event's metadata may carry error_code null; its exit status then decides."""
    data = NULL_FIELDS
    assert payloads.recognise(data) == ("plaid/link",)
    payloads.validate("plaid/link", data, strict=True)
    found = payloads.decisive_code("plaid/link", data)
    assert found is not None and found.code.value == "requires_credentials"
    answer = answers["null fields"][0]
    assert (answer["kind"], answer["code"], answer["field"]) == (
        "event",
        "requires_credentials",
        "exit_status",
    )


LINK_ERROR = {
    "error_type": "ITEM_ERROR",
    "error_code": "BRAND_NEW_CODE",
    "error_message": "a new error",
    "display_message": None,
}
_node_calls("a new code", [["listen", "parsePlaidLinkCallback", LINK_ERROR, "en"]])


def test_a_link_error_with_a_new_code_keeps_it(answers: dict[str, Any]) -> None:
    """A Plaid Link onExit error (plaid.com/docs/link/web: error_type, error_code,
    error_message, display_message) whose error_code the catalog does not know yet: its known
    error_type decides, and the new code is kept as sent with the category unknown, by the
    TypeScript listener as by fromError and Python's from_exception."""
    data = LINK_ERROR
    answer = answers["a new code"][0]
    assert (answer["code"], answer["codeSet"]) == ("ITEM_ERROR", "plaid.error_type")
    assert answer["unknown"] == {
        "field": "error_code",
        "code": "BRAND_NEW_CODE",
        "codeSet": "plaid.error_code",
        "category": "unknown",
    }
    found = bankcodes.from_exception(data)
    assert found is not None and found.unknown is not None
    assert (found.unknown.code_set, found.unknown.code.value) == (
        "plaid.error_code",
        "BRAND_NEW_CODE",
    )
    assert found.unknown.code.category.value == "unknown"
    first = payloads.codes("plaid/link", data)[0]
    assert (first.field, first.code.value, first.code.known) == (
        "$.error_code",
        "BRAND_NEW_CODE",
        False,
    )
