"""Hostile spec text can never become code or markup.

Every free-text field of the spec (found by walking the spec against its schema, so no field is
left out) gets its own hostile text, every URL a hostile URL, and every code set a code with a
hostile wire value (with every optional field, so that every kind of a code's text is there, in
the first code set of each provider and the first integer code set:
tests/support/hostile_spec.py), in the small project's spec (every provider, template and kind
of field, with fewer codes and payload kinds: tests/support/small_project.py). The result must
generate; Python and TypeScript must read every text back exactly; the JSON Schemas must stay
valid; and the built site must show the texts literally, with no script running in Chromium and
no javascript: link on any page.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest

from codegen.filters import md_url
from tests.support.browser import BROWSER_WAIT, SEARCH_INDEX, no_search_pages
from tests.support.helpers import python_path, run_node
from tests.support.hostile_spec import HOSTILE, HOSTILE_URL, HOSTILE_VALUE, Path_
from tests.support.html import Page, text_of
from tests.support.small_project import added, project_spec


def test_the_walk_finds_every_kind_of_text_field() -> None:
    _, assigned = project_spec()
    keys = {at[-1] if isinstance(at[-1], str) else at[-2] for at in assigned}
    expected = {
        "title", "description", "message", "advice", "notes", "action", "why", "cause",
        "context", "steps_to_reproduce", "note", "reason", "field", "name", "url", "website",
        "username", "password", "institution", "format", "adding_a_code", "generated_files",
        "regions", "sdks", "doc_versions", "data_sources", "endpoints",
    }  # fmt: skip
    assert expected <= keys, expected - keys
    assert len(assigned) > 1000


#: Fields no output shows: the spec's own explanations.
NOT_SHOWN = {"about"}

PY_DUMP = """
import json, bankcodes, importlib
from bankcodes import payloads
texts = []
for c in bankcodes.Category:
    texts += [c.label, c.description, c.action]
for provider in bankcodes.PROVIDERS:
    module = importlib.import_module(f"bankcodes.{provider}")
    for code_set in module.CODE_SETS:
        info = code_set.code_set()
        texts += [info.title, info.description, info.field]
        texts += [s.title for s in info.sources] + [s.url for s in info.sources]
        for member in code_set:
            i = member.info
            texts += [i.description, i.message, i.advice, i.notes, i.steps_to_reproduce]
            texts += [i.lifecycle.note if i.lifecycle else None]
            texts += [h.cause for h in i.http] + [h.context for h in i.http]
            texts += [h.message for h in i.http] + [h.steps_to_reproduce for h in i.http]
            if i.scope:
                texts += [*i.scope.regions, *i.scope.sdks, *i.scope.endpoints]
            if i.test_user:
                texts += [i.test_user.institution, i.test_user.username, i.test_user.password]
    for field in getattr(module, "SDK_SHARED_FIELDS", ()):
        texts.append(field.notes)
    for method in getattr(module, "SDK_METHODS", {}).values():
        texts += [method.notes] + [f.notes for f in method.fields]
        texts += [o.description for o in method.outcomes]
payloads.model_class(payloads.KINDS[0])
print(json.dumps([t for t in texts if isinstance(t, str)]))
"""


@pytest.fixture(scope="module")
def hostile(small_project: Path) -> tuple[Path, dict[Path_, str]]:
    """The small project (`small_project`: the smaller spec made hostile, with the provider the
    adding-a-provider page adds), its generated tree and site, built once per run; and the hostile
    value at each position of its spec."""
    return small_project, project_spec()[1]


INTACT = re.compile(
    "|".join(
        (
            re.escape(HOSTILE) + r" \[(\d+)\]",
            re.escape(HOSTILE_URL) + r"(\d+)",
            re.escape(HOSTILE_VALUE) + r"-\d+",
        )
    )
)


def _only_exact(found: list[str], assigned: dict[Path_, str]) -> set[str]:
    """The assigned values that `found` carries, each whole; any other trace of hostile text
    (a value cut, escaped or changed) is a corruption."""
    numbered = {value.rsplit(" [", 1)[-1].rstrip("]"): value for value in assigned.values()}
    numbered |= {
        value.rsplit("$", 1)[-1]: value for value in assigned.values() if "__pwned=4" in value
    }
    shown = set()
    for text in found:
        for match in INTACT.finditer(text):
            number = match.group(1) or match.group(2)
            if number is not None:
                shown.add(numbered[number])
        rest = INTACT.sub("", text)
        assert "pwned" not in rest and "onerror" not in rest, text
    return shown


def test_python_reads_every_text_back_exactly(hostile: tuple[Path, dict[Path_, str]]) -> None:
    folder, assigned = hostile
    env = {**os.environ, "PYTHONPATH": python_path(folder)}
    result = subprocess.run(
        [sys.executable, "-c", PY_DUMP], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr  # 7 would be the injected os._exit
    shown = _only_exact(json.loads(result.stdout), assigned)
    assert len(shown) > 700


def test_typescript_reads_every_text_back_exactly(
    hostile: tuple[Path, dict[Path_, str]], small_typescript: Path
) -> None:
    _, assigned = hostile
    dump = json.loads(run_node("dump_constants.mjs", str(small_typescript)))
    spec, _ = project_spec()
    spared = spec["providers"][added()]["type_prefix"]
    texts = [info["title"] for info in dump["categoryInfo"].values()]
    texts += [s["title"] for s in dump["sources"].values()] + [
        s["url"] for s in dump["sources"].values()
    ]
    for name, code_set in dump["sets"].items():
        if name.startswith(spared):
            continue  # the page's provider, left as the page writes it
        for info in code_set["info"].values():
            texts += [info["description"], info["message"], info["advice"]]
        members = code_set["members"].values()
        # An integer code set's hostile code is a number (990000 and up).
        assert any(
            value.startswith(HOSTILE_VALUE) if isinstance(value, str) else value >= 990_000
            for value in members
        )
    shown = _only_exact([t for t in texts if isinstance(t, str)], assigned)
    assert len(shown) > 300


def test_the_schemas_stay_valid_json(hostile: tuple[Path, dict[Path_, str]]) -> None:
    folder, assigned = hostile
    texts: list[str] = []
    for path in (folder / "generated" / "jsonschema").rglob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        if path.name != "index.json":
            jsonschema_rs.meta.validate(schema)
        _strings(schema, texts)
    assert _only_exact(texts, assigned)


def _strings(node: object, found: list[str]) -> None:
    """Every string of a JSON document but its patterns, which are checked as patterns."""
    if isinstance(node, str):
        found.append(node)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern":
                pattern = re.compile(value)
                if "__pwned" in value:
                    # The "any other value" pattern excludes exactly the hostile wire value (an
                    # alternative among the codes of every code set its field reads).
                    number = re.findall(r"-([0-9]+)[|)]", value)[-1]
                    assert not pattern.search(f"{HOSTILE_VALUE}-{number}")
                    assert pattern.search(f"{HOSTILE_VALUE}-{number} ")
                continue
            _strings(value, found)
    elif isinstance(node, list):
        for value in node:
            _strings(value, found)


class _Read:
    """A page as the tests below read it, parsed as a browser builds it (tests/support/html.py's
    Page, by Lexbor: the two sites are megabytes of HTML): its text (line breaks for <br>), its
    links, the number of cells of each row of each of its tables, and its script elements."""

    def __init__(self, text: str) -> None:
        page = Page(text)  # its links and scripts; its parsed tree is let go
        root = page.tree.root
        self.parts = [text_of(root)] if root else []
        self.links = page.links
        self.tables = [
            [len(row.css("td, th")) for row in table.css("tr")] for table in page.tree.css("table")
        ]
        self.scripts = page.scripts


@pytest.fixture(scope="module")
def site(small_project: Path) -> Path:
    """The hostile project's built site: its generated pages beside the project's own."""
    return small_project / "public"


@pytest.fixture(scope="module")
def read(site: Path) -> dict[Path, _Read]:
    """Every page of the hostile project's site, read once for the tests below."""
    return {path: _Read(path.read_text(encoding="utf-8")) for path in sorted(site.rglob("*.html"))}


def test_the_site_shows_every_text_literally_and_links_nowhere_else(
    hostile: tuple[Path, dict[Path_, str]], read: dict[Path, _Read]
) -> None:
    _, assigned = hostile
    text, links = [], set()
    for path, page in read.items():
        text.append("".join(page.parts))
        links |= set(page.links)
        bad = [link for link in page.links if link.strip().lower().startswith("javascript:")]
        assert bad == [], path
    # Every whole hostile text on the site, found in one pass (each carries its own number).
    shown = {match.group(0) for match in INTACT.finditer("\n".join(text))}
    spec, _ = project_spec()
    languages = {p: e.get("end_user_languages", ["en"]) for p, e in spec["providers"].items()}
    missing = [
        at
        for at, value in assigned.items()
        if at[0] not in NOT_SHOWN
        and not _in_a_language_the_provider_pages_leave_out(at, languages)
        and not (value in shown if at[-1] not in ("url", "website") else md_url(value) in links)
    ]
    assert missing == []


def _in_a_language_the_provider_pages_leave_out(at: Path_, languages: dict[str, list[str]]) -> bool:
    """A code's own words for the customer in a language its provider's pages do not show (the
    packages carry every language; a provider's pages show the languages its apps use)."""
    if at[0] != "providers" or len(at) < 4 or at[-2] not in ("message", "action"):
        return False
    return at[-3] == "end_user" and at[-1] not in languages[str(at[1])]


def test_hostile_text_breaks_no_table_and_adds_no_script(
    site: Path, read: dict[Path, _Read], built: Path
) -> None:
    """Pipes, backticks and tags in a text leave every table row as wide as its header, and
    every page has the scripts the project's own site has on that page."""
    compared = 0
    for path, page in read.items():
        for rows in page.tables:
            assert rows and all(cells == rows[0] for cells in rows), (path, rows)
        normal = built / path.relative_to(site)
        if normal.is_file():
            assert page.scripts == _Read(normal.read_text(encoding="utf-8")).scripts, path
            compared += 1
    assert compared > 50


def _pages(site: Path) -> list[str]:
    return sorted(
        path.relative_to(site).parent.as_posix() + "/"
        for path in site.rglob("index.html")
        if "reference" in path.parts or path.parent == site
    )


#: Path segments that name a kind of page; any other segment is a provider, code set, category
#: or payload kind, whose pages share their template with their siblings.
PAGE_KINDS = frozenset({"reference", "categories", "payloads", "changelog", "sources", "matrix"})


def _one_page_of_each_kind(site: Path) -> list[str]:
    """The first page of each kind: every page's text is checked as HTML by the test above;
    the browser visits each template once."""
    kinds: dict[tuple[str, ...], str] = {}
    for relative in _pages(site):
        shape = tuple(part if part in PAGE_KINDS else "*" for part in relative.split("/"))
        kinds.setdefault(shape, relative)
    return list(kinds.values())


def test_no_script_runs_in_chromium(site: Path, small_served: str, chromium_browser: Any) -> None:
    from playwright.sync_api import Dialog

    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page = chromium_browser.new_page()
    try:
        page.set_default_timeout(BROWSER_WAIT)
        page.on("dialog", dismiss)
        visited = _one_page_of_each_kind(site)
        assert len(visited) >= 8
        # The search's index is read by the last page alone, which searches.
        page.route(SEARCH_INDEX, no_search_pages)
        for relative in visited:
            page.goto(small_served + relative.lstrip("./"), wait_until="load")
            assert page.evaluate("window.__pwned") is None, relative
            count = page.locator('a[href^="javascript:" i]').count()
            assert count == 0, relative
        page.unroute(SEARCH_INDEX)
        page.goto(small_served)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("jinja", delay=20)
        # The hostile texts are found, and shown, as results.
        page.locator(".md-search-result__item").first.wait_for(timeout=BROWSER_WAIT)
        assert page.evaluate("window.__pwned") is None
    finally:
        page.close()
    assert dialogs == []
