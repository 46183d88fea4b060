"""`drift --fetch` against hosts that answer as an attacker would: it pins the commit whose content
it compared, writes its files whole, reads no mirror folder outside itself and shows a page's text
escaped (where it goes, a redirect's host and an address that is not public, is in
test_fetch_redirects.py). Every server is on loopback; the network is never used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pytest_httpserver import HTTPServer
from werkzeug import Response

from codegen.drift import watch
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
    serve,
)
from tests.support.helpers import spec_data, write_spec


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


def test_a_source_whose_host_is_no_host_name_is_refused_by_the_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = spec_data("plaid")
    data["sources"]["fetch-page"] = {**SOURCES["fetch-page"], "url": "https://../x/y"}
    spec = write_spec(tmp_path, data)
    assert main(["--spec", str(spec), "--fetch", "fetch-page", "--mirror", "/"]) == 2
    assert "the url's host is no host name" in capsys.readouterr().err


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
