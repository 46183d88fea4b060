"""The Python package's description and keywords, set when hatchling builds it: taken from the
data the spec generated (generated/python/bankcodes/_catalog.py, DESCRIPTION and KEYWORDS), so
that they name every provider of the catalog, as the npm package's do. pyproject.toml declares
them dynamic and names this hook; the file is read as text, so building needs no import of the
package or of the generator."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

CATALOG = Path("generated") / "python" / "bankcodes" / "_catalog.py"


class CatalogMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        constants = catalog_constants(Path(self.root) / CATALOG)
        metadata["description"] = constants["DESCRIPTION"]
        metadata["keywords"] = list(constants["KEYWORDS"])


def catalog_constants(path: Path) -> dict[str, Any]:
    """The literal constants a generated module assigns (NAME = value, NAME: type = value)."""
    found: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            found[target.id] = ast.literal_eval(value)
    return found
