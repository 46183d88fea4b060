"""The names the generated code takes besides the spec's own, and the names the spec may
therefore not give to codes, code sets, modules, types and TypeScript exports. The targets read
the tables here to name what they write; the rules read the reserved sets, which join these
tables with the names the hand-written runtime binds (read from its source, never kept in a
second list). Neither the rules nor the targets import the other.

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

# --- the Python package --------------------------------------------------------------------------

#: The package every Python module of the catalog lives in.
PACKAGE = "bankcodes"
#: Modules rendered from the catalog (besides one per provider); a provider may not take them.
PYTHON_DATA_MODULES = (
    "categories",
    "_catalog",
    "_classify",
    "_by_category",
    "_code_facts",
    "_provider_facts",
    "_phrases",
    "_refusals",
    "_modules",
    "_sources",
    "_signing",
    "_payload_kinds",
    "_receivers",
    "_test_deliveries",
    "payloads",
    "webhooks",
)
#: Runtime modules whose names a provider module imports, and the names it binds itself.
PROVIDER_MODULE_IMPORTS = ("_base", "_records", "_lazy", "_sdk")
PROVIDER_MODULE_NAMES = (
    *("CODE_SETS", "SDK_METHODS", "SDK_SHARED_FIELDS"),
    *("annotations", "__all__", "__getattr__", "__dir__", "_NAMES"),
)

# --- the JSON Schemas and the models generated from them -----------------------------------------

#: The definition of a free-form JSON value (and JsonValue2… for its deeper levels).
JSON_VALUE = "JsonValue"
#: Definitions every schema may use, besides the catalog's types and code sets.
TEXT, URL, TIMESTAMP, NUMBER, INTEGER = "Text", "UrlText", "Timestamp", "Number", "Integer"
SHARED = (TEXT, URL, TIMESTAMP, NUMBER, INTEGER)
#: What a model module imports besides the catalog's names (a type or field may not take them).
MODEL_IMPORTS = (
    *("Annotated", "Any", "Dict", "Literal"),
    *("BaseModel", "ConfigDict", "Field", "RootModel", "StrictBool", "ValidationInfo"),
    "field_validator",
    *("not_null", "PayloadModel"),
)

# --- the TypeScript package ----------------------------------------------------------------------

#: The module of the compiled webhook payload validators (read by the webhooks entry only).
TS_VALIDATORS_MODULE = "webhook-validators"
#: Modules rendered under src/ besides one per provider.
TS_DATA_MODULES = (
    *("index", "categories", "sources", "registry", "payloads", "listeners", "signing"),
    *("kinds", "languages", "code-facts", "provider-facts", "phrases", "refusals"),
    TS_VALIDATORS_MODULE,
)
#: The data modules only the webhooks entry point reads (src/index.ts exports the others).
TS_WEBHOOK_MODULES = ("signing", "refusals", TS_VALIDATORS_MODULE)
#: Names those modules export whatever the spec says.
TS_STATIC_EXPORTS = (
    *("SPEC_VERSION", "PROVIDERS", "Provider", "CODE_SETS", "Category", "CategoryInfo"),
    *("Sources", "SourceId", "SIGNING_SCHEMES", "SigningProvider", "PAYLOAD_KINDS", "PayloadKind"),
)


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


def _class_names(path: Path, class_name: str, *, with_bases: bool = False) -> frozenset[str]:
    """The names a class of a module binds; with_bases, also those of its bases defined there."""
    classes = {n.name: n for n in _tree(path).body if isinstance(n, ast.ClassDef)}
    if class_name not in classes:
        raise LookupError(f"{paths.display(path)} defines no class {class_name}")
    names: set[str] = set()
    pending = [classes[class_name]]
    while pending:
        node = pending.pop()
        names |= _bound(node.body)
        if with_bases:
            pending += [
                classes[b.id] for b in node.bases if isinstance(b, ast.Name) and b.id in classes
            ]
    return frozenset(names)


@cache
def member_names() -> frozenset[str]:
    """Identifiers a code may not take: attributes of str, Enum, type and the runtime's CodeEnum
    (with those of its bases in the same module)."""
    base = _class_names(paths.PYTHON_RUNTIME / "_base.py", "CodeEnum", with_bases=True)
    inherited = _public(dir(str)) | _public(vars(enum.Enum)) | _public(dir(type))
    return inherited | _public(base)


@cache
def category_names() -> frozenset[str]:
    """Identifiers a category may not take: attributes of str, Enum and the runtime's base (with
    those of its bases in the same module)."""
    base = _class_names(paths.PYTHON_RUNTIME / "_taxonomy.py", "CategoryEnum", with_bases=True)
    return _public(dir(str)) | _public(vars(enum.Enum)) | _public(dir(type)) | _public(base)


_CATEGORY_USE = re.compile(r"\bCategory\.([A-Z][A-Z0-9_]*)\b")


@cache
def runtime_categories() -> frozenset[str]:
    """The members of the generated bankcodes.categories.Category that the runtime names
    (Category.UNKNOWN …), read from its modules: the spec must have a category of each name."""
    names: set[str] = set()
    for path in sorted(paths.PYTHON_RUNTIME.glob("*.py")):
        names |= set(_CATEGORY_USE.findall(path.read_text(encoding="utf-8")))
    return frozenset(names)


@cache
def python_modules() -> frozenset[str]:
    """Module names of the package that a provider module may not take: every runtime module,
    the generated data modules, and Python keywords."""
    runtime = {path.stem for path in paths.PYTHON_RUNTIME.glob("*.py")}
    return frozenset(runtime | set(PYTHON_DATA_MODULES) | set(keyword.kwlist))


@cache
def class_names() -> frozenset[str]:
    """Names a code-set class may not take: what a generated provider module binds besides its
    classes (the runtime names it imports, its module-level tables) and Python keywords."""
    names: set[str] = set(PROVIDER_MODULE_NAMES) | set(keyword.kwlist)
    for module in PROVIDER_MODULE_IMPORTS:
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
    levels = {JSON_VALUE} | {f"{JSON_VALUE}{n}" for n in range(2, 33)}
    return frozenset(set(SHARED) | levels | set(MODEL_IMPORTS))


@cache
def typescript_names() -> frozenset[str]:
    """Names that the TypeScript runtime exports or the generated modules export besides the
    spec's own names: a code set, payload type or listener may not take them."""
    names = set(TS_STATIC_EXPORTS) | JS_RESERVED
    for path in sorted(paths.TYPESCRIPT_RUNTIME.glob("*.ts")):
        names |= set(_TS_EXPORT.findall(path.read_text(encoding="utf-8")))
    return frozenset(names)


@cache
def typescript_modules() -> frozenset[str]:
    """File names under src/ that a provider module may not take."""
    runtime = {path.stem for path in paths.TYPESCRIPT_RUNTIME.glob("*.ts")}
    return frozenset(runtime | set(TS_DATA_MODULES))
