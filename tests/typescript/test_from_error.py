"""fromError over the errors the providers' own npm clients throw (the plaid client's axios error,
the stripe package's StripeError) and over fetch Responses of Flinks, Lean, Mastercard and MX,
answered by a server on loopback: the same code, status and request id as
bankcodes.from_exception in Python; MX's body, a throwing Proxy, a body over the limit and text
that is no JSON give null. Bodies typed as in tests/python/test_client_errors.py."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from tests.support.helpers import JS, ROOT, install_package, package_site, run_node
from tests.support.typescript import compile_node_app, installed_consumers, tsc

ITEM_LOGIN_REQUIRED = {
    "error_type": "ITEM_ERROR",
    "error_code": "ITEM_LOGIN_REQUIRED",
    "error_message": "the login details of this item have changed",
    "display_message": None,
    "request_id": "HNTDNrA8F1shFEW",
}
STRIPE = {"error": {"type": "invalid_request_error", "message": "Too many requests."}}
FLINKS = {"HttpStatusCode": 401, "FlinksCode": "INVALID_LOGIN", "RequestId": "077785a3"}
#: Lean's Data API (docs.leantech.me, handling reconnects), Mastercard Open Finance's OpenAPI
#: (open-banking-us-openapi: {code, message}) and MX's Platform API (docs.mx.com: no code field).
LEAN = {"status": "RECONNECT_REQUIRED", "results_id": "r-1"}
MASTERCARD = {"code": 10001, "message": "Invalid credentials"}
MX = {"error": {"message": "Member not found"}}


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/accounts/get", method="POST").respond_with_json(
            ITEM_LOGIN_REQUIRED, status=400
        )
        running.expect_request("/v1/financial_connections/accounts/fca_1").respond_with_json(
            STRIPE, status=400, headers={"Request-Id": "req_abc"}
        )
        running.expect_request("/flinks").respond_with_json(FLINKS, status=401)
        running.expect_request("/lean").respond_with_json(LEAN, status=409)
        running.expect_request("/mastercard").respond_with_json(MASTERCARD, status=400)
        running.expect_request("/mx").respond_with_json(MX, status=404)
        running.expect_request("/huge").respond_with_data(
            b'{"FlinksCode": "' + b"A" * (2 * 1024 * 1024) + b'"}', status=500
        )
        yield running


def test_node_reads_each_clients_error_as_python_does(
    typescript_dist: Path, server: HTTPServer
) -> None:
    output = run_node("from_error.mjs", str(typescript_dist / "index.js"), server.url_for("/"))
    found = json.loads(output)
    plaid = found["plaid"]
    assert (plaid["kind"], plaid["codeSet"], plaid["code"]) == (
        "plaid/error",
        "plaid.error_code",
        "ITEM_LOGIN_REQUIRED",
    )
    assert (plaid["category"], plaid["status"], plaid["requestId"]) == (
        "reconnect_required",
        400,
        "HNTDNrA8F1shFEW",
    )
    stripe = found["stripe"]
    assert (stripe["kind"], stripe["path"], stripe["code"]) == (
        "stripe/api-error",
        "$.error.type",
        "invalid_request_error",
    )
    assert (stripe["status"], stripe["requestId"]) == (400, "req_abc")
    flinks = found["fetch"]
    assert (flinks["code"], flinks["category"], flinks["status"], flinks["requestId"]) == (
        "INVALID_LOGIN",
        "credentials_invalid",
        401,
        "077785a3",
    )
    lean, mastercard = found["lean"], found["mastercard"]
    assert (lean["code"], lean["category"], lean["status"]) == (
        "RECONNECT_REQUIRED",
        "reconnect_required",
        409,
    )
    assert (mastercard["code"], mastercard["category"], mastercard["status"]) == (
        10001,
        "integration_error",
        400,
    )
    assert found["mx"] is None  # MX's error body carries no code
    # A body alone: the status it states, as Python reads it.
    for key, stated in (("body", 401), ("outOfRange", 42)):
        body = {"HttpStatusCode": stated, "FlinksCode": "INVALID_LOGIN"}
        python = bankcodes.from_exception(body)
        assert python is not None and found[key]["status"] == python.status, key
    assert found["body"]["status"] == 401 and found["outOfRange"]["status"] is None
    assert (found["hostile"], found["huge"], found["text"]) == (None, None, None)
    # An app's error thrown with the client's as its cause is read through it, three deep at
    # most, as Python reads __cause__; an Error is no body.
    assert found["caused"] is not None and found["caused"]["code"] == found["plaid"]["code"]
    assert (found["deep"], found["errorObject"]) == (None, None)
    assert found["fields"] == {
        "error.type": "ITEM_LOGIN_REQUIRED",
        "bankcodes.provider": "plaid",
        "bankcodes.code_set": "plaid.error_code",
        "bankcodes.code": "ITEM_LOGIN_REQUIRED",
        "bankcodes.category": "reconnect_required",
        "bankcodes.retryable": False,
        "bankcodes.end_user_can_retry": True,
        # Reconnect required: send the end user through Link's update mode again.
        "bankcodes.next_step": "reconnect",
        "bankcodes.state": "needs_end_user",
        "http.response.status_code": 400,
        "bankcodes.request_id": "HNTDNrA8F1shFEW",
        # Its section on the reference site, whose address the package carries.
        "bankcodes.doc_url": f"{package_site(typescript_dist)}reference/plaid/error_code/"
        "#ITEM_LOGIN_REQUIRED",
    }
    # A code the catalog does not know beside a known one, as Python keeps it.
    unknown = found["unknown"]
    assert (unknown["path"], unknown["code"]) == ("$.error.type", "invalid_request_error")
    assert (unknown["unknown"]["path"], unknown["unknown"]["code"]) == (
        "$.error.code",
        "a_code_published_later",
    )
    assert found["unknownFields"]["bankcodes.unknown_code"] == "a_code_published_later"
    assert found["unknownFields"]["bankcodes.unknown_code_set"] == "fintoc.error_code"


DRIVER = """
const { decide } = await import("./out/client-errors.js");
const { Configuration, PlaidApi } = await import("plaid");
const plaid = new PlaidApi(new Configuration({ basePath: process.argv[2].replace(/\\/$/, "") }));
let decision = null;
try {
  await plaid.accountsGet({ access_token: "access-sandbox-1" });
} catch (error) {
  decision = await decide(error);
}
const nothing = await decide(new Error("ECONNREFUSED"));
process.stdout.write(JSON.stringify([decision, nothing]));
"""


def test_the_sites_node_recipe_decides_on_the_plaid_clients_error(
    tmp_path: Path, typescript_installed: Path, server: HTTPServer
) -> None:
    """site/docs/examples/client-errors.ts, compiled with tsc --strict against the installed
    package and run with the real plaid client."""
    install_package(tmp_path, typescript_installed)
    for name in ("plaid", "axios", "@types"):
        (tmp_path / "node_modules" / name).symlink_to(JS / "node_modules" / name)
    shutil.copy(ROOT / "site" / "docs" / "examples" / "client-errors.ts", tmp_path)
    compiled = compile_node_app(tmp_path, ["client-errors.ts"], outDir="out", skipLibCheck=True)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    (tmp_path / "driver.mjs").write_text(DRIVER)
    run = subprocess.run(
        ["node", "driver.mjs", server.url_for("/")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    decision, nothing = json.loads(run.stdout)
    assert (decision["relink"], decision["retry"], decision["code"]) == (
        True,
        False,
        "ITEM_LOGIN_REQUIRED",
    )
    assert decision["message"].startswith("The connection to your bank has ended.")
    assert decision["log"]["bankcodes.request_id"] == "HNTDNrA8F1shFEW"
    assert nothing == {"retry": False, "relink": False, "message": None, "code": None, "log": None}


PROVIDER_TYPED = """\
import { fromError } from "bankcodes";

export async function read(error: unknown): Promise<string | null> {
  const found = await fromError(error, "plaid");
  // @ts-expect-error: "plaud" is no provider of the catalog.
  const misspelt = await fromError(error, "plaud");
  return found?.codeSet ?? misspelt?.codeSet ?? null;
}
"""


def test_a_misspelt_provider_does_not_compile(tmp_path: Path, typescript_installed: Path) -> None:
    # Python raises ValueError for a provider that is no provider id; TypeScript refuses it at
    # compile time (an unused @ts-expect-error fails the build too).
    consumers = {"consumer.ts": PROVIDER_TYPED}
    result = tsc(installed_consumers(tmp_path, typescript_installed, consumers))
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_axios_error_with_a_streamed_body_is_read_within_bounds(typescript_dist: Path) -> None:
    """responseType "stream": response.data is a Node Readable (axios has inflated it). Its
    body is read within MAX_BYTES and the deadline, as a fetch body is: a Plaid error is read,
    a body over the limit is not, and one that never ends is given up at the deadline, as is a
    fetch body of empty chunks without end."""
    found = json.loads(run_node("axios_stream_errors.mjs", str(typescript_dist / "index.js")))
    assert found["plaid"] == {"code": "ITEM_LOGIN_REQUIRED", "status": 400}
    assert found["gzip"] == {"code": "ITEM_LOGIN_REQUIRED", "status": 400}
    assert found["huge"] is None
    assert found["drip"] is None  # given up at the deadline (the stream never ends)
    assert found["emptyChunks"] is None  # empty chunks without end: given up at the deadline too
