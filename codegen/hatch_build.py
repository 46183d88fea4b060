"""The development install's view of the package, made when hatchling builds the editable wheel:
`pip install -e .` (as `make setup` runs it, or by hand) points the interpreter at build/python,
and this hook puts bankcodes/ there, as links to the runtime's home and to the generated data
(codegen/assemble.py). A wheel or an sdist needs no view: pyproject.toml's `sources` put both
homes into one bankcodes/."""

from __future__ import annotations

import sys
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class DevelopmentViewHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version != "editable":
            return
        sys.path.insert(0, self.root)
        try:
            from codegen.assemble import PYTHON_VIEW, python_view

            python_view(PYTHON_VIEW)
        finally:
            sys.path.remove(self.root)
