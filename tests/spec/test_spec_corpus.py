"""validate ⇔ generate: over a corpus of malformed specs, `python -m codegen validate` and
`generate` give the same problems, each at a JSON pointer, exit 1 without a traceback, and change
no file; and a randomly edited spec that validate accepts generates. (The project's spec and the
fourth provider's generate in tests/test_sync.py and the fourth_tree fixture.)"""

from __future__ import annotations

import contextlib
import copy
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from codegen import cli, naming, spec_problems
from tests.support.helpers import (
    ROOT,
    copy_generated,
    generated_roots,
    run_codegen,
    spec_data,
)
from tests.support.smaller_spec import smaller_spec, tiers
from tests.support.spec_batches import every_path, read_in_tiers
from tests.support.spec_corpus import (
    CORPUS,
    TEXT_CORPUS,
    Mutation,
    dropping,
    every_reserved_member_name,
    renaming_code_set,
    setting,
)


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) + len(TEXT_CORPUS) >= 30
    assert len(naming.member_names()) > 40 and "code_set" in naming.member_names()
    assert {"lower", "split", "format", "count", "mro", "name", "value"} <= naming.member_names()


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tree")
    copy_generated(folder)
    return folder


def _run(*argv: str) -> tuple[int, list[str]]:
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(list(argv))
    return status, errors.getvalue().splitlines()


def _state(tree: Path) -> set[tuple[str, int, int]]:
    """Every file of a tree with its size and modification time: what a write would change."""
    return {
        (path.relative_to(tree).as_posix(), (info := path.stat()).st_size, info.st_mtime_ns)
        for path in tree.rglob("*")
    }


def _both(spec: Path, tree: Path) -> list[str]:
    """Run validate and generate on `spec`; both exit 1 with the same problems; no file changes."""
    before = _state(tree)
    validated, said = _run("validate", "--spec", str(spec))
    generated, also = _run("generate", "--spec", str(spec), "--out", str(tree))
    assert (validated, generated) == (1, 1)
    assert said == also
    assert said[-1].endswith("nothing was written.")
    assert _state(tree) == before
    # No staging or backup folder is left beside the generated roots.
    assert {entry.name for entry in tree.iterdir()} == {r.split("/")[0] for r in generated_roots()}
    return said[:-1]


def _finds(case: int, lines: list[str]) -> bool:
    """Whether the problems of a read (each `SPEC: POINTER: MESSAGE`, the spec's path left out)
    hold the case's."""
    _, _, where, message = CORPUS[case]
    start = f"{where if where else chr(34) * 2}: "
    return any(line.startswith(start) and message in line for line in lines)


@pytest.fixture(scope="session")
def rejected(shared: Callable[[str, Callable[[Path], None]], Path]) -> dict[int, list[str]]:
    """What validate and generate both say of each case's spec (checked alike by _both), once
    per run: the cases that change disjoint parts of the spec read together, in the smaller spec
    where the case shows there (tests/support/spec_batches.py)."""

    def build(folder: Path) -> None:
        tree = folder / "tree"
        copy_generated(tree)
        spec = folder / "catalog.json"

        def read(data: dict[str, Any]) -> list[str]:
            spec.write_text(json.dumps(data))
            lines = _both(spec, tree)
            assert all(line.startswith(f"{spec}: ") for line in lines), lines
            return [line.removeprefix(f"{spec}: ") for line in lines]

        mutations = [case[1] for case in CORPUS]
        found = read_in_tiers(tiers(mutations, read, _finds), len(mutations), _finds)
        (folder / "problems.json").write_text(json.dumps(found), encoding="utf-8")

    listed = json.loads((shared("corpus-cases", build) / "problems.json").read_text("utf-8"))
    return {int(case): lines for case, lines in listed.items()}


@pytest.mark.parametrize("case", range(len(CORPUS)), ids=[c[0] for c in CORPUS])
def test_validate_and_generate_reject_alike(rejected: dict[int, list[str]], case: int) -> None:
    assert _finds(case, rejected[case]), "\n".join(rejected[case])


@pytest.mark.parametrize(
    ("text", "where", "message"), [c[1:] for c in TEXT_CORPUS], ids=[c[0] for c in TEXT_CORPUS]
)
def test_unreadable_specs_are_rejected_alike(
    text: bytes, where: str, message: str, tree: Path, tmp_path: Path
) -> None:
    spec = tmp_path / "catalog.json"
    spec.write_bytes(text)
    (line,) = _both(spec, tree)
    assert line.startswith(f"{spec}: {where or chr(34) * 2}: ") and message in line, line


#: Edits in every part the loader names entry by entry, and at the root around them.
SCATTERED = [
    setting("/zz_unknown", 1),
    setting("/spec_version", "one"),
    setting("/sources/Not A Key", {}),
    dropping("/categories/pending/title"),
    setting("/payloads/plaid~1error/zz_unknown", True),
    setting("/providers/lean/name", 5),
    setting("/providers/flinks/code_sets/zz", []),
    setting("/providers/Bad", {}),
]


@pytest.mark.parametrize("edits", [SCATTERED[:1], SCATTERED[5:6], SCATTERED], ids=len)
def test_problems_named_entry_by_entry_are_the_whole_spec_s(edits: list[Mutation]) -> None:
    """The loader has jsonschema read only the entries jsonschema-rs finds wrong: what it names
    is exactly what jsonschema names reading the whole spec (the smaller spec, which has every
    part and kind of entry the edits touch, read by jsonschema in a fraction of the time)."""
    data = smaller_spec()
    for edit in edits:
        edit(data)
    named = spec_problems.schema_problems(data)
    assert len(named) >= len(edits)
    assert named == sorted(
        {
            p
            for error in spec_problems.validator().iter_errors(data)
            for p in spec_problems.located(error)
        }
    )


def test_every_reserved_member_name_is_reported(tree: Path, tmp_path: Path) -> None:
    data = spec_data()
    every_reserved_member_name(data)
    spec = tmp_path / "catalog.json"
    spec.write_text(json.dumps(data))
    lines = _both(spec, tree)
    assert sum("reserved for an attribute" in line for line in lines) == len(naming.member_names())


@pytest.mark.subprocess
def test_no_traceback_from_the_command_line(tmp_path: Path) -> None:
    """Both commands, each a process of its own, on the smaller spec with a code set renamed."""
    data = smaller_spec()
    renaming_code_set("flinks", "connect_error_event", "connect_error")(data)
    spec = tmp_path / "catalog.json"
    spec.write_text(json.dumps(data))
    for command in (["validate"], ["generate", "--out", str(tmp_path / "out")]):
        result = run_codegen(*command, "--spec", str(spec))
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "flinks.connect_error_event" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# --- random edits of the fourth provider's spec ---------------------------------------------------

FOURTH = ROOT / "tests" / "generation" / "fourth" / "catalog.json"
REPLACEMENTS = [
    "",
    " ",
    "x",
    "X1",
    "acme",
    "acme.error_code",
    "acme.nope",
    "BANK_DOWN",
    "link.failed",
    "WidgetError",
    "Envelope",
    "success",
    "unknown",
    "code_set",
    "classify",
    "Category",
    "__proto__",
    "</script><img src=x onerror=alert(1)>",
    "a\nb",
    "https://x.example/)(",
    0,
    True,
    None,
    [],
    {},
]


#: Keys of free text: most edits of them keep the spec valid, so generation runs.
TEXT_KEYS = {"title", "description", "notes", "why", "action", "advice", "message", "name"}


@settings(max_examples=40, suppress_health_check=list(HealthCheck))
@given(data=st.data())
@pytest.mark.project
def test_a_randomly_edited_spec_validates_and_generates_or_is_rejected_alike(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    spec = json.loads(FOURTH.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = every_path(spec)
        texts = [p for p in paths if p[-1] in TEXT_KEYS]
        path = data.draw(st.sampled_from(texts if data.draw(st.booleans()) else paths))
        *parents, last = path
        node: Any = spec
        for key in parents:
            node = node[key]
        if data.draw(st.booleans()) and isinstance(node, dict):
            del node[last]
        else:
            node[last] = copy.deepcopy(data.draw(st.sampled_from(REPLACEMENTS)))
    folder = tmp_path_factory.mktemp("edited")
    edited = folder / "catalog.json"
    edited.write_text(json.dumps(spec))
    validated, said = _run("validate", "--spec", str(edited))
    generated, also = _run("generate", "--spec", str(edited), "--out", str(folder / "out"))
    assert validated == generated and validated in (0, 1)
    event(f"validated: {validated == 0}")
    if validated == 1:
        assert said == also and said[-1].endswith("nothing was written.")
        assert not (folder / "out").exists() or not any((folder / "out").rglob("*.py"))
