"""The site at its address: built with SITE_URL (as .github/workflows/pages.yml builds it), its
site_url, sitemap, canonical links, llms.txt, llms-full.txt and the changelog's feed carry the
address; the packages built with it (`make packages SITE_URL=…`, the `packages` fixture) give
every code the address of its section, in Python, TypeScript, JSON, the CLI, the MCP server's
answers and the log fields; and a sample of those addresses, followed to the site served, each
land on its code's anchor; a site built without it (`make docs` as it is) points at no address.
Addresses typed from the site's layout (reference/PROVIDER/SET/#CODE, a code's name where its
wire value is no anchor)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.support.helpers import LOOPBACK_SITE, ROOT, package_site, site_anchors, site_steps

#: (provider, code set, wire value as text, the code's section below the site's address): four
#: providers (a code on a split set's page, a code whose wire value is no anchor, a numeric
#: code, a lower-case code) and two open-banking standards.
SAMPLE = (
    (
        "plaid",
        "error_code",
        "ITEM_LOGIN_REQUIRED",
        "reference/plaid/error_code/#ITEM_LOGIN_REQUIRED",
    ),
    (
        "mx",
        "postmessage_type",
        "mx/connect/memberConnected",
        "reference/mx/postmessage_type/#CONNECT_MEMBERCONNECTED",
    ),
    ("mx", "connection_status", "17", "reference/mx/connection_status/#17"),
    (
        "basiq",
        "error_code",
        "parameter-not-valid",
        "reference/basiq/error_code/#parameter-not-valid",
    ),
    (
        "ukob",
        "error_code",
        "UK.OBIE.Resource.NotFound",
        "reference/ukob/error_code/#UK.OBIE.Resource.NotFound",
    ),
    (
        "berlingroup",
        "message_code",
        "FORMAT_ERROR",
        "reference/berlingroup/message_code/#FORMAT_ERROR",
    ),
)

#: The doc_url of every sampled code in the Python package (its member, its CodeInfo, the JSON
#: of `bankcodes list` and `explain`, the CLI's text, the MCP server's answers, the log fields).
PYTHON_SAMPLE = """
import contextlib, io, json, sys
import bankcodes
from bankcodes import _mcp_answers, cli
from bankcodes._cli_codes import MODULES
import importlib

def run(*arguments):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main(list(arguments))
    return out.getvalue()

found = []
for provider, code_set, value in json.loads(sys.argv[1]):
    module = importlib.import_module(f"bankcodes.{MODULES[provider]}")
    (enum_class,) = [c for c in module.CODE_SETS if c.code_set().id == code_set]
    (member,) = [m for m in enum_class if str(m.value) == value]
    listed = json.loads(run("list", "--provider", provider, "--json"))
    (row,) = [r for r in listed if r["code_set"] == code_set and str(r["value"]) == value]
    explained = json.loads(run("explain", value, "--provider", provider, "--json"))
    text = run("explain", value, "--provider", provider)
    lookup = _mcp_answers.lookup(value, provider)["answers"][0]
    sets = _mcp_answers.code_sets(provider, code_set)[0]["codes"]
    (listed_code,) = [c for c in sets if str(c["value"]) == value]
    page = _mcp_answers.page(provider, code_set, value)
    found.append({
        "member": member.doc_url,
        "info": member.info.doc_url,
        "page": member.info.page,
        "list": row["doc_url"],
        "explain": explained[0]["doc_url"],
        "text": [line.strip() for line in text.splitlines() if "reference:" in line],
        "mcp": [lookup["doc_url"], listed_code["doc_url"]],
        "mcp_page": [line.strip() for line in page.splitlines() if "reference:" in line],
        "log": member.as_log_fields()["bankcodes.doc_url"],
    })
print(json.dumps(found))
"""

#: Every docUrl of the npm package's metadata tables (ES modules at argv[1]), by code set.
TYPESCRIPT_URLS = """
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const lib = await import(pathToFileURL(join(process.argv.at(-1), "index.js")).href);
const urls = [];
for (const [name, table] of Object.entries(lib)) {
  if (!name.endsWith("Info") || name === "CategoryInfo" || typeof table !== "object") continue;
  for (const info of Object.values(table))
    if (info && typeof info === "object" && "endUserCanRetry" in info)
      urls.push(info.docUrl ?? null);
}
process.stdout.write(JSON.stringify(urls));
"""


@pytest.fixture(scope="module")
def wheel(packages: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of `make packages` unpacked: the package as pip installs it."""
    (found,) = packages.glob("bankcodes-*.whl")
    folder = tmp_path_factory.mktemp("wheel")
    with zipfile.ZipFile(found) as archive:
        archive.extractall(folder)
    return folder


def _python_address(wheel: Path) -> str:
    found = re.search(
        r'SITE_URL: str \| None = "([^"]+)"', (wheel / "bankcodes/_site.py").read_text()
    )
    assert found is not None, "the wheel carries no address of the site"
    return found[1]


def _lands(url: str, address: str, served: str) -> bool:
    """Whether `url` (an address on the site at `address`), fetched from the site served at
    `served`, is a page holding the anchor its fragment names."""
    assert url.startswith(address), url
    path, _, fragment = url.removeprefix(address).partition("#")
    with urllib.request.urlopen(served + path) as response:
        assert response.status == 200
        tree = LexborHTMLParser(response.read().decode("utf-8"))
    return bool(fragment) and tree.css_first(f'[id="{fragment}"]') is not None


def test_python_gives_every_sampled_code_its_section_everywhere(wheel: Path, served: str) -> None:
    address = _python_address(wheel)
    codes = [[provider, code_set, value] for provider, code_set, value, _ in SAMPLE]
    result = subprocess.run(
        [sys.executable, "-c", PYTHON_SAMPLE, json.dumps(codes)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": f"{wheel}:{':'.join(sys.path[1:])}"},
    )
    for (provider, _, value, section), found in zip(SAMPLE, json.loads(result.stdout), strict=True):
        url = address + section
        assert found["page"] == section
        assert [found[key] for key in ("member", "info", "list", "explain", "log")] == [url] * 5
        assert found["text"] == [f"reference: {url}"], (provider, value)
        assert found["mcp"] == [url, url]
        assert found["mcp_page"] == [f"- reference: {url}"]
        assert _lands(url, address, served), url


def test_typescript_gives_every_code_a_section_that_is_on_the_site(
    typescript_dist: Path, built: Path, served: str
) -> None:
    address = package_site(typescript_dist)
    urls = json.loads(_node(TYPESCRIPT_URLS, typescript_dist))
    codes = sum(1 for _ in _spec_codes())
    assert len(urls) == codes and None not in urls
    anchors = site_anchors(built)
    missing = [url for url in urls if not _on_site(url, address, anchors)]
    assert missing == []
    # The sample, followed over HTTP: each in the package, each landing on its anchor.
    for _, _, _, section in SAMPLE:
        assert address + section in urls, section
        assert _lands(address + section, address, served), section


def _node(script: str, dist: Path) -> str:
    return subprocess.run(
        ["node", "--input-type=module", "-e", script, "--", str(dist)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _spec_codes() -> Iterator[str]:
    from tests.support.helpers import spec_data

    for provider in spec_data()["providers"].values():
        for code_set in provider["code_sets"].values():
            for code in code_set["codes"]:
                yield str(code["value"])


def _on_site(url: str, address: str, anchors: dict[str, set[str]]) -> bool:
    path, _, fragment = url.removeprefix(address).partition("#")
    return url.startswith(address) and fragment in anchors.get(path, set())


def test_the_sitemap_and_canonical_links_carry_the_address(built: Path) -> None:
    sitemap = ET.parse(built / "sitemap.xml").getroot()
    locations = [
        loc.text or "" for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert locations and all(loc.startswith(LOOPBACK_SITE) for loc in locations)
    assert f"{LOOPBACK_SITE}reference/plaid/error_code/" in locations
    page = (built / "reference/plaid/error_code/index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{LOOPBACK_SITE}reference/plaid/error_code/">' in page
    # Every page names its own address, once, and no other loopback address.
    for path in built.rglob("index.html"):
        text = path.read_text(encoding="utf-8")
        own = f"{LOOPBACK_SITE}{path.parent.relative_to(built).as_posix()}/".replace("/./", "/")
        assert text.count('rel="canonical"') == 1 and f'canonical" href="{own}"' in text, own
        assert "127.0.0.1" not in text.replace(LOOPBACK_SITE, ""), own


def test_llms_txt_and_llms_full_txt_carry_the_address(built: Path) -> None:
    index = (built / "llms.txt").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", index)
    assert f"{LOOPBACK_SITE}llms-full.txt" in links
    assert f"{LOOPBACK_SITE}reference/lean/callback_status.md" in links
    assert all(link.startswith(LOOPBACK_SITE) for link in links)
    full = (built / "llms-full.txt").read_text(encoding="utf-8")
    # Instructions first: key on the wire value, an unlisted value is unknown.
    head, _, codes = full.partition("\n## ")
    assert "Key on the wire value" in head and "is unknown" in head
    assert "<!--" not in full.split("\n", 1)[0]
    # Then every code, with its section at the site's address.
    line = next(line for line in codes.splitlines() if line.startswith("- `ITEM_LOGIN_REQUIRED`"))
    assert "category reconnect_required" in line
    assert f"({LOOPBACK_SITE}reference/plaid/error_code/#ITEM_LOGIN_REQUIRED)" in line
    sections = re.findall(r"\[Section\]\(([^)]+)\)", codes)
    assert len(sections) == sum(1 for _ in _spec_codes())
    assert all(section.startswith(LOOPBACK_SITE) for section in sections)
    assert not (built / "reference/codes.txt").exists()


def test_the_feed_takes_the_address_as_its_base(built: Path) -> None:
    feed = ET.parse(built / "reference/changelog.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}base") == f"{LOOPBACK_SITE}reference/"


def test_without_an_address_nothing_points_at_one(small_project: Path) -> None:
    """A site built as `make docs` builds it, without SITE_URL (the small project's: the same
    pages, templates and build steps, fewer codes): no canonical link, no sitemap entry, no loopback
    address in a page; llms.txt and llms-full.txt link within the site."""
    site = small_project / "public"
    assert "<loc>" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    pages = list(site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert "127.0.0.1" not in text and 'rel="canonical"' not in text, path
    assert (site / "assets" / "decoder" / "index.js").is_file()
    index = (site / "llms.txt").read_text(encoding="utf-8")
    assert "[llms-full.txt](llms-full.txt)" in index
    # (The pages' titles are the small project's hostile text, links to javascript: among them.)
    linked = re.findall(r"\]\(([^()\s]+\.md)\)", index)
    assert "reference/index.md" in linked and all(page.startswith("reference/") for page in linked)
    assert "](http" not in index
    full = (site / "llms-full.txt").read_text(encoding="utf-8")
    sections = re.findall(r"\[Section\]\(([^)]+)\)", full)
    assert sections and all(section.startswith("reference/") for section in sections)


def test_without_an_address_the_feed_is_published_as_generated(tmp_path: Path) -> None:
    """The step that gives the feed its base (site/build.py's addressed_feed, after the engine's
    build; the small project releases nothing, and has no feed) leaves it as the generator wrote
    it, without a base, where the site has no address."""
    generated = ROOT / "site" / "docs" / "reference" / "changelog.xml"
    feed = tmp_path / "reference" / "changelog.xml"
    feed.parent.mkdir()
    shutil.copyfile(generated, feed)
    site_steps().addressed_feed(tmp_path, None)
    assert feed.read_bytes() == generated.read_bytes()
    assert ET.parse(feed).getroot().get("{http://www.w3.org/XML/1998/namespace}base") is None
