"""Edges where Python and Node once read the same delivery differently: a body timestamp whose
zone has minutes past 59 (Python's fromisoformat reads +00:99 as +01:39; no clock writes it, and
both now read it as no timestamp), and a tolerance below a microsecond (Python's finest time: a
window only the very instant meets, in both)."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path
from typing import Any

import bankcodes
from bankcodes import _test_deliveries as test_material
from bankcodes.errors import WebhookError

NOW = 1_767_323_045


def _python(provider: str, body: str, headers: dict[str, str], secret: Any, **options: Any) -> str:
    try:
        moment = datetime.datetime.fromtimestamp(NOW, datetime.UTC)
        bankcodes.receive(provider, body, headers, secret, now=moment, **options)
    except WebhookError as error:
        return f"{type(error).__name__} {error.reason}"
    return "accepted"


def _node(dist: Path, provider: str, body: str, headers: Any, secret: Any, **options: Any) -> str:
    script = f"""
    const {{ receive }} = await import({json.dumps(str(dist / "webhooks.js"))});
    try {{
      await receive({json.dumps(provider)}, {json.dumps(body)}, {json.dumps(headers)},
        {json.dumps(secret)}, {{ now: new Date({NOW * 1000}), ...{json.dumps(options)} }});
      console.log("accepted");
    }} catch (error) {{ console.log(`${{error.name}} ${{error.reason}}`); }}
    """
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _cases() -> list[tuple[str, str, dict[str, str], Any, dict[str, Any]]]:
    lean = json.loads(test_material.EXAMPLES["lean"][0][2])
    lean["timestamp"] = "2025-12-01T00:00:00+00:99"
    lean_body = json.dumps(lean)
    lean_secret = test_material.TEST_SECRETS["lean"]
    plaid_body = test_material.EXAMPLES["plaid"][0][2]
    plaid_headers = bankcodes.sign("plaid", plaid_body, test_material.TEST_PRIVATE_JWK, now=NOW)
    return [
        ("lean", lean_body, bankcodes.sign("lean", lean_body, lean_secret), [lean_secret], {}),
        ("plaid", plaid_body, plaid_headers, test_material.TEST_PUBLIC_JWK, {"tolerance": 1e-9}),
    ]


def test_python_and_node_read_these_edges_alike(typescript_dist: Path) -> None:
    for provider, body, headers, secret, options in _cases():
        python = _python(provider, body, headers, secret, **options)
        assert python == "accepted", provider
        assert _node(typescript_dist, provider, body, headers, secret, **options) == python
