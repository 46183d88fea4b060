"""The generator knows no provider: no provider of a spec is named in codegen/, nor one of its
codes written there as a string literal, and a synthetic fourth provider
(tests/generation/fourth/) generates a working Python package, TypeScript package, schemas and
site pages, kept as a golden tree compared byte for byte (`make golden` regenerates it)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator

from codegen.targets import all_targets
from tests.support.helpers import JS, NODE_BIN, ROOT, build_typescript, python_path, snapshot

FOURTH = ROOT / "tests" / "generation" / "fourth"
GOLDEN = FOURTH / "golden"
CODEGEN = ROOT / "codegen"


def _spec(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _names(spec: dict[str, Any]) -> dict[str, str]:
    """The words that name a provider, each with the provider it names: its id, its display
    name, its Python module and the prefix of its TypeScript names."""
    names: dict[str, str] = {}
    for provider_id, provider in spec["providers"].items():
        for name in (provider_id, provider["name"], provider["module"], provider["type_prefix"]):
            names.setdefault(name, provider_id)
    return names


#: A value spelt as a program spells its own words: one word of letters in one case (its first
#: letter aside), or digits ("error", "WARNING", "Data", "17"). The generator says such words of
#: its own things (schemas, nothing, a lock file's version), which a provider's code may also be;
#: a code spelt otherwise (INVALID_LOGIN, connection.updated) is one no program writes by chance.
ORDINARY = re.compile(r"[A-Za-z][a-z]*|[A-Z]+|[0-9]+")


def _codes(spec: dict[str, Any]) -> dict[str, str]:
    """The codes that the generator may not write as a string literal, each with its code set
    (provider.code_set): every wire value and alias but those spelt as ordinary words (a numeric
    code is known by its identifier) and the catalog's own category ids, which the generator
    names as bankcodes' taxonomy (an HTTP status's category where nothing is recognised)."""
    codes: dict[str, str] = {}
    taxonomy = set(spec["categories"])
    for provider_id, provider in spec["providers"].items():
        for set_id, code_set in provider["code_sets"].items():
            for code in code_set["codes"]:
                value = code["name"] if isinstance(code["value"], int) else code["value"]
                for spelling in (value, *code.get("aliases", [])):
                    if not ORDINARY.fullmatch(spelling) and spelling not in taxonomy:
                        codes.setdefault(spelling, f"{provider_id}.{set_id}")
    return codes


def _generator_files(folder: Path) -> list[Path]:
    suffixes = {".py", ".pyi", ".j2", ".ts", ".json", ".html"}
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in suffixes and "node_modules" not in p.parts
    )


def _alternatives(words: dict[str, str]) -> str:
    """A regular expression's alternatives, longest first, so that it matches a whole name
    before a shorter one inside it."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _mentions(
    names: dict[str, str], codes: dict[str, str], folder: Path = CODEGEN
) -> list[tuple[str, str, str]]:
    """Where codegen/ names a provider (a whole word, anywhere, comments included) or writes one
    of its codes as a string literal: (file, word, what it names), one entry per line and word,
    `file` with its line number."""
    words = re.compile(rf"(?<![\w-])(?:{_alternatives(names)})(?![\w-])")
    literals = re.compile(rf"""(["'])({_alternatives(codes)})\1""")
    found = []
    for path in _generator_files(folder):
        where = path.relative_to(folder.parent).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hits = {
                (m.group(), f"names the provider {names[m.group()]}") for m in words.finditer(line)
            }
            hits |= {
                (m.group(2), f"is a code of {codes[m.group(2)]}") for m in literals.finditer(line)
            }
            found += [(f"{where}:{number}", word, says) for word, says in sorted(hits)]
    return found


#: The modules that name the providers' own client libraries, whose shapes they read (each
#: client's shape named in one place): the plaid, stripe and belvo packages there are clients, not
#: providers the generator knows. An exception of the stripe package built without a response
#: carries only its code, which is read where that package's error body puts it (its kind).
CLIENT_SHAPES = {
    "codegen/runtime/python/bankcodes/_carried.py": {"plaid", "stripe", "belvo"},
    # from_exception's docstring names the clients whose errors it reads.
    "codegen/runtime/python/bankcodes/_exceptions.py": {"plaid", "stripe", "belvo"},
    "codegen/runtime/typescript/carried.ts": {"plaid", "stripe", "belvo"},
    # fromError's doc comment names the clients whose errors it reads.
    "codegen/runtime/typescript/from-error.ts": {"plaid", "stripe", "belvo"},
}


#: The tables of what tells no provider (codes, fields and envelopes many APIs send, with the
#: sources that say so): some providers send them too, which is why they tell none.
TELLS_NONE = "codegen/spec/evidence.json"


@pytest.mark.parametrize("spec", [ROOT / "spec" / "catalog.json", FOURTH / "catalog.json"])
def test_the_generator_names_no_provider(spec: Path) -> None:
    data = _spec(spec)
    names, codes = _names(data), _codes(data)
    assert names and codes
    found = [
        f"{where}: {word!r} {says}"
        for where, word, says in _mentions(names, codes)
        if word not in CLIENT_SHAPES.get(where.split(":")[0], set())
        and not where.startswith(f"{TELLS_NONE}:")
    ]
    assert found == []


def test_the_grep_finds_a_provider_named_in_the_generator(tmp_path: Path) -> None:
    data = _spec(ROOT / "spec" / "catalog.json")
    copy = tmp_path / "codegen"
    shutil.copytree(CODEGEN, copy, ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
    (copy / "targets" / "intruder.py").write_text(
        'SPECIAL = {"flinks": "INVALID_LOGIN"}  # GoCardless Bank Account Data, TrueLayer\n'
        'event_type = "error"  # an ordinary word, and a code spelt as one\n'
    )
    found = {
        (where, word, says)
        for where, word, says in _mentions(_names(data), _codes(data), copy)
        if where.startswith("codegen/targets/intruder.py")
    }
    assert found == {
        ("codegen/targets/intruder.py:1", "flinks", "names the provider flinks"),
        ("codegen/targets/intruder.py:1", "INVALID_LOGIN", "is a code of flinks.api_error_code"),
        (
            "codegen/targets/intruder.py:1",
            "GoCardless Bank Account Data",
            "names the provider gocardless",
        ),
        ("codegen/targets/intruder.py:1", "TrueLayer", "names the provider truelayer"),
    }


# --- the fourth provider ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fourth(fourth_tree: Path) -> Path:
    return fourth_tree


def _copies() -> set[str]:
    """The files a generation copies from the hand-written runtime (never in a golden tree)."""
    return {path for target in all_targets() if target.copies for path in target.copies()}


def test_the_fourth_provider_matches_its_golden_tree(fourth: Path) -> None:
    """The golden tree holds what the spec renders: a runtime edit never touches it."""
    copies = _copies()
    fresh = {name: data for name, data in snapshot(fourth).items() if name not in copies}
    fresh.pop("catalog.json", None)
    fresh.pop(".built", None)
    golden = snapshot(GOLDEN)
    assert copies and not copies & set(golden)
    assert golden, "run make golden"
    changed = sorted(
        name for name in fresh.keys() | golden.keys() if fresh.get(name) != golden.get(name)
    )
    assert changed == [], f"differs from {GOLDEN.relative_to(ROOT)}: run make golden and review"


def _without_dependencies(name: str, text: str) -> str:
    """A file of the golden tree without the npm package's dependencies, which are the
    runtime's (codegen/runtime/typescript/package-lock.json, where a signing scheme's library,
    such as truelayer-signing, is named), not the spec's."""
    if not name.endswith("package.json"):
        return text
    data = json.loads(text)
    for key in ("dependencies", "devDependencies", "peerDependencies", "peerDependenciesMeta"):
        data.pop(key, None)
    return json.dumps(data)


def test_the_golden_tree_names_only_the_fourth_provider() -> None:
    names = _names(_spec(ROOT / "spec" / "catalog.json"))
    others = [name for name in names if name.isalpha() and len(name) > 3]
    text = "\n".join(
        _without_dependencies(name, content.decode("utf-8"))
        for name, content in snapshot(GOLDEN).items()
    )
    assert "acme" in text
    assert [name for name in others if re.search(rf"\b{re.escape(name)}\b", text)] == []


PY_CHECK = """
import json, bankcodes
from bankcodes import acme, payloads, signatures
assert bankcodes.PROVIDERS == ("acme",)
assert acme.ErrorCode.parse("BAD_PASSWORD") is acme.ErrorCode.BAD_PASSWORD
assert acme.ErrorCode("bank-closed").name == "bank_closed"
assert acme.ErrorCode.bank_closed.deprecated
assert acme.ErrorCode.parse("NEW").category is bankcodes.Category.UNKNOWN
assert bankcodes.classify("acme", "BANK_DOWN") is bankcodes.Category.INSTITUTION_UNAVAILABLE
failed = {"type": "link.failed", "link_id": "l", "error_code": "BANK_DOWN"}
event = payloads.validate("acme/webhook", failed)
assert type(event).__name__ == "LinkFailedWebhook" and event.error_code == "BANK_DOWN"
body = b'{"type": "link.created", "link_id": "l"}'
headers = signatures.sign("acme", body, "secret")
assert list(headers) == ["X-Acme-Signature"]
assert signatures.verify("acme", body, headers, "secret") == "X-Acme-Signature"
# An integer code set: members equal the wire number; parse reads it or its decimal text.
assert acme.LinkStatus.DENIED == 2 and acme.LinkStatus.parse("2") is acme.LinkStatus.DENIED
assert bankcodes.classify("acme", 2) is bankcodes.Category.CREDENTIALS_INVALID
assert bankcodes.classify("acme", "2") is bankcodes.Category.CREDENTIALS_INVALID
assert bankcodes.classify("acme", 7) is bankcodes.Category.UNKNOWN
assert bankcodes.classify("acme", True) is bankcodes.Category.UNKNOWN  # a bool is no code
unknown = acme.LinkStatus.parse(7)
assert not unknown.known and unknown.value == "7"
failed = {"type": "link.failed", "link_id": "l", "error_code": "NEW", "status": 2}
found = payloads.codes("acme/webhook", failed)
assert [(f.path, f.code) for f in found][1:] == [("$.type", "link.failed"), ("$.status", 2)]
assert found[2].code is acme.LinkStatus.DENIED
assert payloads.codes("acme/webhook", {**failed, "status": "2"})[2].code == 2
# JSON may spell the number 2.0, which JavaScript cannot tell from 2; 2.5 is no status.
assert payloads.codes("acme/webhook", {**failed, "status": 2.0})[2].code == 2
assert [f.path for f in payloads.codes("acme/webhook", {**failed, "status": 2.5})] == [
    "$.error_code", "$.type"
]
# A status's digits are the status; other text is an unknown status kept as sent, as the
# schemas and models read it (site/docs/reading.md).
assert payloads.codes("acme/webhook", {**failed, "status": "2"})[2].code is acme.LinkStatus.DENIED
for text in ("two", "02", " 2", "²"):
    other = payloads.codes("acme/webhook", {**failed, "status": text})[2].code
    assert not other.known and other.value == text, text
status = payloads.decisive_code("acme/widget-message", {"link_status": 1})
assert status is not None and status.code is acme.LinkStatus.CONNECTED
assert payloads.decisive_code("acme/widget-message", {"link_status": True}) is None
event = payloads.validate("acme/webhook", failed)
assert event.model_dump(mode="json")["status"] == 2
# The provider's own translations, by language tag; bankcodes' words of the tag's language.
words = lambda tag: acme.ErrorCode.BAD_PASSWORD.end_user_text(tag)
assert (words("fr-CA").message, words("fr-CA").message_by) == (
    "Ce mot de passe n'a pas fonctionné.", "provider"
)
assert words("fr-CA").action == bankcodes.Category.CREDENTIALS_INVALID.user_action("fr")
assert words("fr").message_by == "bankcodes translation"
assert words("es-MX").message == "Esa contraseña no funcionó."
assert words("es-MX").language == "es-MX"
assert words("en").message == "That password did not work."
try:
    words("de")
    raise AssertionError("no words in German")
except ValueError:
    pass
print("ok")
"""


def test_the_fourth_provider_python_package_imports_and_parses(fourth: Path) -> None:
    env = {**os.environ, "PYTHONPATH": python_path(fourth)}
    result = subprocess.run(
        [sys.executable, "-c", PY_CHECK], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


TS_CHECK = """
import assert from "node:assert/strict";
const lib = await import(process.argv[2]);
const error = lib.parseAcmeWidgetMessage({ error_code: "BAD_PASSWORD" });
assert.equal(error.kind, "error");
assert.equal(error.category, "credentials_invalid");
assert.equal(lib.AcmeErrorCodeInfo[error.code].advice, "Re-enter your password.");
assert.equal(lib.parseAcmeWidgetMessage({ event: "FINISHED" }).category, "success");
assert.equal(lib.parseAcmeWidgetMessage("junk").kind, "unknown");
assert.ok(lib.isAllowedAcmeOrigin("https://widget.acme-link.example", lib.ACME_WIDGET_HOSTS));
assert.equal(lib.classify("acme", "bank-closed"), "institution_unavailable");
// An integer code set: codes travel as numbers, read as the number or its decimal text.
const status = lib.parseAcmeWidgetMessage({ link_status: 2, link_id: "l" });
assert.equal(status.kind, "status");
assert.equal(status.code, 2);
assert.equal(status.category, "credentials_invalid");
assert.equal(status.codeSet, "acme.link_status");
assert.equal(status.info.description, "The bank refused the login details.");
const later = lib.parseAcmeWidgetMessage({ link_status: 9 });
assert.deepEqual([later.kind, later.code, later.category], ["status", 9, "unknown"]);
const bad = lib.parseAcmeWidgetMessage({ link_status: true });
assert.deepEqual([bad.kind, bad.field], ["invalid", "link_status"]);
assert.equal(lib.classify("acme", 2), "credentials_invalid");
assert.equal(lib.classify("acme", "2"), "credentials_invalid");
assert.equal(lib.classify("acme", 2.5), "unknown");
assert.ok(lib.isAcmeLinkStatus(1) && !lib.isAcmeLinkStatus("1") && !lib.isAcmeLinkStatus(7));
const failed = { type: "link.failed", link_id: "l", error_code: "NEW", status: 2 };
const found = lib.codes("acme/webhook", failed).map((c) => [c.path, c.code, c.category]);
assert.deepEqual(found.slice(1), [
  ["$.type", "link.failed", "informational"],
  ["$.status", 2, "credentials_invalid"],
]);
assert.equal(lib.codes("acme/webhook", { ...failed, status: 2.5 }).length, 2);
const digits = lib.codes("acme/webhook", { ...failed, status: "2" });
assert.equal(digits[2].category, "credentials_invalid");
for (const text of ["two", "02", " 2"]) {
  const other = lib.codes("acme/webhook", { ...failed, status: text })[2];
  assert.deepEqual([other.code, other.known], [text, false], text);
}
assert.equal(lib.decisiveCode("acme/widget-message", { link_status: 1 }).category, "success");
assert.equal(lib.decisiveCode("acme/widget-message", { link_status: false }), null);
// The provider's own translations, by language tag; bankcodes' words of the tag's language.
const canadian = lib.endUserText("acme", "BAD_PASSWORD", "fr-CA");
assert.deepEqual([canadian.message, canadian.messageBy, canadian.language], [
  "Ce mot de passe n'a pas fonctionné.",
  "provider",
  "fr-CA",
]);
assert.equal(canadian.action, lib.CategoryInfo.credentials_invalid.endUser.fr.action);
assert.equal(lib.endUserText("acme", "BAD_PASSWORD", "fr").messageBy, "bankcodes translation");
const spanish = lib.endUserText("acme", "BAD_PASSWORD", "es-MX");
assert.equal(spanish.message, "Esa contraseña no funcionó.");
assert.equal(lib.endUserText("acme", "BAD_PASSWORD", "de"), null);
const entry = await import(new URL("entry-acme.js", process.argv[2]));
const pack = await import(new URL("words-acme-fr-CA.js", process.argv[2]));
assert.deepEqual(entry.endUserText("BAD_PASSWORD", pack.words), canadian);
console.log("ok");
"""


@pytest.mark.node
def test_the_fourth_provider_typescript_compiles_and_exports_its_listener(
    fourth: Path, tmp_path: Path
) -> None:
    dist = tmp_path / "dist"
    build_typescript(dist, project=fourth / "generated" / "typescript")
    script = tmp_path / "check.mjs"
    script.write_text(TS_CHECK)
    result = subprocess.run(
        ["node", str(script), (dist / "index.js").as_uri()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert (NODE_BIN / "tsc").is_file() and JS.is_dir()


def test_the_fourth_provider_schemas_validate_its_examples(fourth: Path) -> None:
    spec = _spec(FOURTH / "catalog.json")
    schemas = fourth / "generated" / "jsonschema"
    for kind, entry in spec["payloads"].items():
        for suffix in (".schema.json", ".strict.schema.json"):
            schema = json.loads((schemas / f"{kind}{suffix}").read_text())
            jsonschema_rs.meta.validate(schema)
            validator = Draft202012Validator(schema)
            for example in entry["examples"]:
                assert validator.is_valid(example["data"]), (kind, suffix, example["title"])
            assert not validator.is_valid({"type": 5})


#: Lines of a code template that are not code: comments and docstrings.
_NOT_CODE = re.compile(r'^\s*(#|//|/\*\*|\*|\*/|"""|$)')


def _longest_static_code(text: str) -> int:
    """The longest run of code lines with no template expression, docstrings and comments
    left out."""
    longest = run = 0
    in_docstring = False
    for line in text.splitlines():
        quotes = line.count('"""')
        if in_docstring or quotes:
            in_docstring = in_docstring != (quotes % 2 == 1)
            continue
        if "{{" in line or "{%" in line or _NOT_CODE.match(line):
            run = 0
            continue
        run += 1
        longest = max(longest, run)
    return longest


def test_code_templates_render_data_only() -> None:
    templates = sorted((CODEGEN / "templates").rglob("*.py.j2"))
    templates += sorted((CODEGEN / "templates").rglob("*.ts.j2"))
    assert len(templates) > 8
    longest = {
        t.relative_to(CODEGEN).as_posix(): _longest_static_code(t.read_text()) for t in templates
    }
    assert {name: lines for name, lines in longest.items() if lines > 5} == {}
    assert (
        _longest_static_code("def f():\n    x = 1\n    y = 2\n    z = 3\n    return 4\n    pass\n")
        == 6
    )
