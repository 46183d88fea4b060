"""`python -m codegen drift` on input it cannot use: one clear error and exit 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main
from tests.drift_case import EXIT, FIXTURES, OPENAPI, PAGE, SOURCE, spec_copy, table

# -- input the command cannot use ---------------------------------------------------------------


def _bad_seen(tmp_path: Path) -> Path:
    path = tmp_path / "seen.jsonl"
    path.write_text('{"provider": "plaid", "value": "x"}\n', encoding="utf-8")
    return path


def _words(tmp_path: Path) -> Path:
    path = tmp_path / "words.yml"
    path.write_text("just some words\n", encoding="utf-8")
    return path


def _not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_bytes(b"| Code |\n| --- |\n| \xff\xfe |\n")
    return path


@pytest.mark.parametrize(
    ("extractor", "args", "message"),
    [
        (EXIT, lambda t: [SOURCE, str(t / "absent.ts")], "cannot read"),
        (PAGE, lambda t: [SOURCE, str(_not_utf8(t))], "is not UTF-8 text"),
        (OPENAPI, lambda t: [SOURCE, str(_words(t))], "not an OpenAPI"),
        (
            OPENAPI,
            lambda t: [SOURCE, str(FIXTURES / "connection-errors.md")],
            "connection-errors.md:4:1: not YAML",
        ),
        (
            table("markdown"),
            lambda t: [SOURCE, str(FIXTURES / "errors-page.md")],
            "no table with a column 'Code'",
        ),
        (
            {
                "format": "typescript",
                "code_sets": [{"code_set": "plaid.error_type", "enum": "Nope"}],
            },
            lambda t: [SOURCE, str(FIXTURES / "exit-status.ts")],
            "declares no enum, union or object 'Nope'",
        ),
        (
            {
                "format": "typescript",
                "code_sets": [{"code_set": "plaid.error_type", "enum": "LinkStatuses"}],
            },
            lambda t: [SOURCE, str(FIXTURES / "link-statuses.js")],
            "link-statuses.js declares no enum, union or object 'LinkStatuses' "
            "(it has: LinkStatusMap, ReadableLinkStatuses)",
        ),
        (
            {
                "format": "typescript",
                "code_sets": [{"code_set": "plaid.error_type", "enum": "ReadableLinkStatuses"}],
            },
            lambda t: [SOURCE, str(FIXTURES / "link-statuses.js")],
            "link-statuses.js:14: ReadableLinkStatuses is read as numbers mapped to names, "
            "and this entry is not one: 'OPENED: 0'",
        ),
        (EXIT, lambda t: ["seed-000", str(FIXTURES / "exit-status.ts")], "declares no extractor"),
        (
            EXIT,
            lambda t: ["no-such-source", str(FIXTURES / "exit-status.ts")],
            "has no source 'no-such-source'",
        ),
        (EXIT, lambda t: [SOURCE], "give SOURCE_ID and PATH"),
        (
            EXIT,
            lambda t: [SOURCE, str(FIXTURES / "exit-status.ts"), "--seen", str(_bad_seen(t))],
            "seen.jsonl:1: a seen code needs provider, code_set and value",
        ),
    ],
    ids=[
        "missing file",
        "not UTF-8",
        "words given as OpenAPI",
        "Markdown given as OpenAPI",
        "no such table",
        "no such enum",
        "no such object of numbers",
        "an object of names to numbers",
        "a source with no extractor",
        "an unknown source",
        "no path",
        "a malformed log of seen codes",
    ],
)
def test_unusable_input_gets_one_clear_error_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extractor: dict[str, Any],
    args: Callable[[Path], list[str]],
    message: str,
) -> None:
    spec = spec_copy(tmp_path, extractor, {})
    code = main(["drift", "--spec", str(spec), *args(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err
