"""`python -m codegen.drift --fetch`: what the sources publish today, fetched through `--mirror`
from a server on loopback (never the network). A copy of the spec holds two sources that agree
with fixture excerpts: a page (Plaid's error sections, tests/drift/fixtures/errors-page.md) and
a repository file pinned at a commit (Plaid's React Native exit statuses, exit-status.ts)."""

from __future__ import annotations

import difflib
import json
import time
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from codegen import loader
from codegen.drift.command import main
from tests.support.drift_case import FIXTURES, SOURCE, codes_of, plant_code_set, spec_copy
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
from tests.support.ob_codesets import COPY, REF, codes, rule


def test_today_s_copies_are_in_sync(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(httpserver)
    code, out, err = drift(capsys, fetch_spec(tmp_path), httpserver)
    assert (code, err) == (0, "")
    assert "fetch-page: in sync" in out.splitlines()
    assert f"fetch-sdk: in sync at {NEW[:12]}" in out.splitlines()
    agent = httpserver.log[0][0].headers["User-Agent"]
    assert agent.startswith("bankcodes-drift/")


def test_a_source_read_in_part_is_listed_as_such(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its facts hold for what was read: the run says so, so that what a copy of today shows
    beyond it is looked at rather than taken as new."""
    serve(httpserver)
    data = json.loads(fetch_spec(tmp_path).read_text(encoding="utf-8"))
    data["sources"]["fetch-page"]["read_in_part"] = "the copy read ends after the first code"
    spec = write_spec(tmp_path, data)
    report = tmp_path / "report.md"
    code, out, _ = drift(capsys, spec, httpserver, "--report", str(report))
    assert code == 0
    said = "1 source(s) read in part (what was not read is on the sources page; a copy of "
    assert out.splitlines()[-1] == said + "today may show more): fetch-page"
    assert "fetch-page" in report.read_text(encoding="utf-8").split("read in part")[1]


def test_a_new_code_a_changed_text_and_a_changed_status_are_each_named(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGE_TEXT.replace(
        "The endpoint requested does not exist.", "The endpoint requested was not found."
    ).replace("http code 400", "http code 422", 1)
    page += (
        "\n#### NEW_PLANTED_CODE\n\n##### A code the catalog does not have.\n\n"
        '```json\nhttp code 400\n{"error_type": "INVALID_INPUT", "error_code": '
        '"NEW_PLANTED_CODE", "error_message": "planted"}\n```\n'
    )
    serve(httpserver, page=page)
    code, out, _ = drift(capsys, fetch_spec(tmp_path), httpserver)
    assert code == 1
    lines = [line.strip() for line in out.splitlines()]
    assert "fetch-page: drift: 3 difference(s)" in lines
    assert any(line.startswith("missing    plaid.error_code NEW_PLANTED_CODE") for line in lines)
    assert any(
        line.startswith("text       plaid.error_code NOT_FOUND: description") for line in lines
    )
    assert any(
        line.startswith("http       plaid.error_code INVALID_AUDIT_COPY_TOKEN") for line in lines
    )


def test_a_second_run_asks_only_whether_a_source_changed(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(httpserver)
    spec = fetch_spec(tmp_path)
    assert drift(capsys, spec, httpserver)[0] == 0
    code, out, _ = drift(capsys, spec, httpserver)
    assert code == 0
    conditional = [r for r, _ in httpserver.log if r.headers.get("If-None-Match")]
    assert sorted(r.path for r in conditional) == sorted([PAGE_PATH, SDK_PATH])
    assert "fetch-page: in sync (not modified since the last fetch)" in out.splitlines()


def test_what_cannot_be_fetched_is_one_line_and_its_own_exit_status(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 404, a timeout, a body of 50 MB and a deeply nested file: one line each, and an exit
    status that says a source could not be read (3, or 4 beside drift), never "in sync"."""
    data = spec_data("plaid")
    openapi = {
        "format": "openapi",
        "code_sets": [{"code_set": "plaid.error_type", "enum": "/components/schemas/X"}],
    }
    for name in ("gone", "slow", "big", "deep"):
        data["sources"][f"fetch-{name}"] = {
            "kind": "doc",
            "title": name,
            "url": f"https://api.bank.example/{name}.json",
            "retrieved": "2026-01-01",
            "sha256": "0" * 64,
            "extract": openapi,
        }
    spec = write_spec(tmp_path, data)

    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response("{}")

    httpserver.expect_request("/api.bank.example/gone.json").respond_with_data("", status=404)
    httpserver.expect_request("/api.bank.example/slow.json").respond_with_handler(slow)
    big = b'{"x": "' + b"a" * (50 * 1024 * 1024) + b'"}'
    httpserver.expect_request("/api.bank.example/big.json").respond_with_data(big)
    deep = '{"a": ' + "[" * 1000 + "]" * 1000 + "}"
    httpserver.expect_request("/api.bank.example/deep.json").respond_with_data(deep)
    ids = ["fetch-gone", "fetch-slow", "fetch-big", "fetch-deep"]
    code, out, err = drift(capsys, spec, httpserver, *ids, "--timeout", "0.5")
    lines = out.splitlines()
    assert "Traceback" not in out + err and len(lines) == 5, out
    assert (
        lines[0] == "fetch-big: unreachable: the body is over the 8388608-byte limit (--max-bytes)"
    )
    assert (
        lines[1].startswith(
            "fetch-deep: unreadable: the copy of https://api.bank.example/deep.json: "
        )
        and "nested more than 200" in lines[1]
    )
    assert lines[2] == "fetch-gone: unreachable: HTTP 404"
    assert lines[3] == "fetch-slow: unreachable: timed out after 3 attempts"
    # The deep file was read: it is unreadable, which a person must look at (drift); the other
    # three could not be read at all.
    assert code == 4
    assert err == "error: 3 source(s) could not be read (the report lists each with its reason)\n"
    report = tmp_path / "report.md"
    code, out, err = drift(
        capsys, spec, httpserver, "fetch-gone", "--timeout", "0.5", "--report", str(report)
    )
    assert code == 3 and "1 source(s) could not be read" in err
    page = report.read_text(encoding="utf-8")
    assert "**1 source(s) could not be read**" in page
    assert "| `fetch-gone` | unreachable: `HTTP 404` |" in page


def test_write_pins_the_sources_in_sync_and_nothing_else(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page changed only around its codes, the repository moved on: both in sync, so their
    pins move (commit and address, SHA-256 and retrieval day, checked day) and what each lists
    is counted, and nothing else of the spec changes; the spec as written still validates."""
    import datetime
    import hashlib

    page = PAGE_TEXT + "\nA paragraph the page added, about nothing the catalog holds.\n"
    serve(httpserver, page=page)
    spec = fetch_spec(tmp_path)
    before = spec.read_text(encoding="utf-8")
    code, out, _ = drift(capsys, spec, httpserver, "--write")
    assert code == 0, out
    after = spec.read_text(encoding="utf-8")
    today = datetime.date.today().isoformat()
    expected = json.loads(before)
    # The page's two sections (errors-page.md) and the enum's three members (exit-status.ts),
    # every one held by the catalog.
    page_counts = [{"code_set": "plaid.error_code", "listed": 2, "held": 2}]
    sdk_counts = [{"code_set": "plaid.link_exit_status", "listed": 3, "held": 3}]
    expected["sources"]["fetch-page"].update(
        retrieved=today,
        sha256=hashlib.sha256(page.encode()).hexdigest(),
        counted=page_counts,
        checked=today,
    )
    expected["sources"]["fetch-sdk"].update(
        url=f"https://github.com/acme/link-sdk/blob/{NEW}/src/types.ts",
        commit=NEW,
        counted=sdk_counts,
        checked=today,
    )
    assert json.loads(after) == expected
    # Only the lines of the two sources' entries changed: the rest is the text as written.
    changed = [
        line[2:]
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if line.startswith(("- ", "+ "))
    ]
    pins = ("retrieved", "sha256", "checked", "commit", "url", "counted")
    assert changed and all(
        any(key in line for key in pins) or line.strip() in ("}", "},") for line in changed
    ), changed
    watch = json.loads((tmp_path / "watch.json").read_text(encoding="utf-8"))
    assert watch["results"]["fetch-page"]["state"] == "in sync"
    # The spec as written back still validates, so it generates (validate and generate check
    # alike: tests/spec/test_spec_corpus.py).
    loader.load(spec)


def test_write_leaves_a_new_code_to_a_person_and_reports_the_edit(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGE_TEXT.replace(
        "The endpoint requested does not exist.", "The endpoint requested was not found."
    )
    page += (
        "\n#### NEW_PLANTED_CODE\n\n##### A code the catalog does not have.\n\n"
        '```json\nhttp code 400\n{"error_type": "INVALID_INPUT", "error_code": '
        '"NEW_PLANTED_CODE", "error_message": "planted"}\n```\n'
    )
    serve(httpserver, page=page)
    spec = fetch_spec(tmp_path)
    report = tmp_path / "report.md"
    code, out, _ = drift(capsys, spec, httpserver, "--write", "--report", str(report))
    assert code == 1
    written = json.loads(spec.read_text(encoding="utf-8"))
    values = codes_of(written, "plaid.error_code")
    # The provider's changed words are written; the new code is not, and the page keeps its pin.
    assert values["NOT_FOUND"]["description"] == "The endpoint requested was not found."
    assert "NEW_PLANTED_CODE" not in values
    assert written["sources"]["fetch-page"] == SOURCES["fetch-page"]
    text = report.read_text(encoding="utf-8")
    assert "## For a person to decide" in text and "NEW_PLANTED_CODE" in text
    assert '"op": "add"' in text
    # Read again, the page differs only by its new code.
    code, out, _ = drift(capsys, spec, httpserver)
    assert out.startswith("fetch-page: drift: 1 difference(s)")


def test_a_mirror_folder_reads_host_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = tmp_path / "mirror"
    files = ((PAGE_PATH + "index.html", PAGE_TEXT), (SDK_PATH, SDK_TEXT), (HEAD_PATH, NEW))
    for path, text in files:
        (mirror / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (mirror / path.lstrip("/")).write_text(text, encoding="utf-8")
    spec = fetch_spec(tmp_path)
    args = ["--spec", str(spec), "--fetch", *sorted(SOURCES), "--mirror", str(mirror)]
    code = main(args)
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and "fetch-page: in sync" in out and f"fetch-sdk: in sync at {NEW[:12]}" in out


def test_codes_seen_in_production_are_told_published_since_or_not_documented(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGE_TEXT + (
        "\n#### NEW_PLANTED_CODE\n\n##### A code the catalog does not have.\n\n"
        '```json\nhttp code 400\n{"error_type": "INVALID_INPUT", "error_code": '
        '"NEW_PLANTED_CODE", "error_message": "planted"}\n```\n'
    )
    serve(httpserver, page=page)
    seen = tmp_path / "seen.jsonl"
    lines = [
        {"provider": "plaid", "code_set": "error_code", "value": "NEW_PLANTED_CODE"},
        {"provider": "plaid", "code_set": "error_code", "value": "STILL_UNPUBLISHED"},
    ]
    seen.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code, out, _ = drift(capsys, fetch_spec(tmp_path), httpserver, "--seen", str(seen))
    assert code == 1
    found = [line.strip().split(":", 1)[0] for line in out.splitlines() if line.startswith("  ")]
    assert "published since plaid.error_code NEW_PLANTED_CODE" in found
    assert "seen, not documented plaid.error_code STILL_UNPUBLISHED" in found


def test_hostile_answers_are_one_line_each(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A body compressed twice into 2 GiB, a corrupt gzip body, a redirect to itself and an
    ETag that is no ASCII: each one line, in bounded memory, and the cache still usable."""
    import gzip

    data = spec_data("plaid")
    rule = {"code_sets": [{"code_set": "plaid.error_type", "enum": "/components/schemas/X"}]}
    names = ("bomb", "corrupt", "loop", "etag")
    for name in names:
        data["sources"][f"fetch-{name}"] = {
            "kind": "doc",
            "title": name,
            "url": f"https://api.bank.example/{name}.json",
            "retrieved": "2026-01-01",
            "sha256": "0" * 64,
            "extract": {"format": "openapi", **rule},
        }
    spec = write_spec(tmp_path, data)
    inner = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)
    bomb = gzip.compress(inner, compresslevel=9)
    answer = httpserver.expect_request
    answer("/api.bank.example/bomb.json").respond_with_response(
        Response(bomb, headers={"Content-Encoding": "gzip, gzip"})
    )
    answer("/api.bank.example/corrupt.json").respond_with_response(
        Response(b"\x1f\x8bnot gzip at all", headers={"Content-Encoding": "gzip"})
    )
    answer("/api.bank.example/loop.json").respond_with_response(
        Response("", status=302, headers={"Location": "/api.bank.example/loop.json"})
    )
    document = '{"components": {"schemas": {"X": {"enum": ["ITEM_ERROR"]}}}}'
    answer("/api.bank.example/etag.json").respond_with_response(
        Response(document, headers={"ETag": '"\xff"'})
    )
    ids = [f"fetch-{name}" for name in names]
    for _ in range(2):  # the second run reads the cache the first one wrote
        code, out, err = drift(capsys, spec, httpserver, *ids, "--timeout", "2")
        lines = out.splitlines()
        assert "Traceback" not in out + err and len(lines) == 5, out
        assert lines[0] == "fetch-bomb: unreachable: an unsupported content encoding: 'gzip, gzip'"
        assert lines[1] == "fetch-corrupt: unreachable: the gzip body is corrupt"
        assert lines[3] == "fetch-loop: unreachable: redirected more than 5 times"
        assert lines[2] == "fetch-etag: in sync"
        assert code == 3  # what cannot be fetched is not drift, and not in sync either


@pytest.mark.parametrize(
    ("cut", "said"),
    [(0.9, "the gzip body is cut short"), (0.5, "the gzip body is cut short")],
)
def test_a_page_cut_short_in_its_gzip_stream_is_not_read_and_nothing_is_written(
    tmp_path: Path,
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    cut: float,
    said: str,
) -> None:
    """A gzip page whose stream stops early would inflate to the page's first part: texts cut
    short, codes gone. It is a source not read (exit 3), its pin and words untouched."""
    import gzip

    serve(httpserver)
    httpserver.clear_all_handlers()
    packed = gzip.compress(PAGE_TEXT.encode("utf-8"))
    httpserver.expect_request(PAGE_PATH).respond_with_response(
        Response(packed[: int(len(packed) * cut)], headers={"Content-Encoding": "gzip"})
    )
    httpserver.expect_request(SDK_PATH).respond_with_data(SDK_TEXT)
    httpserver.expect_request(HEAD_PATH).respond_with_data(NEW)
    spec = fetch_spec(tmp_path)
    before = json.loads(spec.read_text(encoding="utf-8"))
    code, out, _ = drift(capsys, spec, httpserver, "--write")
    assert code == 3, out
    assert f"fetch-page: unreachable: {said}" in out.splitlines()
    after = json.loads(spec.read_text(encoding="utf-8"))
    assert after["sources"]["fetch-page"] == before["sources"]["fetch-page"]
    assert after["providers"] == before["providers"]


@pytest.mark.parametrize("option", [["--timeout", "0"], ["--timeout", "nan"]])
def test_a_run_refused_for_its_arguments_still_writes_its_report(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    spec = fetch_spec(tmp_path)
    report = tmp_path / "report.md"
    args = ["--spec", str(spec), "--fetch", "--mirror", httpserver.url_for("/")]
    assert main([*args, *option, "--report", str(report)]) == 2
    assert "--timeout takes seconds" in capsys.readouterr().err
    said = report.read_text(encoding="utf-8")
    assert "**The run did not start**: `--timeout takes seconds" in said
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("option", "reason"),
    [("--cache", "is a file, not a folder"), ("--report", "no file can be written there")],
)
def test_a_cache_or_report_that_cannot_be_written_is_refused_before_anything_is_fetched(
    tmp_path: Path,
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    option: str,
    reason: str,
) -> None:
    spec = fetch_spec(tmp_path)
    before = spec.read_text(encoding="utf-8")
    where = tmp_path / "a-file" if option == "--cache" else tmp_path / "missing" / "report.md"
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    args = ["--spec", str(spec), "--fetch", "--mirror", httpserver.url_for("/")]
    code = main([*args, "--write", option, str(where)])
    assert code == 2
    assert reason in capsys.readouterr().err
    assert httpserver.log == [] and spec.read_text(encoding="utf-8") == before


def test_write_refuses_a_spec_changed_while_the_sources_were_fetched(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its edits are made by position: on a spec someone edited meanwhile they could land on
    another code."""
    spec = fetch_spec(tmp_path)
    edited = spec.read_text(encoding="utf-8").replace("\n", "\n ", 1)

    def answer(request: Request) -> Response:
        spec.write_text(edited, encoding="utf-8")
        return Response(PAGE_TEXT.replace("does not exist", "was not found"))

    httpserver.expect_request(PAGE_PATH).respond_with_handler(answer)
    httpserver.expect_request(SDK_PATH).respond_with_data(SDK_TEXT)
    httpserver.expect_request(HEAD_PATH).respond_with_data(NEW)
    code, _, err = drift(capsys, spec, httpserver, "--write")
    assert code == 2
    assert "changed while the sources were fetched: nothing written" in err
    assert spec.read_text(encoding="utf-8") == edited


def test_write_leaves_a_text_the_spec_cannot_hold_to_a_person(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A provider's new text with a control character is reported, not written, and the
    other source is still pinned."""
    odd = "The endpoint \x1b[2J requested does not exist."
    serve(httpserver, page=PAGE_TEXT.replace("The endpoint requested does not exist.", odd))
    spec = fetch_spec(tmp_path)
    code, out, _ = drift(capsys, spec, httpserver, "--write")
    assert code == 1, out
    after = json.loads(spec.read_text(encoding="utf-8"))
    not_found = codes_of(after, "plaid.error_code")["NOT_FOUND"]
    assert not_found["description"] == "The endpoint requested does not exist."
    assert after["sources"]["fetch-sdk"]["commit"] == NEW
    assert "sha256" in after["sources"]["fetch-page"]
    assert after["sources"]["fetch-page"]["sha256"] == "0" * 64


def test_a_csv_file_fetched_from_an_address_without_its_suffix_is_read_as_csv(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The texts of a CSV file's cells are found in them, as in a saved copy named .csv (read
    line by line, a text over a cell's line breaks would not be)."""
    url = "https://docs.bank.example/codesets"

    def plant(data: dict[str, Any]) -> None:
        plant_code_set(REF, codes())(data)
        data["sources"][SOURCE]["url"] = url

    spec = spec_copy(tmp_path, rule(), {}, plant)
    httpserver.expect_request("/docs.bank.example/codesets").respond_with_data(
        (FIXTURES / COPY).read_bytes(), content_type="text/csv"
    )
    mirror = ["--mirror", httpserver.url_for("/"), "--cache", str(tmp_path / "cache")]
    code = main(["--spec", str(spec), "--fetch", SOURCE, *mirror])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), out
    assert f"{SOURCE}: in sync" in out.splitlines()
