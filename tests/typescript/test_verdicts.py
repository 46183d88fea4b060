"""The runtimes' agreement (DESIGN.md, rule 23): every corpus of tests/support/verdicts.py read by
the compiled package in one Node process (tests/js/verdicts.mjs), each answer the verdict
committed in tests/verdicts/ (Python's, which each corpus's own test module checks in-process).
A difference names the corpus, the reader, the case, Node's verdict and the file's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import verdicts
from tests.support.helpers import ROOT, run_node


def test_every_verdict_file_is_a_corpus_and_every_corpus_has_its_file() -> None:
    files = {path.stem for path in verdicts.FOLDER.glob("*.json")}
    assert files == set(verdicts.corpora()), "run make bless"
    for corpus in verdicts.corpora().values():
        text = corpus.path.read_text(encoding="utf-8")
        assert text == verdicts.render(json.loads(text)), f"{corpus.path}: run make bless"


def test_the_corpora_are_declared_in_their_test_modules() -> None:
    for module in verdicts.MODULES:
        path = ROOT / (module.replace(".", "/") + ".py")
        assert path.name.startswith("test_") and path.is_file(), module


@pytest.mark.node
def test_node_gives_every_corpus_its_committed_verdicts(
    typescript_dist: Path, tmp_path: Path
) -> None:
    corpora = verdicts.corpora()
    for name, corpus in corpora.items():
        cases = json.dumps(list(corpus.given().items()))
        (tmp_path / f"{name}.json").write_text(cases, encoding="utf-8")
    output = run_node("verdicts.mjs", str(typescript_dist), str(tmp_path), str(verdicts.FOLDER))
    found = json.loads(output)
    problems: list[str] = found["problems"]
    assert problems == [], f"{len(problems)} difference(s):\n" + "\n".join(problems[:40])
    assert set(found["checked"]) == set(corpora)
    for name, readers in found["checked"].items():
        assert readers and set(readers.values()) == {len(corpora[name].given())}, name
