"""`drift --fetch` against hosts that answer as an attacker would, by where they send it: a
redirect is followed only within its source's host (or a host the source names), and an address
that is, or resolves to, one that is not public is never asked for; a refused source is reported
and nothing of the spec is written. Every server is on loopback; the network is never used."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from codegen.drift import hosts
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
