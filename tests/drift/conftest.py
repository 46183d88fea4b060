"""The loopback server of the drift tests that fetch (`drift --fetch --mirror`): one per module,
answering each request in its own thread (tests/support/fetch_case.py's `loopback`), its answers
and log cleared after each test, so that no test is answered by what an earlier one expected. It
stands in, for these modules, for pytest-httpserver's own `httpserver` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from tests.support.fetch_case import loopback


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    yield from loopback()


@pytest.fixture
def httpserver(server: HTTPServer) -> Iterator[HTTPServer]:
    """The module's loopback server, its answers and log cleared after each test."""
    yield server
    server.clear()
