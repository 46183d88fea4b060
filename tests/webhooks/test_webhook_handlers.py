"""The handlers of the "Receiving webhooks" page, run as their users would run them: the FastAPI
app through its test client, the Express app on a real port, the fetch-style handler with a
Request; each answers a signed delivery 200 once per delivery, a forged one 401, and a missing
secret 500, and never prints the secret."""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import json
import logging
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from fastapi.testclient import TestClient

from tests.support.helpers import JS, ROOT, install_package, spec_data
from tests.support.sent import sent_now
from tests.support.typescript import compile_node_app
from tests.webhooks.conftest import RecipesTypeCheck

EXAMPLES = ROOT / "site" / "docs" / "examples"
SECRET = "whsec_handler_secret_value"


def _example(kind: str) -> bytes:
    """The kind's first published example, as its provider would send it now."""
    body = json.dumps(spec_data()["payloads"][kind]["examples"][0]["data"]).encode()
    return sent_now(kind.split("/")[0], body)


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fastapi_handler(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    module = _load(EXAMPLES / "fastapi_webhooks.py")
    client = TestClient(module.app)
    body = _example("lean/webhook")
    signature = "sha512=" + hmac.new(b"old", body, hashlib.sha512).hexdigest()
    headers = {"lean-signature": signature, "content-type": "application/json"}
    monkeypatch.delenv("LEAN_WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("LEAN_WEBHOOK_SECRET_PREVIOUS", raising=False)
    with caplog.at_level(logging.INFO):
        assert client.post("/webhooks/lean", content=body, headers=headers).status_code == 500
        monkeypatch.setenv("LEAN_WEBHOOK_SECRET", SECRET)
        monkeypatch.setenv("LEAN_WEBHOOK_SECRET_PREVIOUS", "old")  # during a rotation
        assert client.post("/webhooks/lean", content=body, headers=headers).status_code == 200
        assert client.post("/webhooks/lean", content=body, headers=headers).status_code == 200
        forged = client.post("/webhooks/lean", content=body + b" ", headers=headers)
        assert (forged.status_code, forged.text) == (401, "mismatch")
    assert module.seen == {"lean:id:7d1e3de6-fb8b-4480-8652-903c75b8b8c8"}
    handled = [r.getMessage() for r in caplog.records if r.getMessage().startswith("payment")]
    assert handled == [
        "payment f672849b-b4f1-46b1-99cd-80e0bd24c6c0 is PENDING_WITH_BANK (pending)"
    ]
    assert SECRET not in caplog.text and "old" not in caplog.text.split()


def test_the_fastapi_handler_type_checks(recipes_type_check: RecipesTypeCheck) -> None:
    assert recipes_type_check("site/docs/examples/fastapi_webhooks.py") == []


@pytest.fixture(scope="module")
def node_app(tmp_path_factory: pytest.TempPathFactory, typescript_installed: Path) -> Path:
    """A Node app with the bankcodes package installed from this build, and Express."""
    app = tmp_path_factory.mktemp("app")
    install_package(app, typescript_installed)
    for name in ("express", "@types"):
        (app / "node_modules" / name).symlink_to(JS / "node_modules" / name)
    for name in ("express-webhooks.ts", "fetch-webhooks.ts"):
        shutil.copy(EXAMPLES / name, app / name)
    compiled = compile_node_app(
        app,
        ["express-webhooks.ts", "fetch-webhooks.ts"],
        lib=["es2022", "dom"],
        types=["node"],
        typeRoots=["node_modules/@types"],
        outDir="out",
        skipLibCheck=True,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    return app


DRIVER = """
import { createHmac } from "node:crypto";
const [kind, body, secret] = process.argv.slice(2);
const statuses = [];
if (kind === "express") {
  const { app, handled } = await import("./out/express-webhooks.js");
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${server.address().port}/webhooks/flinks`;
  const signature = createHmac("sha256", secret).update(body).digest("base64");
  const post = async (text, headers) =>
    (await fetch(url, { method: "POST", body: text, headers })).status;
  const headers = { "flinks-authenticity-key": signature, "content-type": "application/json" };
  delete process.env.FLINKS_WEBHOOK_SECRET;
  statuses.push(await post(body, headers));
  process.env.FLINKS_WEBHOOK_SECRET = secret;
  for (const text of [body, body, body + " "]) statuses.push(await post(text, headers));
  server.close();
  statuses.push(handled.map((event) => event.dedupKey));
} else {
  const { POST, handledTypes } = await import("./out/fetch-webhooks.js");
  const signature = createHmac("sha512", secret).update(body).digest("hex");
  const request = (text) =>
    new Request("https://example.test/webhooks/argyle", {
      method: "POST", body: text, headers: { "X-Argyle-Signature": signature },
    });
  delete process.env.ARGYLE_WEBHOOK_SECRET;
  statuses.push((await POST(request(body))).status);
  process.env.ARGYLE_WEBHOOK_SECRET = secret;
  for (const text of [body, body, body + " "]) statuses.push((await POST(request(text))).status);
  statuses.push(handledTypes);
}
console.log(JSON.stringify(statuses));
"""


def _drive(app: Path, kind: str, body: bytes) -> tuple[list[object], str]:
    (app / "driver.mjs").write_text(DRIVER)
    result = subprocess.run(
        ["node", "driver.mjs", kind, body.decode(), SECRET],
        cwd=app,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stdout + result.stderr


def test_the_express_handler(node_app: Path) -> None:
    body = _example("flinks/webhook")
    statuses, output = _drive(node_app, "express", body)
    request_id = json.loads(body)["RequestId"]
    assert statuses == [500, 200, 200, 401, [f"flinks:id:GetAccountsDetail|{request_id}"]]
    assert SECRET not in output


def test_the_fetch_style_handler(node_app: Path) -> None:
    body = _example("argyle/webhook")
    statuses, output = _drive(node_app, "fetch", body)
    assert statuses == [500, 200, 200, 401, ["verifications.updated"]]
    assert SECRET not in output
