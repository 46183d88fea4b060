"""The checks a generation runs beside its rendering (codegen.beside, in a forked process): their
problems, or their failure with its traceback, come back to the generation, which puts nothing
in place before they have."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen import beside, loader, output
from codegen.errors import Problem, SpecError
from codegen.targets import all_targets
from tests.conftest import FOURTH_SPEC

pytestmark = pytest.mark.subprocess


def test_the_problems_found_beside_come_back_from_another_process() -> None:
    wait = beside.start(lambda: [Problem("/providers", f"found by {os.getpid()}")])
    (found,) = wait()
    assert found.where == "/providers" and found.message != f"found by {os.getpid()}"
    assert wait() == [found]  # asked again, the same answer


def test_a_failure_beside_comes_back_with_its_traceback() -> None:
    def failing() -> list[Problem]:
        raise KeyError("a key the checks lost")

    wait = beside.start(failing)
    with pytest.raises(beside.ChecksFailed, match="KeyError: 'a key the checks lost'"):
        wait()


def test_a_generation_whose_checks_refuse_it_puts_nothing_in_place(tmp_path: Path) -> None:
    said: list[str] = []

    def refused() -> None:
        said.append("asked")
        raise SpecError("catalog.json", [Problem("/providers/acme", "refused beside")])

    # The targets that run no other program: the JSON Schemas, the site's pages, the fixtures.
    targets = [target for target in all_targets() if target.finish is None]
    assert len(targets) >= 3
    with pytest.raises(SpecError, match="refused beside"):
        output.generate(loader.load(FOURTH_SPEC), tmp_path, targets, ready=refused)
    assert said == ["asked"]
    assert sorted(path.name for path in tmp_path.iterdir()) == []
