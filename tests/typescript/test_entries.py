"""Each provider's own entry point (bankcodes/<provider>, with a word pack per language and its
metadata apart) answers as the root entry point does: classify, endUserText and the guards of
every spelling of every code set, with and without its code set and in every language, every
listener result of messages carrying every code (the root's without `info`), and the metadata.
Its size is measured in `make bench`; here, that it imports nothing of another provider or
another language."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from codegen import loader
from codegen.model import Catalog, CodeType
from codegen.resolve import LANGUAGES
from codegen.targets.typescript_entries import word_languages
from tests.support.helpers import ROOT, run_node

PACKAGE = ROOT / "generated" / "typescript"
#: The homes of the package's src/: its generated modules and its runtime.
HOMES = (PACKAGE / "src", ROOT / "codegen" / "runtime" / "typescript")


def _source(module: str) -> str:
    """A module of the package's src/, from whichever home holds it."""
    for home in HOMES:
        if (path := home / f"{module}.ts").is_file():
            return path.read_text(encoding="utf-8")
    raise AssertionError(f"no module {module}.ts in {[str(home) for home in HOMES]}")


def _messages(kind: Any) -> list[object]:
    """The published examples of a listener's payload kind, and for each event a message per
    spelling of every code set of each of its code fields (a number where its codes travel as
    numbers), plus one no code set knows; each at its field's path, with its event's tag."""
    messages: list[object] = [example.data for example in kind.examples]
    for event in kind.listener.events:
        for path, field in zip(event.code_paths, event.codes, strict=True):
            assert isinstance(field.type, CodeType)
            spellings = [s for cs in field.type.code_sets for c in cs.codes for s in _spelt(c)]
            for spelling in [*spellings, "NOT_A_KNOWN_CODE"]:
                message: dict[str, object] = {}
                if event.tag is not None and event.tag is not field:
                    message[event.tag.name] = event.tag_value or "tagged"
                *outer, last = path.split(".")
                here = message
                for key in outer:
                    here = here.setdefault(key, {})  # type: ignore[assignment]
                here[last] = spelling
                messages.append(message)
    return messages


def _spelt(code: Any) -> list[object]:
    """How a code may arrive: its spellings, and its number where it travels as one."""
    return [*code.spellings, *([code.wire] if code.code_set.numeric else [])]


#: Values of the forms some code sets give to the sender's own codes (SimpleFIN's gen., con. and
#: act. codes; UAE Open Finance's Org.Code), read as such a code where the set's form has them.
OWN_FORMS = ["gen.a_code", "con.a_code", "act.a_code", "Bank.Code1"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The spec, loaded once for the module's tests."""
    return loader.load()


@pytest.fixture(scope="module")
def cases(catalog: Catalog) -> dict[str, Any]:
    providers: dict[str, Any] = {}
    every = [
        s for p in catalog.providers for cs in p.code_sets for c in cs.codes for s in c.spellings
    ]
    for provider in catalog.providers:
        codes = [
            [cs.id, spelling]
            for cs in provider.code_sets
            for spelling in [*(s for c in cs.codes for s in _spelt(c)), "NOT_A_KNOWN_CODE", ""]
        ]
        codes += [[cs.id, spelling] for cs in provider.code_sets for spelling in OWN_FORMS]
        codes += [[cs.id, 987_654] for cs in provider.code_sets if cs.numeric]
        # Another provider's values, read as this provider's.
        codes += [[provider.code_sets[0].id, spelling] for spelling in every[::7]]
        listeners = {
            listener.function: _messages(kind)
            for kind, listener in catalog.listeners
            if kind.provider.id == provider.id
        }
        providers[provider.id] = {
            "module": provider.module,
            "codes": codes,
            "listeners": listeners,
            "names": {cs.id: cs.ts_name for cs in provider.code_sets},
            "numeric": [cs.id for cs in provider.code_sets if cs.numeric],
            "languages": list(word_languages(provider)),
        }
    return {"languages": list(LANGUAGES), "providers": providers}


def test_every_provider_entry_answers_as_the_root_does(
    cases: dict[str, Any], typescript_dist: Path, tmp_path: Path
) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    result = json.loads(run_node("entry_parity.mjs", str(typescript_dist), str(path)))
    assert result["differences"] == [], json.dumps(result["differences"][:2], indent=1)
    codes = sum(len(p["codes"]) for p in cases["providers"].values())
    assert result["compared"] > codes * (2 + 2 * len(LANGUAGES))


def _imports(module: str) -> set[str]:
    text = _source(module)
    return set(re.findall(r'from "\./([a-z0-9-]+)\.js"', text))


def test_an_entry_imports_only_its_provider_and_a_pack_only_types(catalog: Catalog) -> None:
    for provider in catalog.providers:
        others = {p.module for p in catalog.providers} - {provider.module}
        seen: set[str] = set()
        todo = [f"entry-{provider.module}"]
        while todo:
            module = todo.pop()
            if module in seen:
                continue
            seen.add(module)
            text = _source(module)
            # Type-only imports cost nothing at run time: follow the others.
            todo += [
                name
                for name in re.findall(r'^import \{[^}]*\} from "\./([a-z0-9-]+)\.js"', text, re.M)
            ]
            todo += re.findall(r'^export \* from "\./([a-z0-9-]+)\.js"', text, re.M)
        assert not seen & (others | {"registry", "listeners", "index"}), (provider.id, seen)
        for language in word_languages(provider):
            assert _imports(f"words-{provider.module}-{language}") == {"entry"}
        assert _imports(f"info-{provider.module}") == {provider.module, "types"}


#: A word ending in Info: each of a module's words that may name a table, read in one pass.
INFO_WORD = re.compile(r"\b\w+Info\b")


def test_an_entry_leaves_the_metadata_to_its_info_subpath(catalog: Catalog) -> None:
    """bankcodes/<provider> exports no …Info table (nor imports one to run): the tables are
    bankcodes/<provider>/info's, every one of them."""
    for provider in catalog.providers:
        entry = (PACKAGE / "src" / f"entry-{provider.module}.ts").read_text(encoding="utf-8")
        data = (PACKAGE / "src" / f"{provider.module}.ts").read_text(encoding="utf-8")
        info = (PACKAGE / "src" / f"info-{provider.module}.ts").read_text(encoding="utf-8")
        tables = [f"{cs.ts_name}Info" for cs in provider.code_sets]
        in_entry, in_data = set(INFO_WORD.findall(entry)), Counter(INFO_WORD.findall(data))
        for table in tables:
            assert table not in in_entry, (provider.id, table)
            # Declared once in the data module, and read there by nothing else (not the guards).
            assert in_data[table] == 1, (provider.id, table)
        assert re.findall(r"^  (\w+Info),$", info, re.M) == tables
