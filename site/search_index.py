"""The site's search index (search/search_index.json, in the form of Material's theme, which its
search and the site's own script read), made by site/build.py's steps after the engine, whatever
the engine wrote: every page's entries (indexed), read from the built pages, and the index made
small and led by codes (searched)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

#: A code's entry in the theme's search index (a section titled by its wire value alone), and
#: the aliases its text ends with, which the site's script looks codes up by too.
_CODE = re.compile(r"<code>[^<]*</code>")
_ALIASES = re.compile(r"Aliases(?:(?:, )?<code>[^<]*</code>)+$")
#: How the theme weighs an entry (its boost): a code twice, the entries of a page that lists
#: codes found themselves (a code set's page, a category's) half.
CODE_BOOST, LISTING_BOOST = 2, 0.5
#: The file beside the index that holds the codes' texts, [address, text] each, which the site's
#: script fetches only when a reader asks to search them; a tag of the index's HTML.
TEXTS, _TAG = "texts.json", re.compile(r"<[^>]+>")


#: The front matter that keeps a page out of the engine's search, as the step after the engine
#: indexes it (indexed): each page whose own front matter says nothing of the search.
INDEXED_AFTER = "---\nsearch:\n  exclude: true\n"


def searched_after(page: str) -> bool:
    """Whether a page (its Markdown) is indexed after the engine (INDEXED_AFTER)."""
    if not page.startswith("---\n"):
        return True
    return not re.search(r"^search:", page[: page.find("\n---", 3)], re.MULTILINE)


#: Where the theme puts a page's content, and an element of it left out of the index by the
#: site's own mark (UNSEARCHED, beside the theme's data-search-exclude, which is the engine's to
#: read and Zensical takes out of the pages), which is not read when it holds no element of its
#: kind nor a heading (which would open a section of the index).
_ARTICLE = '<article class="md-content__inner md-typeset">'
UNSEARCHED = "data-unsearched"
_UNSEARCHED = re.compile(
    rf"<(tbody|thead|p|table|details|div)\b[^>]*\b{UNSEARCHED}>(.*?)</\1>", re.DOTALL
)


#: A heading that may hold a code (its entry's title); the tables and blocks of code a reference
#: page without one holds, whose words only a code's entry keeps (searched), not read.
_CODED = re.compile(r"<h[1-6][^>]*>(?:(?!</h).)*<code>", re.DOTALL)
_WORDS = re.compile(r"<(table|pre)\b.*?</\1>", re.DOTALL)


def _unread(element: re.Match[str]) -> str:
    whole = f"<{element[1]}" in element[2] or "<h" in element[2]
    return element[0] if whole else ""


def indexed(
    docs: Path, out: Path, given: dict[str, list[dict[str, str]]] | None = None
) -> list[dict[str, str]]:
    """The theme's search entries of every page whose front matter says nothing of the search
    (searched_after), as its search plugin makes them (a page's sections, read by the plugin's
    own parser), in the order MkDocs builds pages, from their content as built (`out`), without
    the parts it leaves out; a page's entries are those `given` for its address, if any."""
    entries: list[dict[str, str]] = []
    for url in indexed_pages(docs):
        if given is not None and url in given:
            entries += given[url]
        else:
            entries += page_entries(url, (out / url / "index.html").read_text(encoding="utf-8"))
    return entries


def indexed_pages(docs: Path) -> list[str]:
    """The address of every page of `docs` whose front matter says nothing of the search, in
    the order MkDocs builds pages."""
    sources = sorted(
        (page.relative_to(docs) for page in docs.rglob("*.md")),
        key=lambda page: (page.parts[:-1], page.stem != "index", page.name),
    )
    urls = []
    for source in sources:
        if searched_after((docs / source).read_text(encoding="utf-8")):
            stem = source.as_posix().removesuffix(".md").removesuffix("index")
            urls.append(stem if not stem or stem.endswith("/") else stem + "/")
    return urls


def page_entries(url: str, built: str) -> list[dict[str, str]]:
    """The search entries of the page at `url`, built as `built`."""
    from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]

    start = built.index(_ARTICLE) + len(_ARTICLE)
    # From its title: what an engine's theme puts before it (Zensical's target of the link
    # that skips to the content) would open an entry of its own.
    start = max(start, built.find("<h1", start))
    content = _UNSEARCHED.sub(_unread, built[start : built.rindex("</article>")].strip())
    if url.startswith("reference/") and not _CODED.search(content):
        content = _WORDS.sub("", content)
    parser = Parser()
    parser.feed(content.replace(f" {UNSEARCHED}", " data-search-exclude"))
    parser.close()
    entries = []
    for section in (section for section in parser.data if not section.is_excluded()):
        location = f"{url}#{section.id}" if section.id else url
        title, text = "".join(section.title).strip(), "".join(section.text).strip()
        entries.append({"location": location, "title": title, "text": text})
    return entries


def searched(
    index: Path,
    sources: Path,
    out: Path,
    separator: str,
    given: dict[str, list[dict[str, str]]] | None = None,
) -> None:
    """The theme's search index (which the first search fetches whole) without the reference
    pages' texts, which grow with the catalog: their entries keep their titles (a code's is its
    wire value, which the search splits into words) and a code's its aliases; the texts stay on
    the pages, and the codes' are written beside the index (TEXTS), for a reader who asks.
    A hand-written page's examples stay on the page, their words in its entries (worded).
    Codes weigh more than the pages that list them, by the theme's boost of an entry (a page's
    front matter would give its codes the page's). The index's settings are those the engine
    wrote, if it wrote the index, else the language and the word separator (`separator`). The
    entries `given` for a page's address are its own (indexed)."""
    written = json.loads(index.read_text("utf-8")) if index.is_file() else {}
    config = written.get("config", {"lang": ["en"], "separator": separator})
    content = {"config": config, "docs": indexed(sources, out, given)}
    texts: list[list[str]] = []
    docs = [doc for doc in content["docs"] if doc["location"].startswith("reference/")]
    split = re.compile(config["separator"])
    for doc in content["docs"]:
        if not doc["location"].startswith("reference/"):
            worded(doc, split)
    codes = {id(doc) for doc in docs if "#" in doc["location"] and _CODE.fullmatch(doc["title"])}
    listing = {doc["location"].partition("#")[0] for doc in docs if id(doc) in codes}
    for doc in docs:
        page = doc["location"].partition("#")[0]
        aliases = _ALIASES.search(doc["text"]) if id(doc) in codes else None
        if id(doc) in codes:  # its text, without its aliases, for a search of the texts
            told = doc["text"][: aliases.start()] if aliases else doc["text"]
            texts.append([doc["location"], " ".join(html.unescape(_TAG.sub(" ", told)).split())])
        doc["text"] = aliases.group(0) if aliases else ""
        if id(doc) in codes:
            doc["boost"] = CODE_BOOST
        elif page in listing or page.startswith("reference/categories/"):
            doc["boost"] = LISTING_BOOST
    index.parent.mkdir(exist_ok=True)
    index.write_text(json.dumps(content, separators=(",", ":")), "utf-8")
    texts_file = index.with_name(TEXTS)
    texts_file.write_text(json.dumps(texts, separators=(",", ":"), ensure_ascii=False), "utf-8")


#: A block of code in an entry's text (the search plugin keeps it whole), and the characters at a
#: word's ends that the search leaves out (lunr's trimmer).
_BLOCK = re.compile(r"<pre\b[^>]*>.*?</pre>", re.DOTALL)
_ENDS = re.compile(r"^\W+|\W+$")


def worded(doc: dict[str, str], split: re.Pattern[str]) -> None:
    """A hand-written page's entry with its blocks of code (its examples, which stay on the
    page) replaced, after its prose, by the words they hold that its title and prose lack, each
    once, as the search reads a word (split at its separator, `split`, without the non-word
    characters at its ends, in lower case): a search that found the entry by a word of its
    examples still finds it, and the first search's download no longer holds every line of
    every example."""
    blocks = _BLOCK.findall(doc["text"])
    if not blocks:
        return
    prose = _BLOCK.sub(" ", doc["text"]).strip()

    def words(markup: str) -> list[str]:
        found = (_ENDS.sub("", word).lower() for word in split.split(_plain(markup)))
        return [word for word in found if word]

    known = set(words(prose) + words(doc["title"]))
    new = [word for word in dict.fromkeys(words(" ".join(blocks))) if word not in known]
    held = f"<pre><code>{html.escape(' '.join(new), quote=False)}</code></pre>" if new else ""
    doc["text"] = f"{prose} {held}".strip()


def _plain(markup: str) -> str:
    """The text of an entry's markup."""
    return html.unescape(_TAG.sub(" ", markup))
