"""The fetch tests' spec and server: a copy of the spec holds two sources that agree with fixture
excerpts, a page (Plaid's error sections, tests/drift/fixtures/errors-page.md) and a repository
file pinned at a commit (Plaid's React Native exit statuses, exit-status.ts), served through
`--mirror` by a server on loopback (never the network)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from codegen.drift.command import main
from tests.support.drift_case import EXIT, EXIT_AGREE, FIXTURES, PAGE, PAGE_AGREE, codes_of
from tests.support.helpers import spec_data, write_spec

OLD = "a" * 40
NEW = "b" * 40
PAGE_URL = "https://docs.bank.example/errors/"
PAGE_PATH = "/docs.bank.example/errors/"
#: The repository file is fetched at the commit its default branch is at (NEW).
SDK_PATH = f"/raw.githubusercontent.com/acme/link-sdk/{NEW}/src/types.ts"
HEAD_PATH = "/api.github.com/repos/acme/link-sdk/commits/HEAD"
SOURCES = {
    "fetch-page": {
        "kind": "doc",
        "title": "Plaid Docs: errors (a fixture excerpt)",
        "url": PAGE_URL,
        "retrieved": "2026-01-01",
        "sha256": "0" * 64,
        "extract": PAGE,
    },
    "fetch-sdk": {
        "kind": "repo",
        "title": "Link SDK types (a fixture excerpt)",
        "url": f"https://github.com/acme/link-sdk/blob/{OLD}/src/types.ts",
        "commit": OLD,
        "extract": EXIT,
    },
}
PAGE_TEXT = (FIXTURES / "errors-page.md").read_text(encoding="utf-8")


def loopback() -> Iterator[HTTPServer]:
    """A loopback server answering each request in its own thread, as a provider's would: a slow
    answer holds up no other. (Its log of requests would go to standard error, where the
    command's errors go.)"""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


SDK_TEXT = (FIXTURES / "exit-status.ts").read_text(encoding="utf-8")


def fetch_spec(tmp_path: Path) -> Path:
    """The project's spec with the two sources, the codes they read agreeing with them."""
    data = spec_data("plaid")
    data["sources"].update(json.loads(json.dumps(SOURCES)))
    for source_id, agree in (("fetch-page", PAGE_AGREE), ("fetch-sdk", EXIT_AGREE)):
        for ref, values in agree.items():
            codes = codes_of(data, ref)
            for value, facts in values.items():
                code = codes[value]
                code["sources"] = [*code.get("sources", []), source_id]
                code.pop("text_sources", None)
                for key, fact in facts.items():
                    if fact is None:
                        code.pop(key, None)
                    elif key == "http":
                        code["http"] = [{"status": fact, "sources": [source_id]}]
                    else:
                        code[key] = fact
    return write_spec(tmp_path, data, indent=2)  # --write's edits are read by line


def serve(server: HTTPServer, page: str = PAGE_TEXT, sdk: str = SDK_TEXT) -> None:
    """The two sources (with ETags, answering 304 to a matching If-None-Match) and the commit
    of the repository's default branch."""
    for path, body, tag in ((PAGE_PATH, page, '"page-1"'), (SDK_PATH, sdk, '"sdk-1"')):

        def answer(request: Request, body: str = body, tag: str = tag) -> Response:
            if request.headers.get("If-None-Match") == tag:
                return Response(status=304, headers={"ETag": tag})
            return Response(body, headers={"ETag": tag})

        server.expect_request(path).respond_with_handler(answer)
    server.expect_request(HEAD_PATH).respond_with_data(NEW)


def drift(
    capsys: pytest.CaptureFixture[str], spec: Path, server: HTTPServer, *more: str
) -> tuple[int, str, str]:
    """The command on the test's sources (those named in `more`, else the two of SOURCES)."""
    cache = spec.parent / "cache"
    named = [word for word in more if word.startswith("fetch-")]
    ids = [] if named else sorted(SOURCES)
    args = ["--spec", str(spec), "--fetch", *ids, "--mirror", server.url_for("/")]
    code = main([*args, "--cache", str(cache), "--timeout", "2", *more])
    out, err = capsys.readouterr()
    return code, out, err
