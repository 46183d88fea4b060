"""The Python modules of a provider: the public module, which names its enums and tables, the
module of their builders (each enum with its members and their metadata, built on first use,
see _lazy.py), and the stub that declares them for type checkers."""

from __future__ import annotations

from dataclasses import dataclass

from codegen import naming
from codegen.filters import PyExpr, py_call, py_literal
from codegen.model import Catalog, Code, CodeSet, Provider
from codegen.targets import python_records as records
from codegen.targets.fact_records import python_args


@dataclass(frozen=True)
class Member:
    identifier: str
    #: The value as a Python literal: a quoted string, or a number.
    value: str
    doc: str


@dataclass(frozen=True)
class EnumClass:
    name: str
    #: The runtime base: CodeEnum (string codes) or NumericCodeEnum (JSON integers).
    base: str
    doc: str
    members: tuple[Member, ...]
    code_set_info: PyExpr
    infos: tuple[PyExpr, ...]
    #: Alias -> the value it spells (a dict literal).
    aliases: str


@dataclass(frozen=True)
class SdkView:
    method_class: str
    #: The code-set classes the method table names (its keys' and its outcomes' enums).
    classes: tuple[str, ...]
    shared_fields: tuple[PyExpr, ...]
    methods: tuple[tuple[PyExpr, PyExpr], ...]


@dataclass(frozen=True)
class ProviderModule:
    doc: str
    record_imports: tuple[str, ...]
    exports: tuple[str, ...]
    enums: tuple[EnumClass, ...]
    sdk: SdkView | None
    #: The runtime bases its enums derive from.
    bases: tuple[str, ...] = ("CodeEnum",)
    #: The public module (bankcodes.<module>) and the module of its builders, which it loads
    #: on the first use of any of its names (bankcodes._data_<module>).
    public: str = ""
    data: str = ""
    data_doc: str = ""
    #: The sources its records cite, by id (a dict literal): the data module's own table, so
    #: that loading it builds no other provider's.
    sources: str = "{}"


def _member_doc(code: Code) -> str:
    if code.lifecycle is not None:
        return f"{code.text} ({code.lifecycle.state}: {code.lifecycle.note})"
    return code.text


def _enum_class(code_set: CodeSet) -> EnumClass:
    doc = f"{code_set.title}: {code_set.description}\n\nWire field: {code_set.field}."
    info = py_call(
        "CodeSetInfo",
        provider=code_set.provider.id,
        **python_args(code_set.carried),
        sources=records.sources(code_set.sources),
    )
    return EnumClass(
        name=code_set.class_name,
        base="NumericCodeEnum" if code_set.numeric else "CodeEnum",
        doc=doc,
        members=tuple(
            Member(c.identifier, py_literal(c.wire), _member_doc(c)) for c in code_set.codes
        ),
        code_set_info=info,
        infos=tuple(records.code_info(code) for code in code_set.codes),
        aliases=py_literal({alias: c.value for c in code_set.codes for alias in c.aliases}),
    )


def _sdk_view(provider: Provider) -> SdkView | None:
    sdk = provider.sdk
    if sdk is None:
        return None
    methods = tuple(
        (
            records.member(method.method),
            records.method_info(method),
        )
        for method in sdk.methods
    )
    named = [sdk.method_set] + [o.status.code_set for m in sdk.methods for o in m.outcomes]
    return SdkView(
        method_class=sdk.method_set.class_name,
        classes=tuple(dict.fromkeys(code_set.class_name for code_set in named)),
        shared_fields=tuple(records.config_field(field) for field in sdk.shared_fields),
        methods=methods,
    )


def provider_module(catalog: Catalog, provider: Provider) -> ProviderModule:
    enums = tuple(_enum_class(code_set) for code_set in provider.code_sets)
    codes = [code for code_set in provider.code_sets for code in code_set.codes]
    needed = {
        "EndUserWords": any(code.end_user for code in codes),
        "Equivalent": any(code.equivalents for code in codes),
        "HttpStatus": any(code.http for code in codes),
        "Lifecycle": any(code.lifecycle for code in codes),
        "Scope": any(code.scope for code in codes) or provider.sdk is not None,
        "TestUser": any(code.test_user for code in codes),
        "Wording": any(code.wording for code in codes),
    }
    record_imports = tuple(
        sorted(("CodeInfo", "CodeSetInfo", "Source", *(n for n, used in needed.items() if used)))
    )
    exports = [enum.name for enum in enums] + ["CODE_SETS"]
    if provider.sdk is not None:
        exports += ["SDK_METHODS", "SDK_SHARED_FIELDS"]
    exports.sort(key=lambda name: (not name.isupper(), name))
    doc = (
        f"{provider.name} ({provider.website}): one enum per code set of the catalog, "
        "with metadata on every member. Each is built on first use."
    )
    bases = tuple(sorted({enum.base for enum in enums}))
    public = f"{naming.PACKAGE}.{provider.module}"
    data = f"{naming.PACKAGE}.{data_module(provider)}"
    data_doc = (
        f"The builders of {public}'s names, loaded on the first use of any of them, so that "
        "importing the provider's module reads none of its data."
    )
    sdk = _sdk_view(provider)
    exprs = [expr for e in enums for expr in (e.code_set_info, *e.infos)]
    exprs += [*sdk.shared_fields, *(info for _, info in sdk.methods)] if sdk else []
    cited = records.cited(catalog.sources, *exprs)
    return ProviderModule(
        doc, record_imports, tuple(exports), enums, sdk, bases,
        public, data, data_doc, records.source_table(cited),
    )  # fmt: skip


def data_module(provider: Provider) -> str:
    """The module holding a provider module's builders (`_data_<module>`)."""
    return f"_data_{provider.module}"
