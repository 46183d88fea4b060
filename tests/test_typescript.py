"""The generated TypeScript package: strict type checks (with an exhaustive consumer), runtime
tests with node --test, an npm pack/install round trip, and parity with the Python enums."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from tests.helpers import JS, NODE_BIN, ROOT, build_typescript, run_node

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
    assert "# pass 9" in result.stdout


def test_npm_pack_then_install_and_import_with_types(dist: Path, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("dist", "node_modules"))
    shutil.copytree(dist, package / "dist")
    subprocess.run(
        ["npm", "pack", "--pack-destination", str(tmp_path), "--loglevel=error"],
        cwd=package,
        check=True,
        capture_output=True,
    )
    (tarball,) = tmp_path.glob("bankcodes-*.tgz")
    app = tmp_path / "app"
    app.mkdir()
    (app / "package.json").write_text(
        json.dumps({"name": "app", "private": True, "type": "module"})
    )
    offline = ["--offline", "--no-audit", "--no-fund", "--loglevel=error"]
    subprocess.run(
        ["npm", "install", str(tarball), *offline],
        cwd=app,
        check=True,
        capture_output=True,
    )
    (app / "main.ts").write_text(
        'import { classify, FlinksConnectError, type Category } from "bankcodes";\n'
        'import { sign, receive, type WebhookEvent } from "bankcodes/webhooks";\n'
        'const category: Category = classify("flinks", FlinksConnectError.DISABLED_LOGIN);\n'
        'const body = \'{"type": "results.ready", "payload": {}, "event_id": "e1"}\';\n'
        'const headers = await sign("lean", body, "secret");\n'
        'const event: WebhookEvent = await receive("lean", body, headers, ["old", "secret"]);\n'
        "console.log(category, event.type, event.dedupKey, event.secretIndex);\n"
    )
    config = {
        "compilerOptions": {
            "strict": True,
            "target": "es2022",
            "module": "nodenext",
            "moduleResolution": "nodenext",
            "lib": ["es2022", "dom"],
            "typeRoots": [str(JS / "node_modules" / "@types")],
            "types": ["node"],
            "outDir": "out",
        },
        "files": ["main.ts"],
    }
    (app / "tsconfig.json").write_text(json.dumps(config))
    compiled = _tsc(app)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    ran = subprocess.run(
        ["node", "out/main.js"], cwd=app, capture_output=True, text=True, check=True
    )
    assert ran.stdout.split() == ["account_unavailable", "results.ready", "lean:e1", "1"]


@pytest.fixture(scope="module")
def dump(dist: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run_node("dump_constants.mjs", str(dist)))
    return data


def test_typescript_and_python_hold_the_same_codes_and_metadata(dump: dict[str, Any]) -> None:
    assert dump["version"] == bankcodes.SPEC_VERSION
    python_sets = {}
    for provider in bankcodes.PROVIDERS:
        module = getattr(bankcodes, provider)
        prefix = provider.capitalize()
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
                "httpStatuses": list(member.http_statuses),
                "sources": [source.id for source in member.sources],
                "deprecated": member.deprecated,
                "aliases": list(member.aliases),
            }, (name, member.value)
            for alias in member.aliases:
                assert ts["aliases"][alias] == member.value


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
