"""The Deciding page says who takes each next step from the one declaration both packages read
(codegen.model.STEP_ACTORS, which site/hooks.py puts in place of each <!-- step actor: STEP -->
as the site is built)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.support.helpers import ROOT
from tests.support.html import Page


def test_the_deciding_page_shows_who_takes_each_next_step_as_the_packages_read_it(
    built: Path,
) -> None:
    from bankcodes.categories import STEP_ACTORS

    page = Page((built / "deciding" / "index.html").read_text(encoding="utf-8"))
    shown = {row[0]: row[2] for row in page.rows if len(row) == 3 and row[0] in STEP_ACTORS}
    assert shown == STEP_ACTORS
    assert shown["retry"] == "integrator"


def test_a_page_that_names_no_step_of_the_vocabulary_is_refused() -> None:
    found = importlib.util.spec_from_file_location("hooks", ROOT / "site" / "hooks.py")
    assert found is not None and found.loader is not None
    hooks = importlib.util.module_from_spec(found)
    found.loader.exec_module(hooks)
    assert hooks.step_actors("| `retry` | <!-- step actor: retry --> |") == (
        "| `retry` | `integrator` |"
    )
    with pytest.raises(ValueError, match="names no next step of the vocabulary"):
        hooks.step_actors("| `x` | <!-- step actor: try_again --> |")
