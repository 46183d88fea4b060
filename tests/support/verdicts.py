"""Agreement between the runtimes, kept as committed verdicts (DESIGN.md, rule 23).

A corpus is a set of cases, each named by an id, that Python and Node both read. Python's
verdict on each case is committed in tests/verdicts/NAME.json (case id -> verdict, sorted, one
case a line), which `make bless` (`python -m tests.support.verdicts`) rewrites from Python's
answers. Each runtime checks its own answers against the file: Python in-process, in the test
module that declares the corpus (`Corpus.check`); Node in one process for every corpus
(tests/js/verdicts.mjs, run by tests/typescript/test_verdicts.py), each corpus read by the
reader of tests/js/ that verdicts.mjs names for it. Python equal to the file and Node equal to the
file is Python equal to Node.

A verdict is a record of what the machinery answers, as the golden tree is: the facts it must
answer stay typed from their sources in the tests that check them.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.helpers import ROOT

FOLDER = ROOT / "tests" / "verdicts"

#: The test modules that declare corpora (each imported by `corpora`, which its corpora join).
MODULES = (
    "tests.catalog.test_end_user_words",
    "tests.catalog.test_inner_bodies",
    "tests.catalog.test_mastercard_webhooks",
    "tests.catalog.test_standard_bodies",
    "tests.catalog.test_standards",
    "tests.catalog.test_uae_polishapi_bodies",
    "tests.payloads.test_code_fields",
    "tests.payloads.test_foreign_bodies",
    "tests.payloads.test_integer_codes",
    "tests.payloads.test_json_readings",
    "tests.payloads.test_layered_codes",
    "tests.payloads.test_listener_codes",
    "tests.payloads.test_payloads",
    "tests.python.test_decide",
    "tests.python.test_error_body_corpus",
    "tests.python.test_error_encodings",
    "tests.python.test_request_id_header",
    "tests.python.test_retry_after",
    "tests.webhooks.test_fetched_keys",
    "tests.webhooks.test_hostile_headers",
    "tests.webhooks.test_jws",
    "tests.webhooks.test_jwt",
    "tests.webhooks.test_receive",
    "tests.webhooks.test_receive_mistakes",
    "tests.webhooks.test_receive_parity",
    "tests.webhooks.test_replay_keys",
    "tests.webhooks.test_signatures",
)

_DECLARED: dict[str, Corpus] = {}


@dataclass(frozen=True, eq=False)
class Corpus:
    """`cases()`: each case with its id, (id, case), as both runtimes read it (JSON, given to Node
    as it is), no id twice; `verdict(case)`: Python's verdict on one case (JSON)."""

    name: str
    cases: Callable[[], Iterable[tuple[str, Any]]]
    verdict: Callable[[Any], Any]

    def __post_init__(self) -> None:
        assert self.name not in _DECLARED, f"two corpora named {self.name}"
        _DECLARED[self.name] = self

    @property
    def path(self) -> Path:
        return FOLDER / f"{self.name}.json"

    def given(self) -> dict[str, Any]:
        """The cases, read once per process."""
        return _cases(self)

    def python(self, ids: Iterable[str] | None = None) -> dict[str, Any]:
        """Python's verdicts (on the cases of `ids`, or on all), as JSON reads them back."""
        cases = self.given()
        chosen = cases if ids is None else {key: cases[key] for key in ids}
        found = {key: self.verdict(case) for key, case in chosen.items()}
        return json.loads(json.dumps(found))  # type: ignore[no-any-return]

    def committed(self) -> dict[str, Any]:
        if not self.path.is_file():
            return {}
        read: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        return read

    def check(self, ids: Iterable[str] | None = None) -> None:
        """Fail, showing each case whose verdict differs, unless Python gives the committed
        verdicts (on the cases of `ids`, or on all, and then on no case more or fewer)."""
        python = self.python(ids)
        committed = self.committed()
        if ids is not None:
            committed = {key: committed[key] for key in python if key in committed}
        problems = differences(python, committed, "Python")
        assert not problems, (
            f"{self.path.relative_to(ROOT)}: Python's verdicts differ on "
            f"{len(problems)} case(s); where Python is right, run make bless\n"
            + "\n".join(problems[:20])
        )


@functools.cache
def _cases(corpus: Corpus) -> dict[str, Any]:
    cases: dict[str, Any] = {}
    for key, case in corpus.cases():
        assert isinstance(key, str), f"{corpus.name}: an id is no text: {key!r}"
        assert key not in cases, f"{corpus.name}: two cases named {key!r}"
        cases[key] = case
    assert cases, f"the corpus {corpus.name} has no case"
    return cases


def numbered(cases: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """Cases whose names a corpus gives twice (to two cases), each id the name, numbered from
    its second ("a name (2)")."""
    seen: dict[str, int] = {}
    for name, case in cases:
        seen[name] = number = seen.get(name, 0) + 1
        yield (name if number == 1 else f"{name} ({number})"), case


def differences(found: Mapping[str, Any], committed: Mapping[str, Any], who: str) -> list[str]:
    """Each case on which `who`'s verdicts (`found`) and the file's differ, in words."""
    shown = functools.partial(json.dumps, sort_keys=True)
    problems = []
    for key in sorted(found.keys() | committed.keys()):
        if key not in committed:
            problems.append(f"  {key}: {who} {shown(found[key])}, the file has no such case")
        elif key not in found:
            problems.append(f"  {key}: the file {shown(committed[key])}, {who} has no such case")
        elif found[key] != committed[key]:
            problems.append(f"  {key}: {who} {shown(found[key])}, the file {shown(committed[key])}")
    return problems


def render(verdicts: Mapping[str, Any]) -> str:
    """A verdict file's text: one case a line, by id, keys sorted throughout, in ASCII (a
    verdict may hold a lone surrogate, which no UTF-8 file holds)."""
    lines = [
        f"{json.dumps(key)}: {json.dumps(verdicts[key], sort_keys=True)}"
        for key in sorted(verdicts)
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def corpora() -> dict[str, Corpus]:
    """Every corpus, by name, its module imported."""
    for module in MODULES:
        importlib.import_module(module)
    return dict(sorted(_DECLARED.items()))


def bless(out: Callable[[str], object] = print) -> list[Path]:
    """Rewrite every verdict file from Python's answers, remove those of no corpus, and say
    which changed."""
    FOLDER.mkdir(exist_ok=True)
    changed = []
    known = corpora()
    for corpus in known.values():
        python = corpus.python()
        text = render(python)
        before = corpus.path.read_text(encoding="utf-8") if corpus.path.is_file() else None
        if text != before:
            corpus.path.write_text(text, encoding="utf-8")
            cases = len(differences(python, {} if before is None else json.loads(before), ""))
            out(f"{corpus.path.relative_to(ROOT)}: rewritten, {cases} case(s) changed")
            changed.append(corpus.path)
    for path in sorted(FOLDER.glob("*.json")):
        if path.stem not in known:
            path.unlink()
            out(f"{path.relative_to(ROOT)}: removed, no corpus of that name")
            changed.append(path)
    out(f"{len(changed)} of {len(known)} verdict files changed")
    return changed


if __name__ == "__main__":
    # The module the test modules import (this one run as __main__ is another copy of it).
    from tests.support import verdicts

    verdicts.bless()
