"""The Deciding page says who takes each next step from the one declaration both packages read
(codegen.model.STEP_ACTORS, which site/build.py puts in place of each <!-- step actor: STEP -->
as the site is built)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.helpers import site_steps
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
    steps = site_steps()
    assert steps.step_actors("| `retry` | <!-- step actor: retry --> |") == (
        "| `retry` | `integrator` |"
    )
    with pytest.raises(ValueError, match="names no next step of the vocabulary"):
        steps.step_actors("| `x` | <!-- step actor: try_again --> |")
