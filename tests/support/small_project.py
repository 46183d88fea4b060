"""The project made smaller, with a provider added as site/docs/adding-a-provider.md says, and
made hostile: the smaller spec (tests/support/smaller_spec.py) with the page's JSON blocks put
where their titles say, every other provider's texts, URLs and code sets made hostile
(tests/support/hostile_spec.py), validated, generated (every output) and its site built
strictly. The `small_project` fixture (tests/conftest.py) builds it once per run; the page's own
tests (tests/generation/test_new_provider.py), the hostile spec's (tests/spec/test_hostile_spec.py)
and the tests that need a page of every kind, not every code (the site's accessibility), read
it."""

from __future__ import annotations

import functools
import json
import re
import shutil
from pathlib import Path
from typing import Any

from tests.support.helpers import ROOT, build_site, codegen_here
from tests.support.hostile_spec import Path_, made_hostile
from tests.support.smaller_spec import smaller_spec

PAGE = ROOT / "site" / "docs" / "adding-a-provider.md"
#: A JSON block and, in bold above it, where in the spec it goes.
BLOCK = re.compile(r"^\*\*`([^`]+)`\*\*\n\n```json\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def steps() -> list[tuple[str, Any]]:
    """The page's JSON blocks, in order, with where each goes."""
    return [(where, json.loads(text)) for where, text in BLOCK.findall(PAGE.read_text("utf-8"))]


def followed(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with every block of the page put where the name above it says: a top-level key (whose
    entries it adds), or a key and an entry id separated by the first dot."""
    for where, block in steps():
        key, _, entry = where.partition(".")
        taken = {entry} & set(spec[key]) if entry else set(block) & set(spec[key])
        assert not taken, (
            f"the project's spec already has {key} {', '.join(sorted(taken))}: the page's "
            "example is added by this test, to a copy of the spec, never to the spec itself"
        )
        if entry:
            spec[key][entry] = block
        else:
            spec[key].update(block)
    return spec


def added() -> str:
    """The id of the provider the page adds."""
    (entry,) = [where.partition(".")[2] for where, _ in steps() if where.startswith("providers.")]
    return entry


@functools.cache
def _written() -> tuple[str, dict[Path_, str]]:
    data = followed(smaller_spec())
    assigned = made_hostile(data, spared=added())
    return json.dumps(data, ensure_ascii=False), assigned


def project_spec() -> tuple[dict[str, Any], dict[Path_, str]]:
    """The small project's spec, and the hostile value put at each position of it."""
    text, assigned = _written()
    return json.loads(text), dict(assigned)


def build(folder: Path) -> None:
    """The project in `folder`: FOLDER/spec/catalog.json, what it generates, FOLDER/site (the
    project's hand-written pages beside the generated ones) and the built site, FOLDER/public."""
    spec = folder / "spec" / "catalog.json"
    spec.parent.mkdir()
    spec.write_text(_written()[0], encoding="utf-8")
    assert codegen_here("validate", "--spec", str(spec))[0] == 0
    status, _, errors = codegen_here("generate", "--spec", str(spec), "--out", str(folder))
    assert status == 0, errors
    shutil.copytree(
        ROOT / "site",
        folder / "site",
        ignore=shutil.ignore_patterns("public", "reference"),
        dirs_exist_ok=True,
    )
    build_site(folder / "site", folder / "public")
