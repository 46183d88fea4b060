"""A fact is declared once: fields added to the spec's models (marked Carried) in a copy of the
project, with no other file of the generator, the runtime or the templates touched, reach every
reader: the Python records, the TypeScript types and data, the site's pages, the command line
(its entry and --json), the MCP server's answers, the site's decoder, and `python -m codegen
diff` with the release notes. One copy holds every field: a code's, a code set's, a category's,
a lifecycle's, a signing scheme's, a delivery contract's and a payload kind's."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.spec.carried import Carried, CarriedError, carried_fields
from codegen.spec.records import FAMILIES
from tests.support.helpers import BROWSER_WAIT, ROOT, build_typescript, python_path, run_codegen

IMPORT = "from codegen.spec.carried import Carried\n"
#: Each field the copy adds, as a maintainer would write it: the model's file, the line it
#: follows (or, with a leading "<", precedes), and the field.
FIELDS = (
    (
        "codes.py",
        "<    advice: Text | None = PydField(\n",
        """    deprecated_since: Annotated[Text | None, Carried("Deprecated since")] = PydField(
        None, description="The version of the provider's API that deprecated the code."
    )
""",
    ),
    (
        "codes.py",
        "    model_config = ConfigDict(json_schema_extra=_WIRE_TYPE)\n",
        """    stable: Annotated[bool | None, Carried("Stable")] = PydField(
        None, description="Whether the provider calls the code set stable."
    )
""",
    ),
    (
        "codes.py",
        '"The code to use instead, where the provider names one."\n    )\n',
        """    announced: Annotated[Text | None, Carried("Announced")] = PydField(
        None, description="When the provider announced the code's deprecation."
    )
""",
    ),
    (
        "catalog.py",
        '    name: Identifier = PydField(description="The stored identifier of the category.")\n',
        """    rank: Annotated[int | None, Carried("Rank")] = PydField(
        None, description="Where the category stands in a triage list."
    )
""",
    ),
    (
        "providers.py",
        '    scheme: Literal["hmac"]\n',
        """    secret_name: Annotated[Text | None, Carried("Secret's name")] = PydField(
        None, description="What the provider's dashboard calls the webhook's secret."
    )
""",
    ),
    (
        "providers.py",
        "<    body_timestamp: FieldPath | None = PydField(\n",
        """    paused_after: Annotated[int | None, Carried("Paused after")] = PydField(
        None, description="How many failed deliveries in a row pause the webhook."
    )
""",
    ),
    (
        "payloads.py",
        "    browser: TrueFlag = False\n",
        """    api_version: Annotated[Text | None, Carried("API version", level="minor")] = (
        PydField(None, description="The version of the provider's API the kind describes.")
    )
""",
    ),
)
#: The values the copy's catalog gives: the opening of the item each goes to (unique in the
#: catalog), what it follows there, and the member.
VALUES = (
    (
        '{"value": "RECONNECT_REQUIRED", "description": "The entity must be reconnected;',
        "{",
        '"deprecated_since": "2.0", ',
    ),
    ('"data_api_status": {\n          "class_name": "DataApiStatus",', "{", '"stable": false, '),
    ('"reconnect_required": {"name": "RECONNECT_REQUIRED",', "{", '"rank": 3, '),
    (
        '"lifecycle": {"state": "deprecated", "note": "Seen only in the legacy React Native',
        "{",
        '"announced": "2024-03", ',
    ),
    (
        '"scheme": "hmac",\n        "headers": ["X-Argyle-Signature"],',
        '"hmac",',
        ' "secret_name": "Webhook secret",',
    ),
    (
        '"delivery": {\n        "payload_kind": "argyle/webhook",',
        "{",
        '"paused_after": 25, ',
    ),
    ('"plaid/webhook": {\n      "provider": "plaid",', "{", '"api_version": "2020-09-14", '),
)
#: Plaid's webhook of an Item's error (plaid.com/docs/api/items/#error), as the decoder's tests
#: paste it.
PLAID_ITEM_ERROR = {
    "webhook_type": "ITEM",
    "webhook_code": "ERROR",
    "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb",
    "error": {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"},
}
#: What the project's copy holds (the Node tools are linked, not copied).
COPIED = (
    *("codegen", "spec", "site", "generated"),
    *(".gitignore", "README.md", "LICENSE", "pyproject.toml"),
)


def _git(project: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=project, capture_output=True, text=True, check=True
    ).stdout


def _insert(text: str, anchor: str, addition: str) -> str:
    """`text` with `addition` after `anchor` (before it, where the anchor starts with "<"),
    which must occur once."""
    before = anchor.startswith("<")
    anchor = anchor.removeprefix("<")
    assert text.count(anchor) == 1, anchor
    return text.replace(anchor, addition + anchor if before else anchor + addition)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the fields added to the spec's models and given to an item
    each, generated; its git history holds the copy as it was before the edit."""
    project = tmp_path_factory.mktemp("fact") / "project"
    ignored = shutil.ignore_patterns("node_modules", "__pycache__", "public")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=ignored)
        else:
            shutil.copyfile(source, project / name)
    tools = project / "codegen" / "node" / "node_modules"
    tools.symlink_to(ROOT / "codegen" / "node" / "node_modules", target_is_directory=True)
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "copy")
    for file, anchor, field in FIELDS:
        model = project / "codegen" / "spec" / file
        text = _insert(model.read_text(encoding="utf-8"), anchor, field)
        if IMPORT not in text:
            text = _insert(text, "<from codegen.spec.base import (", IMPORT)
        model.write_text(text, encoding="utf-8")
    spec = project / "spec" / "catalog.json"
    catalog = spec.read_text(encoding="utf-8")
    for opening, after, member in VALUES:
        assert catalog.count(opening) == 1, opening
        catalog = catalog.replace(opening, opening.replace(after, after + member, 1))
    spec.write_text(catalog, encoding="utf-8")
    result = run_codegen("generate", cwd=project, env={"PYTHONPATH": str(project)})
    assert result.returncode == 0, result.stderr
    return project


def _python(project: Path, code: str, stdin: bytes = b"") -> str:
    """What `code` prints, run with the copy's package (and its generator) importable."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=project,
        env={**os.environ, "PYTHONPATH": f"{python_path(project)}{os.pathsep}{project}"},
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def test_the_fields_touch_the_spec_models_alone(project: Path) -> None:
    """Besides the values in the catalog, the only hand-written files edited are the models;
    what changed otherwise is generated."""
    changed = {line[3:] for line in _git(project, "status", "--porcelain").splitlines()}
    hand_written = {
        name
        for name in changed
        if not name.startswith(("generated/", "site/docs/reference/"))
        and name != "spec/catalog.schema.json"
    }
    models = {f"codegen/spec/{file}" for file, _, _ in FIELDS}
    assert hand_written == {*models, "spec/catalog.json"}
    assert "generated/python/bankcodes/_code_facts.py" in changed
    assert "generated/typescript/src/code-facts.ts" in changed


def test_the_python_records_carry_them(project: Path) -> None:
    probe = (
        "import bankcodes; from bankcodes import CodeInfo\n"
        "from bankcodes._signing import DELIVERY, SCHEMES\n"
        "from bankcodes._payload_kinds import KINDS\n"
        "(member,) = bankcodes.lookup('lean', 'RECONNECT_REQUIRED')\n"
        "lifecycle = bankcodes.lean.SecondaryStatus.SUCCESS.info.lifecycle\n"
        "print(repr([member.info.deprecated_since, bankcodes.lookup('lean', 'OK')[0].info"
        ".deprecated_since, 'deprecated_since' in CodeInfo.__mro__[1].__annotations__,"
        " type(member).code_set().stable, bankcodes.Category.RECONNECT_REQUIRED.info.rank,"
        " bankcodes.Category.UNKNOWN.info.rank, lifecycle.announced, lifecycle.state,"
        " SCHEMES['argyle'].secret_name, SCHEMES['lean'].secret_name,"
        " DELIVERY['argyle'].paused_after, DELIVERY['lean'].paused_after,"
        " KINDS['plaid/webhook'].api_version, KINDS['plaid/error'].api_version]))"
    )
    expected = ["2.0", None, True, False, 3, None, "2024-03", "deprecated"]
    expected += ["Webhook secret", None, 25, None, "2020-09-14", None]
    assert _python(project, probe).strip() == repr(expected)


def test_the_typescript_types_and_data_carry_them(project: Path, tmp_path: Path) -> None:
    src = project / "generated" / "typescript" / "src"
    facts = (src / "code-facts.ts").read_text(encoding="utf-8")
    for member in ("deprecatedSince?: string", "stable?: boolean", "rank?: number"):
        assert f"readonly {member};" in facts
    assert "readonly announced?: string;" in facts and "readonly apiVersion?: string;" in facts
    # A signing scheme's record writes a fact a scheme lacks as null.
    assert "readonly secretName: string | null;" in facts
    lean = (src / "lean.ts").read_text(encoding="utf-8")
    assert 'state: "deprecated",\n      note: "Seen only' in lean
    assert 'announced: "2024-03"' in lean and 'deprecatedSince: "2.0"' in lean
    assert "stable: false," in (src / "tables-lean.ts").read_text(encoding="utf-8")
    assert "rank: 3" in (src / "categories.ts").read_text(encoding="utf-8")
    signing = (src / "signing.ts").read_text(encoding="utf-8")
    assert signing.count('secretName: "Webhook secret"') == 1
    assert signing.count("secretName: null") == signing.count('scheme: "hmac"') - 1
    # A delivery contract's record too.
    assert signing.count("pausedAfter: 25,") == 1
    assert signing.count("pausedAfter: null,") == signing.count("eventTypeField:") - 1
    assert 'apiVersion: "2020-09-14"' in (src / "kinds.ts").read_text(encoding="utf-8")
    build_typescript(tmp_path / "dist", project=project / "generated" / "typescript")
    declared = (tmp_path / "dist" / "code-facts.d.ts").read_text(encoding="utf-8")
    assert "readonly deprecatedSince?: string;" in declared
    assert "readonly secretName: string | null;" in declared
    assert "readonly pausedAfter: number | null;" in declared


def test_the_site_shows_them(project: Path) -> None:
    reference = project / "site" / "docs" / "reference"
    page = (reference / "lean" / "data_api_status.md").read_text(encoding="utf-8")
    assert "<td>Deprecated since</td><td>2.0</td>" in page
    assert page.count("<td>Deprecated since</td>") == 1
    assert "| Stable | no |" in page
    category = (reference / "categories" / "reconnect_required.md").read_text(encoding="utf-8")
    assert "| Rank | 3 |" in category
    lean = reference / "lean"
    pages = [*lean.glob("secondary_status.md"), *(lean / "secondary_status").glob("*.md")]
    statuses = "".join(page.read_text(encoding="utf-8") for page in pages)
    assert "documented secondary_status list. Announced: 2024-03.</td>" in statuses
    argyle = (reference / "argyle" / "index.md").read_text(encoding="utf-8")
    assert "| Secret's name | Webhook secret |\n| Notes |" in argyle
    assert "| Paused after | 25 |\n| Notes |" in argyle
    kind = (reference / "payloads" / "plaid" / "webhook.md").read_text(encoding="utf-8")
    assert "| Fact | Value |\n|---|---|\n| API version | 2020-09-14 |" in kind


#: The command line's answers in the copy: explain (text and JSON), explain - of Plaid's
#: webhook, and verify of an Argyle delivery signed with the secret in ARGYLE_SECRET.
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
    run("verify", "argyle", "body.json", "--header", sys.argv[2], "--secret-env", "ARGYLE_SECRET"),
    run("verify", "argyle", "body.json", "--header", sys.argv[2], "--secret-env", "ARGYLE_SECRET",
        "--json"),
]))
"""


def test_the_command_line_shows_them(project: Path) -> None:
    body = json.dumps(PLAID_ITEM_ERROR).encode()
    (project / "body.json").write_bytes(body)
    signature = hmac.new(b"s3cret", body, hashlib.sha512).hexdigest()
    header = f"X-Argyle-Signature: {signature}"
    result = subprocess.run(
        [sys.executable, "-c", CLI, body.decode(), header],
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
    assert entry["facts"] == {
        "code": {"deprecated_since": "2.0"},
        "code_set": {"stable": False},
        "category": {"rank": 3},
    }
    assert pasted[1].splitlines()[1] == "  API version: 2020-09-14"
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
    said = _python(project, probe, json.dumps(PLAID_ITEM_ERROR).encode())
    lookup, page, kind, argyle, lean, code_set = json.loads(said)
    assert lookup == {
        "code": {"deprecated_since": "2.0"},
        "code_set": {"stable": False},
        "category": {"rank": 3},
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


def test_codegen_diff_and_the_release_notes_report_them(project: Path) -> None:
    """Each value given is a change codegen diff reports, and the release notes at the level
    its declaration gives: a text's a fix, the payload kind's (declared minor) a change in
    behaviour."""
    old = project / "old.json"
    old.write_text(_git(project, "show", "HEAD:spec/catalog.json"), encoding="utf-8")
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
        "old, new = (json.load(open(p)) for p in ('old.json', 'spec/catalog.json'))\n"
        "found = versioning.changes(old, new)\n"
        "print(json.dumps([[c.kind, '/'.join(c.where), c.level] for c in found]))"
    )
    notes = json.loads(_python(project, probe))
    assert ["fix", "lean/data_api_status/RECONNECT_REQUIRED", "patch"] in notes
    assert ["fix", "argyle/signing", "patch"] in notes
    assert ["fix", "argyle/delivery", "patch"] in notes
    assert ["behaviour", "payloads/plaid/webhook", "minor"] in notes


def test_the_projects_own_records_carry_the_facts_declared_today() -> None:
    """The project's own records: a code's base is generated from the Code model's (empty)
    list, the others' from theirs."""
    generated = (ROOT / "generated" / "python" / "bankcodes" / "_code_facts.py").read_text()
    base = generated.split("\nclass CodeFacts(Record):\n")[1].split("\nclass ")[0]
    assert "    __slots__ = ()\n" in base
    declared = {family.name: [fact.name for fact in family.facts] for family in FAMILIES.values()}
    assert declared["Code"] == []
    assert declared["Lifecycle"] == ["state", "note", "replaced_by"]
    assert declared["PayloadKind"] == ["request_id", "request_id_header", "status_field"]
    assert declared["NoSignature"] == ["transport"]
    assert declared["Delivery"] == ["success_status", "timeout_seconds", "addresses"]
    assert '__slots__ = ("state", "note", "replaced_by")' in generated


def test_a_carried_fact_that_cannot_be_carried_is_refused() -> None:
    from typing import Annotated

    from pydantic import BaseModel

    class Listed(BaseModel):
        since: Annotated[list[str] | None, Carried("Since")] = None

    class Elsewhere(BaseModel):
        since: Annotated[str | None, Carried("Since", shown=("decoder",))] = None

    with pytest.raises(CarriedError, match=r"Listed\.since: a carried fact is a text"):
        carried_fields(Listed)
    with pytest.raises(CarriedError, match=r"Elsewhere\.since: .* shown only where its family"):
        carried_fields(Elsewhere, ("python", "typescript"))
