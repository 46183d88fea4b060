"""The fields a copy of the project adds to the spec's models (tests.support.fact_copy: a code's,
a code set's, a category's, a lifecycle's, a signing scheme's, a delivery contract's and a
payload kind's) reach every reader with no other edit: the command line (its entry and --json),
the MCP server's answers, the site's decoder, and `python -m codegen diff` with the release
notes."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import BROWSER_WAIT
from tests.support.fact_copy import PLAID_ITEM_ERROR, build, git, run_python
from tests.support.helpers import ROOT, python_path, run_codegen


@pytest.fixture(scope="module")
def project(shared: Callable[[str, Callable[[Path], None]], Path]) -> Path:
    """The copy of the project with the fields added (tests.support.fact_copy), built once per
    run."""
    return shared("per-code-fact", build) / "project"


#: The command line's answers in the copy: explain (text and JSON), explain - of Plaid's
#: webhook, and verify of an Argyle delivery (the file named third) signed with the secret in
#: ARGYLE_SECRET.
CLI = """
import io, json, sys
from bankcodes import cli
def run(*argv, stdin=None):
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    out = io.StringIO()
    return [cli.main(list(argv), out=out), out.getvalue()]
body = sys.argv[1].encode()
print(json.dumps([
    run("explain", "RECONNECT_REQUIRED", "--provider", "lean"),
    run("explain", "RECONNECT_REQUIRED", "--provider", "lean", "--json"),
    run("explain", "-", stdin=body),
    run("explain", "-", "--json", stdin=body),
    run("verify", "argyle", sys.argv[3], "--header", sys.argv[2], "--secret-env", "ARGYLE_SECRET"),
    run("verify", "argyle", sys.argv[3], "--header", sys.argv[2], "--secret-env", "ARGYLE_SECRET",
        "--json"),
]))
"""


def test_the_command_line_shows_them(project: Path, tmp_path: Path) -> None:
    body = json.dumps(PLAID_ITEM_ERROR).encode()
    (tmp_path / "body.json").write_bytes(body)
    signature = hmac.new(b"s3cret", body, hashlib.sha512).hexdigest()
    header = f"X-Argyle-Signature: {signature}"
    result = subprocess.run(
        [sys.executable, "-c", CLI, body.decode(), header, str(tmp_path / "body.json")],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env={**os.environ, "PYTHONPATH": python_path(project), "ARGYLE_SECRET": "s3cret"},
    )
    assert result.returncode == 0, result.stderr
    explained, as_json, pasted, pasted_json, verified, verified_json = json.loads(result.stdout)
    lines = explained[1].splitlines()
    said = ["Stable (code set): no", "Rank (category): 3"]
    # The code's own fact follows what the entry always says, its code set's and category's next.
    assert lines[lines.index("  Deprecated since: 2.0") + 1 :][:2] == [f"  {s}" for s in said]
    (entry,) = json.loads(as_json[1])
    # The category's other facts (its next step and state) come with the one the copy adds.
    assert {**entry["facts"], "category": entry["facts"]["category"]["rank"]} == {
        "code": {"deprecated_since": "2.0"},
        "code_set": {"stable": False},
        "category": 3,
    }
    # After the decision, the body's line (its kind, the deciding field and code), then the fact.
    read = pasted[1].splitlines()
    (kind_line,) = [n for n, line in enumerate(read) if line.startswith("plaid/")]
    assert read[kind_line + 1] == "  API version: 2020-09-14"
    assert json.loads(pasted_json[1])["kind_facts"] == {"api_version": "2020-09-14"}
    valid = "valid argyle signature (X-Argyle-Signature)\n"
    assert verified == [0, valid + "  Secret's name: Webhook secret\n  Paused after: 25\n"]
    verified_facts = json.loads(verified_json[1])
    assert verified_facts["scheme_facts"] == {"secret_name": "Webhook secret"}
    assert verified_facts["delivery_facts"] == {"paused_after": 25}


def test_the_mcp_server_answers_with_them(project: Path) -> None:
    probe = (
        "import json, sys; from bankcodes import _mcp_answers as a\n"
        "lookup = a.lookup('RECONNECT_REQUIRED', 'lean')['answers'][0]['facts']\n"
        "page = a.page('lean', 'secondary_status', 'SUCCESS')\n"
        "kind = a.explain_payload(sys.stdin.read())['kind_facts']\n"
        "providers = {p['provider']: [p.get('signing_facts'), p.get('delivery_facts')]"
        " for p in a.providers()}\n"
        "(code_set,) = a.code_sets('lean', 'data_api_status')\n"
        "print(json.dumps([lookup, page, kind, providers['argyle'], providers['lean'],"
        " code_set['facts']]))"
    )
    said = run_python(project, probe, json.dumps(PLAID_ITEM_ERROR).encode())
    lookup, page, kind, argyle, lean, code_set = json.loads(said)
    assert {**lookup, "category": lookup["category"]["rank"]} == {
        "code": {"deprecated_since": "2.0"},
        "code_set": {"stable": False},
        "category": 3,
    }
    assert "\n- Announced (lifecycle): 2024-03\n" in page
    assert kind == {"api_version": "2020-09-14"}
    assert argyle == [{"secret_name": "Webhook secret"}, {"paused_after": 25}]
    assert lean == [None, None]
    assert code_set == {"stable": False}


#: An Argyle verifications webhook (docs.argyle.com/api-reference/verifications-webhooks): the
#: kind Argyle's delivery names, signed with its HMAC scheme.
ARGYLE_WEBHOOK = {"event": "verifications.updated", "name": "docs", "data": {"user": "u"}}

#: The decoder's markup as the site's page holds it (site/docs/decoder.md), and its script.
DECODER_PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<div class="bankcodes-decoder" data-bankcodes-decoder data-root="./">
<textarea id="decoder-input"></textarea>
<select id="decoder-provider" data-decoder-provider><option value="">Any</option></select>
<button type="button">Decode</button><div data-decoder-output aria-live="polite"></div></div>
<script type="module" src="assets/decoder/index.js"></script></body></html>"""
ORIGIN = "http://decoder.test/"
ANSWERED = (
    "() => { const output = document.querySelector('[data-decoder-output]');"
    " return output.textContent.length > 0 && !output.hasAttribute('aria-busy'); }"
)


@pytest.mark.node
def test_the_decoder_shows_them(project: Path, chromium_browser: Any, tmp_path: Path) -> None:
    """The decoder built from the copy, on a page of its own: a code's card shows its facts,
    its code set's and its category's; a recognised body, its kind's, and, where its provider
    delivers it as webhooks, its signing scheme's."""
    script = ROOT / "site" / "decoder" / "build.mjs"
    out = tmp_path / "assets" / "decoder"
    built = subprocess.run(
        ["node", str(script), str(out), str(project)], capture_output=True, text=True, check=False
    )
    assert built.returncode == 0, built.stderr
    (tmp_path / "index.html").write_text(DECODER_PAGE, encoding="utf-8")

    def serve(route: Any) -> None:
        path = tmp_path / route.request.url.removeprefix(ORIGIN)
        route.fulfill(path=str(path)) if path.is_file() else route.abort()

    page = chromium_browser.new_page()
    page.route(f"{ORIGIN}**", serve)
    page.goto(f"{ORIGIN}index.html")
    said = []
    pasted = (
        ("lean", "RECONNECT_REQUIRED"),
        ("", json.dumps(PLAID_ITEM_ERROR)),
        ("", json.dumps(ARGYLE_WEBHOOK)),
    )
    for provider, text in pasted:
        page.locator("#decoder-provider").select_option(provider)
        page.locator("#decoder-input").fill(text)
        page.eval_on_selector("[data-decoder-output]", "output => { output.textContent = ''; }")
        page.locator("button").click()
        page.wait_for_function(ANSWERED, timeout=BROWSER_WAIT)
        said.append(page.locator("[data-decoder-output]").inner_text())
    page.close()
    rows = said[0].splitlines()
    # The code set's fact after the code set, the category's after the category, the code's own
    # after its description.
    assert rows[rows.index("Code set") + 2 : rows.index("Code set") + 4] == ["Stable", "no"]
    assert rows[rows.index("Category") + 2 : rows.index("Category") + 4] == ["Rank", "3"]
    assert rows[rows.index("Description") + 2 : rows.index("Description") + 4] == [
        "Deprecated since",
        "2.0",
    ]
    assert "Recognised as: Plaid webhook (plaid/webhook). API version: 2020-09-14." in said[1]
    assert "Secret's name" not in said[1]
    recognised = "Recognised as: Argyle verifications webhook (argyle/webhook)."
    assert f"{recognised} Secret's name: Webhook secret. Paused after: 25." in said[2]


def test_codegen_diff_and_the_release_notes_report_them(project: Path, tmp_path: Path) -> None:
    """Each value given is a change codegen diff reports, and the release notes at the level
    its declaration gives: a text's a fix, the payload kind's (declared minor) a change in
    behaviour."""
    old = tmp_path / "old.json"
    old.write_text(git(project, "show", "HEAD:spec/catalog.json"), encoding="utf-8")
    env = {"PYTHONPATH": str(project)}
    diff = run_codegen("diff", str(old), "spec/catalog.json", cwd=project, env=env)
    assert diff.returncode == 0, diff.stderr
    changed = diff.stdout.split("changed: ")[1].split("removed:")[0].splitlines()
    assert changed == [
        "7",
        "  lean/secondary_status/SUCCESS: lifecycle announced None -> '2024-03'",
        "  lean/data_api_status/RECONNECT_REQUIRED: deprecated_since None -> '2.0'",
        "  lean/data_api_status: stable None -> False",
        "  argyle/signing: secret_name None -> 'Webhook secret'",
        "  argyle/delivery: paused_after None -> 25",
        "  categories/reconnect_required: rank None -> 3",
        "  payloads/plaid/webhook: api_version None -> '2020-09-14'",
    ]
    probe = (
        "import json; from codegen import versioning\n"
        f"old, new = (json.load(open(p)) for p in ({str(old)!r}, 'spec/catalog.json'))\n"
        "found = versioning.changes(old, new)\n"
        "print(json.dumps([[c.kind, '/'.join(c.where), c.level] for c in found]))"
    )
    notes = json.loads(run_python(project, probe))
    assert ["fix", "lean/data_api_status/RECONNECT_REQUIRED", "patch"] in notes
    assert ["fix", "argyle/signing", "patch"] in notes
    assert ["fix", "argyle/delivery", "patch"] in notes
    assert ["behaviour", "payloads/plaid/webhook", "minor"] in notes
