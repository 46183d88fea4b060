"""A fact is declared once: a field added to the spec's Code, CodeSet, Category or Lifecycle
model (marked Carried) in a copy of the project reaches the Python records, the TypeScript types
and data, and the site's tables, with no other file of the generator, the runtime or the
templates touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.spec import Category, Code, CodeSet, Lifecycle
from codegen.spec.carried import Carried, CarriedError, carried_fields
from tests.support.helpers import ROOT, build_typescript, python_path

MODELS = (Code, CodeSet, Category, Lifecycle)
#: The field the copy adds, as a maintainer would write it.
FIELD = """    deprecated_since: Annotated[Text | None, Carried("Deprecated since")] = PydField(
        None, description="The version of the provider's API that deprecated the code."
    )
"""
#: Where it goes: before the advice field of the Code model, with the marker's import.
BEFORE = "    advice: Text | None = PydField(\n"
IMPORT = "from codegen.spec.carried import Carried\n"
#: The code that gets the fact (Lean's Data API status RECONNECT_REQUIRED) and its value.
CODE = '{"value": "RECONNECT_REQUIRED", "description": "The entity must be reconnected;'
SET = "lean/data_api_status.md"
VALUE = "2.0"
#: A code set's fact (a yes/no, given as no) and a category's (a whole number), as written.
SET_FIELD = """    stable: Annotated[bool | None, Carried("Stable")] = PydField(
        None, description="Whether the provider calls the code set stable."
    )
"""
SET_AFTER = "    model_config = ConfigDict(json_schema_extra=_WIRE_TYPE)\n"
SET_CODES = '"data_api_status": {\n          "class_name": "DataApiStatus",'
CATEGORY_FIELD = """    rank: Annotated[int | None, Carried("Rank")] = PydField(
        None, description="Where the category stands in a triage list."
    )
"""
CATEGORY_AFTER = (
    '    name: Identifier = PydField(description="The stored identifier of the category.")\n'
)
CATEGORY = '"reconnect_required": {"name": "RECONNECT_REQUIRED",'
#: A lifecycle's fact (a text), given to the deprecated SUCCESS of Lean's secondary statuses.
LIFECYCLE_FIELD = """    announced: Annotated[Text | None, Carried("Announced")] = PydField(
        None, description="When the provider announced the code's deprecation."
    )
"""
LIFECYCLE_AFTER = '    state: Literal["deprecated", "removed"]\n'
LIFECYCLE = '"lifecycle": {"state": "deprecated", "note": "Seen only in the legacy React Native'
ANNOUNCED = "2024-03"
#: What the project's copy holds (the Node tools are linked, not copied).
COPIED = (
    "codegen",
    "spec",
    "site",
    "generated",
    ".gitignore",
    "README.md",
    "LICENSE",
    "pyproject.toml",
)


def _git(project: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=project, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the field added to the spec's model and given to one code,
    generated; its git history holds the copy as it was before the edit."""
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
    model = project / "codegen" / "spec" / "codes.py"
    text = model.read_text(encoding="utf-8")
    assert text.count(BEFORE) == 1
    text = text.replace(BEFORE, FIELD + BEFORE).replace(
        "from codegen.spec.base import (", IMPORT + "from codegen.spec.base import (", 1
    )
    assert text.count(SET_AFTER) == text.count(LIFECYCLE_AFTER) == 1
    text = text.replace(SET_AFTER, SET_AFTER + SET_FIELD)
    model.write_text(text.replace(LIFECYCLE_AFTER, LIFECYCLE_AFTER + LIFECYCLE_FIELD), "utf-8")
    categories = project / "codegen" / "spec" / "catalog.py"
    text = categories.read_text(encoding="utf-8")
    assert text.count(CATEGORY_AFTER) == 1
    text = text.replace(CATEGORY_AFTER, CATEGORY_AFTER + CATEGORY_FIELD).replace(
        "from codegen.spec.base import (", IMPORT + "from codegen.spec.base import (", 1
    )
    categories.write_text(text, encoding="utf-8")
    spec = project / "spec" / "catalog.json"
    catalog = spec.read_text(encoding="utf-8")
    found = (catalog.count(text) for text in (CODE, SET_CODES, CATEGORY, LIFECYCLE))
    assert list(found) == [1, 1, 1, 1]
    given = CODE.replace("{", '{"deprecated_since": "' + VALUE + '", ', 1)
    catalog = catalog.replace(CODE, given)
    catalog = catalog.replace(SET_CODES, SET_CODES.replace("{", '{"stable": false,', 1))
    catalog = catalog.replace(CATEGORY, CATEGORY.replace("{", '{"rank": 3, ', 1))
    lifecycle = LIFECYCLE.replace("{", '{"announced": "' + ANNOUNCED + '", ', 1)
    catalog = catalog.replace(LIFECYCLE, lifecycle)
    spec.write_text(catalog, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "generate"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(project)},
    )
    assert result.returncode == 0, result.stderr
    return project


def test_the_field_touches_the_spec_model_alone(project: Path) -> None:
    """Besides the value in the catalog, the only hand-written file edited is the model; what
    changed otherwise is generated."""
    changed = {line[3:] for line in _git(project, "status", "--porcelain").splitlines()}
    hand_written = {
        name
        for name in changed
        if not name.startswith(("generated/", "site/docs/reference/"))
        and name != "spec/catalog.schema.json"
    }
    assert hand_written == {
        "codegen/spec/codes.py",
        "codegen/spec/catalog.py",
        "spec/catalog.json",
    }
    assert "generated/python/bankcodes/_code_facts.py" in changed
    assert "generated/typescript/src/code-facts.ts" in changed


def test_the_python_record_carries_it(project: Path) -> None:
    probe = (
        "import bankcodes; from bankcodes import CodeInfo; "
        "(member,) = bankcodes.lookup('lean', 'RECONNECT_REQUIRED'); "
        "other = bankcodes.lookup('lean', 'OK')[0]; "
        "print(repr(member.info.deprecated_since), repr(other.info.deprecated_since), "
        "'deprecated_since' in CodeInfo.__mro__[1].__annotations__, "
        "repr(type(member).code_set().stable), "
        "repr(bankcodes.Category.RECONNECT_REQUIRED.info.rank), "
        "repr(bankcodes.Category.UNKNOWN.info.rank), "
        "repr(bankcodes.lean.SecondaryStatus.SUCCESS.info.lifecycle.announced), "
        "repr(bankcodes.lean.SecondaryStatus.SUCCESS.info.lifecycle.state))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": python_path(project)},
    )
    assert result.returncode == 0, result.stderr
    expected = [repr(VALUE), "None", "True", "False", "3", "None", repr(ANNOUNCED), "'deprecated'"]
    assert result.stdout.split() == expected


def test_the_typescript_types_and_metadata_carry_it(project: Path, tmp_path: Path) -> None:
    src = project / "generated" / "typescript" / "src"
    facts = (src / "code-facts.ts").read_text(encoding="utf-8")
    assert "readonly deprecatedSince?: string;" in facts
    assert "readonly stable?: boolean;" in facts and "readonly rank?: number;" in facts
    assert "export interface LifecycleFacts {" in facts and "readonly announced?: string;" in facts
    lean = (src / "lean.ts").read_text(encoding="utf-8")
    assert 'state: "deprecated",\n      note: "Seen only' in lean
    assert f'announced: "{ANNOUNCED}"' in lean
    assert f'deprecatedSince: "{VALUE}"' in (src / "lean.ts").read_text(encoding="utf-8")
    assert "stable: false," in (src / "tables-lean.ts").read_text(encoding="utf-8")
    assert "rank: 3" in (src / "categories.ts").read_text(encoding="utf-8")
    build_typescript(tmp_path / "dist", project=project / "generated" / "typescript")
    declared = (tmp_path / "dist" / "code-facts.d.ts").read_text(encoding="utf-8")
    assert "readonly deprecatedSince?: string;" in declared


def test_the_site_shows_it_in_the_code_table(project: Path) -> None:
    reference = project / "site" / "docs" / "reference"
    page = (reference / SET).read_text(encoding="utf-8")
    assert f"<td>Deprecated since</td><td>{VALUE}</td>" in page
    assert page.count("<td>Deprecated since</td>") == 1
    assert "| Stable | no |" in page
    category = (reference / "categories" / "reconnect_required.md").read_text(encoding="utf-8")
    assert "| Rank | 3 |" in category
    lean = reference / "lean"
    pages = [*lean.glob("secondary_status.md"), *(lean / "secondary_status").glob("*.md")]
    statuses = "".join(page.read_text(encoding="utf-8") for page in pages)
    assert f"documented secondary_status list. Announced: {ANNOUNCED}.</td>" in statuses


def test_the_records_carry_the_fields_the_models_mark() -> None:
    """The project's own records: the facts' bases are generated from the models' lists, today
    the facts that decide what to do now (issue 79's design) and a code set's form of the
    sender's own codes (its pattern, category and words); nothing of a lifecycle."""
    generated = (ROOT / "generated" / "python" / "bankcodes" / "_code_facts.py").read_text()
    assert generated.count("__slots__ = ()") == 1
    assert '__slots__ = ("next_step", "state")' in generated
    names = {model.__name__: [f.name for f in carried_fields(model)] for model in MODELS}
    assert names == {
        "Code": [
            "next_step",
            "state",
            "state_reason",
            "wait_seconds",
            "max_attempts",
            "fact_sources",
        ],
        "CodeSet": ["states", "own_codes", "own_codes_category", "own_codes_description"],
        "Category": ["next_step", "state"],
        "Lifecycle": [],
    }


def test_a_carried_fact_that_cannot_be_carried_is_refused() -> None:
    from typing import Annotated

    from pydantic import BaseModel

    class Required(BaseModel):
        since: Annotated[str, Carried("Since")]

    class Listed(BaseModel):
        since: Annotated[list[str] | None, Carried("Since")] = None

    with pytest.raises(CarriedError, match=r"Required\.since: a carried fact must default"):
        carried_fields(Required)
    with pytest.raises(CarriedError, match=r"Listed\.since: a carried fact is a text"):
        carried_fields(Listed)
