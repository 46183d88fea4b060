"""Target: the Python package `bankcodes` in generated/python/bankcodes/ (the pydantic models in
its webhooks/ folder are the pydantic_models target's).

The package's behaviour is the hand-written runtime of codegen/runtime/python/bankcodes/, which
imports this data: the two are assembled into one package where it is built and installed
(codegen/assemble.py, and hatchling's `sources` in pyproject.toml), never copied here. What is
rendered here is data: the modules of each provider (python_providers.py: an enum per code set
and its metadata, each built on first use by a module of its own, with a stub for type
checkers), the category enum, the sources, and the tables the runtime reads (classify, signing
schemes, payload kinds), plus the typed signatures of payloads.validate. Literals are
built here with the tested filters; the templates only loop. The rendered files are formatted
by ruff.
"""

from __future__ import annotations

from pathlib import Path

from codegen import naming, site_address
from codegen.filters import PyExpr, py_literal
from codegen.incremental import per_provider
from codegen.model import (
    MODES,
    STEP_ACTORS,
    AnyOfDef,
    Catalog,
    PayloadKind,
    Provider,
    UnionDef,
)
from codegen.pyformat import format_python
from codegen.render import render
from codegen.resolve import LANGUAGES
from codegen.targets import fact_records, phrases, provider_facts, python_signing
from codegen.targets import python_providers as providers
from codegen.targets import python_records as records
from codegen.targets.python_constants import Constant, data_module
from codegen.targets.target import Files, Target

PACKAGE = "generated/python/bankcodes"


def _classify_table(provider: Provider) -> dict[str, PyExpr]:
    """Wire value (or alias) -> category of the first code set that knows it."""
    table: dict[str, PyExpr] = {}
    for code in (code for code_set in provider.code_sets for code in code_set.codes):
        for spelling in code.spellings:
            table.setdefault(spelling, PyExpr(f"_C.{code.category.name}"))
    return table


def _by_category(catalog: Catalog) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Category id -> (provider id, code set id, wire value) of each of its codes."""
    found: dict[str, list[tuple[str, str, str]]] = {c.id: [] for c in catalog.categories}
    for provider in catalog.providers:
        for code_set in provider.code_sets:
            for code in code_set.codes:
                found[code.category.id].append((provider.id, code_set.id, code.value))
    return {category: tuple(codes) for category, codes in found.items()}


def _catalog_module(catalog: Catalog) -> str:
    constants = (
        Constant("VERSION", "", py_literal(catalog.spec_version), "The version of the catalog."),
        Constant(
            "MODULES",
            "dict[str, str]",
            py_literal({p.id: p.module for p in catalog.providers}),
            "Provider id -> the name of its module.",
        ),
        Constant(
            "LANGUAGES",
            "tuple[str, ...]",
            py_literal(LANGUAGES),
            "The languages of bankcodes' words for the end user (English and its translations).",
        ),
        Constant(
            "DESCRIPTION",
            "",
            py_literal(
                f"Statuses and error codes of {catalog.provider_names} as typed Python enums with "
                "metadata, a cross-provider taxonomy, lenient parsing, payload models and webhook "
                "receiving."
            ),
            "The package's description (its metadata, set by codegen/hatch_metadata.py).",
        ),
        Constant(
            "KEYWORDS",
            "tuple[str, ...]",
            py_literal(catalog.about.keywords),
            "The package's keywords: the catalog's and every provider's id.",
        ),
    )
    doc = "The catalog's version and providers, read by `import bankcodes`."
    return data_module(catalog, doc, (), constants)


def _classify_module(catalog: Catalog) -> str:
    constants = (
        Constant(
            "CLASSIFY",
            "dict[str, dict[str, Category]]",
            py_literal({p.id: _classify_table(p) for p in catalog.providers}),
            "Provider id -> wire value (or alias) -> category of the first code set that knows it.",
        ),
    )
    imports = (
        "from bankcodes.categories import Category",
        "from bankcodes.categories import Category as _C",
    )
    doc = "The classify tables, read by `bankcodes.classify` on its first call."
    return data_module(catalog, doc, imports, constants)


def _by_category_module(catalog: Catalog) -> str:
    constants = (
        Constant(
            "BY_CATEGORY",
            "dict[str, tuple[tuple[str, str, str], ...]]",
            py_literal(_by_category(catalog)),
            "Category id -> (provider id, code set id, wire value) of each of its codes, in "
            "catalog order.",
        ),
    )
    doc = (
        "The codes that share a category, read by `bankcodes explain` without loading every "
        "provider."
    )
    return data_module(catalog, doc, (), constants)


def _modules_module(catalog: Catalog) -> str:
    doc = "Every provider module, imported for type checkers only (they load on first use)."
    imports = (
        "TYPE_CHECKING = False",
        "if TYPE_CHECKING:",
        *(
            f"    from bankcodes import {m} as {m}"
            for m in sorted(p.module for p in catalog.providers)
        ),
    )
    return data_module(catalog, doc, imports, ())


def _sources_module(catalog: Catalog) -> str:
    table = records.source_table(catalog.sources)
    constants = (Constant("SOURCES", "dict[str, Source]", table, "Every document, by id."),)
    doc = "Every document the catalog's facts come from, by id."
    return data_module(catalog, doc, ("from bankcodes._records import Source",), constants)


def _payload_kinds_module(catalog: Catalog) -> str:
    """Every payload kind's record, each built by a function of its own on first use."""
    return render(
        "python/payload_kinds.py.j2",
        header=catalog.header,
        doc="Every payload kind and how its root model is chosen, read by bankcodes.payloads.",
        kinds=py_literal({kind.id: kind.provider.id for kind in catalog.payloads}),
    )


def _alias(kind: PayloadKind, mode: str) -> str:
    return f"_{kind.provider.id}_{kind.module}" + ("" if mode == "lenient" else "_strict")


def kind_returns(kind: PayloadKind) -> tuple[list[str], str, str]:
    """The imports of a kind's model modules, and what validating it returns, lenient and
    strict: the root model, or a union of the members a tag or any_of picks."""
    imports, returns = [], []
    for mode in MODES:
        module = kind.model_module(mode)
        package, _, name = module.rpartition(".")
        alias = _alias(kind, mode)
        imports.append(f"from {package} import {name} as {alias}")
        root = kind.root
        if isinstance(root, UnionDef):
            members = [v.name for v in root.variants]
            members += [root.fallback.name] if mode == "lenient" else []
        elif isinstance(root, AnyOfDef):
            members = [member.name for member in root.members]
        else:
            members = [root.name]
        returns.append(" | ".join(f"{alias}.{member}" for member in members))
    return imports, returns[0], returns[1]


def _payloads_module(catalog: Catalog) -> str:
    imports = []
    overloads = []
    for kind in catalog.payloads:
        kind_imports, lenient, strict = kind_returns(kind)
        imports += kind_imports
        overloads.append((py_literal(kind.id), lenient, strict))
    return render(
        "python/payloads.py.j2", header=catalog.header, imports=sorted(imports), overloads=overloads
    )


def _receivers_module(catalog: Catalog) -> str:
    imports = [
        "from bankcodes._receive import WebhookEvent",
        "from bankcodes.signatures import Body, Headers, Keys, Secrets",
    ]
    overloads = []
    for provider in catalog.providers:
        if provider.delivery is None:
            continue
        kind_imports, lenient, strict = kind_returns(provider.delivery.kind)
        event_type = provider.delivery.event_type
        enum = f"_{provider.id}_events"
        imports += [
            *kind_imports,
            f"from {event_type.python_module} import {event_type.class_name} as {enum}",
        ]
        overloads.append((py_literal(provider.id), lenient, strict, enum))
    template = "python/receivers.py.j2"
    return render(template, header=catalog.header, imports=sorted(imports), overloads=overloads)


def render_files(catalog: Catalog) -> Files:
    files = {
        f"{PACKAGE}/py.typed": render("python/py.typed.j2", header=catalog.header),
        f"{PACKAGE}/categories.py": render(
            "python/categories.py.j2",
            header=catalog.header,
            members=[(c.name, c.id, c.title) for c in catalog.categories],
            infos=py_literal({c.id: records.category_info(c) for c in catalog.categories}),
            step_actors=py_literal(STEP_ACTORS),
        ),
        f"{PACKAGE}/_catalog.py": _catalog_module(catalog),
        f"{PACKAGE}/{site_address.PYTHON_MODULE}": site_address.module(
            "python", catalog.header, site_address.normalised(catalog.about.documentation)
        ),
        f"{PACKAGE}/_code_facts.py": fact_records.python_module(catalog),
        f"{PACKAGE}/_provider_facts.py": provider_facts.python_module(catalog),
        f"{PACKAGE}/_phrases.py": phrases.python_module(catalog),
        f"{PACKAGE}/_refusals.py": phrases.python_refusals(catalog),
        f"{PACKAGE}/_classify.py": _classify_module(catalog),
        f"{PACKAGE}/_by_category.py": _by_category_module(catalog),
        f"{PACKAGE}/_modules.py": _modules_module(catalog),
        f"{PACKAGE}/_sources.py": _sources_module(catalog),
        f"{PACKAGE}/_signing.py": python_signing.signing_module(catalog),
        f"{PACKAGE}/_payload_kinds.py": _payload_kinds_module(catalog),
        f"{PACKAGE}/payloads.py": _payloads_module(catalog),
        f"{PACKAGE}/_receivers.py": _receivers_module(catalog),
        f"{PACKAGE}/_test_deliveries.py": python_signing.test_deliveries_module(catalog),
    }
    for provider in catalog.providers:
        files.update(_provider_files(catalog, provider))
    return files


@per_provider
def _provider_files(catalog: Catalog, provider: Provider) -> dict[str, str]:
    """A provider's module, its stub and its data module."""
    module = providers.provider_module(catalog, provider)
    files = {
        f"{PACKAGE}/{provider.module}.{suffix}": render(
            f"python/provider.{suffix}.j2", header=catalog.header, module=module
        )
        for suffix in ("py", "pyi")
    }
    files[f"{PACKAGE}/{providers.data_module(provider)}.py"] = render(
        "python/provider_data.py.j2", header=catalog.header, module=module
    )
    return files


def _rendered_modules(catalog: Catalog) -> list[str]:
    modules = [name for name in naming.PYTHON_DATA_MODULES if name != "webhooks"]
    modules += [provider.module for provider in catalog.providers]
    return modules + [providers.data_module(provider) for provider in catalog.providers]


def _format(catalog: Catalog, staging: Path, previous: Path | None) -> None:
    """Format what was rendered."""
    format_python(
        *(staging / PACKAGE / f"{name}.py" for name in _rendered_modules(catalog)),
        *(staging / PACKAGE / f"{p.module}.pyi" for p in catalog.providers),
    )


TARGET = Target(
    name="python_package",
    roots=(PACKAGE,),
    render=render_files,
    finish=_format,
)
