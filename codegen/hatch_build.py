"""What hatchling's builds of the package add to its two homes.

- The development install's view: `pip install -e .` (as `make setup` runs it, or by hand)
  points the interpreter at build/python, and this hook puts bankcodes/ there, as links to the
  runtime's home and to the generated data (codegen/assemble.py). A wheel or an sdist needs no
  view: pyproject.toml's `sources` put both homes into one bankcodes/.
- The address of the published reference site: a wheel or an sdist built with SITE_URL set
  (`make packages SITE_URL=…`) carries that address (codegen/site_address.py), in a module of
  its own put in place of the generated one; generated/ is left as it is."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Where each build holds the module, inside what it builds.
STAMPED = {
    "wheel": "bankcodes/_site.py",
    "sdist": "generated/python/bankcodes/_site.py",
}


class DevelopmentViewHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sys.path.insert(0, self.root)
        try:
            if version == "editable":
                from codegen.assemble import PYTHON_VIEW, python_view

                python_view(PYTHON_VIEW)
            else:
                self._stamp(build_data)
        finally:
            sys.path.remove(self.root)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        for source in build_data.get("force_include", {}):
            if Path(source).parent.name.startswith("bankcodes-site-"):
                shutil.rmtree(Path(source).parent, ignore_errors=True)

    def _stamp(self, build_data: dict[str, Any]) -> None:
        if not os.environ.get("SITE_URL", "").strip():
            return
        from codegen import site_address

        address = site_address.from_environment()
        folder = Path(tempfile.mkdtemp(prefix="bankcodes-site-"))
        module = folder / site_address.PYTHON_MODULE
        module.write_text(site_address.module("python", site_address.STAMPED, address), "utf-8")
        build_data["force_include"][str(module)] = STAMPED[self.target_name]
