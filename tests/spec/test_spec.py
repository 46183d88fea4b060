"""The spec validates, and every rule rejects a bad spec with a JSON pointer and changes nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from codegen import cli, loader
from codegen.errors import Problem, SpecError
from tests.support.helpers import (
    ROOT,
    SPEC,
    copy_generated,
    run_codegen,
    snapshot,
    spec_data,
    write_spec,
)
from tests.support.smaller_spec import smaller_spec, smallest_spec, tiers
from tests.support.spec_batches import read_in_tiers
from tests.support.spec_cases import CASES, Mutation
from tests.support.spec_cases_codes import codes_of


def test_the_spec_is_valid() -> None:
    catalog = loader.load()
    assert [provider.id for provider in catalog.providers] == list(spec_data()["providers"])


def test_the_spec_schema_is_valid_2020_12() -> None:
    schema = json.loads((ROOT / "spec" / "catalog.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_spec_explains_itself() -> None:
    about = spec_data()["about"]
    text = " ".join(about["format"] + about["adding_a_code"] + about["generated_files"])
    for topic in ("value", "name", "category", "sources", "lifecycle", "generated/python"):
        assert topic in text


#: What a working note looks like: a marker left for later, or a pointer to notes the project
#: does not hold. The catalog's texts are read on the site and in every package.
WORKING_NOTE = re.compile(r"\b(?:TODO|FIXME|TBD|NEEDS)\b|(?i:research notes|notes to self)")


def _strings(node: object, at: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield at, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{at}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{at}/{index}")


def test_no_text_of_the_spec_is_a_working_note() -> None:
    found = [(at, text[:80]) for at, text in _strings(spec_data(), "") if WORKING_NOTE.search(text)]
    assert found == []


def _finds(case: int, problems: list[Problem]) -> bool:
    _, _, where, message = CASES[case]
    return any(p.where == where and message in p.message for p in problems)


@pytest.fixture(scope="session")
def rejected(shared: Callable[[str, Callable[[Path], None]], Path]) -> dict[int, list[Problem]]:
    """The problems loader.load reports of each case's spec, once per run: the cases that change
    disjoint parts of the spec read together, in the smaller spec where the case shows there
    (tests/support/spec_batches.py)."""

    def build(folder: Path) -> None:
        def read(data: dict[str, Any]) -> list[Problem]:
            try:
                loader.load(write_spec(folder, data))
            except SpecError as error:
                return list(error.problems)
            return []

        mutations = [case[1] for case in CASES]
        found = read_in_tiers(tiers(mutations, read, _finds), len(mutations), _finds)
        listed = {
            case: [[p.where, p.message] for p in problems] for case, problems in found.items()
        }
        (folder / "problems.json").write_text(json.dumps(listed), encoding="utf-8")

    listed = json.loads((shared("rule-cases", build) / "problems.json").read_text("utf-8"))
    return {int(case): [Problem(*problem) for problem in found] for case, found in listed.items()}


@pytest.mark.parametrize("case", range(len(CASES)), ids=[case[0] for case in CASES])
def test_each_rule_rejects_its_example(rejected: dict[int, list[Problem]], case: int) -> None:
    _, _, where, message = CASES[case]
    problems = "\n".join(p.render("catalog.json") for p in rejected[case])
    assert _finds(case, rejected[case]), f"expected {where}: …{message}… in\n{problems}"


def _problems_for_text(tmp_path: Path, text: str) -> tuple[Problem, ...]:
    path = tmp_path / "catalog.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        loader.load(path)
    return raised.value.problems


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    text = json.dumps(spec_data(), indent=2).replace('"spec_version"', '"spec_version" ', 1)
    text = text.replace('"providers": {', '"providers": {,', 1)
    (problem,) = _problems_for_text(tmp_path, text)
    assert problem.where.startswith("line ") and " column " in problem.where
    assert problem.message.startswith("invalid JSON")


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    text = json.dumps(spec_data(), indent=2).replace(
        '"spec_version": ', '"spec_version": "0.0.1",\n  "spec_version": ', 1
    )
    (problem,) = _problems_for_text(tmp_path, text)
    assert "duplicate key 'spec_version'" in problem.message


def test_not_an_object_and_not_utf8(tmp_path: Path) -> None:
    (problem,) = _problems_for_text(tmp_path, "[]")
    assert problem.message == "the spec must be a JSON object"
    path = tmp_path / "latin1.json"
    path.write_bytes('{"about": "caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(SpecError, match="not UTF-8"):
        loader.load(path)


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    data = spec_data()
    codes_of(data, "flinks", "api_error_code")[3]["category"] = "credential"
    codes_of(data, "lean", "secondary_status")[1]["value"] = "OK"
    with pytest.raises(SpecError) as raised:
        loader.load(write_spec(tmp_path, data))
    assert len(raised.value.problems) == 2


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed generated roots, copied once for the tests below (none may change them)."""
    folder = tmp_path_factory.mktemp("tree")
    copy_generated(folder)
    return folder


@pytest.mark.parametrize(
    "mutate",
    [
        next(case[1] for case in CASES if case[0] == name)
        for name in ("duplicate wire value", "unknown category", "misspelt field")
    ],
    ids=["semantic rule", "unknown category", "schema"],
)
@pytest.mark.project
def test_a_bad_spec_exits_1_and_changes_no_file(
    tree: Path, tmp_path: Path, mutate: Mutation
) -> None:
    before = snapshot(tree)
    data = spec_data()
    mutate(data)
    spec = write_spec(tmp_path, data)
    result = run_codegen("generate", "--spec", str(spec), "--out", str(tree))
    assert result.returncode == 1
    assert "nothing was written" in result.stderr
    assert f"{spec}: /providers/" in result.stderr
    assert snapshot(tree) == before
    assert not any(p.name.startswith(".codegen-") for p in tree.iterdir())


@pytest.mark.subprocess
def test_the_cli_reports_the_pointer_of_the_issue_example(tmp_path: Path) -> None:
    data = spec_data()
    codes_of(data, "flinks", "api_error_code")[3]["category"] = "credential"
    spec = write_spec(tmp_path, data)
    result = run_codegen("validate", "--spec", str(spec))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{spec}: /providers/flinks/code_sets/api_error_code/codes/3/category: "
        "unknown category 'credential'"
    )


def test_a_load_is_remembered_only_while_its_files_are_unchanged(tmp_path: Path) -> None:
    """The suite's processes answer a load of unchanged files from the first, wherever they are
    (tests/support/loaded.py), under the spec's own name: a changed spec, a changed release and a
    bad spec are read anew."""
    spec = tmp_path / "catalog.json"
    data = smallest_spec()  # a valid spec loaded twice: the smallest, which loads fastest
    spec.write_text(json.dumps(data), encoding="utf-8")
    first = loader.load(spec)
    assert loader.load(spec) is first
    # The same files in another folder: the same catalog, named as that folder's spec is.
    copy = tmp_path / "elsewhere" / "catalog.json"
    copy.parent.mkdir()
    copy.write_text(json.dumps(data), encoding="utf-8")
    moved = loader.load(copy)
    assert (first.spec_path, moved.spec_path) == (
        f"{tmp_path.name}/catalog.json",
        "elsewhere/catalog.json",
    )
    assert moved.providers is first.providers
    name, category = next(iter(data["categories"].items()))
    category["description"] += " Changed."
    spec.write_text(json.dumps(data), encoding="utf-8")
    changed = loader.load(spec)
    assert changed is not first
    (read,) = [found for found in changed.categories if found.id == name]
    assert read.description.endswith(" Changed.")
    (tmp_path / "released").mkdir()
    (tmp_path / "released" / "0.0.1.json").write_text("{", encoding="utf-8")
    with pytest.raises(SpecError, match="invalid JSON"):
        loader.load(spec)
    spec.write_text("[]", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(SpecError, match="must be a JSON object"):
            loader.load(spec)


def test_a_long_offending_value_is_cut_and_its_reason_kept(tmp_path: Path) -> None:
    """A problem shows the offending value escaped and cut to 100 characters, and always says
    where and why: a value repeated in a list is named, a text's pattern is explained."""
    data = smaller_spec()
    codes = data["equivalents"][0]["codes"]
    codes.append(codes[0])
    code_set = data["providers"]["lean"]["code_sets"]["callback_status"]
    code_set["description"] = "\a" + "A" * 400
    with pytest.raises(SpecError) as raised:
        loader.load(write_spec(tmp_path, data))
    shown = repr(code_set["description"])[:99] + "…"
    assert [(p.where, p.message) for p in raised.value.problems] == [
        (
            "/equivalents/0/codes",
            f"has non-unique elements: {codes[0]!r} is duplicated (items 0 and {len(codes) - 1})",
        ),
        (
            "/providers/lean/code_sets/callback_status/description",
            f"{shown} does not match its pattern: Printable text (line breaks and tabs allowed), "
            "not blank, without the marks that reorder how text is shown (bidirectional "
            "embeddings, overrides and isolates), which could make a generated line read "
            "otherwise than it runs.",
        ),
    ]


#: Each command line given runs in one process, its status and standard error said as JSON.
_EACH = """
import contextlib, io, json, sys
from codegen import cli
said = []
for args in json.loads(sys.argv[1]):
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = cli.main(args)
        except SystemExit as exit:
            status = exit.code
    said.append([status, errors.getvalue()])
print(json.dumps(said))
"""


def _without_blocking(*commands: list[str]) -> list[tuple[int, str]]:
    """`python -m codegen ARGS` for each command, in one process given a minute: a command that
    waits on a FIFO fails the test."""
    command = [sys.executable, "-c", _EACH, json.dumps(commands)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return [(status, errors) for status, errors in json.loads(result.stdout)]


@pytest.mark.subprocess
def test_a_spec_that_is_not_a_regular_file_is_refused_without_waiting(tmp_path: Path) -> None:
    """A FIFO (or a device, or a folder) given as the spec is refused before it is read: reading
    a FIFO waits for a writer, and a device may never end."""
    fifo = tmp_path / "catalog.json"
    os.mkfifo(fifo)
    said = f'{fifo}: "": not a regular file (a FIFO): the spec is a JSON file'
    commands = [
        ["validate", "--spec", str(fifo)],
        ["generate", "--spec", str(fifo), "--out", str(tmp_path / "out")],
        ["check", "--spec", str(fifo), "--out", str(tmp_path / "out")],
        ["release", "9.9.9", "--spec", str(fifo)],
        ["diff", str(fifo), str(SPEC)],
        ["diff", str(SPEC), str(fifo)],
    ]
    for command, (status, errors) in zip(commands, _without_blocking(*commands), strict=True):
        assert status != 0, command
        assert errors.splitlines()[0] == said, (command, errors)
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["catalog.json"]
    with pytest.raises(SpecError, match=r"not a regular file \(a folder\)"):
        loader.load(tmp_path)


def test_a_location_is_shown_escaped_and_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key of the spec is part of where a problem is: what it holds that is not printable (a
    terminal's escape, a mark that reorders text) is shown escaped, and a long one cut."""
    data = smaller_spec()
    data["\x1b[31mX\u202e" + "k" * 500] = 1
    spec = write_spec(tmp_path, data)
    assert cli.main(["validate", "--spec", str(spec)]) == 1
    key = "\\x1b[31mX\\u202e" + "k" * 84 + "…"
    assert capsys.readouterr().err.splitlines() == [
        f"{spec}: /{key}: unknown field",
        "1 problem; nothing was written.",
    ]


def test_emoji_written_as_escapes_are_read_without_a_search_of_every_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A spec written with ASCII escapes holds each emoji as a pair of surrogate escapes: it is
    read without looking through every text for a lone surrogate, while a lone half beside a
    pair (after an escaped backslash, or a high half twice) is still the one problem it is."""
    data = json.loads((ROOT / "tests" / "generation" / "fourth" / "catalog.json").read_text())
    code = next(iter(next(iter(data["providers"].values()))["code_sets"].values()))["codes"][0]
    searched: list[object] = []
    unencodable = loader._unencodable

    def counted(raw: Any) -> list[Problem]:
        searched.append(raw)
        return unencodable(raw)

    monkeypatch.setattr(loader, "_unencodable", counted)
    code["notes"] = "Mexico \U0001f1f2\U0001f1fd"
    text = json.dumps(data)
    assert "\\ud83c\\uddf2" in text
    assert loader.checked(text, "catalog.json")["providers"] and searched == []
    for lone, half in (
        ("\\\\\\ud83c", "D83C"),
        ("\\ud83c\\ud83c\\uddfd", "D83C"),
        ("\\\\ud83c\\uddfd", "DDFD"),
    ):
        with pytest.raises(SpecError) as refused:
            loader.checked(text.replace("\\ud83c\\uddf2", lone, 1), "catalog.json")
        message = f"lone surrogate U+{half} cannot be written as UTF-8"
        assert [problem.message for problem in refused.value.problems] == [message]
        assert searched, "a lone half is looked for in every text"
