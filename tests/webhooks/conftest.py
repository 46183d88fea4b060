"""The type check the recipes of the "Receiving webhooks" page share: mypy --strict over all of
them at once, once per run (test_recipes.py and test_webhook_handlers.py read it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Build, MypyRun
from tests.support.helpers import ROOT

#: The Python recipes of the page, as mypy names them (relative to the project, where it runs
#: with the project's configuration).
RECIPES = tuple(
    f"site/docs/examples/{name}.py"
    for name in ("django_webhooks", "flask_webhooks", "fastapi_webhooks")
)
#: The `recipes_type_check` fixture: what mypy reports against a recipe.
RecipesTypeCheck = Callable[[str], list[str]]


@pytest.fixture(scope="session")
def recipes_type_check(
    shared: Callable[[str, Build], Path], mypy_strict: MypyRun
) -> RecipesTypeCheck:
    """`recipes_type_check(recipe)`: what mypy --strict reports against `recipe` (one of
    RECIPES) in one check of every recipe, after asserting that it reports nothing against
    anything else (the package, another module the recipes import) and that the check ran."""

    def build(folder: Path) -> None:
        result = mypy_strict(*RECIPES, cwd=ROOT)
        told = {"returncode": result.returncode, "stdout": result.stdout, "stderr": result.stderr}
        (folder / "mypy.json").write_text(json.dumps(told))

    told = json.loads((shared("recipes-mypy", build) / "mypy.json").read_text())

    def reported(recipe: str) -> list[str]:
        assert recipe in RECIPES, recipe
        output = told["stdout"] + told["stderr"]
        errors = [line for line in output.splitlines() if ": error:" in line]
        elsewhere = [line for line in errors if not line.startswith(RECIPES)]
        assert told["returncode"] == (1 if errors else 0) and not elsewhere, output
        return [line for line in errors if line.startswith(f"{recipe}:")]

    return reported
