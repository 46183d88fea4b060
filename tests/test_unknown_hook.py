"""Codes seen in production: bankcodes.on_unknown (Python) and onUnknown (TypeScript) hear of
each code the catalog does not know once, never break parsing, and write the lines
`python -m codegen drift --seen` reads; an empty code field is no code."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import _seen, flinks, payloads, plaid
from codegen.cli import main
from tests.drift_case import EXIT, EXIT_AGREE, FIXTURES, SOURCE, spec_copy
from tests.helpers import build_typescript, run_node


@pytest.fixture
def heard() -> Iterator[list[bankcodes.SeenUnknown]]:
    found: list[bankcodes.SeenUnknown] = []
    _seen._seen.clear()
    bankcodes.on_unknown(found.append)
    yield found
    bankcodes.on_unknown(None)
    _seen._seen.clear()


def test_each_unknown_code_is_heard_once(heard: list[bankcodes.SeenUnknown]) -> None:
    assert plaid.ErrorCode.parse("HOOK_ONCE_1") == "HOOK_ONCE_1"
    plaid.ErrorCode.parse("HOOK_ONCE_1")
    body = {"error_type": "ITEM_ERROR", "error_code": "HOOK_ONCE_1", "error_message": "m"}
    payloads.validate("plaid/error", {**body, "display_message": None})
    flinks.ApiErrorCode.parse("HOOK_ONCE_1")  # the same value in another code set
    assert [(s.provider, s.code_set, s.value) for s in heard] == [
        ("plaid", "error_code", "HOOK_ONCE_1"),
        ("flinks", "api_error_code", "HOOK_ONCE_1"),
    ]


def test_known_codes_and_empty_fields_are_not_heard(heard: list[bankcodes.SeenUnknown]) -> None:
    assert plaid.ErrorCode.parse("ITEM_LOGIN_REQUIRED") is plaid.ErrorCode.ITEM_LOGIN_REQUIRED
    # React Native bridges send "" for a missing code: no code, not an unknown one.
    assert plaid.ErrorCode.parse("") is None
    assert heard == []


def test_a_failing_callback_never_breaks_parsing() -> None:
    def broken(seen: bankcodes.SeenUnknown) -> None:
        raise RuntimeError("a broken logger")

    bankcodes.on_unknown(broken)
    try:
        assert plaid.ErrorCode.parse("HOOK_BROKEN_1").category is bankcodes.Category.UNKNOWN
    finally:
        bankcodes.on_unknown(None)


def test_none_stops_it_and_a_non_callable_is_refused(heard: list[bankcodes.SeenUnknown]) -> None:
    bankcodes.on_unknown(None)
    plaid.ErrorCode.parse("HOOK_STOPPED_1")
    assert heard == []
    with pytest.raises(TypeError, match="on_unknown expects a callable or None, not str"):
        bankcodes.on_unknown("print")  # type: ignore[arg-type]


def test_it_is_bounded(heard: list[bankcodes.SeenUnknown], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_seen, "MAX_SEEN", 3)
    for index in range(10):
        plaid.ErrorCode.parse(f"HOOK_BOUND_{index}")
    plaid.ErrorCode.parse("HOOK_LONG_" + "X" * 1000)
    assert [s.value for s in heard] == ["HOOK_BOUND_0", "HOOK_BOUND_1", "HOOK_BOUND_2"]
    assert len(_seen._seen) == 3


def test_threads_hear_each_code_once(heard: list[bankcodes.SeenUnknown]) -> None:
    values = [f"HOOK_THREAD_{index}" for index in range(50)]

    def work() -> None:
        for value in values:
            flinks.ApiErrorCode.parse(value)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(s.value for s in heard) == sorted(values)


def test_the_log_lines_fold_into_drift(
    heard: list[bankcodes.SeenUnknown], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plaid.LinkExitStatus.parse("requires_hook_log")
    log = tmp_path / "seen.jsonl"
    log.write_text("".join(seen.to_json() + "\n" for seen in heard), encoding="utf-8")
    assert json.loads(log.read_text().splitlines()[0]) == {
        "provider": "plaid",
        "code_set": "link_exit_status",
        "value": "requires_hook_log",
    }
    spec = spec_copy(tmp_path, EXIT, EXIT_AGREE)
    copy = FIXTURES / "exit-status.ts"
    code = main(["drift", "--spec", str(spec), "--json", "--seen", str(log), SOURCE, str(copy)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    seen = [d for d in report["differences"] if d["kind"] == "seen"]
    assert [d["value"] for d in seen] == ["requires_hook_log"]


@pytest.fixture(scope="module")
def dist(shared: Callable[[str, Callable[[Path], None]], Path]) -> Path:
    return shared("typescript-dist", lambda folder: build_typescript(folder / "dist")) / "dist"


def test_typescript_hears_the_same_way(dist: Path) -> None:
    result: dict[str, Any] = json.loads(run_node("unknown_hook.mjs", str(dist)))
    assert [json.loads(line) for line in result["lines"]] == [
        {"provider": "flinks", "code_set": "connect_error_event", "value": "A_NEW_FLINKS_CODE"},
        {"provider": "plaid", "code_set": "error_code", "value": "A_NEW_PLAID_CODE"},
    ]
    assert result["firstCode"] == "A_NEW_FLINKS_CODE"
    assert result.get("emptyCode") is None  # "" is no code
    assert result["afterThrow"] == ["NEW_TYPE"]
