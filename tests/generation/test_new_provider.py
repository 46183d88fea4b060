"""site/docs/adding-a-provider.md, followed literally: its JSON blocks are put where their titles
say in a copy of the project's spec (made smaller: every provider, template and kind of field,
with fewer codes and payload kinds, every other provider made hostile:
tests/support/small_project.py), which then validates, generates every output and builds the
site strictly; the new provider, which signs nothing, works in Python, Node and the CLI."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.helpers import codegen_here, python_path, run_node
from tests.support.html import Page
from tests.support.small_project import steps


def test_the_page_has_a_block_for_each_part_of_the_spec() -> None:
    assert [where for where, _ in steps()] == [
        "sources",
        "providers.quillbank",
        "payloads.quillbank/webhook",
    ]


@pytest.fixture(scope="module")
def project(small_project: Path) -> Path:
    """The copy of the spec with the page followed, generated, and its site built (the run's
    `small_project`)."""
    return small_project


EXAMPLE = {
    "type": "connection.updated",
    "id": "evt_1",
    "data": {"connection_id": "con_1", "status": "CHALLENGED"},
}

PY_CHECK = """
import json, sys, bankcodes
from bankcodes import ConfigurationError, signatures
from bankcodes.quillbank import ConnectionStatus, WebhookType

body = sys.argv[1].encode()
assert "quillbank" in bankcodes.PROVIDERS
assert bankcodes.classify("quillbank", "DENIED") is bankcodes.Category.CREDENTIALS_INVALID
event = bankcodes.receive("quillbank", body, {}, None)
assert event.signed is False and event.header is None and event.algorithm is None
assert event.type is WebhookType.connection_updated
assert event.payload.data.status is ConnectionStatus.CHALLENGED
assert event.dedup_key == "quillbank:id:evt_1"
assert bankcodes.sign("quillbank", body, "x") == {}
reasons = []
for attempt in (
    lambda: bankcodes.receive("quillbank", body, {}, "a-secret"),
    lambda: signatures.verify("quillbank", body, {}, "a-secret"),
):
    try:
        attempt()
    except ConfigurationError as error:
        reasons.append(error.reason)
print(json.dumps(reasons))
"""


def test_python_receives_an_unsigned_delivery_and_says_so(project: Path) -> None:
    env = {**os.environ, "PYTHONPATH": python_path(project)}
    result = subprocess.run(
        [sys.executable, "-c", PY_CHECK, json.dumps(EXAMPLE)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["unsigned_provider", "unsigned_provider"]


def test_the_cli_receives_it_without_a_secret(project: Path, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps(EXAMPLE))
    env = {**os.environ, "PYTHONPATH": python_path(project)}
    command = [sys.executable, "-m", "bankcodes.cli", "receive", "quillbank", str(body)]
    result = subprocess.run([*command, "--json"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    received = json.loads(result.stdout)
    assert (received["signed"], received["dedup_key"]) == (False, "quillbank:id:evt_1")
    # The page's decides: the connection's status first, then the event type.
    assert [(c["path"], c["value"]) for c in received["codes"]] == [
        ("$.data.status", "CHALLENGED"),
        ("$.type", "connection.updated"),
    ]
    refused = subprocess.run(
        [*command, "--secret-env", "HOME"], capture_output=True, text=True, env=env
    )
    assert refused.returncode == 2 and "signs no webhooks" in refused.stderr


def test_node_receives_it_as_python_does(small_typescript: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.json"
    body = json.dumps(EXAMPLE)
    given = {"provider": "quillbank", "body": body, "headers": {}}
    cases.write_text(json.dumps([{**given, "secret": None}, {**given, "secret": "x"}]))
    accepted, refused = json.loads(
        run_node("receive_outcomes.mjs", str(small_typescript / "webhooks.js"), str(cases))
    )
    assert accepted == {
        "accepted": True,
        "provider": "quillbank",
        "kind": "quillbank/webhook",
        "type": "connection.updated",
        "code": None,
        "dedupKey": "quillbank:id:evt_1",
        "signed": False,
        "header": None,
        "secretIndex": None,
        "algorithm": None,
    }
    assert refused == {
        "accepted": False,
        "error": "ConfigurationError",
        "reason": "unsigned_provider",
    }
    # Its own receiver, bankcodes/quillbank/webhooks, as the page says: the same outcomes.
    own = small_typescript / "webhooks-quillbank.js"
    assert json.loads(run_node("receive_outcomes.mjs", str(own), str(cases), "own")) == [
        accepted,
        refused,
    ]


def test_the_site_has_its_pages(project: Path) -> None:
    public = project / "public" / "reference"
    provider = (public / "quillbank" / "index.html").read_text(encoding="utf-8")
    assert "no signature: deliveries are authenticated at the transport only" in provider
    assert "HTTP basic authentication" in provider
    codes = Page((public / "quillbank" / "connection_status" / "index.html").read_text("utf-8"))
    assert {"CONNECTED", "CHALLENGED", "DENIED"} <= codes.ids
    assert (public / "payloads" / "quillbank" / "webhook.schema.json").is_file()
    webhooks = (public / "webhooks" / "index.html").read_text(encoding="utf-8")
    assert "Quillbank" in webhooks
    matrix = (public / "matrix" / "index.html").read_text(encoding="utf-8")
    assert "quillbank/connection_status/#DENIED" in matrix


STATUSES_PAGE = """<!doctype html><html lang="en"><body><h1>Connection statuses</h1>
<table><thead><tr><th>Status</th><th>Meaning</th></tr></thead><tbody>
<tr><td>CONNECTED</td><td>The connection succeeded.</td></tr>
<tr><td>CHALLENGED</td><td>The bank asks the user for a one-time code.</td></tr>
<tr><td>DENIED</td><td>{denied}</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize(
    ("denied", "status"),
    [("The bank did not accept the credentials.", 0), ("The bank refused the credentials.", 1)],
    ids=["in sync", "a changed text"],
)
def test_the_page_s_drift_command_re_checks_the_statuses_page(
    project: Path, tmp_path: Path, denied: str, status: int
) -> None:
    """Section 5: a saved copy of the statuses page, with the table the extract declares."""
    copy = tmp_path / "quillbank-statuses.html"
    copy.write_text(STATUSES_PAGE.format(denied=denied), encoding="utf-8")
    spec = project / "spec" / "catalog.json"
    args = ("--spec", str(spec), "quillbank-statuses", str(copy))
    exit_status, out, errors = codegen_here(*args, module="codegen.drift")
    assert exit_status == status, out + errors
    if status:
        assert "text       quillbank.connection_status DENIED" in out
    else:
        pin = json.loads(spec.read_text(encoding="utf-8"))["sources"]["quillbank-statuses"]
        assert pin["sha256"] == hashlib.sha256(copy.read_bytes()).hexdigest()
