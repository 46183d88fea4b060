"""Target: the Python package `bankcodes` in generated/python/bankcodes/.

One module per provider with a StrEnum per code set, the category taxonomy, the sources, and the
package entry point with classify/lookup. Literals are built here with the tested filters; the
templates only loop. The written files are formatted by ruff as a post-step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from codegen.filters import PyExpr, py_call, py_literal
from codegen.model import Catalog, Code, CodeSet, ConfigField, Provider, Scope
from codegen.pyformat import format_python
from codegen.render import render
from codegen.targets import Files, Target

PACKAGE = "generated/python/bankcodes"

#: The actors of the schema's category.actor enum, with their stored member names.
ACTORS = (
    ("END_USER", "end_user"),
    ("INTEGRATOR", "integrator"),
    ("INSTITUTION", "institution"),
    ("NOBODY", "nobody"),
)
_ACTOR_NAMES = {value: name for name, value in ACTORS}


@dataclass(frozen=True)
class Member:
    identifier: str
    value: str
    doc: str


@dataclass(frozen=True)
class EnumClass:
    name: str
    doc: str
    members: tuple[Member, ...]
    code_set_info: PyExpr
    infos: tuple[PyExpr, ...]


@dataclass(frozen=True)
class SdkView:
    method_class: str
    shared_fields: tuple[PyExpr, ...]
    methods: tuple[tuple[PyExpr, PyExpr], ...]


@dataclass(frozen=True)
class ProviderModule:
    doc: str
    base_imports: tuple[str, ...]
    exports: tuple[str, ...]
    enums: tuple[EnumClass, ...]
    sdk: SdkView | None


def render_files(catalog: Catalog) -> Files:
    files = {
        f"{PACKAGE}/py.typed": render("python/py.typed.j2"),
        f"{PACKAGE}/_base.py": render("python/_base.py.j2"),
        f"{PACKAGE}/_sdk.py": render("python/_sdk.py.j2"),
        f"{PACKAGE}/cli.py": render("python/cli.py.j2"),
        f"{PACKAGE}/categories.py": render(
            "python/categories.py.j2", actors=ACTORS, categories=_categories(catalog)
        ),
        f"{PACKAGE}/_sources.py": render(
            "python/_sources.py.j2",
            sources=[
                (
                    source.id,
                    py_call(
                        "Source",
                        source.id,
                        source.kind,
                        source.title,
                        url=source.url,
                        seed=source.seed,
                    ),
                )
                for source in catalog.sources.values()
            ],
        ),
        f"{PACKAGE}/__init__.py": render(
            "python/__init__.py.j2",
            version=catalog.spec_version,
            provider_names=", ".join(provider.name for provider in catalog.providers.values()),
            provider_ids=tuple(catalog.providers),
            modules=[provider.module for provider in catalog.providers.values()],
            provider_modules=[(p.id, p.module) for p in catalog.providers.values()],
            classify_tables=[
                (p.id, _classify_table(catalog, p)) for p in catalog.providers.values()
            ],
        ),
    }
    for provider in catalog.providers.values():
        files[f"{PACKAGE}/{provider.module}.py"] = render(
            "python/provider.py.j2", module=_provider_module(catalog, provider)
        )
    return files


@dataclass(frozen=True)
class CategoryView:
    id: str
    name: str
    title: str
    info: PyExpr


def _categories(catalog: Catalog) -> list[CategoryView]:
    views = []
    for category in catalog.categories.values():
        actor = PyExpr(f"Actor.{_ACTOR_NAMES[category.actor]}")
        info = (category.title, category.description, category.retryable, actor, category.action)
        views.append(
            CategoryView(category.id, category.name, category.title, PyExpr(py_literal(info)))
        )
    return views


def _classify_table(catalog: Catalog, provider: Provider) -> list[tuple[str, str]]:
    table: dict[str, str] = {}
    for code_set in provider.code_sets.values():
        for code in code_set.codes:
            for spelling in (code.value, *code.aliases):
                table.setdefault(spelling, _category_name(catalog, code))
    return list(table.items())


def _category_name(catalog: Catalog, code: Code) -> str:
    assert code.category is not None, "the rules guarantee every code a category"
    return catalog.categories[code.category].name


def _sources(ids: tuple[str, ...]) -> tuple[PyExpr, ...]:
    return tuple(PyExpr(f"_S[{id_!r}]") for id_ in ids)


def _scope(scope: Scope | None) -> PyExpr | None:
    if scope is None:
        return None
    return py_call("Scope", **dict(scope.items()))


def _code_info(catalog: Catalog, code: Code) -> PyExpr:
    lifecycle = code.lifecycle
    test_user = code.test_user
    return py_call(
        "CodeInfo",
        code.value,
        code.text,
        PyExpr(f"_C.{_category_name(catalog, code)}"),
        _sources(code.sources),
        message=code.message,
        user_action=code.user_action,
        editorial=code.editorial,
        http=tuple(
            py_call(
                "HttpStatus",
                entry.status,
                _sources(entry.sources),
                cause=entry.cause,
                message=entry.message,
                steps_to_reproduce=entry.steps_to_reproduce,
                context=entry.context,
            )
            for entry in code.http
        ),
        scope=_scope(code.scope),
        lifecycle=py_call(
            "Lifecycle", lifecycle.state, lifecycle.note, replaced_by=lifecycle.replaced_by
        )
        if lifecycle
        else None,
        aliases=code.aliases,
        notes=code.notes,
        group=code.group,
        steps_to_reproduce=code.steps_to_reproduce,
        test_user=py_call("TestUser", test_user.institution, test_user.username, test_user.password)
        if test_user
        else None,
    )


def _enum_class(catalog: Catalog, provider: Provider, code_set: CodeSet) -> EnumClass:
    doc = f"{code_set.title}: {code_set.description}\n\nWire field: {code_set.field}."
    members = tuple(
        Member(code.identifier, code.value, _member_doc(code)) for code in code_set.codes
    )
    info = py_call(
        "CodeSetInfo",
        provider.id,
        code_set.id,
        code_set.title,
        code_set.description,
        code_set.field,
        _sources(code_set.sources),
    )
    infos = tuple(_code_info(catalog, code) for code in code_set.codes)
    return EnumClass(code_set.class_name, doc, members, info, infos)


def _member_doc(code: Code) -> str:
    if code.lifecycle is not None:
        return f"{code.text} ({code.lifecycle.state}: {code.lifecycle.note})"
    return code.text


def _config_field(field: ConfigField) -> PyExpr:
    return py_call(
        "ConfigField",
        field.name,
        field.required,
        _sources(field.sources),
        notes=field.notes,
        overrides=tuple(
            py_call(
                "ScopedRequirement",
                override.required,
                _scope(override.scope),
                _sources(override.sources),
            )
            for override in field.overrides
        ),
    )


def _sdk_view(provider: Provider) -> SdkView | None:
    sdk = provider.sdk
    if sdk is None:
        return None
    methods = provider.code_sets[sdk.code_set]
    outcomes = provider.code_sets[sdk.outcome_code_set]
    identifiers = {code.value: code.identifier for code in methods.codes}
    outcome_identifiers = {code.value: code.identifier for code in outcomes.codes}
    entries = []
    for value, method in sdk.methods.items():
        key = PyExpr(f"{methods.class_name}.{identifiers[value]}")
        info = py_call(
            "SdkMethodInfo",
            tuple(_config_field(field) for field in method.fields),
            _sources(method.sources),
            outcomes=tuple(
                py_call(
                    "Outcome",
                    PyExpr(f"{outcomes.class_name}.{outcome_identifiers[outcome.status]}"),
                    outcome.description,
                )
                for outcome in method.outcomes
            ),
            notes=method.notes,
        )
        entries.append((key, info))
    return SdkView(
        method_class=methods.class_name,
        shared_fields=tuple(_config_field(field) for field in sdk.shared_fields),
        methods=tuple(entries),
    )


def _provider_module(catalog: Catalog, provider: Provider) -> ProviderModule:
    enums = tuple(_enum_class(catalog, provider, cs) for cs in provider.code_sets.values())
    codes = [code for code_set in provider.code_sets.values() for code in code_set.codes]
    needed = {
        "HttpStatus": any(code.http for code in codes),
        "Lifecycle": any(code.lifecycle for code in codes),
        "Scope": any(code.scope for code in codes) or provider.sdk is not None,
        "TestUser": any(code.test_user for code in codes),
    }
    base_imports = (
        "CodeEnum",
        "CodeInfo",
        "CodeSetInfo",
        *sorted(n for n, used in needed.items() if used),
        "register",
    )
    exports = [enum.name for enum in enums] + ["CODE_SETS"]
    if provider.sdk is not None:
        exports += ["SDK_METHODS", "SDK_SHARED_FIELDS"]
    exports.sort(key=lambda name: (not name.isupper(), name))
    doc = (
        f"{provider.name} ({provider.website}): one enum per code set of the catalog, "
        "with metadata on every member."
    )
    return ProviderModule(doc, base_imports, tuple(exports), enums, _sdk_view(provider))


def _format(catalog: Catalog, staging: Path) -> None:
    format_python(staging / PACKAGE)


TARGET = Target(
    name="python",
    roots=(PACKAGE,),
    render=render_files,
    finish=_format,
)
