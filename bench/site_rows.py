"""Measures of the reference site as it is built: the build's time, its largest page, and what the
first search fetches."""

from __future__ import annotations

import functools
import gzip
import shutil
from pathlib import Path

from bench import doubled
from bench.timing import ROOT, Row, lasting_folder, median_seconds, output, require

#: The most a reference page may weigh (its HTML), and the first search's download (gzip).
PAGE_BUDGET = 300 * 1024
SEARCH_BUDGET = 150 * 1024


def _build(out: Path, site: Path = ROOT / "site", cache: Path | None = None) -> None:
    """The whole site built, its decoder too: with a new folder of kept decoders unless `cache`
    (site/decoder_cache.py), so that nothing is taken from an earlier build."""
    kept = cache or lasting_folder("bankcodes-decoders-")
    build = [str(ROOT / "site" / "build.py"), "--site", str(site), "--out", str(out)]
    output(*build, "--cache", str(kept))


@functools.cache
def _built() -> tuple[Path, float]:
    """The site, built three times into one folder (kept until the run ends), and the median
    time of a build."""
    require(ROOT / "site" / "docs" / "reference" / "nav.json")
    folder = lasting_folder("bankcodes-site-")
    seconds = median_seconds(lambda: _build(folder), repeat=3)
    return folder, seconds


@functools.cache
def _built_again() -> float:
    """The median time of a build of the site after one that kept its decoder."""
    folder, cache = lasting_folder("bankcodes-site-"), lasting_folder("bankcodes-decoders-")
    _build(folder, cache=cache)
    return median_seconds(lambda: _build(folder, cache=cache), repeat=3)


@functools.cache
def _built_with_validators() -> float:
    """The median time of a build of the site whose decoder is built again with the validators
    an earlier build kept (as after a change to the catalog that leaves its schemas as they
    were: site/decoder/validators.mjs)."""
    folder, cache = lasting_folder("bankcodes-site-"), lasting_folder("bankcodes-decoders-")
    _build(folder, cache=cache)

    def build() -> None:
        for kept in cache.iterdir():
            if kept.name != "validators":
                shutil.rmtree(kept)
        _build(folder, cache=cache)

    return median_seconds(build, repeat=3)


@functools.cache
def _built_doubled() -> tuple[Path, float]:
    """The site of the doubled catalog (its reference pages, with this site's own pages and
    settings), built once into a folder kept until the run ends, and the time of the build."""
    site = doubled.doubled_tree() / "site"
    shutil.copyfile(ROOT / "site" / "mkdocs.yml", site / "mkdocs.yml")
    shutil.copytree(ROOT / "site" / "overrides", site / "overrides", dirs_exist_ok=True)
    skip = shutil.ignore_patterns("reference")
    shutil.copytree(ROOT / "site" / "docs", site / "docs", dirs_exist_ok=True, ignore=skip)
    folder = lasting_folder("bankcodes-site-")
    seconds = median_seconds(lambda: _build(folder, site), repeat=1)
    return folder, seconds


def site_build() -> Row:
    """mkdocs build --strict"""
    folder, seconds = _built()
    seconds_2 = _built_doubled()[1]
    pages = len(list((folder / "reference").rglob("*.html")))
    return Row(
        subject=f"the whole site (site/build.py), of the catalog and of {doubled.DOUBLED}",
        value=f"{seconds:.2f} s wall; {seconds_2:.2f} s at {doubled.size()}",
        goal="<= 6 s wall",
        met=max(seconds, seconds_2) <= 6,
        detail=(
            f"{pages} reference pages; the doubled catalog's built once; each build with its "
            f"decoder built too: {_built_with_validators():.2f} s with the validators an "
            f"earlier build kept (its decoder built again), {_built_again():.2f} s with the "
            "decoder an earlier build kept"
        ),
    )


#: How much heavier the reference pages may be at twice the sources: each page's own weight
#: stays, what it repeats from the catalog (the navigation) does not grow.
WEIGHT_GROWTH = 2.1


def site_weight() -> Row:
    """the reference pages' weight"""
    sizes = [
        sum(path.stat().st_size for path in (folder / "reference").rglob("*.html"))
        for folder in (_built()[0], _built_doubled()[0])
    ]
    growth = sizes[1] / sizes[0]
    return Row(
        subject=f"the HTML of every page under reference/, of the catalog and of {doubled.DOUBLED}",
        value=f"{sizes[0] / 1e6:.1f} MB; {sizes[1] / 1e6:.1f} MB at {doubled.size()} "
        f"({growth:.2f}x)",
        goal=f"<= {WEIGHT_GROWTH}x at twice the sources",
        met=growth <= WEIGHT_GROWTH,
        detail="a reference page's navigation lists its own provider's pages",
    )


def site_pages() -> Row:
    """the largest reference page"""
    folder, _ = _built()
    size, largest = max(
        (path.stat().st_size, path.relative_to(folder).as_posix())
        for path in (folder / "reference").rglob("*.html")
    )
    return Row(
        subject="the HTML of every page under reference/, as built",
        value=f"{size / 1024:.0f} KiB",
        goal="<= 300 KiB",
        met=size <= PAGE_BUDGET,
        detail=f"{largest}; a big code set is a page per group of its codes",
    )


def site_search() -> Row:
    """the first search's download"""
    sizes = []
    for folder in (_built()[0], _built_doubled()[0]):
        index = (folder / "search" / "search_index.json").read_bytes()
        sizes.append((len(gzip.compress(index, compresslevel=9)), len(index)))
    (packed, raw), (packed_2, raw_2) = sizes
    return Row(
        subject="what the first search fetches: the theme's search index "
        "(search/search_index.json: every page's and section's title, a code's wire value and "
        "aliases, the hand-written pages' texts with their examples' words, each once), which "
        "the exact search of codes reads too "
        f"(gzip -9), of the catalog and of {doubled.DOUBLED}",
        value=f"{packed / 1024:.1f} KiB gzip; {packed_2 / 1024:.1f} KiB at {doubled.size()}",
        goal="<= 150 KiB gzip",
        met=max(packed, packed_2) <= SEARCH_BUDGET,
        detail=f"{raw / 1024:.0f} KiB before compression; {raw_2 / 1024:.0f} KiB at "
        f"{doubled.size()}; the reference pages' texts stay on the pages",
    )
