"""Names the spec may not give to codes, code sets, modules and TypeScript exports, read from the
hand-written runtime that the generated code includes (never kept in a second list).

A code becomes a member of a CodeEnum (a str enum), so it may not shadow an attribute of str, of
Enum or of the runtime's CodeEnum; a code set becomes a class in a module that imports runtime
names; a provider becomes a module beside the runtime's modules; TypeScript names share one
namespace with the runtime's exports.
"""

from __future__ import annotations

import ast
import enum
import keyword
import re
from functools import cache
from pathlib import Path

from codegen import paths


def _public(names: object) -> frozenset[str]:
    return frozenset(name for name in names if isinstance(name, str) and not name.startswith("_"))  # type: ignore[attr-defined]


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _bound(body: list[ast.stmt]) -> set[str]:
    """Names a class or module body binds: defs, classes, assignments and imports."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        elif isinstance(node, ast.If):
            names |= _bound(node.body) | _bound(node.orelse)
    return names


def _class_names(path: Path, class_name: str) -> frozenset[str]:
    for node in _tree(path).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return frozenset(_bound(node.body))
    raise LookupError(f"{paths.display(path)} defines no class {class_name}")


@cache
def member_names() -> frozenset[str]:
    """Identifiers a code may not take: attributes of str, Enum, type and the runtime's CodeEnum."""
    base = _class_names(paths.PYTHON_RUNTIME / "_base.py", "CodeEnum")
    inherited = _public(dir(str)) | _public(vars(enum.Enum)) | _public(dir(type))
    return inherited | _public(base)


@cache
def category_names() -> frozenset[str]:
    """Identifiers a category may not take: attributes of str, Enum and the runtime's base."""
    base = _class_names(paths.PYTHON_RUNTIME / "_taxonomy.py", "CategoryEnum")
    return _public(dir(str)) | _public(vars(enum.Enum)) | _public(dir(type)) | _public(base)


@cache
def required_categories() -> dict[str, str]:
    """The categories the runtime names (id -> stored name), as its stub of the generated
    bankcodes.categories declares them."""
    for node in _tree(paths.PYTHON_RUNTIME / "categories.pyi").body:
        if isinstance(node, ast.ClassDef) and node.name == "Category":
            return {
                item.value.value: target.id
                for item in node.body
                if isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
                for target in item.targets
                if isinstance(target, ast.Name) and isinstance(item.value.value, str)
            }
    raise LookupError("the runtime's categories.pyi declares no Category")


@cache
def python_modules() -> frozenset[str]:
    """Module names of the package that a provider module may not take: every runtime module,
    the generated data modules, and Python keywords."""
    from codegen.targets import python_package

    runtime = {path.stem for path in paths.PYTHON_RUNTIME.glob("*.py")}
    return frozenset(runtime | set(python_package.DATA_MODULES) | set(keyword.kwlist))


@cache
def class_names() -> frozenset[str]:
    """Names a code-set class may not take: what a generated provider module binds besides its
    classes (the runtime names it imports, its module-level tables) and Python keywords."""
    from codegen.targets import python_package

    names: set[str] = set(python_package.PROVIDER_MODULE_NAMES) | set(keyword.kwlist)
    for module in python_package.PROVIDER_MODULE_IMPORTS:
        names |= _bound(_tree(paths.PYTHON_RUNTIME / f"{module}.py").body)
    return frozenset(names)


_TS_EXPORT = re.compile(
    r"^export\s+(?:declare\s+)?(?:async\s+)?"
    r"(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)",
    re.MULTILINE,
)

#: ECMAScript reserved words and the strict-mode ones: never a TypeScript binding name.
JS_RESERVED = frozenset(
    {
        *("break", "case", "catch", "class", "const", "continue", "debugger", "default"),
        *("delete", "do", "else", "enum", "export", "extends", "false", "finally", "for"),
        *("function", "if", "import", "in", "instanceof", "new", "null", "return", "super"),
        *("switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with"),
        *("yield", "let", "static", "implements", "interface", "package", "private"),
        *("protected", "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity"),
    }
)


@cache
def model_names() -> frozenset[str]:
    """Names a payload type or field may not take, as the generated schemas and models use them:
    the shared definitions of every schema, the free-form JSON levels, and the names the model
    modules import (a test checks the generated modules against this list)."""
    from codegen.targets import json_schemas, pydantic_models

    levels = {json_schemas.JSON_VALUE} | {f"{json_schemas.JSON_VALUE}{n}" for n in range(2, 33)}
    return frozenset(set(json_schemas.SHARED) | levels | set(pydantic_models.MODEL_IMPORTS))


@cache
def typescript_names() -> frozenset[str]:
    """Names that the TypeScript runtime exports or the generated modules export besides the
    spec's own names: a code set, payload type or listener may not take them."""
    from codegen.targets import typescript_package

    names = set(typescript_package.STATIC_EXPORTS) | JS_RESERVED
    for path in sorted(paths.TYPESCRIPT_RUNTIME.glob("*.ts")):
        names |= set(_TS_EXPORT.findall(path.read_text(encoding="utf-8")))
    return frozenset(names)


@cache
def typescript_modules() -> frozenset[str]:
    """File names under src/ that a provider module may not take."""
    from codegen.targets import typescript_package

    runtime = {path.stem for path in paths.TYPESCRIPT_RUNTIME.glob("*.ts")}
    return frozenset(runtime | set(typescript_package.DATA_MODULES))
