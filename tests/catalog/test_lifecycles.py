"""Lifecycles drawn from sourced transitions: Lean's payment lifecycle, as its payment lifecycle
page draws it (CREATED --> PROCESSING, CREATED --> FAILED, PROCESSING --> PROCESSED, PROCESSING
--> FAILED), and its consent lifecycle, read from the statuses' descriptions; the site's
diagram, Python's next_statuses and TypeScript's nextStatuses agree; the diagram is drawn in
Chromium by the Mermaid script the site serves itself (tests/test_site.py)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import bankcodes.lean as lean
from tests.support.helpers import ROOT, counts

REFERENCE = ROOT / "site" / "docs" / "reference"
#: The statuses the payment lifecycle page's flowchart draws.
LIFECYCLE = {"CREATED", "PROCESSING", "PROCESSED", "FAILED"}


def _diagram(page: str) -> dict[str, set[str]]:
    """The transitions the page's Mermaid diagram draws: status -> next statuses ("[*]" for
    the start and the end)."""
    text = (REFERENCE / page).read_text(encoding="utf-8")
    source = text[text.index("``` mermaid\n") :].split("```")[1]
    names = dict(re.findall(r'state "([^"]+)" as (s\d+)', source))
    ids = {state: name for name, state in names.items()} | {"[*]": "[*]"}
    edges: dict[str, set[str]] = {}
    for start, end in re.findall(r"^\s+(\S+) --> (\S+)$", source, re.MULTILINE):
        edges.setdefault(ids[start], set()).add(ids[end])
    return edges


def test_the_payment_lifecycle_is_lean_s() -> None:
    status = lean.PaymentLifecycleStatus
    assert status.CREATED.next_statuses == (status.PROCESSING, status.FAILED)
    assert status.PROCESSING.next_statuses == (status.PROCESSED, status.FAILED)
    assert status.PROCESSED.next_statuses == () and status.FAILED.next_statuses == ()
    # A code set whose sources publish no transitions has none.
    assert lean.SecondaryStatus.INVALID_MFA.next_statuses is None


def test_the_consent_lifecycle_ends_in_lean_s_final_statuses() -> None:
    status = lean.ConsentStatus
    assert status.AWAITING_AUTHORISATION.next_statuses == (status.AUTHORISED, status.REJECTED)
    # Lean marks these (final).
    for final in (status.REVOKED, status.REJECTED, status.EXPIRED, status.CONSUMED):
        assert final.next_statuses == ()
    assert status.SUSPENDED.next_statuses == (status.AUTHORISED,)


def test_next_statuses_agree_with_the_diagrams() -> None:
    for page, code_set in (
        ("lean/payment_lifecycle_status.md", lean.PaymentLifecycleStatus),
        ("lean/consent_status.md", lean.ConsentStatus),
    ):
        edges = _diagram(page)
        initial = next(iter(code_set)).value
        assert edges["[*]"] == {initial}, page
        for member in code_set:
            following = member.next_statuses
            assert following is not None
            drawn = edges.get(member.value, set())
            assert drawn == ({m.value for m in following} or {"[*]"}), (page, member)


def test_typescript_metadata_has_the_same_next_statuses(typescript_dist: Path) -> None:
    script = (
        "const lean = await import(process.argv[1]);"
        "const info = lean.LeanPaymentLifecycleStatusInfo;"
        "console.log(JSON.stringify(Object.fromEntries("
        "Object.entries(info).map(([k, v]) => [k, v.nextStatuses]))));"
    )
    module = typescript_dist / "esm" / "lean.js"
    if not module.exists():
        module = next(typescript_dist.rglob("lean.js"))
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script, module.as_uri()],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == (
        '{"CREATED":["PROCESSING","FAILED"],"PROCESSING":["PROCESSED","FAILED"],'
        '"PROCESSED":[],"FAILED":[]}'
    )


def test_drift_counts_the_flowchart_s_statuses_whole() -> None:
    listed = len(LIFECYCLE)
    assert {m.value for m in lean.PaymentLifecycleStatus} == LIFECYCLE
    assert counts("lean-payment-lifecycle") == {"lean.payment_lifecycle_status": (listed, listed)}
