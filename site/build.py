"""Builds the bankcodes site: the site's own steps before and after the engine's build, so that
the engine (MkDocs with Material, pinned; or Zensical, which reads the same mkdocs.yml) only
renders Markdown with the theme, with the site's one Markdown extension (raw_blocks.py).

- Before: the engine's input, staged in a folder of its own: mkdocs.yml with the generated
  reference pages (docs/reference/nav.json) last in its navigation and the site's address
  (SITE_URL, else the catalog's documentation address from nav.json, if any);
  docs/ with each measurement a page quotes from bench/results.json (<!-- bench value: MEASURE
  -->, <!-- bench detail: MEASURE -->, the Performance page's <!-- bench results -->: bench/page.py)
  and who takes each next step a page names (<!-- step actor: STEP -->, codegen.model.STEP_ACTORS)
  in place, the JSON Schemas of generated/jsonschema/ beside the payload pages, and without the
  codes' reference text (reference/codes.txt), which is published as llms-full.txt.
- The engine: MkDocs's strict build of that input, its pages rendered by two processes, the same
  site byte for byte (site/engine.py), or `zensical build --strict`, with the theme's templates
  as overrides/ changes them (a reference page's navigation drawn with its own provider's pages
  alone: overrides/partials/nav.html); the decoder's script is built meanwhile, and while the
  steps after the engine run, which need none of it (site/decoder/build.mjs: the package's
  readers with what the decoder knows of every code, and apart, every kind's schema validator)
  into assets/decoder/, or taken as a build of the same sources kept it (site/decoder_cache.py,
  in build/site-decoder/ or --cache FOLDER, where the validators it compiled are kept too, by
  their schema's digest, for a build whose catalog changed: site/decoder/validators.mjs). The
  site replaces FOLDER's public/ (or --out) once it is whole: a build that fails leaves the
  last one as it was.
- After, on the built site, each page read and written once, by two processes
  (site/page_steps.py): the Mermaid library (drawing the lifecycle diagrams) loaded by the
  pages that draw one alone, and it and highlight.js (colouring code blocks) served by the site
  itself (both from the generator's Node tools); the site's Content-Security-Policy written into
  every page's element for it (overrides/main.html) with the hashes of the page's inline scripts
  (site/policy.py); every reference page's Markdown beside its HTML, with llms.txt listing them and
  llms-full.txt (instructions for assistants, then every code's reference text);
  the changelog's feed given the site's address; the links a page's HTML holds to a Markdown
  file turned into that page's address (addressed); the theme's search index (whichever engine
  wrote one), with every page's entries read from its content as built, without the parts the
  index leaves out (indexed), made small and led by codes (searched): MkDocs's input leaves the
  reference pages out of its own search (front matter, INDEXED_AFTER), as its plugin read every
  code's block whole.

Usage: python site/build.py [--site FOLDER] [--out FOLDER] [--engine mkdocs|zensical]
[--skip after] [--cache FOLDER]. FOLDER defaults to this site and its public/; the schemas and
package the site publishes are those of the tree its folder is in; the tools are this project's.
--skip after: the engine's build without the steps after it, as an engine that runs none of
them publishes (the contract test's broken build, tests/site/test_site_contract.py). --cache:
where the decoder's builds are kept (build/site-decoder/).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for folder in (str(ROOT), str(ROOT / "site")):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import decoder_cache  # noqa: E402
from page_steps import stepped  # noqa: E402
from search_index import INDEXED_AFTER, searched, searched_after  # noqa: E402

from bench.page import RESULTS_MARKER, VALUE_MARKER, performance, quoted  # noqa: E402
from codegen import paths  # noqa: E402 (the project root is on the path only now)
from codegen.model import STEP_ACTORS  # noqa: E402

#: Each engine's command, run in the staged folder on its mkdocs.yml: MkDocs's build, strict, its
#: pages rendered by a process a core (site/engine.py).
ENGINES = {
    "mkdocs": [sys.executable, str(ROOT / "site" / "engine.py")],
    "zensical": ["zensical", "build", "--strict", "-f"],
}
#: The browser libraries the site serves itself (the theme would otherwise fetch Mermaid from a
#: CDN), by their address on the site.
LIBRARIES = {
    "assets/mermaid.min.js": paths.NODE_TOOLS / "mermaid" / "dist" / "mermaid.min.js",
    "assets/highlight.min.js": paths.NODE_TOOLS / "@highlightjs/cdn-assets/highlight.min.js",
}


def build(
    site: Path,
    out: Path,
    engine: str = "mkdocs",
    skip: tuple[str, ...] = (),
    cache: Path = decoder_cache.FOLDER,
) -> None:
    """The site of `site` (its mkdocs.yml, docs/ and overrides/) built into `out`, with the
    decoder kept in `cache` (site/decoder_cache.py)."""
    # SITE_URL, else the address the catalog names for its reference site, if any.
    nav = json.loads((site / "docs" / "reference" / "nav.json").read_text("utf-8"))
    address: str | None = os.environ.get("SITE_URL") or nav.get("site_url")
    if missing := [str(path) for path in LIBRARIES.values() if not path.is_file()]:
        raise FileNotFoundError(f"{', '.join(missing)} missing: run make setup")
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    project = site.resolve().parent
    key = decoder_cache.digest(project)
    # Beside `out`, which the site replaces once it is whole: the engine's site (written in the
    # staged folder, as Zensical writes none outside it), the steps after it run on it.
    with tempfile.TemporaryDirectory(prefix=".staged-", dir=out.parent) as folder:
        # Built apart, as the engine empties the folder it writes the site in first, from the
        # start, beside the engine and the steps after it, which need none of it (and waited
        # for, whatever fails meanwhile), unless kept.
        decoder, built = Path(folder) / "decoder", Path(folder) / "public"
        script = [str(ROOT / "site" / "decoder" / "build.mjs"), str(decoder), str(project)]
        script += ["--kept", str(cache / decoder_cache.VALIDATORS)]
        with (
            contextlib.nullcontext(None)
            if decoder_cache.kept(key, decoder, cache)
            else subprocess.Popen(
                ["node", *script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
        ) as building:
            config = before(site, Path(folder), address, nav["nav"], engine == "mkdocs")
            environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            environment["PYTHONPATH"] = os.pathsep.join([str(ROOT / "site"), str(ROOT)])
            ran = subprocess.run(
                [*ENGINES[engine], str(config)], cwd=folder, env=environment, capture_output=True
            )
            if ran.returncode == 0 and "after" not in skip:
                after(site, built, address)
            stdout, stderr = building.communicate(timeout=300) if building else ("", "")
        if ran.returncode != 0:
            raise RuntimeError(f"{engine} failed: {(ran.stderr or ran.stdout).decode().strip()}")
        if building is not None and building.returncode != 0:
            raise RuntimeError(f"building the decoder failed: {stderr.strip() or stdout}")
        if building is not None:
            decoder_cache.keep(key, decoder, cache)
        if "after" not in skip:
            shutil.copytree(decoder, built / "assets" / "decoder", dirs_exist_ok=True)
        shutil.rmtree(out, ignore_errors=True)
        os.replace(built, out)


def before(
    site: Path, stage: Path, address: str | None, reference: Any, searched: bool = True
) -> Path:
    """The engine's input staged in `stage`, with the reference pages' navigation `reference`,
    and where the engine's search index is the one the step after it makes (`searched`: the
    theme's index), the reference pages out of the engine's search; the path of its
    mkdocs.yml."""
    docs = stage / "docs"

    def staged(source: str, target: str) -> None:
        """A file of docs/ staged; a reference page out of the engine's search as it is written,
        where copying it and then writing it again took twice the files' work."""
        page = searched and source.endswith(".md") and target.startswith(f"{docs}/reference/")
        if page and searched_after(text := Path(source).read_text(encoding="utf-8")):
            rest = text[4:] if text.startswith("---\n") else f"---\n{text}"
            Path(target).write_text(INDEXED_AFTER + rest, "utf-8")
        else:
            shutil.copyfile(source, target)

    ignored = shutil.ignore_patterns("codes.txt")
    shutil.copytree(site / "docs", docs, ignore=ignored, copy_function=staged)
    shutil.copytree(site / "overrides", stage / "overrides")
    results = site.resolve().parent / "bench" / "results.json"
    for page in docs.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        filled = step_actors(quoted(text, results) if VALUE_MARKER.search(text) else text)
        if filled != text or RESULTS_MARKER in text:
            page.write_text(filled.replace(RESULTS_MARKER, performance(results)), "utf-8")
    schemas = site.resolve().parent / "generated" / "jsonschema"
    shutil.copytree(schemas, docs / "reference" / "payloads", dirs_exist_ok=True, ignore=_json)
    text = (site / "mkdocs.yml").read_text(encoding="utf-8")
    if re.findall(r"^(\w+):", text, re.MULTILINE)[-1:] != ["nav"]:
        raise ValueError(f"{site / 'mkdocs.yml'}: nav must be its last setting (see its comment)")
    text = re.sub(r"^site_url: .*$", f"site_url: {json.dumps(address)}", text, flags=re.MULTILINE)
    config = stage / "mkdocs.yml"
    config.write_text(f"{text.rstrip()}\n  - Reference: {json.dumps(reference)}\n", "utf-8")
    return config


def _json(where: str, names: list[str]) -> list[str]:
    """What of generated/jsonschema/ is not a schema (its index)."""
    return [name for name in names if name.endswith(".json") and ".schema." not in name]


#: Where a page shows who takes a next step (<!-- step actor: STEP -->): the one declaration,
#: codegen.model.STEP_ACTORS, which both packages read too.
STEP_ACTOR = re.compile(r"<!-- step actor: ([a-z_]+) -->")


def step_actors(markdown: str) -> str:
    """`markdown` with each <!-- step actor: STEP --> replaced by who takes STEP, as a token;
    ValueError for a step that is none of the vocabulary's."""

    def actor(found: re.Match[str]) -> str:
        if found.group(1) not in STEP_ACTORS:
            raise ValueError(f"{found.group(0)} names no next step of the vocabulary")
        return f"`{STEP_ACTORS[found.group(1)]}`"

    return STEP_ACTOR.sub(actor, markdown)


def after(site: Path, out: Path, address: str | None) -> None:
    """The steps after the engine's build that need no decoder, on the site it built into `out`
    (the decoder's script is published in assets/decoder/ once built)."""
    for uri, library in LIBRARIES.items():
        shutil.copyfile(library, out / uri)
    entries = stepped(site / "docs", out)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    name, description = (re.findall(rf"^{key}: (.+)$", config, re.M)[0] for key in _NAMES)
    base = address.rstrip("/") + "/" if address else ""
    plain_copies(site / "docs", out, base, name, description)
    addressed_feed(out, address)
    separator = re.findall(r"^ +separator: '(.+)'$", config, re.M)[0]
    searched(out / "search" / "search_index.json", site / "docs", out, separator, entries)


#: What llms.txt and llms-full.txt take from mkdocs.yml.
_NAMES = ("site_name", "site_description")


def plain_copies(docs: Path, out: Path, base: str, name: str, description: str) -> None:
    """Publish every reference page's Markdown beside its HTML (reference/x/y.md beside
    reference/x/y/, so that its links between pages still hold); llms.txt, the index of those
    copies in the navigation's order; and llms-full.txt, INSTRUCTIONS then codes.txt (without its
    header). Their links are absolute where the site has an address (`base`), relative to the
    site's root otherwise."""
    lines = [f"# {name}", "", f"> {description}", ""]
    lines += ["The reference pages as Markdown: one page per provider, code set, category and"]
    lines += ["payload kind, generated from the catalog. Every code in one file, with how to"]
    lines += [f"read them: [llms-full.txt]({base}llms-full.txt).", "", "## Reference", ""]
    nav = json.loads((docs / "reference" / "nav.json").read_text(encoding="utf-8"))["nav"]
    for title, page in pages(nav, "Reference"):
        target = out / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(docs / page, target)
        lines.append(f"- [{title}]({base}{page})")
    (out / "llms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    codes = (docs / "reference" / "codes.txt").read_text(encoding="utf-8")
    codes = _SITE_LINK.sub(lambda _: f"]({base}", _HEADER.sub("", codes, count=1))
    head = INSTRUCTIONS.format(name=name, description=description, index=f"{base}llms.txt")
    (out / "llms-full.txt").write_text(head + codes, encoding="utf-8")


#: What llms-full.txt tells an assistant before the codes.
INSTRUCTIONS = """\
# {name}: every code, for assistants

> {description}

How to read a provider's code with this text:

- Key on the wire value: the exact string or number in the field this text names for its code
  set (each code set's "Wire field"), never the words of a message or a description.
- A value this text does not list is unknown: say so, and never answer for it with a listed
  code whose value looks alike.
- retryable says whether the same request, repeated unchanged later, may succeed; "the end user
  can retry" whether the customer can act and then try again.
- Each code's section ("Section") gives its sources, its HTTP statuses and what to tell the
  customer. The pages as Markdown are listed in {index}.

"""
#: A link of codes.txt to a page of the site (relative to the site's root).
_SITE_LINK = re.compile(r"\]\((?=reference/)")
#: The comment naming a generated file's source, which it starts with.
_HEADER = re.compile(r"\A\s*<!--.*?-->\s*", re.DOTALL)


#: The root element of the changelog's feed, as codegen/targets/site/feed.py writes it.
_FEED = '<feed xmlns="http://www.w3.org/2005/Atom">'


def addressed_feed(out: Path, address: str | None) -> None:
    """Give the feed the site's address as its base (its links are relative to the feed),
    where the site has one and the catalog named none."""
    feed = out / "reference" / "changelog.xml"
    if not address or not feed.is_file():
        return
    text = feed.read_text(encoding="utf-8")
    base = html.escape(address.rstrip("/") + "/reference/", quote=True)
    element = f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}">'
    feed.write_text(text.replace(_FEED, element, 1), encoding="utf-8")


def pages(nav: Any, title: str) -> Iterator[tuple[str, str]]:
    """(title, page) of every page of a navigation tree, in its order; a section's index page
    takes the section's title."""
    if isinstance(nav, str):
        yield title, nav
    elif isinstance(nav, dict):
        for key, value in nav.items():
            yield from pages(value, key)
    else:
        for item in nav:
            yield from pages(item, title)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, help="default: the site's public/")
    parser.add_argument("--engine", choices=sorted(ENGINES), default="mkdocs")
    parser.add_argument("--skip", choices=["after"], action="append", default=[])
    parser.add_argument("--cache", type=Path, default=decoder_cache.FOLDER)
    args = parser.parse_args(argv)
    out = args.out or args.site / "public"
    try:
        build(args.site, out, args.engine, tuple(args.skip), args.cache)
    except (OSError, ValueError, RuntimeError) as error:
        print(f"building the site failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
