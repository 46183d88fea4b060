"""`drift --fetch` says every look-up that failed: the commit of a repository's default branch,
whether its file was then read, could not be fetched or could not be read; and its report holds
what was found, the sources it had nothing to fetch for counted in its last line. Every server is
on loopback; the network is never used."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from codegen.drift import report
from codegen.drift.watch import Result
from tests.support.fetch_case import HEAD_PATH, PAGE_PATH, PAGE_TEXT, drift, fetch_spec

#: The repository file as read when its commit cannot be asked: at its default branch, HEAD.
HEAD_FILE = "/raw.githubusercontent.com/acme/link-sdk/HEAD/src/types.ts"
#: What the look-up of the commit failed with, and where it was asked.
UNASKED = (
    "the commit of acme/link-sdk's default branch could not be asked of GitHub's API (HTTP 403)"
)


@pytest.mark.parametrize(
    ("body", "status", "said"),
    [
        ("Not Found", 404, f"fetch-sdk: unreachable: HTTP 404; {UNASKED}"),
        (
            "{{{ no declaration",
            200,
            "fetch-sdk: unreadable: the copy of https://raw.githubusercontent.com/acme/link-sdk/"
            "HEAD/src/types.ts is not TypeScript source (no declaration could be read); "
            f"{UNASKED}: read at HEAD, not pinned",
        ),
    ],
    ids=["the file unreachable", "the file unreadable"],
)
def test_a_commit_that_cannot_be_asked_is_said_whatever_its_file_gave(
    tmp_path: Path,
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    body: str,
    status: int,
    said: str,
) -> None:
    httpserver.expect_request(HEAD_PATH).respond_with_data("rate limited", status=403)
    httpserver.expect_request(HEAD_FILE).respond_with_data(body, status=status)
    httpserver.expect_request(PAGE_PATH).respond_with_data(PAGE_TEXT)
    code, out, err = drift(capsys, fetch_spec(tmp_path), httpserver)
    lines = out.splitlines()
    assert next(line for line in lines if line.startswith("fetch-sdk:")) == said
    assert "fetch-page: in sync" in lines
    # A source that cannot be fetched is not read (exit 3, said on stderr); one its extractor
    # cannot read is drift (exit 1).
    if status == 404:
        assert (code, err) == (
            3,
            "error: 1 source(s) could not be read (the report lists each with its reason)\n",
        ), out
    else:
        assert (code, err) == (1, ""), out


def test_the_report_counts_the_sources_not_fetched_and_lists_them_when_asked() -> None:
    results = [
        Result("a-page", "drift", "1 difference(s)"),
        Result("a-seed", "not fetched", "a seed document: nothing to fetch"),
        Result("b-page", "in sync"),
    ]
    assert report.text(results).splitlines() == [
        "a-page: drift: 1 difference(s)",
        "b-page: in sync",
        "3 source(s): 1 drift, 1 in sync, 1 not fetched (--verbose lists those not fetched)",
    ]
    assert report.text(results, verbose=True).splitlines() == [
        "a-page: drift: 1 difference(s)",
        "a-seed: not fetched: a seed document: nothing to fetch",
        "b-page: in sync",
        "3 source(s): 1 drift, 1 in sync, 1 not fetched",
    ]
