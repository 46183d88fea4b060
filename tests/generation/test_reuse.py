"""A generation takes back the outputs of datamodel-code-generator and ajv whose recorded
inputs are unchanged (codegen.reuse), runs them again when an input changed, and a check never
takes anything back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from codegen import incremental, loader, output, reuse
from codegen.targets import all_targets, pydantic_models
from codegen.targets import typescript_validators as ts_validators
from tests.conftest import FOURTH_SPEC
from tests.support.helpers import snapshot

MODEL = "generated/python/bankcodes/webhooks/acme/webhook.py"
MODULE = "generated/python/bankcodes/_catalog.py"
#: A description of the fourth provider's webhook envelope, shown in its models.
ENVELOPE = "The fields every Acme Link webhook shares."


def _record(path: Path) -> str:
    return next(
        line for line in path.read_text(encoding="utf-8").splitlines()[:3] if "sha256:" in line
    )


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("an unchanged input was generated again")


def test_unchanged_inputs_are_taken_back(
    fourth_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(fourth_tree, tmp_path, dirs_exist_ok=True)
    before = snapshot(tmp_path / "generated")
    monkeypatch.setattr(pydantic_models, "_generate", _refuse)
    monkeypatch.setattr(ts_validators, "validators_modules", _refuse)
    output.generate(loader.load(FOURTH_SPEC), tmp_path, all_targets())
    assert snapshot(tmp_path / "generated") == before


def test_a_changed_input_is_generated_again(
    fourth_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(fourth_tree, tmp_path / "tree", dirs_exist_ok=True)
    spec = json.loads(FOURTH_SPEC.read_text(encoding="utf-8"))
    envelope = spec["payloads"]["acme/webhook"]["types"]["Envelope"]
    assert envelope["description"] == ENVELOPE
    envelope["description"] = "What every Acme Link webhook carries."
    # A new field changes what ajv compiles as well as the model.
    envelope["fields"]["attempt"] = {"type": "integer", "required": False}
    changed = tmp_path / "catalog.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    old_model = _record(tmp_path / "tree" / MODEL)
    output.generate(loader.load(changed), tmp_path / "tree", all_targets())

    model = (tmp_path / "tree" / MODEL).read_text(encoding="utf-8")
    assert "What every Acme Link webhook carries." in model and ENVELOPE not in model
    assert "attempt:" in model
    assert _record(tmp_path / "tree" / MODEL) != old_model


def test_each_kinds_validators_are_taken_back_or_all_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fourth spec delivers no webhooks: two made-up kinds stand for a catalog's.
    kinds = [SimpleNamespace(id="a/webhook"), SimpleNamespace(id="b/event")]
    inputs = ["first"]
    compiled: list[str] = []

    def compile_all(catalog: object, request: str, digest: str) -> dict[str, str]:
        compiled.append(digest)
        line = reuse.record("//", digest)
        return {ts_validators.kind_module(k): f"// h\n{line}\n{k.id}\n" for k in kinds}  # type: ignore[arg-type]

    monkeypatch.setattr(ts_validators, "delivered_kinds", lambda catalog: kinds)
    monkeypatch.setattr(ts_validators, "request", lambda catalog: ("{}", inputs[0]))
    monkeypatch.setattr(ts_validators, "validators_modules", compile_all)
    first, second, third = (tmp_path / name for name in ("first", "second", "third"))
    ts_validators.finish(None, first, None, "src")  # type: ignore[arg-type]
    assert sorted(p.name for p in (first / "src").iterdir()) == [
        "webhook-validators-a-webhook.ts",
        "webhook-validators-b-event.ts",
    ]
    left = ts_validators.finish(None, second, first, "src")  # type: ignore[arg-type]
    assert compiled == ["first"]  # the second took both back: left as the first tree holds them
    assert left == ["src/webhook-validators-a-webhook.ts", "src/webhook-validators-b-event.ts"]
    assert not second.exists()
    (first / "src" / "webhook-validators-b-event.ts").unlink()
    assert ts_validators.finish(None, third, first, "src") == []  # type: ignore[arg-type]
    assert compiled == ["first", "first"]  # one missing: ajv runs for all
    inputs[0] = "changed"
    ts_validators.finish(None, tmp_path / "fourth", second, "src")  # type: ignore[arg-type]
    assert compiled[-1] == "changed"


def test_a_check_compares_fresh_output_even_under_an_intact_record(
    fourth_tree: Path, tmp_path: Path
) -> None:
    shutil.copytree(fourth_tree, tmp_path, dirs_exist_ok=True)
    model = tmp_path / MODEL
    model.write_text(model.read_text(encoding="utf-8") + "EDITED = True\n", encoding="utf-8")
    problems = output.differences(loader.load(FOURTH_SPEC), tmp_path, all_targets())
    assert problems == [f"{MODEL}: differs from what the spec generates"]


def test_take_back_needs_the_same_record_in_the_first_lines_of_a_file(tmp_path: Path) -> None:
    previous = tmp_path / "previous"
    (previous / "a").mkdir(parents=True)
    line = reuse.record("#", reuse.digest("schema", b"options"))
    (previous / "a" / "m.py").write_text(f"# header\n{line}\nX = 1\n", encoding="utf-8")
    (previous / "a" / "late.py").write_text(f"#\n#\n#\n{line}\n", encoding="utf-8")
    (previous / "a" / "link.py").symlink_to(previous / "a" / "m.py")
    other = reuse.record("#", reuse.digest("schema", b"option", b"s"))
    assert not reuse.take_back(previous, "a/m.py", other)
    assert not reuse.take_back(previous, "a/late.py", line)
    assert not reuse.take_back(previous, "a/missing.py", line)
    assert not reuse.take_back(previous, "a/link.py", line)
    assert not reuse.take_back(None, "a/m.py", line)
    assert reuse.take_back(previous, "a/m.py", line)


def test_a_generation_stages_only_what_it_writes_anew(
    fourth_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into its staging tree a generation with nothing changed writes only the Python a post-step
    formats there (and, once it knows what that Python becomes, only what differs): no module
    taken back, and no folder but a root where nothing is written."""
    shutil.copytree(fourth_tree, tmp_path, dirs_exist_ok=True)
    staged: list[str] = []
    place = output._place

    def seen(staging: Path, destination: Path, roots: list[str], kept: set[str]) -> list[str]:
        for path in sorted(staging.rglob("*")):
            if path.is_file() or not any(path.iterdir()):
                staged.append(path.relative_to(staging).as_posix())
        return place(staging, destination, roots, kept)

    monkeypatch.setattr(output, "_place", seen)
    before = snapshot(tmp_path / "generated")
    output.generate(loader.load(FOURTH_SPEC), tmp_path, all_targets())
    roots = {root for target in all_targets() for root in target.roots}
    python = {path for path in staged if path.endswith((".py", ".pyi"))}
    assert python and MODEL not in python
    assert set(staged) - python <= roots
    assert snapshot(tmp_path / "generated") == before

    # While a generation runs (codegen.incremental), what each Python file rendered became once
    # formatted is recorded: the next generation stages none that the tree holds as it would be.
    monkeypatch.setattr(output, "RECORDS", tmp_path / "records")
    monkeypatch.setattr(incremental, "PARTS", tmp_path / "parts")
    edited = tmp_path / MODULE
    with incremental.using("a generator"):
        output.generate(loader.load(FOURTH_SPEC), tmp_path, all_targets())
        edited.write_text(edited.read_text(encoding="utf-8") + "EDITED = 1\n", encoding="utf-8")
        staged.clear()
        output.generate(loader.load(FOURTH_SPEC), tmp_path, all_targets())
    # The one edited by hand is written again, as the spec renders it.
    assert [path for path in staged if path not in roots] == [MODULE]
    assert snapshot(tmp_path / "generated") == before


@pytest.mark.node
def test_a_generation_reads_the_generators_files_once(
    fourth_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest of the generator's files (every template, module and runtime file) serves
    both to tell whether anything changed and to key the parts taken back: it is read once."""
    from codegen import cli

    shutil.copytree(fourth_tree, tmp_path, dirs_exist_ok=True)
    calls: list[Path] = []
    read = reuse.generator_inputs

    def counted(folder: Path, *options: str) -> str | None:
        calls.append(folder)
        return read(folder, *options)

    monkeypatch.setattr(reuse, "generator_inputs", counted)
    assert cli.main(["generate", "--spec", str(FOURTH_SPEC), "--out", str(tmp_path)]) == 0
    assert calls == [FOURTH_SPEC.parent]


@pytest.mark.parametrize("spec", [FOURTH_SPEC, None], ids=["valid", "refused"])
def test_a_load_runs_without_the_cycle_collector_and_gives_it_back(
    spec: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spec is read and checked with the cycle collector off (its passes over the catalog's
    objects cost more than the cycles they free), and it is on again after, even when the spec
    is refused."""
    import gc

    from tests.support.helpers import codegen_here

    if spec is None:
        spec = tmp_path / "catalog.json"
        spec.write_text('{"providers": 1}', encoding="utf-8")
    collecting: list[bool] = []
    load = loader.load

    def watched(path: Path) -> object:
        collecting.append(gc.isenabled())
        return load(path)

    monkeypatch.setattr(loader, "load", watched)
    assert gc.isenabled()
    status = codegen_here("validate", "--spec", str(spec))[0]
    assert (status, collecting, gc.isenabled()) == (0 if spec == FOURTH_SPEC else 1, [False], True)
