"""The generated TypeScript package: strict type checks (with an exhaustive consumer), runtime
tests with node --test, an npm pack/install round trip, and parity with the Python enums."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes._code_facts import CodeFacts, LifecycleFacts
from bankcodes._record import Record
from codegen import loader, output
from codegen.model import Catalog, UnionDef
from codegen.spec.records import FAMILIES
from codegen.targets import typescript_package
from tests.conftest import FOURTH_SPEC, Build
from tests.support.helpers import (
    JS,
    SPEC,
    build_typescript,
    install_package,
    package_site,
    run_node,
    spec_data,
)
from tests.support.narrowing import narrowing_code, own_field
from tests.support.typescript import (
    COMPILERS,
    compile_node_app,
    errors_by_file,
    installed_consumers,
    tsc,
)

#: `checked(compiler)`: a compiler's check of the consumers (the `checked` fixture).
Checked = Callable[[str], subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def dist(typescript_dist: Path) -> Path:
    return typescript_dist


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The spec, loaded once for the module's tests."""
    return loader.load(SPEC)


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
    assert "# pass 16" in result.stdout


@pytest.fixture(scope="module")
def dump(dist: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run_node("dump_constants.mjs", str(dist)))
    return data


def test_typescript_and_python_hold_the_same_codes_and_metadata(
    dump: dict[str, Any], dist: Path
) -> None:
    assert dump["version"] == bankcodes.SPEC_VERSION
    # The package carries the site's address (make packages SITE_URL=…); this view none.
    site = package_site(dist)
    python_sets = {}
    for entry in spec_data()["providers"].values():
        module = getattr(bankcodes, entry["module"])
        prefix = entry["type_prefix"]
        for enum_class in module.CODE_SETS:
            python_sets[prefix + enum_class.__name__] = enum_class
    assert set(dump["sets"]) == set(python_sets)
    for name, enum_class in python_sets.items():
        ts = dump["sets"][name]
        # The constant's members in the catalog's order, whatever order its tables keep.
        members = [(member.name, member.value) for member in enum_class]
        assert list(ts["members"].items()) == members, name
        for member in enum_class:
            info = ts["info"][str(member.value)]
            assert info == {
                # The identifier, where it is not the wire value (a number's name).
                **({"name": member.name} if member.name != str(member.value) else {}),
                "description": member.description,
                "category": member.category.value,
                "retryable": member.retryable,
                "endUserCanRetry": member.end_user_can_retry,
                **(
                    {
                        "endUser": {
                            language: {"message": words.message, "action": words.action}
                            for language, words in member.info.end_user.items()
                        }
                    }
                    if member.info.end_user
                    else {}
                ),
                "httpStatuses": list(member.http_statuses),
                "sources": [source.id for source in member.sources],
                "deprecated": member.deprecated,
                **(
                    {"lifecycle": _ts_lifecycle(member.info.lifecycle)}
                    if member.info.lifecycle
                    else {}
                ),
                "wording": _ts_wording(member.info),
                "docUrl": site + str(member.info.page),
                **(
                    {"nextStatuses": [status.value for status in member.next_statuses]}
                    if member.next_statuses is not None
                    else {}
                ),
                **_ts_facts(member.info, CodeFacts),
            }, (name, member.value)
            for alias in member.aliases:
                assert ts["aliases"][alias] == member.value


def _ts_facts(record: object, base: type[Record]) -> dict[str, Any]:
    """The facts the spec declares once that a Python record carries (the fields of its
    generated base), as the TypeScript metadata must carry them: those its declaration shows in
    TypeScript, by their camelCase names; one the item lacks (or that has its default, where the
    declaration lets TypeScript lack it) written null or left out, as the declaration says."""
    (family,) = (f for f in FAMILIES.values() if f"{f.name}Facts" == base.__name__)
    found = {}
    for fact in family.shown("typescript"):
        value = getattr(record, fact.name)
        lacking = value is None or (fact.absent == "left out" and value == fact.default)
        if lacking and fact.absent != "null":
            continue
        found[re.sub(r"_([a-z])", lambda m: m[1].upper(), fact.name)] = _as_json(value)
    return found


def _as_json(value: object) -> object:
    """A fact's value as JSON holds it: a tuple as a list, sources by fact as lists by fact."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def _ts_lifecycle(lifecycle: bankcodes.Lifecycle) -> dict[str, Any]:
    """The lifecycle the TypeScript metadata must carry, from Python's."""
    return {
        "state": lifecycle.state,
        "note": lifecycle.note,
        **_ts_facts(lifecycle, LifecycleFacts),
    }


def _ts_wording(info: bankcodes.CodeInfo) -> dict[str, Any]:
    """The wording the TypeScript metadata must carry, from Python's: the texts it holds."""
    keys = {
        "description": "description",
        "message": "message",
        "message_translations": "messageTranslations",
        "advice": "advice",
        "advice_translations": "adviceTranslations",
        "user_message": "userMessage",
        "user_message_translations": "userMessageTranslations",
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
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|-?[0-9]+);",
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
                doc = docs[code["value"]]  # a number where the code travels as one
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


def test_every_published_example_type_checks_against_its_payload_type(
    tmp_path: Path, typescript_installed: Path, catalog: Catalog
) -> None:
    lines = ['import type * as bankcodes from "bankcodes";']
    count = 0
    for kind in catalog.payloads:
        for example in kind.examples:
            data = json.dumps(example.data, ensure_ascii=False)
            lines.append(f"export const example{count}: bankcodes.{kind.root.ts_name} = {data};")
            count += 1
    assert count >= 25
    app = tmp_path / "app"
    install_package(app, typescript_installed)
    (app / "examples.ts").write_text("\n".join(lines) + "\n")
    # And a wrong type where a code belongs is refused: in the same compile, told apart by file.
    (app / "wrong.ts").write_text(
        'import type { LeanCallbackData } from "bankcodes";\n'
        "export const wrong: LeanCallbackData = { status: 42 };\n"
    )
    compiled = compile_node_app(app, ["examples.ts", "wrong.ts"], noEmit=True)
    errors = errors_by_file(compiled.stdout)
    assert compiled.stderr == "" and set(errors) == {"wrong.ts"}, compiled.stdout
    assert all("not assignable" in error for error in errors["wrong.ts"]), compiled.stdout


#: The consumers of the installed package, each a module of one project (the file an error names
#: tells them apart), and the tests that read them; TypeScript 5 checks the narrowing apps too.
CONSUMERS = (
    "exhaustive.ts",
    "missing-case.ts",
    "narrowing.ts",
    "open-tag.ts",
    "received.ts",
    "received-untyped.ts",
)
NARROWING = ["narrowing.ts", "open-tag.ts"]
#: What the open-tag app imports: the package of a spec of its own (`_open_tag_spec`).
OPEN_TAG = "open-tag-bankcodes"
MISSING_CASE = "    case FlinksConnectError.INVALID_LOGIN:\n"

RECEIVED = """
import { receive } from "bankcodes/webhooks";
import { classify, decisiveCode } from "bankcodes";

export async function handle(body: string, headers: Headers, secret: string): Promise<string> {
  const event = await receive("lean", body, headers, [secret]);
  if (event.payload.type === "payment.created") {
    // The variant's own payload, narrowed by the tag.
    return classify("lean", event.payload.payload.status);
  }
  return decisiveCode(event.kind, event.payload)?.category ?? "unknown";
}
"""


def _open_tag_spec(folder: Path) -> Path:
    """The fourth provider's spec with a webhook type that has no variant, and an alias of one
    that has: both are spellings of the fallback's tag."""
    spec = json.loads(FOURTH_SPEC.read_text())
    codes = spec["providers"]["acme"]["code_sets"]["webhook_type"]["codes"]
    codes[0]["aliases"] = ["link.create"]
    codes.append({"value": "link.updated", "name": "LINK_UPDATED", "description": "Updated."})
    path = folder / "catalog.json"
    path.write_text(json.dumps(spec))
    return path


def _open_tag_package(folder: Path) -> tuple[Catalog, Path]:
    """The spec `_open_tag_spec` writes into `folder`, and the declarations of its npm package
    (its TypeScript, as `python -m codegen generate` writes it into folder/tree, assembled with
    the runtime and compiled into folder/dist): what an app's compiler reads of it."""
    folder.mkdir()
    catalog = loader.load(_open_tag_spec(folder))
    output.generate(catalog, folder / "tree", [typescript_package.TARGET])
    generated = folder / "tree" / "generated" / "typescript"
    build_typescript(folder / "dist", generated, declarations_only=True)
    return catalog, folder / "dist"


@pytest.fixture(scope="module")
def consumers(
    shared: Callable[[str, Build], Path], typescript_installed: Path, catalog: Catalog
) -> Path:
    """One project of the consumers, against the installed package: the exhaustive consumer and
    a copy missing a case; an app handling every union of the spec, and one handling the unions
    of a spec whose webhook types are not all variants (open-tag.ts, against the declarations of
    that spec's package); a received event's handler, and the same without the provider's
    type."""

    def build(folder: Path) -> None:
        consumer = (JS / "consumer.ts").read_text()
        open_tag, declarations = _open_tag_package(folder / "open-tag")
        code = {
            "exhaustive.ts": consumer,
            "missing-case.ts": consumer.replace(MISSING_CASE, "", 1),
            "narrowing.ts": narrowing_code(catalog),
            "open-tag.ts": narrowing_code(open_tag, OPEN_TAG),
            "received.ts": RECEIVED,
            "received-untyped.ts": RECEIVED.replace('receive("lean"', "receive(String(1)"),
        }
        paths = {OPEN_TAG: [str(declarations / "index.d.ts")]}
        installed_consumers(folder, typescript_installed, code, paths)
        config = {"extends": "./tsconfig.json", "files": NARROWING}
        (folder / "tsconfig.typescript5.json").write_text(json.dumps(config))

    return shared("ts-consumers", build)


@pytest.fixture(scope="module")
def checked(consumers: Path) -> Checked:
    """`checked(compiler)`: the compiler's check of the consumers, run once per module."""

    @functools.cache
    def check(compiler: str) -> subprocess.CompletedProcess[str]:
        config = "tsconfig.json" if compiler == "typescript7" else f"tsconfig.{compiler}.json"
        return tsc(consumers / config, compiler)

    return check


def _errors(checked: Checked, name: str, compiler: str) -> list[str]:
    """The errors `compiler` found in the consumer `name`, once it has found none elsewhere:
    in the package's declarations or sources, or in the compile itself."""
    result = checked(compiler)
    errors = errors_by_file(result.stdout)
    elsewhere = {file: found for file, found in errors.items() if file not in CONSUMERS}
    assert not elsewhere and result.stderr == "", result.stdout + result.stderr
    if not errors:
        assert result.returncode == 0, result.stdout
    return errors.get(name, [])


def test_an_exhaustive_consumer_type_checks(checked: Checked) -> None:
    assert _errors(checked, "exhaustive.ts", "typescript7") == []


def test_a_missing_case_fails_the_never_check(consumers: Path, checked: Checked) -> None:
    consumer = (JS / "consumer.ts").read_text()
    broken = (consumers / "missing-case.ts").read_text()
    assert broken == consumer.replace(MISSING_CASE, "", 1) != consumer
    errors = _errors(checked, "missing-case.ts", "typescript7")
    assert any("not assignable to type 'never'" in error for error in errors), errors


def test_the_narrowing_app_handles_every_union_of_the_spec(
    consumers: Path, catalog: Catalog
) -> None:
    code = (consumers / "narrowing.ts").read_text()
    spec = spec_data()
    unions = [
        spec["providers"][kind_id.split("/")[0]]["type_prefix"] + type_id
        for kind_id, kind in spec["payloads"].items()
        for type_id, type_def in kind["types"].items()
        if "discriminated" in type_def
    ]
    assert len(unions) >= 4
    for name in unions:
        assert f"export function route{name}(webhook: bankcodes.{name})" in code
    # A variant's own field is read after `if` and in `switch`, in each union whose variants
    # have one (Bridge's webhook variants only fix the type).
    resolved = [t for k in catalog.payloads for t in k.types if isinstance(t, UnionDef)]
    own = sum(own_field(union) is not None for union in resolved)
    assert [union.ts_name for union in resolved] == unions and own >= 4
    assert code.count("const value: bankcodes.") == 2 * own


@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_every_union_narrows_on_its_tag(checked: Checked, compiler: str) -> None:
    """`===` and `switch` on a webhook's tag narrow it to the variant of that tag, and the
    webhook of a tag the catalog does not know is what `default:` receives."""
    assert _errors(checked, "narrowing.ts", compiler) == []


@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_a_known_tag_without_a_variant_narrows_to_the_fallback(
    consumers: Path, checked: Checked, compiler: str
) -> None:
    code = (consumers / "open-tag.ts").read_text()
    assert code.startswith(f'import type * as bankcodes from "{OPEN_TAG}";')
    assert 'case "link.create":\n    case "link.updated":\n' in code
    fallback = consumers / "open-tag" / "tree" / "generated" / "typescript" / "src" / "payloads.ts"
    assert 'readonly type: "link.create" | "link.updated" | UnknownTag;' in fallback.read_text()
    assert _errors(checked, "open-tag.ts", compiler) == []


def test_a_received_event_narrows_on_its_tag(checked: Checked) -> None:
    assert _errors(checked, "received.ts", "typescript7") == []
    # Without the provider's type, the payload's fields are unknown: the same access fails.
    errors = _errors(checked, "received-untyped.ts", "typescript7")
    assert errors and all(error.startswith("received-untyped.ts(9,") for error in errors), errors
