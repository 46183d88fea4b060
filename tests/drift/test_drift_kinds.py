"""The kinds of extract rule and the formats each reads are declared once, in the spec's models
(codegen.spec.extract); drift's registry (codegen.drift.kinds) reads each of them: every kind
has an extractor for exactly the formats its model allows, every format a reader, and the
command's help, the spec's schema and the pages that explain a source's extract name each
kind."""

from __future__ import annotations

import json
import typing

import pytest

from codegen import spec
from codegen.drift.command import main
from codegen.drift.kinds import FORMATS, KINDS
from tests.support.helpers import ROOT


def test_drift_reads_every_format_the_spec_models_allow_and_no_other() -> None:
    assert list(KINDS) == list(spec.RULES)
    formats = typing.get_args(spec.ExtractFormat)
    assert sorted(FORMATS) == sorted(formats)  # a reader per format
    for model, kind in KINDS.items():
        assert model.FORMATS and set(model.FORMATS) <= set(formats), model.KIND
        assert list(kind.extractors) == list(model.FORMATS), model.KIND
        assert model.KIND in model.model_fields, model.KIND  # a kind is told by its own field
    assert {f for model in spec.RULES for f in model.FORMATS} == set(formats)


def test_the_schema_has_a_member_per_kind() -> None:
    schema = json.loads((ROOT / "spec" / "catalog.schema.json").read_text(encoding="utf-8"))
    members = schema["$defs"]["Extract"]["properties"]["code_sets"]["items"]["oneOf"]
    assert [member["$ref"] for member in members] == [
        f"#/$defs/{model.__name__}" for model in KINDS
    ]
    for model in KINDS:
        assert model.KIND in schema["$defs"][model.__name__]["required"]


def test_the_help_lists_every_kind_with_its_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    for model, kind in KINDS.items():
        (line,) = [line for line in lines if line.startswith(f"  {model.KIND} (")]
        assert line == f"  {model.KIND} ({', '.join(model.FORMATS)}): {kind.compares}"


@pytest.mark.parametrize("page", ["site/docs/adding-a-code.md", "site/docs/adding-a-provider.md"])
def test_the_pages_name_every_kind(page: str) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    assert [model.KIND for model in KINDS if f"`{model.KIND}`" not in text] == []


@pytest.mark.parametrize("page", ["site/docs/adding-a-code.md", "site/docs/adding-a-provider.md"])
def test_the_pages_name_every_format(page: str) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    formats = typing.get_args(spec.ExtractFormat)
    assert [form for form in formats if f"`{form}`" not in text] == []
