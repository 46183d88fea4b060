"""Codes seen in production, in the TypeScript package: `onUnknown` reports each distinct code the
catalog does not know that a listener, `codes` or a code set's `classify` reads, once, within a
bound, never throwing; "" is no code. Its records are Python's (test_unknown_hook)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import SeenUnknown, payloads
from tests.support.helpers import run_node


@pytest.fixture(scope="module")
def dist(typescript_dist: Path) -> Path:
    return typescript_dist


@pytest.fixture(autouse=True)
def no_callback_after() -> Any:
    yield
    bankcodes.on_unknown(None)


def _call(dist: Path, tmp_path: Path, calls: list[list[object]]) -> list[Any]:
    file = tmp_path / "calls.json"
    file.write_text(json.dumps(calls))
    result: list[Any] = json.loads(run_node("call_package.mjs", str(dist), str(file)))
    return result


def _records(seen: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The JSON Lines records of what a recording callback kept (each frozen, its codeSet that
    of its JSON)."""
    records = [json.loads(item["json"]) for item in seen]
    assert all(item["frozen"] for item in seen)
    assert [item["codeSet"] for item in seen] == [record["code_set"] for record in records]
    return records


def record(provider: str, code_set: str, value: str) -> dict[str, str]:
    return {"provider": provider, "code_set": code_set, "value": value}


def test_listeners_and_readers_report_each_unknown_code_once(dist: Path, tmp_path: Path) -> None:
    calls: list[list[object]] = [
        ["onUnknown", "record"],
        ["listen", "parseLeanCallback", {"status": "HOOK_TS_A"}, "en"],
        ["listen", "parseLeanCallback", {"status": "HOOK_TS_A"}, "en"],
        ["listen", "parseLeanCallback", {"status": "ERROR", "secondary_status": "HOOK_TS_B"}, "en"],
        ["listen", "parseFlinksConnectMessage", {"flinksCode": "HOOK_TS_C"}, "en"],
        ["classify", "lean", "HOOK_TS_D", "secondary_status"],
        ["endUserText", "lean", "HOOK_TS_D", "en", "secondary_status"],
        ["codes", "flinks/connect-message", {"flinksCode": "HOOK_TS_E"}],
        ["decisiveCode", "flinks/connect-message", {"flinksCode": "HOOK_TS_E"}],
        ["seen"],
    ]
    answers = _call(dist, tmp_path, calls)
    assert answers[1]["code"] == "HOOK_TS_A" and answers[1]["category"] == "unknown"
    assert answers[3]["code"] == "ERROR"  # the known status decides; the unknown one is told
    assert _records(answers[-1]) == [
        record("lean", "callback_status", "HOOK_TS_A"),
        record("lean", "secondary_status", "HOOK_TS_B"),
        record("flinks", "connect_error_event", "HOOK_TS_C"),
        record("lean", "secondary_status", "HOOK_TS_D"),
        record("flinks", "connect_error_event", "HOOK_TS_E"),
    ]


def test_known_codes_empty_codes_and_lookups_that_only_ask_report_nothing(
    dist: Path, tmp_path: Path
) -> None:
    calls: list[list[object]] = [
        ["onUnknown", "record"],
        ["listen", "parseLeanCallback", {"status": "", "secondary_status": ""}, "en"],
        ["listen", "parsePlaidLinkCallback", {"error_code": "", "exit_status": ""}, "en"],
        [
            "listen",
            "parseLeanCallback",
            {"status": "ERROR", "secondary_status": "INVALID_MFA"},
            "en",
        ],
        ["classify", "lean", "HOOK_TS_ASKED"],
        ["classify", "lean", "", "secondary_status"],
        ["codes", "flinks/connect-message", {"flinksCode": "SESSION_EXPIRED"}],
        ["codes", "lean/callback", {"status": "", "secondary_status": ""}],
        ["recognise", {"status": "HOOK_TS_ASKED"}],
        ["isLeanSecondaryStatus", "HOOK_TS_ASKED"],
        ["seen"],
    ]
    answers = _call(dist, tmp_path, calls)
    for answer in answers[1:3]:  # "" is no code: the event has none
        assert (answer["code"], answer["field"], answer["category"]) == (None, None, "unknown")
    assert answers[3]["code"] == "INVALID_MFA"
    assert answers[5] == "unknown" and answers[7] == [] and answers[8] == []
    assert answers[9] is False
    assert answers[-1] == []


def test_a_failing_callback_never_makes_a_reader_throw(dist: Path, tmp_path: Path) -> None:
    listened = ["listen", "parseLeanCallback", {"status": "ERROR", "secondary_status": "HOOK_X"}]
    calls: list[list[object]] = [
        ["onUnknown", "throw"],
        [*listened, "en"],
        ["classify", "lean", "HOOK_TS_THROWN", "secondary_status"],
        ["codes", "lean/callback", {"secondary_status": "HOOK_TS_THROWN_2"}],
        ["onUnknown", "reject"],  # a promise that rejects: no unhandled rejection (node exits 0)
        ["listen", "parseLeanCallback", {"status": "ERROR", "secondary_status": "HOOK_Y"}, "en"],
        ["classify", "lean", "HOOK_TS_REJECTED", "secondary_status"],
    ]
    answers = _call(dist, tmp_path, calls)
    assert answers[1]["code"] == "ERROR" and answers[1]["category"] == "generic_failure"
    assert answers[2] == "unknown"
    assert [code["code"] for code in answers[3]] == ["HOOK_TS_THROWN_2"]
    assert answers[5]["code"] == "ERROR" and answers[6] == "unknown"


def test_the_bound_holds_and_null_removes_the_callback(dist: Path, tmp_path: Path) -> None:
    values = [f"HOOK_TS_BOUND_{number}" for number in range(4096 + 20)]
    calls: list[list[object]] = [["onUnknown", "record"]]
    calls += [["classify", "plaid", value, "error_type"] for value in values]
    calls += [["seen"], ["classify", "lean", "HOOK_TS_AFTER", "secondary_status"], ["seen"]]
    calls += [["onUnknown", "record"], ["classify", "plaid", values[-1], "error_type"]]
    calls += [["onUnknown", None], ["classify", "lean", "HOOK_TS_NONE", "secondary_status"]]
    calls += [["seen"]]
    answers = _call(dist, tmp_path, calls)
    bounded = _records(answers[4097 + 20])
    assert [item["value"] for item in bounded] == values[:4096]
    assert answers[-6] == []  # full: a new value is not reported
    assert _records(answers[-1]) == [record("plaid", "error_type", values[-1])]


def _python_reports(read: Callable[[], object]) -> list[dict[str, str]]:
    told: list[SeenUnknown] = []
    bankcodes.on_unknown(told.append)
    read()
    bankcodes.on_unknown(None)
    return [seen.to_json() for seen in told]


BODIES: list[tuple[str, dict[str, Any]]] = [
    ("flinks/connect-message", {"flinksCode": "HOOK_P1"}),
    (
        "plaid/webhook",
        {
            "webhook_type": "ITEM",
            "webhook_code": "HOOK_P2",
            "item_id": "i",
            "error": {"error_type": "HOOK_P3", "error_code": "HOOK_P4", "error_message": "m"},
        },
    ),
    ("plaid/webhook", {"webhook_type": "HOOK_P5", "webhook_code": "HOOK_P6"}),
    ("lean/callback", {"status": "", "secondary_status": "HOOK_P7"}),
    ("lean/callback", {"status": "HOOK_P7", "secondary_status": "\U0001f600" * 300}),
    ("argyle/webhook", {"event": "HOOK_P8", "data": {"resource": {"status": {"code": ""}}}}),
]


def test_python_and_typescript_report_the_same_records(dist: Path, tmp_path: Path) -> None:
    def read() -> None:
        for kind, data in BODIES:
            payloads.codes(kind, data)
            payloads.codes(kind, data)

    python = _python_reports(read)
    calls: list[list[object]] = [["onUnknown", "record"]]
    calls += [["codes", kind, data] for kind, data in BODIES for _ in range(2)]
    calls.append(["seen"])
    typescript = _records(_call(dist, tmp_path, calls)[-1])
    assert typescript == python
    values = [item["value"] for item in python]
    assert "HOOK_P1" in values and "HOOK_P7" in values and "\U0001f600" * 200 in values
    assert len(values) == len(set(values)) + 1  # HOOK_P7 in two code sets
