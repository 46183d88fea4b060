"""A fact is declared once: fields added to the spec's models (marked Carried) in a copy of the
project (tests.support.fact_copy), with no other file of the generator, the runtime or the
templates touched, reach the Python records, the TypeScript types and data and the site's pages
(and every other reader: test_per_code_fact_readers.py). One copy holds every field: a code's, a
code set's, a category's, a lifecycle's, a signing scheme's, a delivery contract's and a payload
kind's."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.spec.carried import Carried, CarriedError, carried_fields
from codegen.spec.records import FAMILIES
from tests.support.fact_copy import FIELDS, build, run_python
from tests.support.helpers import ROOT, build_typescript


@pytest.fixture(scope="module")
def project(shared: Callable[[str, Callable[[Path], None]], Path]) -> Path:
    """The copy of the project with the fields added (tests.support.fact_copy), built once per
    run."""
    return shared("per-code-fact", build) / "project"


def test_the_fields_touch_the_spec_models_alone(project: Path) -> None:
    """Besides the values in the catalog, the only hand-written files edited are the models;
    what changed otherwise is generated."""
    status = (project.parent / "changed").read_text(encoding="utf-8")
    changed = {line[3:] for line in status.splitlines()}
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
    assert run_python(project, probe).strip() == repr(expected)


@pytest.mark.node
def test_the_typescript_types_and_data_carry_them(project: Path, tmp_path: Path) -> None:
    src = project / "generated" / "typescript" / "src"
    facts = (src / "code-facts.ts").read_text(encoding="utf-8")
    for member in ("deprecatedSince?: string", "stable?: boolean", "rank?: number"):
        assert f"readonly {member};" in facts
    assert "readonly announced?: string;" in facts and "readonly apiVersion?: string;" in facts
    # A signing scheme's record writes a fact a scheme lacks as null.
    assert "readonly secretName: string | null;" in facts
    lean = (src / "lean.ts").read_text(encoding="utf-8")
    assert 'state: "deprecated",\n        note: "Seen only' in lean
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
    assert "<tr><td>Stable</td><td>no</td></tr>" in page
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


def test_the_projects_own_records_carry_the_facts_declared_today() -> None:
    """The project's own records: each base is generated from its model's list, today a code's
    provider texts (its message and advice, their translations, its words for the end user), its
    aliases and bankcodes' notes, the facts that decide what to do now (a code's and a
    category's next step and state, a code's wait and attempts), a code set's form of the
    sender's own codes, a lifecycle's state and note, and a payload kind's title, the fields of
    its request id and status, and its code sets of statuses and exception classes."""
    generated = (ROOT / "generated" / "python" / "bankcodes" / "_code_facts.py").read_text()
    declared = {family.name: [fact.name for fact in family.facts] for family in FAMILIES.values()}
    decide = ["next_step", "state", "state_reason", "wait_seconds", "max_attempts", "fact_sources"]
    texts = ["editorial", "message", "advice", "advice_translations", "message_translations"]
    texts += ["user_message", "user_message_translations", "user_message_offered"]
    assert declared["Code"] == [*texts, "aliases", "notes", "steps_to_reproduce", *decide]
    assert [name for name in declared["Category"] if name in decide] == ["next_step", "state"]
    assert {"action", "equivalents"} <= set(declared["Category"])
    assert declared["Lifecycle"] == ["state", "note", "replaced_by"]
    own = ["own_codes", "own_codes_category", "own_codes_description"]
    assert [name for name in declared["CodeSet"] if name.startswith("own_")] == own
    assert "states" in declared["CodeSet"]
    request_id = ["request_id", "request_id_header", "status_field"]
    code_sets = ["status_code_set", "exception_code_set"]
    assert declared["PayloadKind"] == ["title", *request_id, *code_sets]
    assert declared["NoSignature"] == ["transport"]
    assert declared["Delivery"] == ["success_status", "timeout_seconds", "addresses"]
    lifecycle = generated.split("class LifecycleFacts(Record):")[1].split("\nclass ")[0]
    assert re.findall(r"^    (\w+): ", lifecycle, re.MULTILINE) == ["state", "note", "replaced_by"]


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
