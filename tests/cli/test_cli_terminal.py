"""No control character from outside reaches the terminal: what `bankcodes` prints of a pasted
body, a delivery, a file name or an argument shows C0 and C1 control characters and the marks
that reorder text as escapes, newlines included (a value cannot begin a line of its own), and
JSON output stays JSON with the same values."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.helpers import ROOT

#: Each test runs the command line as a process of its own.
pytestmark = pytest.mark.subprocess

#: An OSC sequence setting the terminal's title, a bell, a C1 control (NEL), a right-to-left
#: override, and a line break that would forge a line of the output.
HOSTILE = "a\x1b]0;X\x07b\x85c\u202ed\n  category: success"
RAW = ("\x1b", "\x07", "\x85", "\u202e")


def _bankcodes(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> str:
    """The command as a user runs it: its output, both streams, as bytes decoded."""
    done = subprocess.run(
        [sys.executable, "-m", "bankcodes.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    return (done.stdout + done.stderr).decode("utf-8")


def _pasted(request_id: str) -> bytes:
    body = {
        "error_type": "ITEM_ERROR",
        "error_code": "ITEM_LOGIN_REQUIRED",
        "request_id": request_id,
    }
    return b"HTTP/1.1 400 Bad Request\r\n\r\n" + json.dumps(body).encode()


def test_explain_shows_a_pasted_request_id_escaped() -> None:
    out = _bankcodes("explain", "-", stdin=_pasted(HOSTILE))
    assert not any(char in out for char in RAW), out
    assert "  request id: a\\u001b]0;X\\u0007b\\u0085c\\u202ed\\u000a  category: success" in out
    assert "\n  category: success" not in out


def test_explain_as_json_stays_json_with_the_same_value() -> None:
    out = _bankcodes("explain", "-", "--json", stdin=_pasted(HOSTILE))
    assert not any(char in out for char in RAW), out
    assert json.loads(out)["request_id"] == HOSTILE


def test_receive_shows_a_deliverys_values_escaped(tmp_path: Path) -> None:
    """Lean's event id makes the deduplication key: a forged one is shown escaped."""
    body = json.dumps(
        {
            "type": "payment.created",
            "payload": {"id": "p1", "status": "ACCEPTED_BY_BANK\x1b[2J"},
            "message": "m",
            "event_id": HOSTILE,
        }
    ).encode()
    path = tmp_path / "body.json"
    path.write_bytes(body)
    header = "lean-signature: sha512=" + hmac.new(b"s", body, hashlib.sha512).hexdigest()
    env = {"PATH": "/usr/bin:/bin", "LEAN_SECRET": "s"}
    out = _bankcodes(
        "receive", "lean", str(path), "--header", header, "--secret-env", "LEAN_SECRET", env=env
    )
    assert out.startswith("accepted lean payment.created"), out
    assert not any(char in out for char in RAW) and "\x1b[2J" not in out
    assert "dedup key: lean:id:a\\u001b]0;X\\u0007" in out
    assert "ACCEPTED_BY_BANK\\u001b[2J" in out


@pytest.mark.parametrize("name", ["\x1b]0;owned\x07.json", "\u202egnp.json"])
@pytest.mark.parametrize("exists", [True, False])
def test_a_file_name_never_reaches_the_terminal(tmp_path: Path, name: str, exists: bool) -> None:
    """A file the command cannot use is named without its path (it may be anything): neither
    a missing file nor one holding a value with controls prints one."""
    path = tmp_path / name
    if exists:
        path.write_text('{"type": "x\u001b]0;owned\u0007", "payload": 1}', encoding="utf-8")
    out = _bankcodes("validate", "lean/webhook", str(path))
    assert out and not any(char in out for char in RAW), out


def test_an_argument_is_shown_escaped() -> None:
    out = _bankcodes("explain", "x\x1b[31mred", "--provider", "plaid")
    assert "\x1b" not in out


@pytest.mark.parametrize("command", ["validate", "receive"])
def test_a_file_name_cannot_forge_a_line(tmp_path: Path, command: str) -> None:
    """A file holding no JSON, named with a line break and a line of its own: the error names
    the file without its path."""
    path = tmp_path / "x\nFAKE: valid lean signature"
    path.write_text("not json", encoding="utf-8")
    args = ["lean/webhook", str(path)] if command == "validate" else ["lean", str(path)]
    env = {"PATH": "/usr/bin:/bin", "LEAN_SECRET": "s"}
    more = ["--header", "lean-signature: sha512=00", "--secret-env", "LEAN_SECRET"]
    out = _bankcodes(command, *args, *([] if command == "validate" else more), env=env)
    assert out and not any(line.startswith("FAKE") for line in out.splitlines()), out
    assert "FAKE" not in out


def test_a_variable_whose_name_holds_a_line_break_is_not_named(tmp_path: Path) -> None:
    """--secret-env given a secret's value: the variables holding it are named, but only those
    a shell can name."""
    env = {
        "PATH": "/usr/bin:/bin",
        "A\x1b[31m\nFAKE: B": "s3cr3t-value",
        "GOOD_NAME": "s3cr3t-value",
    }
    body = tmp_path / "body.json"
    body.write_text("{}", encoding="utf-8")
    out = _bankcodes(
        "verify",
        "lean",
        str(body),
        "--header",
        "lean-signature: x",
        "--secret-env",
        "s3cr3t-value",
        env=env,
    )
    assert "give --secret-env GOOD_NAME" in out and "FAKE" not in out
