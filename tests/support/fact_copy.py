"""A copy of the project in which fields are added to the spec's models (marked Carried) and
given to an item each, generated once per run and shared by the tests that follow each field to
the packages' records (tests/generation/test_per_code_fact.py) and to every reader
(tests/generation/test_per_code_fact_readers.py). The copy's catalog holds the providers the
fields are given to (PROVIDERS), before the edit as after it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.helpers import ROOT, only, python_path, run_codegen

IMPORT = "from codegen.spec.carried import Carried\n"
#: Each field the copy adds, as a maintainer would write it: the model's file, the line it
#: follows (or, with a leading "<", precedes), and the field.
FIELDS = (
    (
        "codes.py",
        '<    advice: Annotated[Text | None, Carried("Advice"',
        """    deprecated_since: Annotated[Text | None, Carried("Deprecated since")] = PydField(
        None, description="The version of the provider's API that deprecated the code."
    )
""",
    ),
    (
        "code_sets.py",
        "    model_config = ConfigDict(json_schema_extra=_WIRE_TYPE)\n",
        """    stable: Annotated[bool | None, Carried("Stable")] = PydField(
        None, description="Whether the provider calls the code set stable."
    )
""",
    ),
    (
        "codes.py",
        '"The code to use instead, where the provider names one.")\n',
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
        "signing.py",
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
#: The providers the copy's catalog keeps (with what they name: `only`): those the values are
#: given to. Every generator, template and reader runs in the copy as in the project; its
#: catalog, smaller, generates and compiles in a fraction of the time.
PROVIDERS = ("argyle", "lean", "plaid")
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


def git(project: Path, *args: str) -> str:
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


def build(folder: Path) -> None:
    """In `folder`, `project`: a copy of the project (its catalog cut to PROVIDERS, and
    generated) with the fields added to the spec's models and given to an item each, generated
    again; its git history holds the copy as it was before the edit, and `changed` what the edit
    and the generation changed (git status, taken before any test runs in the copy)."""
    project = folder / "project"
    # The bytecode is copied too (each file keeps its time, which the bytecode is checked
    # against): the copy's generator and package start without compiling what is unchanged.
    ignored = shutil.ignore_patterns("node_modules", "public")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=ignored)
        else:
            shutil.copyfile(source, project / name)
    tools = project / "codegen" / "node" / "node_modules"
    tools.symlink_to(ROOT / "codegen" / "node" / "node_modules", target_is_directory=True)
    spec = project / "spec" / "catalog.json"
    catalog = spec.read_text(encoding="utf-8")
    edited = catalog
    for opening, after, member in VALUES:
        assert edited.count(opening) == 1, opening
        edited = edited.replace(opening, opening.replace(after, after + member, 1))
    # The copy as it stands before the edit: its catalog, and what that generates.
    spec.write_text(_kept(catalog), encoding="utf-8")
    result = run_codegen("generate", cwd=project, env={"PYTHONPATH": str(project)})
    assert result.returncode == 0, result.stderr
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "copy")
    for file, anchor, field in FIELDS:
        model = project / "codegen" / "spec" / file
        text = _insert(model.read_text(encoding="utf-8"), anchor, field)
        if IMPORT not in text:
            text = _insert(text, "<from codegen.spec.base import (", IMPORT)
        model.write_text(text, encoding="utf-8")
    spec.write_text(_kept(edited), encoding="utf-8")
    result = run_codegen("generate", cwd=project, env={"PYTHONPATH": str(project)})
    assert result.returncode == 0, result.stderr
    (folder / "changed").write_text(git(project, "status", "--porcelain"), encoding="utf-8")


def _kept(catalog: str) -> str:
    """The catalog's text with PROVIDERS alone (`only`)."""
    data = only(json.loads(catalog), PROVIDERS)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def run_python(project: Path, code: str, stdin: bytes = b"") -> str:
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
