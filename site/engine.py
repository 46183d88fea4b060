"""MkDocs's build of the staged site (site/build.py's engine step), its pages shared out between
processes, one a core (WORKERS): MkDocs renders pages one after another, and the time of a build
grows with their number.

The steps of MkDocs's build (mkdocs.commands.build.build, whose functions and plugin events this
runs in its order) are taken here once: the configuration, the files, the navigation, every
page's front matter (which the navigation reads), the theme's files, the sitemap and the first
page, which compiles the theme's templates. The other pages are then rendered and written by
workers forked from this process, each with the whole navigation and every page of its share
(the pages taken in turn), and what a page's build leaves for the steps after the pages is
handed back: its anchors and links to anchors, which MkDocs's own check then reads for every
page, and its entries of the theme's search index, joined in the pages' order. The site is
the one MkDocs's build writes, byte for byte. The build is strict: a warning fails it (as
`mkdocs build --strict` without `--quiet`, which silences the warnings and so their failure).

Usage: python site/engine.py MKDOCS_YML [--workers N]. With one worker, or where the platform
cannot fork, MkDocs's build runs as it is, in this process.
"""

from __future__ import annotations

import argparse
import gc
import logging
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import markdown
from mkdocs import utils
from mkdocs.commands import build as engine
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure import pages as page_module
from mkdocs.structure.files import Files, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

#: How many processes render the pages: the machines the site is built on have two cores.
WORKERS = 2
#: MkDocs's logger, whose warnings fail a strict build.
LOG = logging.getLogger("mkdocs")
#: The plugin whose index of the pages the workers' entries are joined in.
SEARCH = "material/search"

#: What a worker is given, set before it is forked: the configuration, the files, the
#: navigation, the theme's environment.
_shared: tuple[MkDocsConfig, Files, Navigation, Any] | None = None

#: What the build of a page leaves for the steps after the pages: its anchors, its links to
#: anchors ({linked page: {anchor: the link as written}}), its entries of the search index.
Left = tuple[set[str] | None, dict[str, dict[str, str]] | None, list[Any]]


def build(config_file: Path, workers: int = WORKERS) -> None:
    """The site of `config_file` built strictly, its pages by `workers` processes where the
    platform forks; Abort for a warning."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.WARNING)
    config = load_config(str(config_file), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    LOG.addHandler(counter)
    try:
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            engine.build(config)
        else:
            warnings = _shared_build(config, workers)
            warnings += sum(count for _, count in counter.get_counts())
            if warnings:
                raise Abort(f"Aborted with {warnings} warnings in strict mode!")
    finally:
        LOG.removeHandler(counter)
        config.plugins.on_shutdown()


def _shared_build(config: MkDocsConfig, workers: int) -> int:
    """MkDocs's build of `config`, the pages but the first by `workers` forked processes; the
    number of warnings the workers logged."""
    global _shared
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    utils.clean_directory(config.site_dir)
    files = get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    pages = []
    for file in files.documentation_pages():
        page = file.page or Page(None, file, config)
        page.read_source(config)  # its front matter, which the navigation reads
        pages.append(page)
    engine._populate_page(pages[0], config, files)
    env = config.plugins.on_env(env, config=config, files=files)
    files.copy_static_files()
    for template in config.theme.static_templates:
        engine._build_theme_template(template, env, files, config, nav)
    for template in config.extra_templates:
        engine._build_extra_template(template, files, config, nav)
    first = _left(pages[0], config, files, nav, env)
    _shared = (config, files, nav, env)
    # One Markdown a worker (and no more made for the pages of this process).
    page_module.markdown = _OneMarkdown()  # type: ignore[assignment,attr-defined]
    gc.freeze()  # what the workers are given is never collected: their pages stay shared
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        shares = list(pool.map(_worker, range(workers), [workers] * workers))
    left = {pages[0].file.src_uri: first}
    for share in shares:
        left.update(share[0])
    index = _search_index(config)
    if index is not None:  # the first page's entries, given again in their place
        index.entries.clear()
    for page in pages:
        anchors, links, entries = left[page.file.src_uri]
        page.present_anchor_ids = anchors
        if links is not None:
            page.links_to_anchors = {files.src_uris[uri]: link for uri, link in links.items()}
        if index is not None:
            index.entries.extend(entries)
    for page in pages:
        page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
    config.plugins.on_post_build(config=config)
    return sum(share[1] for share in shares)


class _OneMarkdown:
    """The `markdown` module as MkDocs's pages read it, but for its Markdown: one a process,
    reset for each page, where MkDocs's Page.render makes one a page, which registers every
    extension again (a tenth of a page's rendering); the processors it registers for each page
    replace the last page's, by their names. Markdown's extensions are made to be reused so
    (Markdown.reset resets each one's state)."""

    def __init__(self) -> None:
        self._made: dict[str, markdown.Markdown] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(markdown, name)

    def Markdown(self, **options: Any) -> markdown.Markdown:
        key = repr(options)
        if key not in self._made:
            self._made[key] = markdown.Markdown(**options)
        return self._made[key].reset()


def _left(page: Page, config: MkDocsConfig, files: Files, nav: Navigation, env: Any) -> Left:
    """The page built and written (its Markdown rendered already), and what its build left."""
    index = _search_index(config)
    before = len(index.entries) if index is not None else 0
    engine._build_page(page, config, files.documentation_pages(), nav, env)
    entries: list[Any] = index.entries[before:] if index is not None else []
    links = page.links_to_anchors
    linked = None if links is None else {file.src_uri: link for file, link in links.items()}
    return page.present_anchor_ids, linked, entries


def _search_index(config: MkDocsConfig) -> Any:
    """The theme's search index, which a page's build adds the page's entries to, if its
    plugin is on."""
    plugin: Any = config.plugins.get(SEARCH)
    return None if plugin is None else plugin.search_index


def _worker(share: int, workers: int) -> tuple[dict[str, Left], int]:
    """The pages of `share` (every `workers`th page after the first, from the share's)
    rendered and written; what each page's build left, and the warnings logged."""
    assert _shared is not None
    config, files, nav, env = _shared
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    LOG.addHandler(counter)
    left: dict[str, Left] = {}
    for file in files.documentation_pages()[1 + share :: workers]:
        assert file.page is not None
        engine._populate_page(file.page, config, files)
        left[file.src_uri] = _left(file.page, config, files, nav, env)
    return left, sum(count for _, count in counter.get_counts())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("--workers", type=int, default=WORKERS)
    args = parser.parse_args(argv)
    try:
        build(args.config, args.workers)
    except Abort as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
