"""MkDocs hooks of the bankcodes site.

- on_config: add the generated reference pages (docs/reference/nav.json) to the navigation,
  and take the site's address from SITE_URL, else from nav.json (the catalog's
  about.project.documentation, if any).
- on_files: publish the JSON Schemas of generated/jsonschema/ beside the payload pages, taken
  from there at build time (they are committed once, in generated/), the Mermaid library
  that draws the lifecycle diagrams and highlight.js, which colours code blocks (both from the
  generator's Node tools).
- on_page_markdown: fill the Performance page from bench/results.json, written by `make bench`,
  and put each measurement a page quotes (<!-- bench value: MEASURE -->, or its details:
  <!-- bench detail: MEASURE -->) in its place (bench/page.py writes both), and who takes each
  next step a page names (<!-- step actor: STEP -->, codegen.model.STEP_ACTORS); set aside
  the HTML a reference page holds ready-made (between codegen's RAW_START and RAW_END marks: a
  code set's table and its codes' blocks), which Markdown never parses.
- on_page_content: put that HTML back, with its headings in the page's table of contents; load
  the Mermaid library on the pages that draw a diagram, and there alone; give the search plugin
  the content without what it leaves out (data-search-exclude).
- on_page_context: give the page its whole content back, after the search plugin read it.
- on_post_page, on_post_template: write the site's Content-Security-Policy into each page's
  element for it (overrides/main.html), with the hashes of the page's inline scripts
  (codegen.targets.site.policy).
- on_post_build: publish the reference pages' Markdown beside their HTML, with llms.txt
  listing them and llms-full.txt (instructions for assistants, then every code's reference
  text, codes.txt, which the site does not serve as it is); give the changelog's feed the
  site's address; build the decoder's script (site/decoder/build.mjs: the package's readers with
  what the decoder knows of every code, and apart, every kind's schema validator) into
  assets/decoder/.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.page import RESULTS_MARKER, VALUE_MARKER, performance, quoted  # noqa: E402
from codegen import paths  # noqa: E402 (the project root is on the path only now)
from codegen.filters import RAW_END, RAW_START  # noqa: E402
from codegen.model import STEP_ACTORS  # noqa: E402
from codegen.targets.site.policy import with_policy  # noqa: E402


def _project(config: MkDocsConfig) -> Path:
    """The tree the site belongs to: the folder above the one holding mkdocs.yml."""
    return Path(config.config_file_path).resolve().parent.parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    nav_file = Path(config.docs_dir) / "reference" / "nav.json"
    generated = json.loads(nav_file.read_text(encoding="utf-8"))
    # Without SITE_URL, the address the catalog names for its reference site, if any.
    config.site_url = config.site_url or generated.get("site_url")
    config.nav = [*(config.nav or []), {"Reference": generated["nav"]}]
    return config


#: The browser libraries the site serves itself (Material would otherwise fetch Mermaid from a
#: CDN), by their address on the site.
LIBRARIES = {
    "assets/mermaid.min.js": paths.NODE_TOOLS / "mermaid" / "dist" / "mermaid.min.js",
    "assets/highlight.min.js": paths.NODE_TOOLS / "@highlightjs/cdn-assets/highlight.min.js",
}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # The codes' reference text is published as llms-full.txt (on_post_build), not as it is.
    codes = files.get_file_from_path(CODES_TEXT)
    if codes is not None:
        files.remove(codes)
    for uri, library in LIBRARIES.items():
        if not library.is_file():
            raise FileNotFoundError(f"{library} is missing: run make setup")
        files.append(File.generated(config, uri, abs_src_path=str(library)))
    schemas = _project(config) / "generated" / "jsonschema"
    for path in sorted(schemas.rglob("*.schema.json")):
        uri = "reference/payloads/" + path.relative_to(schemas).as_posix()
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


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


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    path = _project(config) / "bench" / "results.json"
    if VALUE_MARKER.search(markdown):
        markdown = quoted(markdown, path)
    markdown = step_actors(markdown)
    if RESULTS_MARKER in markdown:
        markdown = markdown.replace(RESULTS_MARKER, performance(path))
    return set_aside(markdown, page)


#: The HTML set aside per page (by its source), until its content is rendered.
_RAW: dict[str, list[str]] = {}
_RAW_BLOCK = re.compile(re.escape(RAW_START) + r"\n(.*?)\n" + re.escape(RAW_END), re.DOTALL)
#: What stands for a block in the Markdown, and what Markdown makes of it.
_PLACE = "bankcodes-raw-{}"
_PLACED = re.compile(r"<p>bankcodes-raw-(\d+)</p>")
#: The headings of the blocks, as codegen's templates write them.
_ID = re.compile(r'\bid="([^"]+)"')
_HEADING = re.compile(r'<h([2-6]) id="([^"]+)"[^>]*>(.*?)<a class="headerlink"')
_TAG = re.compile(r"<[^>]+>")


def set_aside(markdown: str, page: Page) -> str:
    blocks: list[str] = []

    def place(found: re.Match[str]) -> str:
        blocks.append(found[1])
        return _PLACE.format(len(blocks) - 1)

    markdown = _RAW_BLOCK.sub(place, markdown)
    if blocks:
        _RAW[page.file.src_uri] = blocks
    return markdown


def put_back(html: str, page: Page) -> str:
    """The page's content with its blocks in place, their headings added to its table of
    contents after those of its Markdown (the blocks come last in each page that has them)."""
    blocks = _RAW.pop(page.file.src_uri, None)
    if blocks is None:
        return html
    html = _PLACED.sub(lambda found: blocks[int(found[1])], html)
    if page.present_anchor_ids is not None:  # what MkDocs checks links to this page against
        page.present_anchor_ids.update(_ID.findall("".join(blocks)))
    for block in blocks:
        for level, anchor, title in _HEADING.findall(block):
            link = AnchorLink(_TAG.sub("", title), anchor, int(level))
            parent = _parent(page, int(level))
            (parent.children if parent is not None else page.toc.items).append(link)
    return html


def _parent(page: Page, level: int) -> AnchorLink | None:
    """The last entry of the table of contents a heading of `level` goes under, if any."""
    parent = None
    items = page.toc.items
    while items and items[-1].level < level:
        parent = items[-1]
        items = parent.children
    return parent


#: What the diagram fences become (pymdownx.superfences' fence_code_format), which the theme
#: draws with the global `mermaid`.
_DIAGRAM = '<pre class="mermaid">'


#: The comment naming a generated page's source, which its Markdown starts with.
_HEADER = re.compile(r"\A\s*<!--.*?-->\s*", re.DOTALL)


#: The parts of the blocks that search leaves out, as codegen's templates write them.
_UNSEARCHED = re.compile(r"<(tr|thead|table|details) data-search-exclude>.*?</\1>", re.DOTALL)
#: Each page's whole content, while the search plugin reads it without those parts.
_WHOLE: dict[str, str] = {}
#: What the search plugin takes out of the content it read (material/plugins/search/plugin.py).
_SEARCH_ATTRIBUTE = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # The source's header stays in its Markdown (and the plain copy published beside the page);
    # in the page, text before the title would open a search entry of its own, an empty one.
    html = with_diagrams(put_back(_HEADER.sub("", html, count=1), page), page)
    # The search plugin reads the content next (its on_page_context) and skips what is marked
    # data-search-exclude: it is given the content without those parts, which it would parse
    # for nothing (most of a code's block), and the page gets its whole content back below.
    searched = _UNSEARCHED.sub("", html)
    if searched != html:
        _WHOLE[page.file.src_uri] = html
    return searched


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any
) -> dict[str, Any]:
    """The page's whole content back, before its template is rendered (hooks run after the
    configured plugins, the search plugin among them)."""
    whole = _WHOLE.pop(page.file.src_uri, None)
    if whole is not None:
        # As the search plugin leaves the content it read: without its attributes with values.
        page.content = _SEARCH_ATTRIBUTE.sub("", whole)
    return context


#: The pages that draw a diagram, with the address of the Mermaid library from each.
_DIAGRAM_PAGES: dict[str, str] = {}
#: The theme's own script that ends the part of a page its instant navigation brings in
#: (material/templates/partials/javascripts/content.html).
_THEME_CONTENT_SCRIPT = re.compile(
    r"<script>var target=document\.getElementById\(location\.hash\.slice\(1\)\).*?</script>"
)


def with_diagrams(html: str, page: Page) -> str:
    """A page with a diagram loads the Mermaid library (3.5 MB); the other pages never do: the
    page is noted here, and `with_mermaid` puts the script in once the page is rendered."""
    if _DIAGRAM in html:
        _DIAGRAM_PAGES[page.file.src_uri] = get_relative_url("assets/mermaid.min.js", page.url)
    return html


def with_mermaid(output: str, page: Page) -> str:
    """The Mermaid library's script as the last script of what the theme's instant navigation
    brings in, right after the theme's own script there: the theme re-creates those scripts and
    waits for the last one alone before it draws, so a diagram reached from any page is drawn
    with the site's copy, never a CDN's (nor left undrawn)."""
    source = _DIAGRAM_PAGES.pop(page.file.src_uri, None)
    if source is None:
        return output
    found = _THEME_CONTENT_SCRIPT.search(output)
    if found is None:
        raise ValueError(
            f"{page.file.src_uri}: the theme's content script, after which the Mermaid library "
            "is loaded, is not in the page (a new version of the theme?)"
        )
    end = found.end()
    return f'{output[:end]}\n<script src="{source}"></script>{output[end:]}'


#: Whether the site is being served by `mkdocs serve` (run in site/ to see pages reloaded as
#: they are edited; make serve serves the built site), which adds an inline script of its own
#: to every page as it sends it (its live reload, different on each request), after the policy
#: is written: there, the policy lets inline scripts run, which a policy holding hashes would
#: not (CSP3 ignores 'unsafe-inline' beside a hash). The built site never does.
_SERVING: list[bool] = [False]


def on_startup(*, command: str, dirty: bool) -> None:
    _SERVING[0] = command == "serve"


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return with_policy(with_mermaid(output, page), page.file.src_uri, _SERVING[0])


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # The theme's pages without a source (404.html); not sitemap.xml.
    if not template_name.endswith(".html"):
        return output_content
    return with_policy(output_content, template_name, _SERVING[0])


#: The decoder's build, started with the site build and awaited at its end.
_DECODER: list[tuple[subprocess.Popen[str], Path]] = []


def on_pre_build(config: MkDocsConfig) -> None:
    # The build script and its tools are this project's; the schemas and package it bundles are
    # those of the tree the site belongs to.
    script = paths.ROOT / "site" / "decoder" / "build.mjs"
    out = Path(config.site_dir) / "assets" / "decoder"
    process = subprocess.Popen(
        ["node", str(script), str(out), str(_project(config))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _DECODER.append((process, out))


def on_post_build(config: MkDocsConfig) -> None:
    plain_copies(config)
    full_text(config)
    addressed_feed(config)
    while _DECODER:
        process, out = _DECODER.pop()
        stdout, stderr = process.communicate(timeout=300)
        if process.returncode != 0:
            raise RuntimeError(f"building {out} failed: {stderr.strip() or stdout}")


def plain_copies(config: MkDocsConfig) -> None:
    """Publish every reference page's Markdown beside its HTML (reference/x/y.md beside
    reference/x/y/, so that its links between pages still hold) and llms.txt, the index of
    those copies in the navigation's order (absolute only when the site has an address)."""
    docs, site = Path(config.docs_dir), Path(config.site_dir)
    base = config.site_url.rstrip("/") + "/" if config.site_url else ""
    lines = [f"# {config.site_name}", "", f"> {config.site_description}", ""]
    lines += ["The reference pages as Markdown: one page per provider, code set, category and"]
    lines += ["payload kind, generated from the catalog. Every code in one file, with how to"]
    lines += [f"read them: [llms-full.txt]({base}llms-full.txt).", "", "## Reference", ""]
    nav = json.loads((docs / "reference" / "nav.json").read_text(encoding="utf-8"))["nav"]
    for title, page in _pages(nav, "Reference"):
        target = site / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(docs / page, target)
        lines.append(f"- [{title}]({base}{page})")
    (site / "llms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


#: The codes' reference text, as the generator writes it (codegen/targets/site/llms.py).
CODES_TEXT = "reference/codes.txt"
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


def full_text(config: MkDocsConfig) -> None:
    """Publish llms-full.txt: INSTRUCTIONS, then codes.txt (without its header), with every
    link absolute where the site has an address (relative to the site's root otherwise)."""
    base = config.site_url.rstrip("/") + "/" if config.site_url else ""
    codes = (Path(config.docs_dir) / CODES_TEXT).read_text(encoding="utf-8")
    codes = _SITE_LINK.sub(lambda _: f"]({base}", _HEADER.sub("", codes, count=1))
    head = INSTRUCTIONS.format(
        name=config.site_name, description=config.site_description, index=f"{base}llms.txt"
    )
    (Path(config.site_dir) / "llms-full.txt").write_text(head + codes, encoding="utf-8")


#: The root element of the changelog's feed, as codegen/targets/site/feed.py writes it.
_FEED = '<feed xmlns="http://www.w3.org/2005/Atom">'


def addressed_feed(config: MkDocsConfig) -> None:
    """Give the feed the site's address as its base (its links are relative to the feed),
    where the site has one and the catalog named none."""
    feed = Path(config.site_dir) / "reference" / "changelog.xml"
    if not config.site_url or not feed.is_file():
        return
    text = feed.read_text(encoding="utf-8")
    base = html.escape(config.site_url.rstrip("/") + "/reference/", quote=True)
    element = f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}">'
    feed.write_text(text.replace(_FEED, element, 1), encoding="utf-8")


def _pages(nav: Any, title: str) -> Iterator[tuple[str, str]]:
    """(title, page) of every page of a navigation tree, in its order; a section's index page
    takes the section's title."""
    if isinstance(nav, str):
        yield title, nav
    elif isinstance(nav, dict):
        for key, value in nav.items():
            yield from _pages(value, key)
    else:
        for item in nav:
            yield from _pages(item, title)
