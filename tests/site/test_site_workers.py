"""The site's build over two processes, on the small project's site: MkDocs's build with its
pages rendered by two workers (site/engine.py) writes the site MkDocs's own command writes, byte
for byte, and is as strict, a link to an anchor a page lacks failing it whichever worker renders
the page; the steps after the engine in two processes (site/page_steps.py) write the pages and
find the search entries that one process writes and finds. The engine's two workers' site is
the small project's as its engine alone builds it (`small_engine_only`, which the contract's test
reads too), built once per run."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.helpers import LOOPBACK_SITE, ROOT, site_steps

pytestmark = pytest.mark.site

#: The site's own code and the project's, on the path as site/build.py puts them for the engine.
PATH = os.pathsep.join([str(ROOT / "site"), str(ROOT)])


def _staged(small_project: Path, folder: Path) -> Path:
    """The small project's site staged for the engine in `folder`, as site/build.py stages it
    with the site's loopback address (as `small_engine_only` was built); the path of its
    mkdocs.yml."""
    site = small_project / "site"
    nav = json.loads((site / "docs" / "reference" / "nav.json").read_text(encoding="utf-8"))
    config: Path = site_steps().before(site, folder, LOOPBACK_SITE, nav["nav"])
    return config


def _run(config: Path, *command: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": PATH, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, *command, str(config)],
        cwd=config.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def _files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_two_workers_write_the_site_mkdocs_writes(
    small_project: Path, small_engine_only: Path, tmp_path: Path
) -> None:
    """Every file, the pages, the theme's search index (its entries joined from both workers)
    and the sitemap included, that the engine's two workers write (site/engine.py, as
    site/build.py runs it: `small_engine_only`) is the same bytes as `mkdocs build --strict`
    writes."""
    assert site_steps().ENGINES["mkdocs"][1:] == [str(ROOT / "site" / "engine.py")]
    one = _staged(small_project, tmp_path / "one")
    assert _run(one, "-m", "mkdocs", "build", "--strict", "-f").returncode == 0
    expected, written = _files(one.parent / "public"), _files(small_engine_only)
    assert sorted(written) == sorted(expected)
    assert [name for name in expected if written[name] != expected[name]] == []
    # What was compared: a page for every Markdown file of the site, and the search's entries
    # of the hand-written pages, which the theme's plugin indexes as both workers render them.
    docs = small_project / "site" / "docs"
    sources = {page.relative_to(docs).with_suffix("").as_posix() for page in docs.rglob("*.md")}
    pages = {name.removesuffix("/index.html") for name in written if name.endswith("index.html")}
    assert {source.removesuffix("/index") for source in sources} <= pages | {"index"}
    index = json.loads(written["search/search_index.json"])
    locations = {doc["location"].partition("#")[0] for doc in index["docs"]}
    assert {"", "python/", "webhooks/", "decoder/"} <= locations


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_link_to_an_anchor_a_page_lacks_fails_the_build(
    small_project: Path, tmp_path: Path, workers: str
) -> None:
    """A page links to anchors that two pages lack, pages built one after the other, so by the
    two workers: MkDocs's warning for each (its words: mkdocs/structure/pages.py), and the build
    fails, as strict (`--quiet`, which the command had, silenced the warnings and the failure)."""
    config = _staged(small_project, tmp_path)
    page = config.parent / "docs" / "python.md"
    links = "[a](adding-a-code.md#nowhere) [b](adding-a-provider.md#nowhere)"
    page.write_text(page.read_text(encoding="utf-8") + f"\n{links}\n", encoding="utf-8")
    ran = _run(config, str(ROOT / "site" / "engine.py"), "--workers", workers)
    assert ran.returncode == 1
    warnings = [line for line in ran.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings == [
        f"WARNING - Doc file 'python.md' contains a link '{target}#nowhere', but the doc "
        f"'{target}' does not contain an anchor '#nowhere'."
        for target in ("adding-a-code.md", "adding-a-provider.md")
    ]
    assert ran.stderr.splitlines()[-1] == "Aborted with 2 warnings in strict mode!"


#: The steps after the engine over the built site, by WORKERS processes: the entries found, as
#: JSON, on the standard output.
STEPS = """
import json, sys
from pathlib import Path
import page_steps
docs, out, workers = sys.argv[1:]
print(json.dumps(page_steps.stepped(Path(docs), Path(out), int(workers))))
"""


def test_the_steps_after_the_engine_in_two_processes_write_what_one_writes(
    small_project: Path, small_engine_only: Path, tmp_path: Path
) -> None:
    """The pages as the steps write them, and the search entries they find, are the same in
    one process and in two; the entries are those the index reads from the pages written. The
    steps start from the engine's site (`small_engine_only`), each on a copy of its own."""
    engine = small_engine_only
    docs = small_project / "site" / "docs"
    found = {}
    for workers in ("1", "2"):
        shutil.copytree(engine, tmp_path / workers)
        ran = subprocess.run(
            [sys.executable, "-c", STEPS, str(docs), str(tmp_path / workers), workers],
            env={**os.environ, "PYTHONPATH": PATH},
            capture_output=True,
            text=True,
            check=False,
        )
        assert ran.returncode == 0, ran.stderr
        found[workers] = json.loads(ran.stdout)
    assert _files(tmp_path / "2") == _files(tmp_path / "1")
    assert _files(tmp_path / "1") != _files(engine)
    assert found["2"] == found["1"]
    site_steps()  # site/ on the path, as the site's build puts it
    index = importlib.import_module("search_index")
    read = index.indexed(docs, tmp_path / "1")
    assert [entry for url in index.indexed_pages(docs) for entry in found["2"][url]] == read
    assert read[0]["location"] == "" and any(entry["location"] == "python/" for entry in read)
