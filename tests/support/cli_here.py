"""The command line run in the test's own process, for the tests that read only its answer."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys


def cli_here(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`bankcodes ARGS` run in this process, `stdin` its standard input (as UTF-8 bytes): its
    exit status, standard output and standard error, as subprocess.run gives them. For a test
    that reads only what the command answers; how a process of its own reads its bytes, exits
    and fails is tested with `python -m bankcodes.cli` (tests/cli)."""
    from bankcodes import cli

    out, err = io.StringIO(), io.StringIO()
    given = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    saved, sys.stdin = sys.stdin, given
    try:
        with contextlib.redirect_stderr(err):
            status = cli.main(list(args), out=out)
    finally:
        sys.stdin = saved
    return subprocess.CompletedProcess(["bankcodes", *args], status, out.getvalue(), err.getvalue())
