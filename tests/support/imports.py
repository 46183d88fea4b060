"""The import graphs of the codebase, read from its source, and the checks over them: the
circles in a graph, and the imports that do not run down its layers.

A Python module's imports are all of them: at the top, inside a function, and those only a type
checker reads (under `if TYPE_CHECKING:`), since an annotation that names a module is a
dependency on it too. A TypeScript module's are its `import`, `import type`, `export … from` and
`import(…)` of a relative path.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping, Sequence
from fnmatch import fnmatchcase
from pathlib import Path

#: Layers, lowest first: each maps its groups to the module names (fnmatch patterns) they hold.
Layers = Sequence[Mapping[str, Sequence[str]]]


def graph(*folders: Path, skip: Iterable[Path] = ()) -> dict[str, set[str]]:
    """Module name -> the modules of the folders' packages it imports (`from package import name`
    of a module is an import of that module). Each folder is a package, named by its own name; a
    module found in several folders is the first one's. A folder under one of `skip` is left out
    when another folder is walked (the runtime under codegen/, read as its own package)."""
    skipped = [path.resolve() for path in skip]
    modules: dict[str, Path] = {}
    for folder in folders:
        own = folder.resolve()
        for path in sorted(folder.rglob("*.py")):
            where = path.resolve()
            if not any(where.is_relative_to(s) and not own.is_relative_to(s) for s in skipped):
                modules.setdefault(_name(folder, path), path)
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            for target in _imported(node, name, path.name == "__init__.py", modules):
                if target != name:
                    edges[name].add(target)
    return edges


def _name(folder: Path, path: Path) -> str:
    parts = path.relative_to(folder.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.AST, name: str, package: bool, modules: Mapping[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        wanted = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = name.split(".") if package else name.split(".")[:-1]
            parts = parts[: len(parts) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        wanted = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
    else:
        return []
    found = []
    for target in wanted:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target:
            found.append(target)
    return found


#: A relative module specifier after `from`, or in `import "…"` and `import("…")`.
_TS_IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}/[^"']+)["']""")


def ts_graph(*folders: Path) -> dict[str, set[str]]:
    """Module (its path in its folder, without .ts) -> the modules it imports, over the .ts files
    of folders that are assembled into one (the runtime's and the generated data's): a module in
    several folders is the first one's. An import of a module none of them has raises
    LookupError naming it."""
    modules: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.ts")):
            if "node_modules" not in path.relative_to(folder).parts:
                modules.setdefault(path.relative_to(folder).with_suffix("").as_posix(), path)
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for specifier in _TS_IMPORT.findall(path.read_text(encoding="utf-8")):
            target = (Path(name).parent / specifier).as_posix()
            parts: list[str] = []
            for part in target.split("/"):
                if part == "..":
                    parts.pop()
                elif part not in (".", ""):
                    parts.append(part)
            found = re.sub(r"\.js$", "", "/".join(parts))
            if found not in modules:
                raise LookupError(f"{path}: imports {specifier!r}, which no folder holds")
            if found != name:
                edges[name].add(found)
    return edges


def circles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            step = next(targets, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(edges[step]))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def placement(module: str, layers: Layers) -> list[tuple[int, str]]:
    """The (layer, group) of every group whose patterns name `module` (one, when it is placed)."""
    return [
        (level, group)
        for level, groups in enumerate(layers)
        for group, patterns in groups.items()
        if any(fnmatchcase(module, pattern) for pattern in patterns)
    ]


def unplaced(edges: Mapping[str, set[str]], layers: Layers) -> list[str]:
    """The modules that no group, or several, hold."""
    return sorted(module for module in edges if len(placement(module, layers)) != 1)


def not_downward(
    edges: Mapping[str, set[str]], layers: Layers, doors: Mapping[str, Sequence[str]]
) -> list[str]:
    """Every import that does not run down, one line each naming its edge: a module imports
    only modules of its own group or of a lower layer (groups of one layer know nothing of each
    other), and a group that `doors` names only from the groups it lists."""
    wrong = []
    for module, targets in sorted(edges.items()):
        for target in sorted(targets):
            ((level, group),) = placement(module, layers)
            ((below, other),) = placement(target, layers)
            if group == other:
                continue
            edge = f"{module} -> {target}: {group} (layer {level}) imports {other} (layer {below})"
            if below > level:
                wrong.append(f"{edge}, above it")
            elif below == level:
                wrong.append(f"{edge}, beside it")
            elif other in doors and group not in doors[other]:
                allowed = ", ".join(doors[other]) or "nothing outside it"
                wrong.append(f"{edge}, which only {allowed} may import")
    return wrong
