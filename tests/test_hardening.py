"""Hardening: a corpus of malformed specs changes no byte of the outputs; hostile text survives
every output exactly; fuzzed payloads only ever validate or raise the package's own error."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bankcodes import cli as bankcodes_cli
from bankcodes import payloads
from codegen import cli as codegen_cli
from codegen import loader, output
from codegen.targets import all_targets
from tests.helpers import ROOT, build_typescript, copy_generated, run_node, snapshot, spec_data
from tests.test_site import Page, build_site
from tests.test_spec import CASES

# --- a corpus of malformed specs ------------------------------------------------------------


def _mutated(mutate: Callable[[dict[str, Any]], None]) -> bytes:
    data = spec_data()
    mutate(data)
    return json.dumps(data, indent=2).encode()


TEXT_CORPUS: list[tuple[str, bytes, str]] = [
    (
        "syntax error",
        json.dumps(spec_data()).replace('"about"', '"about" "x"', 1).encode(),
        "line 1 column",
    ),
    (
        "duplicate key",
        json.dumps(spec_data())
        .replace('{"$schema"', '{"spec_version": "9.9.9", "$schema"', 1)
        .encode(),
        "duplicate key",
    ),
    ("empty file", b"", "invalid JSON"),
    ("top-level array", b"[]", "must be a JSON object"),
    ("not UTF-8", '{"about": "caf\u00e9"}'.encode("latin-1"), "not UTF-8"),
    ("nested too deeply", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("huge file", b'{"x": "' + b"a" * 9_000_000 + b'"}', "the limit is"),
    (
        "missing providers",
        _mutated(lambda d: d.pop("providers")),
        "'providers' is a required property",
    ),
]
CORPUS = TEXT_CORPUS + [(name, _mutated(mutate), message) for name, mutate, _, message in CASES]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tree")
    copy_generated(folder)
    return folder


def test_the_corpus_has_at_least_15_malformed_specs() -> None:
    assert len(CORPUS) >= 15


@pytest.mark.parametrize(("name", "spec", "message"), CORPUS, ids=[case[0] for case in CORPUS])
def test_a_malformed_spec_is_rejected_and_changes_nothing(
    name: str, spec: bytes, message: str, tree: Path, tmp_path: Path
) -> None:
    before = snapshot(tree)
    path = tmp_path / "catalog.json"
    path.write_bytes(spec)
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        status = codegen_cli.main(["generate", "--spec", str(path), "--out", str(tree)])
    assert status == 1
    text = errors.getvalue()
    assert message in text, text
    assert text.splitlines()[0].startswith(f"{path}: ")
    assert "nothing was written" in text
    assert snapshot(tree) == before
    assert {entry.name for entry in tree.iterdir()} == {"generated", "site"}


# --- hostile text in every text field -----------------------------------------------------------

FRAGMENTS = [
    '"',
    "'",
    "\\",
    "*/",
    "/*",
    "${x}",
    "`",
    "```",
    "</script>",
    "<b>bold</b>",
    "|",
    "\n",
    "\t",
    "\x0b",
    "\x1f",
    "\U0001f600",
    "\u0627\u0644\u062e\u0637\u0623",
    "&amp;",
    "# heading",
    "[x](y)",
    "{{ jinja }}",
    "%s",
    "\u2028",
]
TEXT_KEYS = {
    "description",
    "message",
    "user_action",
    "notes",
    "title",
    "action",
    "why",
    "steps_to_reproduce",
}
hostile_text = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map(
    lambda parts: "x" + "".join(parts) + "y"
)


def _set_texts(node: object, text: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_KEYS and isinstance(value, str):
                node[key] = text
            else:
                _set_texts(value, text)
    elif isinstance(node, list):
        for item in node:
            _set_texts(item, text)


PY_DUMP = """
import json, bankcodes
from bankcodes import payloads
texts = [c.description for c in bankcodes.Category] + [c.label for c in bankcodes.Category]
for provider in bankcodes.PROVIDERS:
    for code_set in getattr(bankcodes, provider).CODE_SETS:
        texts.append(code_set.code_set().title)
        for member in code_set:
            texts += [member.description, member.message, member.user_action]
print(json.dumps([t for t in texts if t is not None]))
payloads.model_class("lean/webhook")
"""


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=hostile_text)
def test_hostile_text_survives_every_output(
    text: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    data = spec_data()
    _set_texts({key: value for key, value in data.items() if key != "about"}, text)
    spec = folder / "catalog.json"
    spec.write_text(json.dumps(data))
    output.generate(loader.load(spec), folder, all_targets())

    # Python: the generated package imports and returns the exact strings.
    env = {**os.environ, "PYTHONPATH": str(folder / "generated" / "python")}
    result = subprocess.run(
        [sys.executable, "-c", PY_DUMP], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) == {text}

    # JSON: every schema parses and documents the text.
    schema = json.loads((folder / "generated/jsonschema/lean/webhook.schema.json").read_text())
    assert schema["$defs"]["LeanWebhookEventType"]["oneOf"][0]["description"] == text

    # TypeScript: the package type-checks strictly and returns the exact strings.
    dist = folder / "dist"
    shutil.copytree(folder / "generated" / "typescript", folder / "ts")
    build_typescript(dist, project=folder / "ts")
    dump = json.loads(run_node("dump_constants.mjs", str(dist)))
    infos = [info for ts_set in dump["sets"].values() for info in ts_set["info"].values()]
    assert {info["description"] for info in infos} == {text}
    assert {info["title"] for info in dump["categoryInfo"].values()} == {text}

    # Markdown and HTML: the site builds, tables keep their columns, the text shows literally.
    site = folder / "site"
    shutil.copytree(
        ROOT / "site",
        site,
        ignore=shutil.ignore_patterns("public", "reference"),
        dirs_exist_ok=True,
    )
    build_site(site, folder / "public")
    page = Page((folder / "public/reference/flinks/connect_error_event/index.html").read_text())
    assert {len(row) for row in page.rows if len(row) > 2} == {5}
    visible = text.replace("\r", "")
    cells = [cell for row in page.rows for cell in row]
    assert visible in cells or visible.replace("\u2028", "\n") in cells


# --- payload fuzzing -------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
EXAMPLES = [
    (kind, example["data"])
    for kind, entry in spec_data()["payloads"].items()
    for example in entry["examples"]
]


def _outcome(kind: str, data: object, strict: bool) -> str:
    try:
        payloads.validate(kind, data, strict=strict)
    except payloads.PayloadError as error:
        assert error.problems and all(p.path.startswith("$") for p in error.problems)
        return "invalid"
    return "valid"


@settings(max_examples=1500, deadline=None)
@given(kind=st.sampled_from(payloads.KINDS), data=json_values, strict=st.booleans())
def test_arbitrary_json_only_validates_or_raises_payload_error(
    kind: str, data: object, strict: bool
) -> None:
    _outcome(kind, data, strict)
    _outcome(kind, json.dumps(data).encode(), strict)


def _mutate(data: object, path: list[int], replacement: object) -> object:
    """Replace, at a position picked by `path`, one value of a payload by `replacement`."""
    if not path or not isinstance(data, dict | list) or not data:
        return replacement
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    result = copy.copy(data)
    result[key] = _mutate(data[key], path[1:], replacement)
    return result


@settings(max_examples=1500, deadline=None)
@given(
    example=st.sampled_from(EXAMPLES),
    path=st.lists(st.integers(min_value=0, max_value=50), max_size=6),
    replacement=json_values,
    strict=st.booleans(),
)
def test_mutated_examples_only_validate_or_raise_payload_error(
    example: tuple[str, object], path: list[int], replacement: object, strict: bool
) -> None:
    kind, data = example
    _outcome(kind, _mutate(data, path, replacement), strict)


@settings(max_examples=500, deadline=None)
@given(kind=st.sampled_from(payloads.KINDS), raw=st.binary(max_size=200))
def test_raw_bytes_only_validate_or_raise_payload_error(kind: str, raw: bytes) -> None:
    _outcome(kind, raw, strict=False)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    example=st.sampled_from(EXAMPLES),
    path=st.lists(st.integers(0, 50), max_size=5),
    replacement=json_values,
)
def test_the_cli_only_answers_0_1_or_2(
    example: tuple[str, object], path: list[int], replacement: object, tmp_path: Path
) -> None:
    kind, data = example
    file = tmp_path / "payload.json"
    file.write_text(json.dumps(_mutate(data, path, replacement)))
    with contextlib.redirect_stderr(io.StringIO()):
        status = bankcodes_cli.main(["validate", kind, str(file), "--json"], out=io.StringIO())
    assert status in (0, 1)
