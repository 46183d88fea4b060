"""`python -m codegen.drift` on input it cannot use: one clear error and exit 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.drift.command import main
from tests.support.drift_case import EXIT, FIXTURES, OPENAPI, PAGE, SOURCE, spec_copy, table

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
            "declares no enum, union, object or array 'Nope'",
        ),
        (
            {
                "format": "typescript",
                "code_sets": [{"code_set": "plaid.error_type", "enum": "LinkStatuses"}],
            },
            lambda t: [SOURCE, str(FIXTURES / "link-statuses.js")],
            # FinalStatuses is an array (of numbers: read as a code set, it stops the command).
            "link-statuses.js declares no enum, union, object or array 'LinkStatuses' "
            "(it has: FinalStatuses, LinkStatusMap, ReadableLinkStatuses)",
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
        (
            EXIT,
            lambda t: ["plaid-webhooks", str(FIXTURES / "exit-status.ts")],
            "declares no extractor and no quoted text cites it",
        ),
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
    code = main(["--spec", str(spec), *args(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err


# -- hostile input: bounded before any parser sees it -------------------------------------------


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _big_table(tmp_path: Path) -> Path:
    """A 9 MB Markdown table of 150,000 rows (the hostile-input issue's case)."""
    import itertools
    import string

    names = ("".join(p) for p in itertools.product(string.ascii_lowercase, repeat=4))
    rows = (f"| x_{name} | a message of the row {name}, long enough to read |\n" for name in names)
    head = "| Code | API message |\n| --- | --- |\n"
    text = head + "".join(itertools.islice(rows, 150_000))
    assert len(text) > 9_000_000
    return _file(tmp_path, "big.md", text)


def _many_codes(tmp_path: Path) -> Path:
    rows = "".join(f"| x_{index} | m |\n" for index in range(10_001))
    return _file(tmp_path, "many.md", "| Code | API message |\n| --- | --- |\n" + rows)


@pytest.mark.parametrize(
    ("extractor", "make", "message"),
    [
        (
            OPENAPI,
            lambda t: _file(t, "deep.yml", "openapi: 3.0.0\nx: " + "[" * 100_000 + "]" * 100_000),
            "YAML nested more than 200 levels deep",
        ),
        (
            OPENAPI,
            lambda t: _file(t, "deep.yml", "".join(f"{'  ' * i}k{i}:\n" for i in range(400))),
            "YAML nested more than 200 levels deep",
        ),
        (
            OPENAPI,
            lambda t: _file(t, "aliases.yml", "a: &a [x]\nb: [" + ", ".join(["*a"] * 10_001) + "]"),
            "more than 10000 aliases",
        ),
        (
            OPENAPI,
            lambda t: _file(t, "deep.json", '{"a": ' + "[" * 1_000 + "]" * 1_000 + "}"),
            "JSON nested more than 200 levels deep",
        ),
        (
            table("html"),
            lambda t: _file(t, "deep.html", "<div>" * 200_000 + "</div>" * 200_000),
            "HTML elements nested more than 1000 levels deep",
        ),
        (table("markdown"), _big_table, "over the 8388608-byte limit (--max-bytes raises it)"),
        (table("markdown"), _many_codes, "gives 10001 codes, more than the 10000"),
        (
            EXIT,
            lambda t: _file(t, "seen.jsonl", "[" * 100_000 + "]" * 100_000 + "\n"),
            "seen.jsonl:1: JSON nested more than 200 levels deep",
        ),
    ],
    ids=[
        "YAML a 100,000-deep flow list",
        "YAML 400 nested mappings",
        "YAML aliases",
        "JSON 1,000 deep",
        "HTML 200,000 nested elements",
        "a 9 MB table",
        "more codes than any source",
        "a log of seen codes nested deep",
    ],
)
def test_hostile_input_is_refused_before_it_is_parsed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extractor: dict[str, Any],
    make: Callable[[Path], Path],
    message: str,
) -> None:
    spec = spec_copy(tmp_path, extractor, {})
    made = make(tmp_path)
    if made.suffix == ".jsonl":
        args = [SOURCE, str(FIXTURES / "exit-status.ts"), "--seen", str(made)]
    else:
        args = [SOURCE, str(made)]
    code = main(["--spec", str(spec), *args])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err[:300]


def test_the_size_limit_can_be_raised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_copy(tmp_path, table("markdown"), {})
    page = _file(tmp_path, "page.md", "| Code | API message |\n| --- | --- |\n| x_new | m |\n")
    assert main(["--spec", str(spec), "--max-bytes", "10", SOURCE, str(page)]) == 2
    assert "over the 10-byte limit" in capsys.readouterr().err
    assert main(["--spec", str(spec), "--max-bytes", "100000", SOURCE, str(page)]) == 1
    for bad in ("0", "-1", "1e6", "\uff11\uff10"):
        with pytest.raises(SystemExit) as exited:
            main(["--spec", str(spec), "--max-bytes", bad, SOURCE, str(page)])
        assert exited.value.code == 2
