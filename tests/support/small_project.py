"""The project made smaller, with a provider added as site/docs/adding-a-provider.md says, and
made hostile: the smaller spec (tests/support/smaller_spec.py) with the page's JSON blocks put
where their titles say, a cover of its providers (every shape and enumerated value of a
provider's entry, its payload kinds and the sources it cites still there: `fewer_providers`),
about half their payload kinds (every template, feature and kind of field of one still there:
`fewer_kinds`), every other provider's texts, URLs and code sets made hostile
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
from unittest import mock

from codegen import incremental
from tests.support.helpers import ROOT, build_site, codegen_here, only, strings
from tests.support.hostile_spec import DEFS, Path_, Shape, made_hostile, positions
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
            "example is added by this test, to a copy of the spec, never to the spec itself; "
            "remove it from spec/catalog.json and add your provider under its own id "
            "(site/docs/adding-a-provider.md)"
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


def _shapes(
    schema: dict[str, Any], entry: Any, wire_types: dict[str, str] | None = None
) -> set[Shape]:
    """What an entry of the spec has: the shape of each of its positions, each value the schema
    enumerates there (a field's type, a listener's transport…), and the wire type of each code
    set it names (`wire_types`, by provider.code_set)."""
    found = set()
    for _, shape, read, value in positions(schema, entry):
        found.add(shape)
        if isinstance(value, str | int) and ("enum" in read or "const" in read):
            found.add((*shape, json.dumps(value)))
        if isinstance(value, str) and wire_types and value in wire_types:
            found.add((*shape, wire_types[value]))
    return found


#: Payload kinds the suite's pages and checks name (the site's accessibility check reads a
#: listener's page; drift's pairs rule reads Plaid's webhook).
NAMED_KINDS = ("lean/callback", "plaid/webhook")


def fewer_kinds(spec: dict[str, Any], spared: str) -> None:
    """`spec` (changed in place) with about half its payload kinds: every kind of provider
    `spared`, each kind a delivery names or a kept kind holds (embeds), NAMED_KINDS, the first
    kind of every other provider, and, one by one, the kind that brings most of what no kept
    kind has, until every shape, enumerated value and wire type of a named code set that any
    kind has is in a kept one. Every template, feature and kind of field of a payload kind is
    still generated, made hostile and built."""
    kinds = spec["payloads"]
    keep = {kind for kind, entry in kinds.items() if entry["provider"] == spared}
    keep |= {p["delivery"]["payload_kind"] for p in spec["providers"].values() if "delivery" in p}
    keep |= set(NAMED_KINDS)
    for kind, entry in kinds.items():  # the first kind of a provider none is kept of
        if not any(kinds[kept]["provider"] == entry["provider"] for kept in keep):
            keep.add(kind)
    wire_types = {
        f"{provider_id}.{name}": code_set.get("wire_type", "string")
        for provider_id, provider in spec["providers"].items()
        for name, code_set in provider["code_sets"].items()
    }
    features = {
        kind: _shapes(DEFS["PayloadKind"], entry, wire_types) for kind, entry in kinds.items()
    }
    every = set().union(*features.values())
    while True:
        keep |= {
            held
            for kind in keep
            for embed in kinds[kind].get("embeds", ())
            for held in embed["kinds"]
        }
        covered = set().union(*(features[kind] for kind in keep))
        if covered == every:
            break
        keep.add(max((k for k in kinds if k not in keep), key=lambda k: len(features[k] - covered)))
    spec["payloads"] = {kind: entry for kind, entry in kinds.items() if kind in keep}


#: Providers the suite's pages and checks name (the site's accessibility check reads Flinks'
#: and Lean's pages; NAMED_KINDS are Lean's and Plaid's).
NAMED_PROVIDERS = ("flinks", "lean", "plaid")


def fewer_providers(spec: dict[str, Any], spared: str) -> None:
    """`spec` (changed in place) with a cover of its providers: provider `spared`,
    NAMED_PROVIDERS, those the group of equivalents joins, and, one by one, the provider whose
    entry, payload kinds and cited sources bring most of what no kept provider's have (each
    shape and enumerated value), until every one any provider has is in a kept one; then what
    the kept providers name (`only`). Every template and kind of field of a provider, a payload
    kind and a source is still generated, made hostile and built, in fewer pages."""
    sources = spec["sources"]
    features: dict[str, set[Shape]] = {}
    for provider_id, provider in spec["providers"].items():
        found = {("provider", *shape) for shape in _shapes(DEFS["Provider"], provider)}
        kinds = [kind for kind in spec["payloads"].values() if kind["provider"] == provider_id]
        for kind in kinds:
            found |= {("kind", *shape) for shape in _shapes(DEFS["PayloadKind"], kind)}
        for cited in strings([provider, kinds]) & set(sources):
            found |= {("source", *shape) for shape in _shapes(DEFS["Source"], sources[cited])}
        features[provider_id] = found
    keep = {spared, *NAMED_PROVIDERS}
    keep |= {ref.partition(".")[0] for group in spec["equivalents"] for ref in group["codes"]}
    every = set().union(*features.values())
    covered = set().union(*(features[provider] for provider in keep))
    while covered != every:
        best = max((p for p in features if p not in keep), key=lambda p: len(features[p] - covered))
        keep.add(best)
        covered |= features[best]
    only(spec, sorted(keep))


@functools.cache
def _written() -> tuple[str, dict[Path_, str]]:
    data = followed(smaller_spec())
    fewer_providers(data, spared=added())
    fewer_kinds(data, spared=added())
    assigned = made_hostile(data, spared=added())
    return json.dumps(data, ensure_ascii=False), assigned


def project_spec() -> tuple[dict[str, Any], dict[Path_, str]]:
    """The small project's spec, and the hostile value put at each position of it."""
    text, assigned = _written()
    return json.loads(text), dict(assigned)


#: Where the small project's build keeps its decoder (site/decoder_cache.py), in its folder: the
#: builds of its site that follow take it (tests/site/conftest.py's `small_engine_only`), and the
#: test of the kept decoder reads what this build kept (tests/site/test_decoder_cache.py).
DECODER_CACHE = "decoder-cache"
#: The folder, in the project's, of what its generation rendered provider by provider
#: (codegen.incremental), which a test of a later generation takes back.
PARTS = "generation-parts"


def build(folder: Path) -> None:
    """The project in `folder`: FOLDER/spec/catalog.json, what it generates, FOLDER/site (the
    project's hand-written pages beside the generated ones) and the built site, FOLDER/public,
    its decoder kept in FOLDER/DECODER_CACHE and what its generation rendered provider by
    provider in FOLDER/PARTS."""
    spec = folder / "spec" / "catalog.json"
    spec.parent.mkdir()
    spec.write_text(_written()[0], encoding="utf-8")
    with mock.patch.object(incremental, "PARTS", folder / PARTS):
        status, _, errors = codegen_here("generate", "--spec", str(spec), "--out", str(folder))
    assert status == 0, errors
    assert codegen_here("validate", "--spec", str(spec))[0] == 0
    shutil.copytree(
        ROOT / "site",
        folder / "site",
        ignore=shutil.ignore_patterns("public", "reference"),
        dirs_exist_ok=True,
    )
    build_site(folder / "site", folder / "public", None, "--cache", str(folder / DECODER_CACHE))
