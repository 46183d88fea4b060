"""Target: the generated reference pages of the MkDocs site, in site/docs/reference/.

One page per code set (a table of every code, then a detail block per code whose heading id is
the code itself), one page per category (the cross-provider equivalents), the Lean SDK methods,
one page per payload kind (with its schemas to download), the sources, and the changelog.
nav.json lists the pages; site/hooks.py adds it to the site's navigation.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from codegen import changelog, paths
from codegen.errors import OutputError
from codegen.filters import HEADER, json_text, md_cell, md_code, md_text
from codegen.model import (
    ArrayOf,
    Catalog,
    Code,
    CodeRef,
    CodeSet,
    EnumOf,
    Field,
    FieldType,
    PayloadKind,
    Provider,
    Scope,
    TypeRef,
)
from codegen.render import render
from codegen.rules import code_set_of
from codegen.targets import Files, Target, jsonschema

ROOT = "site/docs/reference"


def code_set_page(provider: Provider, code_set: CodeSet) -> str:
    """The page of a code set, relative to the reference folder."""
    return f"{provider.id}/{code_set.id}.md"


def payload_page(kind: PayloadKind) -> str:
    return f"payloads/{kind.id}.md"


ACTORS = {
    "end_user": "the end user",
    "integrator": "the integrator",
    "institution": "the institution",
    "nobody": "nobody",
}


@dataclass(frozen=True)
class CodeRow:
    """A code as the pages show it: table cells and detail rows, already escaped Markdown."""

    provider: Provider
    code_set: CodeSet
    code: Code
    category_id: str
    cells: tuple[str, ...]
    details: tuple[tuple[str, str], ...]

    @property
    def page(self) -> str:
        return code_set_page(self.provider, self.code_set)

    @property
    def anchor(self) -> str:
        return self.code.value


def _source_links(catalog: Catalog, ids: tuple[str, ...], up: str) -> str:
    links = []
    for source_id in ids:
        source = catalog.sources[source_id]
        links.append(f"[{md_text(source.title)}]({up}sources.md#{source_id})")
    return ", ".join(links)


def _http(catalog: Catalog, code: Code, up: str) -> str:
    entries = []
    for entry in code.http:
        parts = [f"**{entry.status}**"]
        parts += [md_text(text) for text in (entry.cause, entry.context) if text]
        if entry.message:
            parts.append("message: " + md_text(entry.message))
        if entry.steps_to_reproduce:
            parts.append("to reproduce: " + md_text(entry.steps_to_reproduce))
        parts.append(_source_links(catalog, entry.sources, up))
        entries.append(" — ".join(parts))
    return "<br>".join(entries)


Equivalents = dict[str, list[tuple[Provider, CodeSet, Code]]]


def _equivalents(catalog: Catalog) -> Equivalents:
    """Every code, by category id."""
    found: Equivalents = {}
    for provider in catalog.providers.values():
        for code_set in provider.code_sets.values():
            for code in code_set.codes:
                assert code.category is not None, "the rules guarantee every code a category"
                found.setdefault(code.category, []).append((provider, code_set, code))
    return found


def _other_providers(equivalents: Equivalents, provider: Provider, code: Code, up: str) -> str:
    assert code.category is not None, "the rules guarantee every code a category"
    links = [
        f"[{md_code(other.value)}]({up}{code_set_page(owner, code_set)}#{other.value})"
        f" ({md_text(owner.name)})"
        for owner, code_set, other in equivalents.get(code.category, [])
        if owner.id != provider.id
    ]
    if not links or code.category == "informational":
        return ""
    return ", ".join(links)


def _details(
    catalog: Catalog, provider: Provider, code: Code, equivalents: Equivalents, up: str
) -> tuple[tuple[str, str], ...]:
    assert code.category is not None, "the rules guarantee every code a category"
    category = catalog.categories[code.category]
    lifecycle = code.lifecycle
    test_user = code.test_user
    rows: list[tuple[str, str | None]] = [
        ("Category", f"[{md_text(category.title)}]({up}categories/{category.id}.md)"),
        ("Retryable", "yes" if category.retryable else "no"),
        ("Who acts", ACTORS[category.actor]),
        ("Recommended action", md_text(category.action)),
        ("Message", md_text(code.message) if code.message and code.description else None),
        ("User action", md_text(code.user_action) if code.user_action else None),
        ("HTTP statuses", _http(catalog, code, up) or None),
        ("Scope", md_text(scope_text(code.scope) or "") or None),
        (
            lifecycle.state.capitalize() if lifecycle else "Deprecated",
            md_text(
                lifecycle.note
                + (f" Replaced by {lifecycle.replaced_by}." if lifecycle.replaced_by else "")
            )
            if lifecycle
            else None,
        ),
        ("Aliases", ", ".join(md_code(alias) for alias in code.aliases) or None),
        (
            "Sandbox test user",
            md_text(f"{test_user.institution} / {test_user.username} / {test_user.password}")
            if test_user
            else None,
        ),
        (
            "Steps to reproduce",
            md_text(code.steps_to_reproduce) if code.steps_to_reproduce else None,
        ),
        ("Notes", md_text(code.notes) if code.notes else None),
        (
            "Wording",
            "bankcodes' own: the provider publishes no description" if code.editorial else None,
        ),
        ("Other providers", _other_providers(equivalents, provider, code, up) or None),
        ("Sources", _source_links(catalog, code.sources, up)),
    ]
    return tuple((label, value) for label, value in rows if value)


def _rows(
    catalog: Catalog, provider: Provider, code_set: CodeSet, equivalents: Equivalents
) -> list[CodeRow]:
    rows = []
    up = "../"
    for code in code_set.codes:
        assert code.category is not None, "the rules guarantee every code a category"
        category = catalog.categories[code.category]
        cells = (
            f"[{md_code(code.value)}](#{code.value})",
            f"[{md_text(category.title)}]({up}categories/{category.id}.md)",
            ", ".join(str(status) for status in code.http_statuses) or "\u2014",
            "yes" if category.retryable else "no",
            md_cell(code.text),
        )
        details = _details(catalog, provider, code, equivalents, up)
        rows.append(CodeRow(provider, code_set, code, category.id, cells, details))
    return rows


def scope_text(scope: Scope | None) -> str | None:
    if scope is None:
        return None
    labels = {
        "regions": "regions",
        "sdks": "SDKs",
        "doc_versions": "document versions",
        "data_sources": "data sources",
        "endpoints": "endpoints",
    }
    return "; ".join(f"{labels[key]}: {', '.join(values)}" for key, values in scope.items())


def field_rows(catalog: Catalog, fields: dict[str, Field]) -> list[tuple[str, str, str, str]]:
    """Escaped Markdown cells of a payload type's fields: name, type, required, why."""
    rows = []
    for name, field in fields.items():
        shown, links = type_text(catalog, field.type)
        type_cell = md_text(shown) + "".join(
            f" ([{md_text(title)}](../../{page}))" for title, page in links
        )
        if field.nullable:
            type_cell += " or null"
        text = " ".join(part for part in (field.why, field.description) if part)
        rows.append((md_code(name), type_cell, "yes" if field.required else "no", md_cell(text)))
    return rows


def override_cells(catalog: Catalog, provider: Provider) -> dict[tuple[str, str], str]:
    """The "required elsewhere" cell of every SDK config field, by (method, field)."""
    assert provider.sdk is not None
    cells = {}
    for method in provider.sdk.methods.values():
        for field in method.fields:
            parts = [
                f"{'yes' if o.required else 'no'} ({md_text(scope_text(o.scope) or '')})"
                for o in field.overrides
            ]
            cells[method.id, field.name] = "<br>".join(parts) or "\u2014"
    return cells


def type_text(catalog: Catalog, field_type: FieldType) -> tuple[str, list[tuple[str, str]]]:
    """A field type for people, and the pages it links to (code sets, as title and path)."""
    if isinstance(field_type, CodeRef):
        links = []
        for ref in field_type.code:
            code_set = code_set_of(catalog, ref)
            assert code_set is not None, "the rules guarantee code set references resolve"
            provider = catalog.providers[ref.split(".")[0]]
            links.append((f"{provider.name} {code_set.title}", code_set_page(provider, code_set)))
        return "code", links
    if isinstance(field_type, TypeRef):
        return field_type.ref, []
    if isinstance(field_type, ArrayOf):
        inner, links = type_text(catalog, field_type.array)
        return f"array of {inner}", links
    if isinstance(field_type, EnumOf):
        return "one of " + ", ".join(field_type.enum), []
    return field_type, []


def _nav(catalog: Catalog) -> list[object]:
    providers: list[object] = []
    for provider in catalog.providers.values():
        pages: list[object] = [f"reference/{provider.id}/index.md"]
        pages += [
            {code_set.title: "reference/" + code_set_page(provider, code_set)}
            for code_set in provider.code_sets.values()
        ]
        if provider.sdk is not None:
            pages.append({"SDK methods": f"reference/{provider.id}/sdk-methods.md"})
        providers.append({provider.name: pages})
    categories: list[object] = ["reference/categories/index.md"]
    categories += [
        {category.title: f"reference/categories/{category.id}.md"}
        for category in catalog.categories.values()
    ]
    payloads: list[object] = ["reference/payloads/index.md"]
    payloads += [
        {kind.title: "reference/" + payload_page(kind)} for kind in catalog.payloads.values()
    ]
    return [
        "reference/index.md",
        *providers,
        {"Categories": categories},
        {"Payloads": payloads},
        {"Sources": "reference/sources.md"},
        {"Changelog": "reference/changelog.md"},
    ]


def render_files(catalog: Catalog) -> Files:
    files: dict[str, str] = {}
    all_rows: list[CodeRow] = []
    equivalents = _equivalents(catalog)
    for provider in catalog.providers.values():
        for code_set in provider.code_sets.values():
            rows = _rows(catalog, provider, code_set, equivalents)
            all_rows += rows
            files[f"{ROOT}/{code_set_page(provider, code_set)}"] = render(
                "site/code_set.md.j2", provider=provider, code_set=code_set, rows=rows
            )
        files[f"{ROOT}/{provider.id}/index.md"] = render(
            "site/provider.md.j2",
            provider=provider,
            links=[
                code_set_page(provider, cs).split("/")[-1] for cs in provider.code_sets.values()
            ],
        )
        if provider.sdk is not None:
            files[f"{ROOT}/{provider.id}/sdk-methods.md"] = render(
                "site/sdk_methods.md.j2",
                provider=provider,
                overrides=override_cells(catalog, provider),
            )
    for category in catalog.categories.values():
        files[f"{ROOT}/categories/{category.id}.md"] = render(
            "site/category.md.j2",
            category=category,
            rows=[row for row in all_rows if row.category_id == category.id],
        )
    files[f"{ROOT}/categories/index.md"] = render(
        "site/categories.md.j2", catalog=catalog, rows=all_rows
    )
    for kind in catalog.payloads.values():
        files[f"{ROOT}/{payload_page(kind)}"] = render(
            "site/payload.md.j2",
            kind=kind,
            fields={
                name: field_rows(catalog, type_def.fields)
                for name, type_def in kind.types.items()
                if type_def.fields is not None
            },
            schema_names=[
                jsonschema.schema_file(kind, mode).split("/")[-1] for mode in jsonschema.MODES
            ],
            examples=[
                json.dumps(example.data, indent=2, ensure_ascii=False) for example in kind.examples
            ],
        )
    files[f"{ROOT}/payloads/index.md"] = render(
        "site/payloads.md.j2",
        catalog=catalog,
        links=[payload_page(kind).split("/", 1)[1] for kind in catalog.payloads.values()],
    )
    files[f"{ROOT}/sources.md"] = render("site/sources.md.j2", catalog=catalog)
    files[f"{ROOT}/changelog.md"] = render(
        "site/changelog.md.j2", releases=changelog.history(catalog)
    )
    files[f"{ROOT}/index.md"] = render(
        "site/reference.md.j2",
        catalog=catalog,
        links={
            (provider.id, cs.id): code_set_page(provider, cs)
            for provider in catalog.providers.values()
            for cs in provider.code_sets.values()
        },
        rows=all_rows,
    )
    results = _bench_results()
    if results is not None:
        files[f"{ROOT}/performance.md"] = render("site/performance.md.j2", results=results)
    nav = _nav(catalog) + ([{"Performance": "reference/performance.md"}] if results else [])
    files[f"{ROOT}/nav.json"] = json_text({"$comment": HEADER, "nav": nav})
    return files


def _bench_results() -> dict[str, object] | None:
    """The measurements of `make bench`, when it has run."""
    if not paths.BENCH_RESULTS.is_file():
        return None
    where = paths.display(paths.BENCH_RESULTS)
    try:
        results = json.loads(paths.BENCH_RESULTS.read_text(encoding="utf-8"))
    except ValueError as error:
        raise OutputError(f"{where} is not JSON ({error}): run make bench") from None
    machine_keys = {"taken", "python", "implementation", "system", "machine", "cpus"}
    row_keys = {"measure", "subject", "baseline", "value", "goal", "met", "detail"}
    rows = results.get("rows") if isinstance(results, dict) else None
    machine = results.get("machine") if isinstance(results, dict) else None
    if (
        not isinstance(machine, dict)
        or not machine_keys <= set(machine)
        or not isinstance(rows, list)
        or not all(isinstance(row, dict) and row_keys <= set(row) for row in rows)
    ):
        raise OutputError(f"{where} is not in the shape make bench writes: run make bench")
    checked: dict[str, object] = results
    return checked


def copy_schemas(catalog: Catalog, staging: Path) -> None:
    """Put the staged JSON Schemas beside the payload pages, for download."""
    for kind in catalog.payloads.values():
        for mode in jsonschema.MODES:
            name = jsonschema.schema_file(kind, mode)
            target = staging / ROOT / "payloads" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(staging / jsonschema.ROOT / name, target)


TARGET = Target(name="site", roots=(ROOT,), render=render_files, finish=copy_schemas)
