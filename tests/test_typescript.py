"""The generated TypeScript package: strict type checks (with an exhaustive consumer), runtime
tests with node --test, an npm pack/install round trip, and parity with the Python enums."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from tests.helpers import JS, NODE_BIN, ROOT, build_typescript, run_node, spec_data

PACKAGE = ROOT / "generated" / "typescript"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ts") / "dist"
    build_typescript(out)
    return out


def _tsc(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NODE_BIN / "tsc"), "-p", str(project)], capture_output=True, text=True, check=False
    )


def _consumer_project(folder: Path, consumer: str) -> Path:
    (folder / "consumer.ts").write_text(consumer)
    config = {
        "compilerOptions": {
            "strict": True,
            "noEmit": True,
            "target": "es2022",
            "module": "esnext",
            "moduleResolution": "bundler",
            "lib": ["es2022", "dom"],
            "types": [],
            "noUncheckedIndexedAccess": True,
            "exactOptionalPropertyTypes": True,
            "paths": {"bankcodes": [str(PACKAGE / "src" / "index")]},
        },
        "files": ["consumer.ts"],
    }
    (folder / "tsconfig.json").write_text(json.dumps(config))
    return folder


def test_an_exhaustive_consumer_type_checks(tmp_path: Path) -> None:
    consumer = (JS / "consumer.ts").read_text()
    result = _tsc(_consumer_project(tmp_path, consumer))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_missing_case_fails_the_never_check(tmp_path: Path) -> None:
    consumer = (JS / "consumer.ts").read_text()
    broken = consumer.replace("    case FlinksConnectError.INVALID_LOGIN:\n", "", 1)
    assert broken != consumer
    result = _tsc(_consumer_project(tmp_path, broken))
    assert result.returncode != 0
    assert "not assignable to type 'never'" in result.stdout


def test_runtime_behaviour_with_node_test(dist: Path) -> None:
    result = subprocess.run(
        ["node", "--test", str(JS / "index.test.mjs")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "BANKCODES_DIST": str(dist)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout
    assert "# pass 13" in result.stdout


@pytest.fixture(scope="module")
def dump(dist: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run_node("dump_constants.mjs", str(dist)))
    return data


def test_typescript_and_python_hold_the_same_codes_and_metadata(dump: dict[str, Any]) -> None:
    assert dump["version"] == bankcodes.SPEC_VERSION
    python_sets = {}
    for entry in spec_data()["providers"].values():
        module = getattr(bankcodes, entry["module"])
        prefix = entry["type_prefix"]
        for enum_class in module.CODE_SETS:
            python_sets[prefix + enum_class.__name__] = enum_class
    assert set(dump["sets"]) == set(python_sets)
    for name, enum_class in python_sets.items():
        ts = dump["sets"][name]
        assert ts["members"] == {member.name: member.value for member in enum_class}, name
        for member in enum_class:
            info = ts["info"][member.value]
            assert info == {
                "description": member.description,
                "message": member.message,
                "category": member.category.value,
                "retryable": member.retryable,
                "userAction": member.user_action,
                "userMessage": member.user_message,
                "httpStatuses": list(member.http_statuses),
                "sources": [source.id for source in member.sources],
                "deprecated": member.deprecated,
                "aliases": list(member.aliases),
                "wording": _ts_wording(member.info),
            }, (name, member.value)
            for alias in member.aliases:
                assert ts["aliases"][alias] == member.value


def _ts_wording(info: bankcodes.CodeInfo) -> dict[str, Any]:
    """The wording the TypeScript metadata must carry, from Python's: the texts it holds."""
    keys = {
        "description": "description",
        "message": "message",
        "user_action": "userAction",
        "user_message": "userMessage",
    }
    wording = {
        keys[w.field]: {"by": w.by, "sources": [source.id for source in w.sources]}
        for w in info.wording
        if w.field in keys
    }
    return {"description": wording.get("description", wording.get("message")), **wording}


def test_typescript_and_python_share_the_taxonomy_and_classify(dump: dict[str, Any]) -> None:
    assert dump["categories"] == {c.name: c.value for c in bankcodes.Category}
    for category in bankcodes.Category:
        info = dump["categoryInfo"][category.value]
        assert info["title"] == category.label
        assert info["retryable"] is category.retryable
        assert info["actor"] == category.actor.value
        assert info["action"] == category.action
    for provider, table in dump["classify"].items():
        for code, category in table.items():
            assert category == bankcodes.classify(provider, code).value, (provider, code)
    assert dump["sources"]["seed-000"]["url"] == bankcodes.lean.SecondaryStatus.OK.source.url


DOC_MEMBER = re.compile(
    r"/\*\*(?P<doc>(?:(?!\*/).)*)\*/\s*readonly (?P<name>[^:]+): "
    r"(?P<value>\"(?:[^\"\\]|\\.)*\");",
    re.S,
)


def _member_docs(declarations: str, constant: str) -> dict[str, str]:
    """Wire value -> the TSDoc text of each member of `constant` in a .d.ts file."""
    start = declarations.index(f"export declare const {constant}: {{")
    end = declarations.index("\n};", start)
    return {
        json.loads(match["value"]): " ".join(
            line.strip().lstrip("*").strip() for line in match["doc"].splitlines()
        ).strip()
        for match in DOC_MEMBER.finditer(declarations[start:end])
    }


def test_every_code_constant_documents_itself_on_hover(dist: Path) -> None:
    spec = spec_data()
    checked = 0
    for provider in spec["providers"].values():
        declarations = (dist / f"{provider['module']}.d.ts").read_text(encoding="utf-8")
        for code_set in provider["code_sets"].values():
            docs = _member_docs(declarations, provider["type_prefix"] + code_set["class_name"])
            for code in code_set["codes"]:
                doc = docs[code["value"]]
                text = code.get("description") or code.get("message")
                assert " ".join(text.split())[:40] in doc, (code["value"], doc)
                category = code.get("category") or code_set.get("category")
                retryable = code.get("retryable", spec["categories"][category]["retryable"])
                assert f"Category: {category} " in doc
                assert f"retryable: {'yes' if retryable else 'no'}." in doc
                assert ("@deprecated" in doc) == ("lifecycle" in code), code["value"]
                whose = "bankcodes' wording" if code.get("editorial") else "published text"
                first = "description" if "description" in code else "message"
                assert re.search(f"Whose words: {first}: [^;]*{whose}", doc), doc
                checked += 1
    assert checked == sum(
        len(cs["codes"]) for p in spec["providers"].values() for cs in p["code_sets"].values()
    )


def test_every_published_example_type_checks_against_its_payload_type(tmp_path: Path) -> None:
    from codegen import loader

    catalog = loader.load()
    lines = ['import type * as bankcodes from "bankcodes";']
    count = 0
    for kind in catalog.payloads:
        for example in kind.examples:
            data = json.dumps(example.data, ensure_ascii=False)
            lines.append(f"export const example{count}: bankcodes.{kind.root.ts_name} = {data};")
            count += 1
    assert count >= 25
    app = tmp_path / "app"
    package = app / "node_modules" / "bankcodes"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("node_modules"))
    build_typescript(package / "dist" / "esm")
    (app / "package.json").write_text(json.dumps({"type": "module", "private": True}))
    (app / "examples.ts").write_text("\n".join(lines) + "\n")
    config = {
        "compilerOptions": {
            "strict": True,
            "noEmit": True,
            "target": "es2022",
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "types": [],
        },
        "files": ["examples.ts"],
    }
    (app / "tsconfig.json").write_text(json.dumps(config))
    assert _tsc(app).returncode == 0, _tsc(app).stdout
    # And a wrong type where a code belongs is refused.
    (app / "examples.ts").write_text(
        'import type { LeanCallbackData } from "bankcodes";\n'
        "export const wrong: LeanCallbackData = { status: 42 };\n"
    )
    assert "not assignable" in _tsc(app).stdout
