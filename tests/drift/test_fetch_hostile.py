"""`drift --fetch` against hosts that answer as an attacker would: it reads only its source's
host, pins the commit whose content it compared, writes its files whole, and shows a page's
text escaped. Every server is on loopback; the network is never used."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from pytest_httpserver import HTTPServer
from werkzeug import Response

from codegen.drift import hosts, watch
from codegen.drift.command import main
from tests.support.fetch_case import (
    HEAD_PATH,
    NEW,
    PAGE_PATH,
    PAGE_TEXT,
    SDK_PATH,
    SDK_TEXT,
    SOURCES,
    drift,
    fetch_spec,
    loopback,
    serve,
)
from tests.support.helpers import spec_data, write_spec


@pytest.fixture
def elsewhere() -> Iterator[HTTPServer]:
    """A second server on loopback: another address than the source's."""
    yield from loopback()


def _untouched(spec: Path, before: str) -> None:
    assert spec.read_text(encoding="utf-8") == before
    assert not (spec.parent / "watch.json").exists()


def test_a_redirect_to_another_address_is_refused_reported_and_nothing_is_written(
    tmp_path: Path,
    httpserver: HTTPServer,
    elsewhere: HTTPServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    serve(httpserver)
    httpserver.clear_all_handlers()
    other = elsewhere.url_for("/docs.bank.example/errors/")
    httpserver.expect_request(PAGE_PATH).respond_with_response(
        Response("", status=302, headers={"Location": other})
    )
    elsewhere.expect_request("/docs.bank.example/errors/").respond_with_data(
        PAGE_TEXT.replace("does not exist", "was planted by another host")
    )
    httpserver.expect_request(SDK_PATH).respond_with_data(SDK_TEXT)
    httpserver.expect_request(HEAD_PATH).respond_with_data(NEW)
    spec = fetch_spec(tmp_path)
    before = spec.read_text(encoding="utf-8")
    report = tmp_path / "report.md"
    code, out, err = drift(capsys, spec, httpserver, "--write", "--report", str(report))
    assert code == 3, out
    assert err.startswith("error: fetch-page: a redirect from ")
    assert httpserver.url_for(PAGE_PATH) in err and other in err
    assert "is refused: it leaves the mirror" in err
    assert "nothing written: the answer of fetch-page was refused" in err
    assert elsewhere.log == []
    _untouched(spec, before)
    page = report.read_text(encoding="utf-8")
    assert "| `fetch-page` | refused: `a redirect from " in page
    assert "**nothing written: the answer of fetch-page was refused" in page


def test_a_redirect_within_the_source_s_host_is_followed(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(httpserver)
    data = json.loads(fetch_spec(tmp_path).read_text(encoding="utf-8"))
    data["sources"]["fetch-page"]["url"] = "https://docs.bank.example/old-errors"
    spec = write_spec(tmp_path, data)
    httpserver.expect_request("/docs.bank.example/old-errors").respond_with_response(
        Response("", status=301, headers={"Location": "/docs.bank.example/errors/"})
    )
    code, out, err = drift(capsys, spec, httpserver)
    assert (code, err) == (0, ""), out
    assert "fetch-page: in sync" in out.splitlines()


@pytest.mark.parametrize("declared", [True, False])
def test_a_redirect_to_another_host_needs_the_source_to_name_it(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], declared: bool
) -> None:
    serve(httpserver)
    data = json.loads(fetch_spec(tmp_path).read_text(encoding="utf-8"))
    data["sources"]["fetch-page"]["url"] = "https://bank.example/errors/"
    if declared:
        data["sources"]["fetch-page"]["redirect_hosts"] = ["docs.bank.example"]
    spec = write_spec(tmp_path, data)
    httpserver.expect_request("/bank.example/errors/").respond_with_response(
        Response("", status=308, headers={"Location": "/docs.bank.example/errors/"})
    )
    code, out, err = drift(capsys, spec, httpserver)
    if declared:
        assert (code, err) == (0, ""), out
    else:
        assert code == 3
        assert "docs.bank.example is not the source's host (bank.example;" in err


@pytest.mark.parametrize(
    ("after", "reason"),
    [
        ("http://docs.bank.example/errors", "it leaves https"),
        ("https://evil.example/errors", "evil.example is not the source's host"),
        ("https://127.0.0.1/errors", "its host is an IP address"),
        ("https://[::1]/errors", "its host is an IP address"),
        ("https://docs.bank.example:8443/errors", "it names port 8443"),
        ("https://internal.bank.example/x", "resolves to 10.0.0.7, which is not a public"),
        ("https://meta.bank.example/x", "resolves to 169.254.169.254, which is not a public"),
        ("https://home.bank.example/x", "resolves to 127.0.0.1, which is not a public"),
    ],
)
def test_without_a_mirror_a_redirect_must_stay_public_https_and_on_its_host(
    after: str, reason: str
) -> None:
    names = {
        "docs.bank.example": "93.184.215.14",
        "internal.bank.example": "10.0.0.7",
        "meta.bank.example": "169.254.169.254",
        "home.bank.example": "127.0.0.1",
    }

    def resolve(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (names[host], port))]

    allowed = frozenset(names) | {"127.0.0.1", "::1"}  # even an address named is refused
    with pytest.raises(hosts.Refused, match="is refused") as refused:
        hosts.check_redirect(
            "https://docs.bank.example/errors", after, allowed, mirror=None, resolve=resolve
        )
    assert reason in str(refused.value)


def test_a_source_address_that_is_an_ip_or_resolves_inward_is_never_requested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --mirror, a source at a literal IP address or at a name that resolves to
    loopback is refused before a request (the spec's address format admits both)."""
    data = spec_data("plaid")
    for name, url in (("ip", "https://127.0.0.1/errors"), ("local", "https://localhost/errors")):
        data["sources"][f"fetch-{name}"] = {**SOURCES["fetch-page"], "url": url}
    spec = write_spec(tmp_path, data)
    for name in ("ip", "local"):
        code = main(["--spec", str(spec), "--fetch", f"fetch-{name}", "--timeout", "1"])
        err = capsys.readouterr().err
        # An IP address is refused by the fetch (a source not read: 3); a name of one label by
        # the spec's rules (input the command cannot use: 2).
        assert (code, "is refused:" in err) == (3, True) or (
            code == 2 and "is no host name" in err
        ), err


def test_a_source_url_with_dot_segments_is_refused_by_the_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = spec_data("plaid")
    url = "https://docs.bank.example/errors/../../../../etc/passwd"
    data["sources"]["fetch-page"] = {**SOURCES["fetch-page"], "url": url}
    spec = write_spec(tmp_path, data)
    code = main(["--spec", str(spec), "--fetch", "fetch-page", "--mirror", "/"])
    err = capsys.readouterr().err
    assert code == 2
    assert "/sources/fetch-page/url" in err and "'.' or '..' segment" in err


def test_a_mirror_folder_is_never_read_outside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path of the mirror that leads outside it, by a symbolic link or by a percent-encoded
    host, is refused; nothing outside is read."""
    secret = tmp_path / "secret.md"
    secret.write_text(PAGE_TEXT, encoding="utf-8")
    mirror = tmp_path / "mirror"
    (mirror / "docs.bank.example").mkdir(parents=True)
    (mirror / "docs.bank.example" / "errors").symlink_to(tmp_path)
    spec = fetch_spec(tmp_path)
    args = ["--spec", str(spec), "--fetch", "fetch-page", "--mirror", str(mirror)]
    data = json.loads(spec.read_text(encoding="utf-8"))
    data["sources"]["fetch-page"]["url"] = "https://docs.bank.example/errors/secret.md"
    write_spec(tmp_path, data)
    code = main(args)
    err = capsys.readouterr().err
    assert code == 3
    assert "reads outside the mirror folder" in err


def test_the_pin_names_the_commit_whose_content_was_compared(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The branch moves after its commit is asked: the file is read at that commit, never at
    the branch, so the new pin names the content compared."""
    serve(httpserver)
    moved = SDK_TEXT + "\nexport const PLANTED = 'a later commit';\n"
    head_file = "/raw.githubusercontent.com/acme/link-sdk/HEAD/src/types.ts"
    httpserver.expect_request(head_file).respond_with_data(moved)
    spec = fetch_spec(tmp_path)
    code, out, _ = drift(capsys, spec, httpserver, "--write")
    assert code == 0, out
    paths = [request.path for request, _ in httpserver.log]
    assert paths.index(HEAD_PATH) < paths.index(SDK_PATH) and head_file not in paths
    pinned = json.loads(spec.read_text(encoding="utf-8"))["sources"]["fetch-sdk"]
    assert pinned["commit"] == NEW and f"/blob/{NEW}/" in pinned["url"]


def test_a_commit_that_cannot_be_asked_is_said_and_nothing_is_pinned(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request(HEAD_PATH).respond_with_data("rate limited", status=403)
    head_file = "/raw.githubusercontent.com/acme/link-sdk/HEAD/src/types.ts"
    httpserver.expect_request(head_file).respond_with_data(SDK_TEXT)
    httpserver.expect_request(PAGE_PATH).respond_with_data(PAGE_TEXT)
    spec = fetch_spec(tmp_path)
    before = json.loads(spec.read_text(encoding="utf-8"))["sources"]["fetch-sdk"]
    code, out, _ = drift(capsys, spec, httpserver, "--write")
    assert code == 0, out
    line = next(line for line in out.splitlines() if line.startswith("fetch-sdk:"))
    assert line == (
        "fetch-sdk: in sync: the commit of acme/link-sdk's default branch could not be asked "
        "of GitHub's API (HTTP 403): read at HEAD, not pinned"
    )
    assert json.loads(spec.read_text(encoding="utf-8"))["sources"]["fetch-sdk"] == before


def test_a_page_writes_no_link_mention_html_or_control_into_a_report(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A code's new text holds a link, a mention, an image, a closing fence, HTML and an
    escape sequence for the terminal: the pull request's Markdown renders none of them, and
    the terminal gets no control character."""
    hostile = (
        "See [the fix](https://evil.example) @octocat ![x](https://evil.example/t.png) "
        "<img src=x onerror=alert(1)> ``` </details> \x1b]0;owned\x07 \u202egnp.exe"
    )
    page = PAGE_TEXT.replace("The endpoint requested does not exist.", hostile)
    assert page != PAGE_TEXT
    serve(httpserver, page=page)
    report = tmp_path / "report.md"
    code, out, _ = drift(capsys, fetch_spec(tmp_path), httpserver, "--report", str(report))
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]0;owned\\x07" in out
    text = report.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\u202e" not in text and "\\u202e" in text
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<a " not in html and "<img" not in html and "</details>" not in html
    assert "<code>" in html and "@octocat" in html  # shown, as text in code


def test_replace_text_writes_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "watch.json"
    target.write_text("old\n", encoding="utf-8")

    def fail(self: Path, other: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        watch.replace_text(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["watch.json"]


@pytest.mark.parametrize(
    "page",
    [
        '<div a="<">' * 1500,  # a "<" inside a quoted value: one tag, a div each
        "<!-->" + "<div>" * 1500,  # an empty comment ends at once (HTML Standard 13.2.5.44)
        "<div a=x<y>" * 1500,  # a "<" in an unquoted value
        '<div a"b>' + "<div>" * 1500,  # a quote in a name quotes nothing
        "<!--->" + "<div>" * 1500,
    ],
    ids=["quoted <", "<!-->", "unquoted <", "quote in a name", "<!--->"],
)
def test_elements_nested_too_deep_are_counted_as_a_browser_reads_them(page: str) -> None:
    """Each page nests 1,500 divs as a browser's tokenizer reads it: over the limit, refused
    before a parser whose cost grows faster than the page is given it."""
    from codegen.drift import limits
    from codegen.drift.errors import DriftInputError

    with pytest.raises(DriftInputError, match="nested more than 1000 levels"):
        limits.html_depth(page, "the page")


def test_text_in_a_raw_text_element_or_a_comment_opens_nothing() -> None:
    from codegen.drift import limits

    limits.html_depth("<script>" + "<div>" * 2000 + "</script>", "the page")
    limits.html_depth("<!--" + "<div>" * 2000 + "-->", "the page")


def test_a_mirror_folder_s_index_page_that_links_outside_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(PAGE_TEXT, encoding="utf-8")
    mirror = tmp_path / "mirror"
    (mirror / "docs.bank.example" / "errors").mkdir(parents=True)
    (mirror / "docs.bank.example" / "errors" / "index.html").symlink_to(secret)
    spec = fetch_spec(tmp_path)
    code = main(["--spec", str(spec), "--fetch", "fetch-page", "--mirror", str(mirror)])
    assert code == 3
    assert "reads outside the mirror folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "location",
    [
        "/docs.bank.example/../evil.example/errors/",  # dot segments a client removes
        "/docs.bank.example/%2e%2e/evil.example/errors/",  # or a mirror server decodes
        "/docs.bank.example:99999/errors/",  # a port out of range
        "/[docs.bank.example/errors/",  # no address
    ],
)
def test_a_redirect_that_leaves_its_host_by_its_path_or_is_no_address_is_refused(
    tmp_path: Path,
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    location: str,
) -> None:
    serve(httpserver)
    httpserver.clear_all_handlers()
    httpserver.expect_request(PAGE_PATH).respond_with_response(
        Response("", status=302, headers={"Location": httpserver.url_for("/") + location[1:]})
    )
    httpserver.expect_request(SDK_PATH).respond_with_data(SDK_TEXT)
    httpserver.expect_request(HEAD_PATH).respond_with_data(NEW)
    spec = fetch_spec(tmp_path)
    before = spec.read_text(encoding="utf-8")
    code, _, err = drift(capsys, spec, httpserver, "--write")
    assert code == 3 and "is refused" in err and "Traceback" not in err, err
    _untouched(spec, before)
    assert [r.path for r, _ in httpserver.log if "evil" in r.path] == []


@pytest.mark.parametrize("location", ["javascript:alert(1)", "mailto:x@bank.example", "x:y"])
def test_a_redirect_httpx_cannot_parse_is_a_refused_source_and_the_report_is_written(
    tmp_path: Path,
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    location: str,
) -> None:
    """httpx reads a Location before it hands the answer back, and raises on one that is no
    URL: that is the source's finding (refused), beside the other sources, never a traceback
    and never the exit status of drift."""
    serve(httpserver)
    httpserver.clear_all_handlers()
    httpserver.expect_request(PAGE_PATH).respond_with_response(
        Response("", status=302, headers={"Location": location})
    )
    httpserver.expect_request(SDK_PATH).respond_with_data(SDK_TEXT)
    httpserver.expect_request(HEAD_PATH).respond_with_data(NEW)
    spec = fetch_spec(tmp_path)
    before = spec.read_text(encoding="utf-8")
    report = tmp_path / "report.md"
    code, out, err = drift(capsys, spec, httpserver, "--write", "--report", str(report))
    assert code == 3, out + err
    assert "Traceback" not in out + err
    assert "fetch-page: refused: a redirect from " in out
    assert "its Location is no address" in err
    assert out.splitlines()[1].startswith("fetch-sdk: in sync")
    _untouched(spec, before)
    assert "| `fetch-page` | refused: " in report.read_text(encoding="utf-8")


def test_a_source_whose_host_is_no_host_name_is_refused_by_the_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = spec_data("plaid")
    data["sources"]["fetch-page"] = {**SOURCES["fetch-page"], "url": "https://../x/y"}
    spec = write_spec(tmp_path, data)
    assert main(["--spec", str(spec), "--fetch", "fetch-page", "--mirror", "/"]) == 2
    assert "the url's host is no host name" in capsys.readouterr().err


def test_a_name_that_does_not_resolve_is_not_asked_for() -> None:
    """A lookup that fails now is no permission: the source is unreachable this run."""
    from codegen.drift.fetch import Fetcher
    from codegen.drift.fetched import Unreachable

    def failing(*_: Any, **__: Any) -> list[Any]:
        raise OSError("SERVFAIL")

    fetcher = Fetcher(cache=None, resolve=failing)
    try:
        with pytest.raises(Unreachable, match="does not resolve"):
            fetcher.get("https://docs.bank.example/errors/")
    finally:
        fetcher.close()


def test_an_answer_from_an_address_that_is_not_public_is_refused() -> None:
    """The address the connection reached, as httpx's network stream says it, is checked too:
    a name that resolved to a public address when checked and to loopback when connected
    (DNS rebinding) is caught."""
    from codegen.drift.fetch import _check_peer

    class Stream:
        def get_extra_info(self, name: str) -> object:
            return ("127.0.0.1", 443) if name == "server_addr" else None

    class Answer:
        extensions = {"network_stream": Stream()}  # noqa: RUF012

    with pytest.raises(hosts.Refused, match=r"answered from 127\.0\.0\.1"):
        _check_peer(Answer(), "https://docs.bank.example/errors/")


def test_the_json_report_shows_a_page_s_text_escaped(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = "The endpoint \u009b31m requested \u202edoes not exist."
    serve(httpserver, page=PAGE_TEXT.replace("The endpoint requested does not exist.", odd))
    code, out, _ = drift(capsys, fetch_spec(tmp_path), httpserver, "--json")
    assert code == 1
    assert "\u009b" not in out and "\u202e" not in out and "\\u202e" in out
    json.loads(out)


def test_a_file_written_whole_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "watch.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o644)
    watch.replace_text(target, "new\n")
    assert target.stat().st_mode & 0o777 == 0o644 and target.read_text() == "new\n"


def test_a_cache_entry_never_vouches_for_half_a_body(
    tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run stopped while it keeps a body leaves no validators beside it: the next run asks
    for the whole page again."""
    from codegen.drift.fetch import Fetcher

    httpserver.expect_request(PAGE_PATH).respond_with_response(
        Response(PAGE_TEXT, headers={"ETag": '"v1"'})
    )
    fetcher = Fetcher(mirror=httpserver.url_for("/"), cache=tmp_path / "cache")
    real = Path.replace

    def stopped(self: Path, target: Path) -> Path:
        if target.suffix == ".body":
            raise OSError("stopped")
        return real(self, target)

    try:
        fetcher.get("https://docs.bank.example/errors/")
        entry = next((tmp_path / "cache").glob("*.json"))
        monkeypatch.setattr(Path, "replace", stopped)
        fetcher.get("https://docs.bank.example/errors/")  # answered in full, kept again
        assert not entry.exists() and list((tmp_path / "cache").glob("*.part")) == []
    finally:
        fetcher.close()
