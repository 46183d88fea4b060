"""Linkable from code: with the address of the published reference site in the spec, every
member of every provider carries the address of its section (doc_url in Python, docUrl in the
TypeScript metadata, doc_url in `bankcodes explain --json`), and each resolves to an anchor of
the built site; with the address of an issue form, every code's section links to it,
pre-filled. Without them (the project's spec) nothing carries an address. (The packages built
with the site's address: tests/site/test_site_address.py.)

How an address reaches each reader is shown on the packages and pages of a few providers'
spec given both addresses (`addressed`, ADDRESSED); that the section of every member of every
provider is an anchor of the built site, on the project's own package."""

from __future__ import annotations

import dataclasses
import html
import importlib
import json
import re
import subprocess
import sys
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen import loader, output
from codegen.targets import python_package, typescript_package
from codegen.targets import site as site_reference
from tests.support.helpers import (
    ROOT,
    anchor_of,
    provider_module,
    python_path,
    site_anchors,
    spec_data,
)
from tests.support.reference import code_row

DOCS = "https://docs.example.test/bankcodes/"
FORM = "https://forge.example.test/bankcodes/issues/new"
LIST_URLS = """
import importlib, json, bankcodes
from bankcodes._cli_codes import MODULES
found = {}
for provider in bankcodes.PROVIDERS:
    module = importlib.import_module(f"bankcodes.{MODULES[provider]}")
    for code_set in module.CODE_SETS:
        for member in code_set:
            found[f"{provider}.{code_set.code_set().id}.{member.value}"] = member.doc_url
print(json.dumps(found))
"""


#: The providers of the spec given both addresses: a code whose wire value is no safe anchor
#: (MX's), a code the README explains (Plaid's), the codes of a set with states (Lean's).
ADDRESSED = ("lean", "plaid", "mx")


@pytest.fixture(scope="session")
def addressed(shared: Callable[[str, Callable[[Path], None]], Path]) -> Path:
    """The packages and reference pages of the providers of ADDRESSED with both addresses. The
    TypeScript package is rendered without its post-step, ajv's webhook validators: they hold no
    address, and no test here reads them."""

    def build(folder: Path) -> None:
        data = spec_data(*ADDRESSED)
        data["about"]["project"].update(documentation=DOCS, corrections=FORM)
        spec = folder / "catalog.json"
        spec.write_text(json.dumps(data), encoding="utf-8")
        typescript = dataclasses.replace(typescript_package.TARGET, finish=None)
        targets = (python_package.TARGET, typescript, site_reference.TARGET)
        output.generate(loader.load(spec), folder / "tree", targets)

    return shared("addressed", build) / "tree"


def _resolves(url: str, anchors: dict[str, set[str]]) -> bool:
    assert url.startswith(DOCS), url
    path, _, fragment = url.removeprefix(DOCS).partition("#")
    return fragment in anchors.get(path, set())


def test_every_member_has_a_doc_url_that_resolves(addressed: Path, built: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LIST_URLS],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": python_path(addressed)},
    )
    urls = json.loads(result.stdout)
    codes = sum(
        len(code_set["codes"])
        for provider in spec_data(*ADDRESSED)["providers"].values()
        for code_set in provider["code_sets"].values()
    )
    assert len(urls) == codes
    anchors = site_anchors(built)
    assert [ref for ref, url in urls.items() if not _resolves(url, anchors)] == []
    # A code whose wire value is no safe anchor has its section under its name.
    member = urls["mx.postmessage_type.mx/connect/memberConnected"]
    assert member == f"{DOCS}reference/mx/postmessage_type/#CONNECT_MEMBERCONNECTED"
    assert urls["mx.connection_status.17"] == f"{DOCS}reference/mx/connection_status/#17"


def test_every_member_s_section_is_an_anchor_of_the_built_site(built: Path) -> None:
    """Every member of every provider of the project's package names its section of the
    reference site (the page and anchor its doc_url adds to the site's address), and the built
    site has it."""
    anchors = site_anchors(built)
    pages = {
        f"{provider}.{code_set.code_set().id}.{member.value}": member.info.page
        for provider in spec_data()["providers"]
        for code_set in provider_module(provider).CODE_SETS
        for member in code_set
    }
    codes = sum(
        len(code_set["codes"])
        for provider in spec_data()["providers"].values()
        for code_set in provider["code_sets"].values()
    )
    assert len(pages) == codes
    missing = [
        ref
        for ref, page in pages.items()
        if page.partition("#")[2] not in anchors.get(page.partition("#")[0], set())
    ]
    assert missing == []


def test_the_typescript_metadata_carries_each_code_s_page(addressed: Path) -> None:
    # Each code set's table is given its page and the anchors that are not wire values; the
    # address is the package's (site.ts: here the catalog's), each docUrl built at load time.
    source = addressed / "generated" / "typescript" / "src"
    assert (
        (source / "site.ts")
        .read_text(encoding="utf-8")
        .endswith(f'export const SITE_URL: string | undefined = "{DOCS}";\n')
    )
    mx = (source / "mx.ts").read_text(encoding="utf-8")
    assert '/* @__PURE__ */ withPages(\n  "reference/mx/postmessage_type",' in mx
    assert '    "mx/connect/memberConnected": "CONNECT_MEMBERCONNECTED",\n' in mx


def test_explain_json_gives_the_doc_url(addressed: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bankcodes.cli", "explain", "ITEM_LOGIN_REQUIRED", "--json"],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": python_path(addressed)},
    )
    entries = json.loads(result.stdout)
    assert entries[0]["doc_url"] == f"{DOCS}reference/plaid/error_code/#ITEM_LOGIN_REQUIRED"


def test_every_code_links_a_prefilled_correction_form(addressed: Path) -> None:
    reference = addressed / "site" / "docs" / "reference"
    codes = spec_data()["providers"]["lean"]["code_sets"]["secondary_status"]["codes"]
    rows = [
        code_row("lean", "secondary_status", anchor_of(code), "Report a correction", reference)
        for code in codes
    ]
    assert len(rows) == len(codes)
    link = re.search(r'href="([^"]+)"', rows[0])
    assert link is not None
    url = urllib.parse.urlsplit(html.unescape(link.group(1)))
    assert f"{url.scheme}://{url.netloc}{url.path}" == FORM
    query = urllib.parse.parse_qs(url.query)
    first = spec_data()["providers"]["lean"]["code_sets"]["secondary_status"]["codes"][0]
    assert query["title"] == [f"Correction: lean.secondary_status.{first['value']}"]
    assert f"{DOCS}reference/lean/secondary_status/#" in query["body"][0]


def test_the_site_takes_the_catalog_s_address(addressed: Path) -> None:
    nav = addressed / "site" / "docs" / "reference" / "nav.json"
    assert json.loads(nav.read_text(encoding="utf-8"))["site_url"] == DOCS


def test_without_addresses_nothing_carries_one() -> None:
    reference = ROOT / "site" / "docs" / "reference"
    assert "site_url" not in json.loads((reference / "nav.json").read_text(encoding="utf-8"))
    assert not any(
        "Report a correction" in p.read_text(encoding="utf-8") for p in reference.rglob("*.md")
    )
    # The packages of the tree carry no address (make packages SITE_URL=… stamps one).
    typescript = ROOT / "generated" / "typescript" / "src"
    assert not any("docUrl:" in p.read_text(encoding="utf-8") for p in typescript.glob("*.ts"))
    assert "SITE_URL: string | undefined = undefined;" in (typescript / "site.ts").read_text()
    python = ROOT / "generated" / "python" / "bankcodes"
    assert "SITE_URL: str | None = None\n" in (python / "_site.py").read_text(encoding="utf-8")
    modules = [
        python / f"_data_{provider['module']}.py" for provider in spec_data()["providers"].values()
    ]
    assert not any("doc_url=" in module.read_text(encoding="utf-8") for module in modules)
    plaid = importlib.import_module("bankcodes.plaid")
    member = plaid.ErrorCode.ITEM_LOGIN_REQUIRED
    assert (member.info.page, member.doc_url) == (
        "reference/plaid/error_code/#ITEM_LOGIN_REQUIRED",
        None,
    )
