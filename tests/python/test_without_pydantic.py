"""The package alone, without its payloads extra (pydantic): a pasted body is still read, by the
standard library's JSON reader held to the rules of pydantic_core's, so that a body reads the
same either way."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from bankcodes import _json_plain, _payloads
from bankcodes._payloads import PayloadError
from tests.support.helpers import python_path

#: Bodies and how pydantic_core reads them (a value, or refused): its limits typed from its
#: behaviour as documented in pydantic-core's from_json (recursion limit 200 nested containers
#: below the top value, lone surrogates refused, no NaN or Infinity, the last of duplicate keys).
CASES = [
    b'{"a": 1, "a": 2}',
    b'"\\ud83d\\ude00"',
    b'"\\ud800"',
    b'"\\udc00\\ud800"',
    b"NaN",
    b"[Infinity]",
    b"-Infinity",
    b"1e400",
    b"1" * 5000,
    b"-" + b"9" * 4301,
    b"[" * 201 + b"]" * 201,
    b"[" * 202 + b"]" * 202,
    b"[" * 200 + b"1" + b"]" * 200,
    b"[" * 201 + b"1" + b"]" * 201,
    b"[" * 200 + b'{"a": 1}' + b"]" * 200,
    b"[" * 199 + b'{"a": []}' + b"]" * 199,
    b"[" * 100_000,
    b"\x00{\x00}",
    b'{"a": "\xff"}',
    b"[1] x",
    b"",
    b" ",
    b'"\\u0000"',
    b"-0",
    b"0.1e-400",
]


def _pydantic_read(data: bytes) -> object:
    try:
        return _payloads._read(data)
    except PayloadError:
        return "refused"


def _plain_read(data: bytes) -> object:
    try:
        return _json_plain.read(data)
    except ValueError:
        return "refused"


@pytest.mark.parametrize("data", CASES, ids=lambda data: repr(data[:24]))
def test_the_standard_library_reads_as_pydantic_core_does(data: bytes) -> None:
    expected, found = _pydantic_read(data), _plain_read(data)
    if isinstance(expected, float) and math.isinf(expected):
        assert isinstance(found, float) and found == expected
    else:
        assert found == expected


# Plaid's documented ITEM_LOGIN_REQUIRED error (plaid.com/docs/errors/item/), as a response.
RESPONSE = (
    "HTTP/2 400\r\ncontent-type: application/json\r\n\r\n"
    '{"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_message": "the'
    ' login details of this item have changed", "display_message": null, "request_id":'
    ' "HNTDNrA8F1shFEW"}'
)
#: Python as it runs with the package alone: pydantic cannot be imported.
WITHOUT = "import sys; sys.modules['pydantic'] = sys.modules['pydantic_core'] = None; "


def _without_pydantic(code: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT + code],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": python_path()},
    )


@pytest.mark.subprocess
def test_a_pasted_response_is_explained_without_pydantic() -> None:
    result = _without_pydantic(
        "from bankcodes.cli import main; sys.exit(main(['explain', '-']))", RESPONSE
    )
    assert result.returncode == 0, result.stderr
    assert "ModuleNotFoundError" not in result.stderr
    decision, _, rest = result.stdout.partition("\n\n")
    assert decision.startswith("Decision: reconnect")  # what to do now, first
    lines = rest.splitlines()
    # The code it decides by, then the status and the request id read with it.
    assert lines[0] == "plaid/error: $.error_code = ITEM_LOGIN_REQUIRED"
    assert lines[1:3] == ["  HTTP status: 400", "  request id: HNTDNrA8F1shFEW"]


@pytest.mark.subprocess
def test_from_exception_reads_a_text_body_without_pydantic() -> None:
    body = RESPONSE.split("\r\n\r\n", 1)[1]
    code = (
        "import bankcodes; found = bankcodes.from_exception(sys.stdin.read()); "
        "print(found.code.value, found.request_id, found.kind)"
    )
    result = _without_pydantic(code, body)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ITEM_LOGIN_REQUIRED", "HNTDNrA8F1shFEW", "plaid/error"]


@pytest.mark.subprocess
def test_validating_still_asks_for_the_extra() -> None:
    code = "import bankcodes.payloads as p; p.validate('plaid/error', {})"
    result = _without_pydantic(code)
    assert result.returncode != 0
    assert "pip install 'bankcodes[payloads]'" in result.stderr


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["validate", "plaid/error", "-"], {}),
        (["receive", "argyle", "-", "--secret-env", "SECRET"], {"SECRET": "x"}),
    ],
    ids=["validate", "receive"],
)
@pytest.mark.subprocess
def test_a_command_that_needs_the_extra_says_so_in_one_line(
    argv: list[str], env: dict[str, str]
) -> None:
    """The CLI page: a command missing an extra answers in one line on standard error, naming
    the extra as a registry and as a checkout install it, with exit status 2."""
    code = f"from bankcodes.cli import main; sys.exit(main({argv!r}))"
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT + code],
        input='{"error_code": "ITEM_LOGIN_REQUIRED"}',
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": python_path(), **env},
    )
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"bankcodes {argv[0]}: {argv[0]} needs pydantic"), line
    assert "pip install 'bankcodes[payloads]'" in line and "pip install '.[payloads]'" in line
