"""Bounded refusal: validation stops once more than MAX_PROBLEMS problems are found, whatever the
size of the body; every parameter of parse, validate and receive is checked with an error that
names it and shows the value; one reading of a body (one leading byte order mark ignored, a
second one not JSON) in parse, validate, receive, the command line and Node."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import bankcodes
from bankcodes import _bounded, cli, payloads, signatures
from bankcodes.webhooks.lean import webhook as lean_webhook
from tests.support.helpers import run_node

BOM = b"\xef\xbb\xbf"
ENTITY = {
    "type": "entity.created",
    "payload": {"id": "e", "customer_id": "c", "app_user_id": "a", "permissions": ["balance"]},
    "message": "m",
}


def _body(permissions: bytes) -> bytes:
    """An entity.created webhook whose permissions array is `permissions` (JSON items)."""
    head, tail = json.dumps(ENTITY).encode().split(b'["balance"]')
    return head + b"[" + permissions + b"]" + tail


def _count_asked(monkeypatch: pytest.MonkeyPatch, model: type[BaseModel]) -> list[int]:
    """How many problems each validation of `model` built (a list that grows as it is asked)."""
    built: list[int] = []
    original = model.model_validate

    def counting(value: object, **options: Any) -> BaseModel:
        try:
            return original(value, **options)
        except ValidationError as error:
            built.append(error.error_count())
            raise

    monkeypatch.setattr(model, "model_validate", counting)
    return built


def test_a_mebibyte_of_wrong_values_stops_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = (payloads.MAX_BYTES - 200) // 2
    body = _body(b",".join([b"1"] * wrong))
    assert len(body) <= payloads.MAX_BYTES
    built = _count_asked(monkeypatch, lean_webhook.EntityCreatedWebhook)
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", body)
    error = raised.value
    assert error.stopped and len(error.problems) == payloads.MAX_PROBLEMS
    assert [p.path for p in error.problems[:3]] == [f"$.payload.permissions[{n}]" for n in range(3)]
    assert all(p.type == "string_type" for p in error.problems)
    # The validator built a few windows' problems, not one per wrong value.
    assert sum(built) <= payloads.MAX_PROBLEMS + 2 * _bounded.WINDOW < wrong


def test_a_large_body_with_few_problems_lists_each_at_its_place() -> None:
    items = [b'"balance"'] * 3000
    for index in (7, 1500, 2999):
        items[index] = b"[]"
    data = json.loads(_body(b",".join(items)))
    del data["payload"]["id"]
    with pytest.raises(payloads.PayloadError) as raised:
        payloads.validate("lean/webhook", data)
    error = raised.value
    assert not error.stopped and error.omitted == 0
    paths = sorted(problem.path for problem in error.problems)
    expected = [f"$.payload.permissions[{index}]" for index in (1500, 2999, 7)]
    assert paths == sorted([*expected, "$.payload.id"])
    data["payload"]["id"] = "e"
    for index in (7, 1500, 2999):
        data["payload"]["permissions"][index] = "identity"
    model = payloads.validate("lean/webhook", data)
    assert isinstance(model, lean_webhook.EntityCreatedWebhook)
    assert len(model.payload.permissions or ()) == 3000


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=12) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=200,
)


Place = tuple[str | int, ...]


def _leaves(value: object, place: Place = ()) -> dict[Place, object]:
    if isinstance(value, dict):
        return {
            k: v for key, item in value.items() for k, v in _leaves(item, (*place, key)).items()
        }
    if isinstance(value, list):
        return {k: v for n, item in enumerate(value) for k, v in _leaves(item, (*place, n)).items()}
    return {place: value}


def _nodes(value: object) -> int:
    if isinstance(value, dict | list):
        items = value.values() if isinstance(value, dict) else value
        return 1 + sum(_nodes(item) for item in items)
    return 1


@settings(max_examples=150)
@given(value=JSON, size=st.integers(8, 40))
def test_windows_hold_every_value_once_at_its_place(value: object, size: int) -> None:
    seen: dict[Place, object] = {}
    for window in _bounded.windows(value, size):
        assert _nodes(window.root) <= 2 * size  # its own nodes and the containers leading there
        for place, leaf in _leaves(window.root).items():
            located, left_out = _bounded.locate(window, place)
            assert located not in seen and not left_out
            seen[located] = leaf
    assert seen == _leaves(value)


def _message(call: Callable[[], object]) -> str:
    with pytest.raises((TypeError, ValueError)) as raised:
        call()
    return str(raised.value)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "None (NoneType)"),
        ("1024", "'1024' (str)"),
        (True, "True (bool)"),
        (1.5, "1.5 (float)"),
        (-1, "-1 (int)"),
        ("\u202e" + "x" * 200, "'\\u202e" + "x" * 53 + "… (str)"),
    ],
)
def test_a_bad_max_bytes_is_named_with_its_value(value: Any, shown: str) -> None:
    body = json.dumps(ENTITY).encode()
    calls: list[Callable[[], object]] = [
        lambda: payloads.parse(body, max_bytes=value),
        lambda: payloads.validate("lean/webhook", body, max_bytes=value),
        lambda: bankcodes.receive(
            "lean",
            body,
            signatures.sign("lean", body, "s"),
            "s",
            max_bytes=value,
        ),
    ]
    for call in calls:
        message = _message(call)
        assert message.startswith("max_bytes must be") and message.endswith(f"not {shown}")


def test_a_bad_strict_or_body_is_named_with_its_value() -> None:
    body = json.dumps(ENTITY).encode()
    yes: Any = "yes"
    one: Any = 1
    seven: Any = 7
    for call in (
        lambda: payloads.validate("lean/webhook", body, strict=yes),
        lambda: payloads.model_class("lean/webhook", strict=one),
    ):
        assert "strict must be True or False, not" in _message(call)
    assert _message(lambda: payloads.parse(seven)) == ("the body must be bytes or str, not 7 (int)")


SECOND_BOM = "a second byte order mark at byte 3"


def _text(body: bytes) -> str:
    return body.decode("utf-8")


@pytest.mark.parametrize("form", [bytes, _text])
def test_one_byte_order_mark_is_read_and_a_second_is_named(form: Callable[[bytes], Any]) -> None:
    body = json.dumps(ENTITY).encode()
    assert payloads.parse(form(BOM + body)) == ENTITY
    assert isinstance(payloads.validate("lean/webhook", form(BOM + body)), BaseModel)
    calls: list[Callable[[], object]] = [
        lambda: payloads.parse(form(BOM * 2 + body)),
        lambda: payloads.validate("lean/webhook", form(BOM * 2 + body)),
        lambda: payloads.validate("lean/callback", form(BOM * 2 + b"{}")),
    ]
    for call in calls:
        with pytest.raises(payloads.PayloadError) as raised:
            call()
        (problem,) = raised.value.problems
        assert problem.path == "$" and SECOND_BOM in problem.message


def test_receive_and_the_command_line_read_byte_order_marks_alike(tmp_path: Path) -> None:
    body = json.dumps(ENTITY).encode()
    once, twice = BOM + body, BOM * 2 + body
    event = bankcodes.receive("lean", once, signatures.sign("lean", once, "s"), "s")
    assert event.data == ENTITY
    with pytest.raises(payloads.PayloadError, match=SECOND_BOM):
        bankcodes.receive("lean", twice, signatures.sign("lean", twice, "s"), "s")
    (tmp_path / "once.json").write_bytes(once)
    (tmp_path / "twice.json").write_bytes(twice)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["validate", "lean/webhook", str(tmp_path / "once.json")], out=out) == 0
    import contextlib

    with contextlib.redirect_stderr(err):
        status = cli.main(["validate", "lean/webhook", str(tmp_path / "twice.json")], out=out)
    assert status == 2 and SECOND_BOM in err.getvalue()


def test_node_reads_bodies_and_checks_parameters_as_python_does(
    tmp_path: Path, typescript_dist: Path
) -> None:
    body = json.dumps(ENTITY).encode()
    wrong = _body(b",".join([b"1"] * ((payloads.MAX_BYTES - 200) // 2)))
    cases: list[tuple[bytes, dict[str, object]]] = [
        (BOM + body, {}),
        (BOM * 2 + body, {}),
        (body, {"maxBytes": "1024"}),
        (body, {"maxBytes": -1}),
        (body, {"strict": "yes"}),
        (wrong, {}),
    ]
    items = [
        {
            "provider": "lean",
            "body": base64.b64encode(raw).decode(),
            "headers": signatures.sign("lean", raw, "s"),
            "secret": "s",
            "options": options,
        }
        for raw, options in cases
    ]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    once, twice, text, negative, strict, many = json.loads(
        run_node("receive_bodies.mjs", str(typescript_dist / "webhooks.js"), str(path))
    )
    assert once == {"accepted": True, "type": "entity.created"}
    assert twice["reason"] == "invalid_payload" and SECOND_BOM in twice["message"]
    assert twice["problems"][0]["path"] == "$"
    assert text["error"] == "TypeError" and text["message"].startswith("maxBytes must be")
    assert text["message"].endswith('not "1024" (string)')
    assert negative["error"] == "TypeError" and negative["message"].endswith("not -1 (number)")
    assert (
        strict["error"] == "TypeError"
        and 'strict must be true or false, not "yes"' in (strict["message"])
    )
    assert many["stopped"] and len(many["problems"]) == payloads.MAX_PROBLEMS
    assert many["problems"][2]["path"] == "$.payload.permissions[2]"


def _free_form(depth: int) -> Any:
    from pydantic import JsonValue, TypeAdapter

    from bankcodes._pydantic import BoundedJson

    return TypeAdapter(Annotated[JsonValue, BoundedJson(depth, 10)])


def test_each_level_of_a_free_form_value_is_defined_once() -> None:
    """What pydantic builds on a kind's first validation: each level of a free-form value is
    named once, its array and its object sharing the level below (pydantic-core then reads the
    schema once per level, where an unnamed one is read two to the power of the depth times)."""
    levels, schema = [], _free_form(8).core_schema
    while schema is not None:
        levels.append(schema["ref"])
        inner = [c for c in schema["choices"] if c["type"] in ("list", "dict")]
        assert len(inner) in (0, 2)
        schema = inner[0]["items_schema"] if inner else None
        assert not inner or inner[1]["values_schema"] is schema
    assert levels == [f"bankcodes.json:{level}:10" for level in range(8, 0, -1)]
    nested: Any = "x"
    for _ in range(7):
        nested = [nested] if isinstance(nested, str) else {"k": nested}
    assert _free_form(8).validate_python(nested) == nested
    with pytest.raises(ValidationError, match="nested at most 8 levels"):
        _free_form(8).validate_python([nested])
