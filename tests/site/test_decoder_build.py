"""The decoder's build (site/decoder/build.mjs) puts every code of the site's code index into its
provider's chunk, and refuses an index and tables that do not list the same codes, naming what
differs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.helpers import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """What build.mjs reads of a tree: its schemas, package source and code index."""
    for folder in ("generated/jsonschema", "generated/typescript/src"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    index = tmp_path / "site/docs/reference/codes.json"
    index.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "site/docs/reference/codes.json", index)
    return tmp_path


def _build(project: Path, out: Path | None = None, *kept: str) -> subprocess.CompletedProcess[str]:
    script = ROOT / "site" / "decoder" / "build.mjs"
    command = ["node", str(script), str(out or project / "out"), str(project), *kept]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _edit_index(project: Path, edit: object) -> None:
    path = project / "site/docs/reference/codes.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index["codes"] = [entry for entry in index["codes"] if entry[:4] != edit]
    path.write_text(json.dumps(index), encoding="utf-8")


@pytest.mark.node
def test_a_code_of_the_tables_the_index_lacks_fails_the_build_named(project: Path) -> None:
    # Lean's LinkSDK callback status SUCCESS (spec/catalog.json), left out of the index.
    _edit_index(project, ["SUCCESS", "lean", "Lean Technologies", "callback_status"])
    result = _build(project)
    assert result.returncode != 0
    assert "codes.json lacks lean.callback_status SUCCESS" in result.stderr


@pytest.mark.node
def test_an_alias_apart_from_its_code_fails_the_build_named(project: Path) -> None:
    # Plaid's error code INVALID_UPDATED_USERNAME has the alias INVALD_UPDATED_USERNAME (the
    # misspelling its React Native SDK declares, spec/catalog.json): without the code's own
    # entry, the alias follows another code.
    _edit_index(project, ["INVALID_UPDATED_USERNAME", "plaid", "Plaid", "error_code"])
    result = _build(project)
    assert result.returncode != 0
    assert "plaid.error_code INVALD_UPDATED_USERNAME follows no code" in result.stderr


@pytest.mark.node
def test_two_builds_of_the_same_sources_give_their_chunks_the_same_names(
    small_project: Path, tmp_path: Path
) -> None:
    """A build of the small project's decoder names its chunks as its site's build did (each
    build works in a temporary folder of its own): a page's script and a chunk a browser kept
    stay valid from one build to the next."""
    result = _build(small_project, tmp_path / "again")
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in (tmp_path / "again").iterdir())
    published = small_project / "public" / "assets" / "decoder"
    # The page's script, and chunks named by their content's hash (esbuild's [name]-[hash]).
    assert "index.js" in names
    assert [name for name in names if re.fullmatch(r"[a-z0-9]+-schemas-[A-Z0-9]{8}\.js", name)]
    assert names == sorted(path.name for path in published.iterdir())
    index = (tmp_path / "again" / "index.js").read_bytes()
    assert index == (published / "index.js").read_bytes()


#: A validator put in place of every kept one: it lets anything through, and shows in a chunk.
_PLANTED = "export default function validate(data) { globalThis.planted = data; return true; }\n"


@pytest.mark.node
def test_a_build_takes_the_validators_kept_for_its_schemas_and_compiles_a_changed_one(
    small_project: Path, tmp_path: Path
) -> None:
    """The validators a build compiled are kept by their schema's digest (--kept), and a later
    build takes them where its schema is the same: a validator put in their place shows in its
    provider's chunk of schema checks, but in the chunk of the provider whose schemas
    changed."""
    project = tmp_path / "project"
    for folder in ("generated/jsonschema", "generated/typescript/src"):
        shutil.copytree(small_project / folder, project / folder)
    index = project / "site/docs/reference/codes.json"
    index.parent.mkdir(parents=True)
    shutil.copyfile(small_project / "site/docs/reference/codes.json", index)
    kept = tmp_path / "kept"
    first = _build(project, tmp_path / "first", "--kept", str(kept))
    assert first.returncode == 0, first.stderr
    validators = sorted(kept.glob("*.mjs"))
    assert validators
    for validator in validators:
        validator.write_text(_PLANTED, encoding="utf-8")
    providers = sorted(path.name for path in (project / "generated/jsonschema").iterdir())
    changed, same = providers[0], providers[-1]
    for schema in (project / "generated/jsonschema" / changed).glob("*.schema.json"):
        edited = json.loads(schema.read_text(encoding="utf-8"))
        edited["description"] = "Changed."
        schema.write_text(json.dumps(edited), encoding="utf-8")
    second = _build(project, tmp_path / "second", "--kept", str(kept))
    assert second.returncode == 0, second.stderr
    (same_checks,) = (tmp_path / "second").glob(f"{same}-schemas-*.js")
    (changed_checks,) = (tmp_path / "second").glob(f"{changed}-schemas-*.js")
    assert "planted" in same_checks.read_text(encoding="utf-8")
    assert "planted" not in changed_checks.read_text(encoding="utf-8")


def test_the_index_and_tables_as_generated_build(built: Path) -> None:
    """The site's build runs build.mjs on the project's index and tables as generated (build.py,
    whose build fails where it fails) and publishes what it built."""
    decoder = built / "assets" / "decoder"
    # The page's script, and apart from it each provider's chunk and its kinds' schema checks.
    providers = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))[
        "providers"
    ]
    assert (decoder / "index.js").is_file()
    for provider in providers:
        assert len(list(decoder.glob(f"{provider}-schemas-*.js"))) == 1, provider
        assert len([p for p in decoder.glob(f"{provider}-*.js") if "-schemas-" not in p.name]) == 1


#: A static import of an esbuild chunk, as the minified page's script writes it.
_IMPORTED = re.compile(r'\bfrom"\./(chunk-[A-Z0-9]+\.js)"')


def _first_script(decoder: Path) -> str:
    """What the page fetches before anything is pasted: index.js and the chunks it imports at
    once, at any depth (not those it imports when a paste needs them)."""
    seen: list[str] = []
    todo = ["index.js"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.append(name)
            todo += _IMPORTED.findall((decoder / name).read_text(encoding="utf-8"))
    return "".join((decoder / name).read_text(encoding="utf-8") for name in seen)


def test_a_providers_titles_signing_and_delivery_come_with_its_chunk(built: Path) -> None:
    """The page's script carries how a body is recognised; a kind's title and its provider's
    signing scheme and delivery, read once its provider is known, come in that provider's
    chunk."""
    decoder = built / "assets" / "decoder"
    first = _first_script(decoder)
    (plaid,) = [p for p in decoder.glob("plaid-*.js") if "-schemas-" not in p.name]
    (lean,) = [p for p in decoder.glob("lean-*.js") if "-schemas-" not in p.name]
    # Plaid's webhook is recognised by its webhook_type and webhook_code (plaid.com/docs/api/
    # webhooks/), and titled "Plaid webhook" (bankcodes' words, spec/catalog.json).
    assert '"webhook_type","webhook_code"' in first
    assert "Plaid webhook" not in first
    assert '"Plaid webhook"' in plaid.read_text(encoding="utf-8")
    # Lean signs its webhooks in the lean-signature header, "sha512=" before the digest, and
    # retries a delivery after 1, 2, 5, 10, 60 and 180 minutes (docs.leantech.me/docs/webhooks).
    assert "lean-signature" not in first and "[1,2,5,10,60,180]" not in first
    chunk = lean.read_text(encoding="utf-8")
    assert '"lean-signature"' in chunk and "[1,2,5,10,60,180]" in chunk
