"""The site's search index: each code is found at its own section, by the words of its wire
value and its aliases; the pages that list codes found elsewhere add headings, not listings."""

from __future__ import annotations

import importlib
import json
import re
import shutil
from pathlib import Path

from tests.support.helpers import site_steps


def test_a_codes_search_entry_is_its_wire_value_and_its_aliases_weighed_above_its_page(
    built: Path,
) -> None:
    """The first search fetches the whole index: a code's entry holds what it is found by, its
    wire value (split into words by the search's separator) and its aliases, and weighs twice
    what the entries of the pages that list codes weigh (half); the reference pages' texts,
    which grow with the catalog, stay on the pages, and the hand-written pages keep theirs."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    (location,) = [key for key in docs if key.endswith("/#ITEM_LOGIN_REQUIRED")]
    assert location == "reference/plaid/error_code/item_error/#ITEM_LOGIN_REQUIRED"
    entry = docs[location]
    assert (entry["title"], entry["text"], entry["boost"]) == (
        "<code>ITEM_LOGIN_REQUIRED</code>",
        "",
        2,
    )
    # Its words, as the theme's search splits a title and a query alike.
    assert re.split(index["config"]["separator"], "ITEM_LOGIN_REQUIRED") == [
        "ITEM",
        "LOGIN",
        "REQUIRED",
    ]
    assert re.split(index["config"]["separator"], "consent.expired") == ["consent", "expired"]
    # The page that lists Plaid's ITEM_ERROR codes, and a category's page, weigh half.
    assert docs["reference/plaid/error_code/item_error/"]["boost"] == 0.5
    assert docs["reference/categories/credentials_invalid/"]["boost"] == 0.5
    assert docs["reference/plaid/error_code/item_error/"]["text"] == ""
    # UK Open Banking v4's U002 is v3's UK.OBIE.Field.Invalid (OB_Internal_Codeset.csv).
    (field_invalid,) = [doc for key, doc in docs.items() if key.endswith("#UK.OBIE.Field.Invalid")]
    assert field_invalid["text"] == "Aliases<code>U002</code>"
    # A hand-written page keeps its text and its weight.
    assert "boost" not in docs["webhooks/"]
    assert "signature" in docs["webhooks/"]["text"]


def test_a_hand_written_pages_examples_leave_their_words_alone_in_the_index(
    built: Path,
) -> None:
    """A hand-written page's examples stay on the page: its entry keeps its prose, then the words
    of its examples that its title and prose lack, each once and in lower case, as the search
    reads them; a word found in an example before is found there still."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    # The TypeScript page's first example (site/docs/typescript.md): a listener of Flinks
    # Connect's messages, which names the package's functions only in its code.
    text = docs["typescript/#a-complete-flinks-connect-listener"]["text"]
    assert "FLINKS_HOSTS)) return;" not in text and text.count("<pre>") == 1
    words = text[text.index("<pre><code>") + len("<pre><code>") : text.index("</code></pre>")]
    said = words.split(" ")
    assert {"flinksconnecterror", "isallowedflinksorigin", "parseflinksconnectmessage"} <= set(said)
    assert len(said) == len(set(said))
    assert text.endswith("</code></pre>")


def test_the_changelogs_lists_of_changes_are_left_out_of_the_search(built: Path) -> None:
    """A release's changes name codes found at their own sections: the changelog marks its lists
    for the search to leave out (the theme's data-search-exclude, for the engine's own index,
    and the site's data-unsearched, for the index the site's build makes), which a Markdown
    element's attribute without a value lost (md_in_html wrote a bare <div>)."""
    page = (built / "reference" / "changelog" / "index.html").read_text(encoding="utf-8")
    opened = page.rfind("<div", 0, page.index("<li>Added <code>"))
    assert page[opened : page.index(">", opened) + 1] == (
        "<div data-search-exclude data-unsearched>"
    )


def test_listings_of_codes_add_nothing_to_the_search_index(built: Path) -> None:
    """A code is found at its own section: the pages that list codes found elsewhere (a
    category's codes, the matrix, the changelog's lists, a payload kind's example bodies) keep
    their headings in the index, not the listings."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    # Plaid's codes in the category "Credentials invalid" (plaid.com/docs/errors/item/): the
    # category is found by its description, its lists of codes by provider not at all.
    assert "reference/categories/credentials_invalid/" in text
    assert not [key for key in text if key.startswith("reference/categories/credentials_invalid/#")]
    assert "INVALID_MFA" not in "".join(v for k, v in text.items() if "matrix/" in k)
    assert "Added" not in "".join(v for k, v in text.items() if "changelog/" in k)
    assert not [key for key in text if key.startswith("reference/payloads/plaid/webhook/#")]
    assert "ITEM_LOGIN_REQUIRED" not in text["reference/payloads/plaid/webhook/"]
    # The code's own section is still there.
    assert "reference/plaid/error_code/item_error/#INVALID_CREDENTIALS" in text


def test_every_pages_entries_are_the_search_plugins_own(small_project: Path) -> None:
    """The step after the engine makes every page's entries, reading their content
    without the parts the index leaves out: the same entries the theme's search plugin makes of
    each page's whole content, in the same order, and the same texts of its codes' entries (the
    only texts the index keeps: a page without a code is read without its tables and blocks of
    code, which are then not in its entries' texts). Read on the small project's site: a page of
    every kind, its texts made hostile (markup, entities, right-to-left words)."""
    from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]

    site_steps()  # site/ on the path, as the site's build puts it
    steps = importlib.import_module("search_index")
    built = small_project / "public"
    entries = steps.indexed(small_project / "site" / "docs", built)
    pages = list(dict.fromkeys(entry["location"].partition("#")[0] for entry in entries))
    # The hand-written pages first, the home page first, as MkDocs builds them.
    assert pages[0] == "" and "webhooks/" in pages
    reference = [page for page in pages if page.startswith("reference/")]
    assert reference[:2] == ["reference/", "reference/changelog/"]
    assert pages[-len(reference) :] == reference
    expected = []
    for page in pages:
        text = (built / page / "index.html").read_text(encoding="utf-8")
        content = text[text.index(steps._ARTICLE) + len(steps._ARTICLE) : text.rindex("</article>")]
        parser = Parser()
        parser.feed(content.strip())
        parser.close()
        for section in (section for section in parser.data if not section.is_excluded()):
            title, words = "".join(section.title).strip(), "".join(section.text).strip()
            location = f"{page}#{section.id}" if section.id else page
            expected.append({"location": location, "title": title, "text": words})
    assert [(e["location"], e["title"]) for e in entries] == [
        (e["location"], e["title"]) for e in expected
    ]
    coded = [e for e in expected if steps._CODE.fullmatch(e["title"])]
    assert len(coded) > 10
    assert [e for e in entries if steps._CODE.fullmatch(e["title"])] == coded
    # A payload page's tables of fields are not read: their words are in its full reading only.
    read, full = (
        "".join(e["text"] for e in found if e["location"].startswith("reference/payloads/"))
        for found in (entries, expected)
    )
    assert read and len(read) < len(full)


def test_the_index_is_written_whatever_the_engine_wrote(
    small_project: Path, tmp_path: Path
) -> None:
    """The site's search index is the step after the engine's, not the engine's: from a built
    site without one (Zensical writes search.json, in a form of its own), whose pages open their
    content with the target of the link that skips to it and are without the theme's marks of
    what the search leaves out (as Zensical builds them: the site's own marks stay), the step
    writes the same index as from the site MkDocs built, with the language and the site's
    separator of words (mkdocs.yml's), and the codes' texts beside it."""
    site_steps()  # site/ on the path, as the site's build puts it
    steps = importlib.import_module("search_index")
    built, out = small_project / "public", tmp_path / "public"
    shutil.copytree(built, out, ignore=shutil.ignore_patterns("search"))
    skip = '<a id="__skip" tabindex="-1"></a>'
    for page in out.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r' data-search-exclude(="[^"]*")?', "", text)
        page.write_text(text.replace(steps._ARTICLE, steps._ARTICLE + skip), "utf-8")
    steps.searched(out / "search/search_index.json", small_project / "site/docs", out, SEPARATOR)
    written = json.loads((out / "search/search_index.json").read_text(encoding="utf-8"))
    index = json.loads((built / "search/search_index.json").read_text(encoding="utf-8"))
    assert written["config"] == {"lang": ["en"], "separator": "[\\s\\-_.]+"}
    assert written["docs"] == index["docs"]
    assert written["docs"][0]["location"] == ""
    texts = (out / "search" / steps.TEXTS).read_bytes()
    assert texts == (built / "search" / steps.TEXTS).read_bytes()


#: The separator of words of the site's search, as mkdocs.yml writes it.
SEPARATOR = "[\\s\\-_.]+"
