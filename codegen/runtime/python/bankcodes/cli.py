"""The `bankcodes` command: look codes up, validate payloads, verify webhook signatures.

    bankcodes explain CODE [--provider PROVIDER] [--code-set PROVIDER.CODE_SET] [--now WHEN]
        [--json]
    bankcodes decide CODE [--provider PROVIDER] [--code-set PROVIDER.CODE_SET]
        [--header "NAME: VALUE"] [--now WHEN] [--json]
    bankcodes list [--provider PROVIDER] [--category CATEGORY] [--json]
    bankcodes validate PROVIDER/KIND FILE [--strict] [--json]
    bankcodes verify PROVIDER FILE --header "NAME: VALUE" --secret-env VAR [--now WHEN]
        [--path PATH] [--json]
    bankcodes receive PROVIDER FILE --header "NAME: VALUE" --secret-env VAR [--now WHEN]
        [--path PATH] [--json]
    bankcodes trigger PROVIDER [EVENT] [--secret-env VAR] [--now WHEN] [--path PATH]
        [--curl URL] [--json]
    bankcodes mcp

Exit status: 0 success, 1 unknown code / invalid payload / rejected signature, 2 unusable input,
141 when the reader of the output went away first (bankcodes list | head), as for a program
that SIGPIPE ends.
No error repeats a value of the command line (it may be a secret typed in the wrong place).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Sequence

from bankcodes import _cli_decide, _cli_explain, _cli_trigger, _code_lists
from bankcodes import _cli_webhooks as webhooks
from bankcodes._cli_args import instant
from bankcodes._cli_input import EXIT_UNUSABLE, Unusable
from bankcodes._cli_output import Printable, printable_errors
from bankcodes._cli_parser import list_filters, parser
from bankcodes._extras import install

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO


def _serve_mcp() -> int:
    """`bankcodes mcp`: serve until the client closes standard input."""
    try:
        from bankcodes import _mcp_server
    except ModuleNotFoundError as error:
        raise Unusable(
            "the MCP server needs the MCP SDK (the mcp package, 2.x), and "
            f"{error.name or 'a module of it'} cannot be imported: {install('mcp')}"
        ) from None
    _mcp_server.serve()
    return 0


#: The exit status of a program that SIGPIPE ended (128 + 13), as shells report it.
EXIT_PIPE_CLOSED = 141
#: The exit status when the output cannot be written (sysexits' EX_IOERR): standard output
#: closed (1>&-), a full disk (> /dev/full).
EXIT_OUTPUT = 74


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    target = out if out is not None else sys.stdout
    if target is None:  # started with standard output closed: nothing can be written
        return _unwritable("standard output is closed")
    try:
        code = _main(argv, target)
        target.flush()
    except BrokenPipeError:
        # The reader of the output closed it (… | head): stop writing, quietly; Python's own
        # flush at exit writes nowhere.
        _write_nowhere(target)
        return EXIT_PIPE_CLOSED
    except OSError as error:  # a full disk, an output closed while it was written
        _write_nowhere(target)
        return _unwritable(f"the output cannot be written ({error.strerror or error})")
    return code


def _write_nowhere(target: TextIO) -> None:
    """Point standard output at the null device, so that Python's own flush at exit (of what
    the failed write left in the buffer) writes nowhere."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        if target is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _unwritable(why: str) -> int:
    """Say on standard error, where there is one, why the output could not be written."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(f"error: {why}", file=sys.stderr)
    return EXIT_OUTPUT


def _main(argv: Sequence[str] | None, out: TextIO | None) -> int:
    for console in (sys.stdout, sys.stderr):
        # Any console encoding (PYTHONIOENCODING=ascii): escape what it cannot show.
        if isinstance(console, io.TextIOWrapper):
            console.reconfigure(errors="backslashreplace")
    # No control character reaches the terminal, whatever writes it (bankcodes._cli_output).
    with printable_errors():
        stream: TextIO = Printable(out if out is not None else sys.stdout)  # type: ignore[assignment]
        return _command(argv, stream)


def _command(argv: Sequence[str] | None, stream: TextIO) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else EXIT_UNUSABLE
    try:
        now = instant(args.now) if getattr(args, "now", None) is not None else None
        if args.command == "explain":
            return _cli_explain.explain(
                args.code, args.provider, args.json, stream, args.equivalents, args.code_set, now
            )
        if args.command == "decide":
            return _cli_decide.decide(args, stream, now)
        if args.command == "mcp":
            return _serve_mcp()
        if args.command == "list":
            return _code_lists.list_codes(list_filters(args), args.json, stream)
        if args.command == "validate":
            return webhooks.validate(args.kind, args.file, args.strict, args.json, stream)
        if args.command == "trigger":
            return _cli_trigger.trigger(args, stream, now)
        if args.command == "receive":
            return webhooks.receive(args, stream, now)
        return webhooks.verify(args, stream, now)
    except Unusable as error:
        print(f"bankcodes {args.command}: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    raise SystemExit(main())
