"""The site's decoder kept between builds (site/decoder_cache.py): a build of the site takes the
decoder a build of the same sources kept, and builds it again when what it is built from
changes (not when a page does); a kept build is named only once written whole, and the oldest
are removed."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.helpers import ROOT, build_site, site_steps
from tests.support.small_project import DECODER_CACHE


def _cache() -> Any:
    site_steps()  # site/ on the path, as the site's build puts it
    return importlib.import_module("decoder_cache")


@pytest.mark.site
@pytest.mark.node
def test_a_build_takes_the_decoder_a_build_of_the_same_sources_kept(
    small_project: Path, tmp_path: Path
) -> None:
    """The second build's decoder is the kept one (a file put in it shows on the site), where
    the first (the small project's own build, `small_project`, into a cache of its own) built
    it and kept it."""
    cache = tmp_path / "cache"
    shutil.copytree(small_project / DECODER_CACHE, cache)  # as the first build left it
    first = small_project / "public"
    # The build kept beside the validators it compiled (site/decoder/validators.mjs).
    (kept,) = [path for path in cache.iterdir() if path.name != "validators"]
    assert list((cache / "validators").glob("*.mjs"))
    assert sorted(path.name for path in kept.iterdir()) == sorted(
        path.name for path in (first / "assets" / "decoder").iterdir()
    )
    (kept / "marked.txt").write_text("kept\n", encoding="utf-8")
    build_site(small_project / "site", tmp_path / "second", None, "--cache", str(cache))
    marked = tmp_path / "second" / "assets" / "decoder" / "marked.txt"
    assert marked.read_text(encoding="utf-8") == "kept\n"
    assert not (first / "assets" / "decoder" / "marked.txt").exists()


@pytest.mark.node
def test_the_digest_changes_with_what_the_decoder_is_built_from(
    small_project: Path, tmp_path: Path
) -> None:
    """A schema, the generated TypeScript or the code index changed: another digest; a page of
    the site changed: the same."""
    cache = _cache()
    project = tmp_path / "project"
    for folder in ("generated", "site"):
        ignored = shutil.ignore_patterns("node_modules", "public")
        shutil.copytree(small_project / folder, project / folder, ignore=ignored)
    digest = cache.digest
    first = digest(project)
    assert digest(project) == first
    page = project / "site" / "docs" / "python.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMore words.\n", encoding="utf-8")
    assert digest(project) == first
    changed = []
    for path in (
        next((project / "generated" / "jsonschema").rglob("*.schema.json")),
        next((project / "generated" / "typescript" / "src").glob("*.ts")),
        project / "site" / "docs" / "reference" / "codes.json",
    ):
        before = path.read_bytes()
        path.write_bytes(before + b"\n")
        changed.append(digest(project))
        path.write_bytes(before)
    assert len(set(changed)) == 3 and first not in changed
    assert digest(project) == first


@pytest.mark.site
@pytest.mark.node
def test_a_build_whose_decoder_fails_leaves_the_last_site_as_it_was(
    small_project: Path, tmp_path: Path
) -> None:
    """The decoder is built while the engine and the steps after it run; a build whose decoder
    fails says so and leaves the site it was to replace whole, as the last build wrote it."""
    project = tmp_path / "project"
    for folder in ("generated", "site"):
        ignored = shutil.ignore_patterns("node_modules", "public")
        shutil.copytree(small_project / folder, project / folder, ignore=ignored)
    out = tmp_path / "public"
    shutil.copytree(small_project / "public", out)
    before = sorted((path.relative_to(out), path.read_bytes()) for path in out.rglob("*.*"))
    # The code index's fields renamed: the decoder's build refuses it (site/decoder/data.mjs),
    # and the engine publishes it as it is.
    index = project / "site" / "docs" / "reference" / "codes.json"
    text = index.read_text(encoding="utf-8")
    index.write_text(text.replace('"spelling"', '"value"', 1), encoding="utf-8")
    command = [sys.executable, str(ROOT / "site" / "build.py"), "--site", str(project / "site")]
    command += ["--out", str(out), "--cache", str(tmp_path / "cache")]
    failed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert failed.returncode == 1
    assert failed.stderr.startswith("building the site failed: building the decoder failed: ")
    assert "codes.json: fields value," in failed.stderr
    assert sorted((path.relative_to(out), path.read_bytes()) for path in out.rglob("*.*")) == before


def test_kept_builds_are_whole_and_the_newest_alone(tmp_path: Path) -> None:
    """A build is kept under its digest and copied out whole; past KEPT builds, the oldest go,
    never the validators kept beside them; a build not kept, or gone, is not taken (and leaves
    nothing half-copied)."""
    cache = _cache()
    keep, kept, most = cache.keep, cache.kept, cache.KEPT
    built = tmp_path / "built"
    built.mkdir()
    (built / "index.js").write_text("export {};\n", encoding="utf-8")
    folder = tmp_path / "cache"
    written = time.time() - 1000
    # The validators the decoder's builds keep (site/decoder/validators.mjs), older than any
    # build: kept whatever the builds kept beside them.
    (folder / cache.VALIDATORS).mkdir(parents=True)
    os.utime(folder / cache.VALIDATORS, (written - 1, written - 1))
    for number in range(most + 1):
        keep(f"key{number}", built, folder)
        os.utime(folder / f"key{number}", (written + number, written + number))
    assert sorted(path.name for path in folder.iterdir()) == [
        *(f"key{number}" for number in range(1, most + 1)),
        "validators",
    ]
    assert kept(f"key{most}", tmp_path / "into", folder)
    assert (tmp_path / "into" / "index.js").read_text(encoding="utf-8") == "export {};\n"
    assert not kept("key0", tmp_path / "gone", folder)
    assert not (tmp_path / "gone").exists()
