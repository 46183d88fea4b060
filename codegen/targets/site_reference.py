"""Target: the generated reference pages of the MkDocs site, in site/docs/reference/.

One page per code set (a table of every code, then a detail block per code whose heading id is
the code's anchor), one page per provider and per category (the cross-provider equivalents), the
SDK methods, one page per payload kind, the sources and the changelog. nav.json lists the pages
with HTML-escaped titles; site/hooks.py adds it to the navigation, and at build time adds the
JSON Schemas of generated/jsonschema/ beside the payload pages.

Every text cell is built here with the tested filters; the templates only loop.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from codegen import changelog
from codegen.filters import (
    html_text,
    json_text,
    md_cell,
    md_code,
    md_identifier,
    md_link,
    md_text,
)
from codegen.model import (
    MODES,
    AnyOfDef,
    ArrayType,
    Catalog,
    Category,
    Code,
    CodeSet,
    CodeType,
    EnumType,
    Example,
    Field,
    FieldType,
    HmacSigning,
    JwtSigning,
    ObjectDef,
    PayloadKind,
    Provider,
    RefType,
    Scope,
    Source,
    UnionDef,
    possessive,
    whose_words,
)
from codegen.render import render
from codegen.targets import Files, Target

ROOT = "site/docs/reference"
#: The id of the heading above the detail blocks of a code-set page. It starts with an
#: underscore, which no code anchor does.
CODES_HEADING = "_codes"

ACTORS = {
    "end_user": "the end user",
    "integrator": "the integrator",
    "institution": "the institution",
    "nobody": "nobody",
}


def code_set_page(code_set: CodeSet) -> str:
    """The page of a code set, relative to the reference folder."""
    return f"{code_set.provider.id}/{code_set.id}.md"


def category_page(category: Category) -> str:
    return f"categories/{category.id}.md"


def payload_page(kind: PayloadKind) -> str:
    return f"payloads/{kind.id}.md"


@dataclass(frozen=True)
class CodeRow:
    """A code as the pages show it: table cells and detail rows, already escaped Markdown."""

    code: Code
    cells: tuple[str, ...]
    details: tuple[tuple[str, str], ...]
    #: A published payload in which the code occurs: title, its sources, the JSON text.
    example: tuple[str, str, str] | None = None


def _sources(sources: tuple[Source, ...], up: str) -> str:
    return ", ".join(f"[{md_text(s.title)}]({up}sources.md#{s.id})" for s in sources)


def _http(code: Code, up: str) -> str:
    entries = []
    for entry in code.http:
        parts = [f"**{entry.status}**"]
        if entry.cause:
            whose = whose_words(entry.cause_by or "provider", code.provider.name)
            parts.append(f"{md_text(entry.cause)} <small>({md_text(whose)})</small>")
        if entry.context:
            parts.append(md_text(entry.context))
        if entry.message:
            parts.append("message: " + md_text(entry.message))
        if entry.steps_to_reproduce:
            parts.append("to reproduce: " + md_text(entry.steps_to_reproduce))
        parts.append(_sources(entry.sources, up))
        entries.append(" — ".join(parts))
    return "<br>".join(entries)


def _whose_words(code: Code, up: str) -> str:
    """Each text of a code with whose words it is and where it is published or rests on."""
    lines = []
    for wording in code.wording:
        whose = whose_words(wording.by, code.provider.name)
        line = f"{md_text(wording.label.capitalize())}: {md_text(whose)}"
        if wording.sources:
            via = "in" if wording.by == "provider" else "from"
            line += f" ({via} {_sources(wording.sources, up)})"
        lines.append(line)
    return "<br>".join(lines)


def _code_link(code: Code, up: str) -> str:
    return f"[{md_identifier(code.value)}]({up}{code_set_page(code.code_set)}#{code.anchor})"


def _matrix_cell(codes: list[Code], up: str) -> str:
    """The codes of one provider in one category, grouped by code set, each set named."""
    by_set: dict[int, list[Code]] = {}
    for code in codes:
        by_set.setdefault(id(code.code_set), []).append(code)
    return "<br>".join(
        f"{md_text(group[0].code_set.title)}: " + ", ".join(_code_link(c, up) for c in group)
        for group in by_set.values()
    )


def codes_index(catalog: Catalog) -> dict[str, object]:
    """Every wire value and alias with where its code is documented: what the site's exact
    search and the decoder look codes up in."""
    entries = [
        [
            spelling,
            code.provider.id,
            code.provider.name,
            code.code_set.id,
            code.code_set.title,
            f"reference/{code_set_page(code.code_set)[: -len('.md')]}/#{code.anchor}",
            code.category.id,
        ]
        for code in catalog.codes
        for spelling in (code.value, *code.aliases)
    ]
    return {
        "$comment": catalog.header,
        "fields": [
            "spelling",
            "provider",
            "provider_name",
            "code_set",
            "code_set_title",
            "url",
            "category",
        ],
        "codes": entries,
    }


def _other_providers(catalog: Catalog, code: Code, up: str) -> str:
    if not code.category.equivalents:
        return ""
    links = [
        f"{_code_link(other, up)} ({md_text(_titled(other.code_set))})"
        for other in catalog.codes
        if other.category is code.category and other.provider is not code.provider
    ]
    return ", ".join(links)


def _category_link(category: Category, up: str) -> str:
    return f"[{md_text(category.title)}]({up}{category_page(category)})"


LANGUAGE_NAMES = {"en": "English", "fr": "French", "ar": "Arabic"}


def _words_row(category: Category, language: str, label: str) -> tuple[str, str]:
    """One row of a category's words for the customer, marked with its language and whose
    words it is (English: bankcodes' words; the others: bankcodes' translations)."""
    message, action = category.end_user[language]
    whose = "bankcodes' words" if language == "en" else "bankcodes' translation"
    direction = "rtl" if language == "ar" else "ltr"
    text = f'<span lang="{language}" dir="{direction}">{md_text(message)} {md_text(action)}</span>'
    return label, f"{text} <small>({whose})</small>"


def _category_words(category: Category) -> list[tuple[str, str]]:
    """The category's words for the customer, in every language."""
    return [
        _words_row(category, language, f"Tell the customer ({LANGUAGE_NAMES[language]})")
        for language in category.end_user
    ]


def _end_user_rows(code: Code) -> list[tuple[str, str | None]]:
    """What an app can tell its customer, in each language of the provider's end users."""
    return [
        _words_row(
            code.category,
            language,
            "Tell the customer"
            if language == "en"
            else f"Tell the customer ({LANGUAGE_NAMES[language]})",
        )
        for language in code.provider.end_user_languages
        if language in code.category.end_user
    ]


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


def _details(catalog: Catalog, code: Code, up: str) -> tuple[tuple[str, str], ...]:
    category = code.category
    lifecycle = code.lifecycle
    test_user = code.test_user
    scope = scope_text(code.scope)
    rows: list[tuple[str, str | None]] = [
        ("Category", _category_link(category, up)),
        ("Retryable", "yes" if code.retryable else "no"),
        ("Who acts", ACTORS[category.actor]),
        ("Recommended action", md_text(category.action)),
        ("Message", md_text(code.message) if code.message and code.description else None),
        ("User action", md_text(code.user_action) if code.user_action else None),
        (
            "User message",
            f"{md_text(code.user_message)} "
            f"<small>({md_text(possessive(code.provider.name))} words)</small>"
            if code.user_message
            else None,
        ),
        *_end_user_rows(code),
        ("HTTP statuses", _http(code, up) or None),
        ("Scope", md_text(scope) if scope else None),
        (
            lifecycle.state.capitalize() if lifecycle else "Deprecated",
            md_text(
                lifecycle.note
                + (f" Replaced by {lifecycle.replaced_by}." if lifecycle.replaced_by else "")
            )
            if lifecycle
            else None,
        ),
        ("Aliases", ", ".join(md_identifier(alias) for alias in code.aliases) or None),
        (
            "Group",
            f"{md_text(code.group.title)}: {md_text(code.group.description)}"
            if code.group
            else None,
        ),
        (
            "Category history",
            "<br>".join(
                f"{_category_link(change.previous, up)} until {md_text(change.since)}: "
                + md_text(change.reason)
                for change in code.category_history
            )
            or None,
        ),
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
        ("Whose words", _whose_words(code, up) or None),
        ("Other providers", _other_providers(catalog, code, up) or None),
        ("Sources", _sources(code.sources, up)),
    ]
    return tuple((label, value) for label, value in rows if value)


def code_examples(catalog: Catalog) -> dict[tuple[str, str], tuple[PayloadKind, Example]]:
    """The first published example in which each (code set ref, wire value) occurs as the value
    of a field typed with that code set."""
    found: dict[tuple[str, str], tuple[PayloadKind, Example]] = {}
    for kind in catalog.payloads:
        fields: dict[str, set[str]] = {}
        for object_def in kind.objects:
            for f in object_def.fields:
                inner = f.type.item if isinstance(f.type, ArrayType) else f.type
                if isinstance(inner, CodeType):
                    fields.setdefault(f.name, set()).update(cs.ref for cs in inner.code_sets)
        for example in kind.examples:
            for key, value in _string_items(example.data):
                for ref in fields.get(key, ()):
                    found.setdefault((ref, value), (kind, example))
    return found


def _string_items(data: object) -> Iterator[tuple[str, str]]:
    """Every (key, string value) pair of a JSON value, depth first, also inside lists."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    yield key, value
                elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                    yield from ((key, v) for v in value)
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


def _row(
    catalog: Catalog, code: Code, examples: dict[tuple[str, str], tuple[PayloadKind, Example]]
) -> CodeRow:
    up = "../"
    cells = (
        f"[{md_identifier(code.value)}](#{code.anchor})",
        _category_link(code.category, up),
        ", ".join(str(status) for status in code.http_statuses) or "\u2014",
        "yes" if code.retryable else "no",
        md_cell(code.text),
    )
    found = examples.get((code.code_set.ref, code.value))
    example = None
    if found is not None:
        kind, published = found
        example = (
            f"{md_text(published.title)} ([{md_text(kind.title)}]({up}{payload_page(kind)}))",
            _sources(published.sources, up),
            json.dumps(published.data, indent=2, ensure_ascii=False),
        )
    return CodeRow(code, cells, _details(catalog, code, up), example)


def field_rows(fields: tuple[Field, ...]) -> list[tuple[str, str, str, str]]:
    """Escaped Markdown cells of a payload type's fields: name, type, required, why."""
    rows = []
    for f in fields:
        shown, links = type_text(f.type)
        type_cell = md_text(shown) + "".join(
            f" ([{md_text(title)}](../../{page}))" for title, page in links
        )
        if f.nullable:
            type_cell += " or null"
        text = md_cell(" ".join(part for part in (f.why, f.description) if part))
        if f.sources:
            text += " (" + _sources(f.sources, "../../") + ")"
        rows.append((md_identifier(f.name), type_cell, "yes" if f.required else "no", text))
    return rows


def _titled(code_set: CodeSet) -> str:
    """A code set's title with its provider's name, once: a title that starts with the name
    already names its provider."""
    name = code_set.provider.name
    title = code_set.title
    return title if title.split(" ", 1)[0] == name else f"{name} {title}"


def type_text(field_type: FieldType) -> tuple[str, list[tuple[str, str]]]:
    """A field type for people, and the pages it links to (code sets, as title and path)."""
    if isinstance(field_type, CodeType):
        links = [(_titled(cs), code_set_page(cs)) for cs in field_type.code_sets]
        return "code", links
    if isinstance(field_type, RefType):
        return field_type.target.name, []
    if isinstance(field_type, ArrayType):
        inner, links = type_text(field_type.item)
        return f"array of {inner}", links
    if isinstance(field_type, EnumType):
        return "one of " + ", ".join(field_type.values), []
    return field_type, []


@dataclass(frozen=True)
class TypeSection:
    title: str
    description: str
    fields: list[tuple[str, str, str, str]]
    lines: tuple[str, ...]


def _type_sections(kind: PayloadKind) -> list[TypeSection]:
    sections = []
    for type_def in kind.types:
        title, description = md_text(type_def.name), md_text(type_def.description)
        if isinstance(type_def, ObjectDef):
            sections.append(TypeSection(title, description, field_rows(type_def.fields), ()))
        elif isinstance(type_def, AnyOfDef):
            members = ", ".join(md_text(m.name) for m in type_def.members)
            sections.append(TypeSection(title, description, [], (f"One of: {members}.",)))
        elif isinstance(type_def, UnionDef):
            lines = [
                f"Chosen by {md_code(type_def.tag.name)}:",
                "",
                "| Value | Type |",
                "|---|---|",
            ]
            lines += [
                f"| {md_code(v.tag[1])} | {md_text(v.name)} |" for v in type_def.variants if v.tag
            ]
            lines += [
                f"| any other (lenient schema only) | {md_text(type_def.fallback.name)} |",
                "",
                f"Each variant has the fields of {md_text(type_def.base.name)}; those it adds or "
                "changes are below.",
            ]
            sections.append(TypeSection(title, description, [], tuple(lines)))
            base = set(type_def.base.fields)
            for variant in type_def.variants:
                own = tuple(f for f in variant.fields if f not in base)
                if own:
                    variant_title = md_text(variant.name)
                    sections.append(
                        TypeSection(
                            variant_title, md_text(variant.description), field_rows(own), ()
                        )
                    )
    return sections


def _shape_rows(kind: PayloadKind) -> list[tuple[str, ...]]:
    """What each client SDK sends, as table cells: SDK, fields, allowed values, redirect
    parameters, notes and sources."""
    up = "../../"
    rows: list[tuple[str, ...]] = []
    for shape in kind.sdk_shapes:
        fields = ", ".join(
            md_code(path) + f" ({kind_}{' or null' if nullable else ''})"
            for path, kind_, nullable in shape.fields
        )
        values = "<br>".join(
            f"{md_code(path)}: " + ", ".join(md_code(value) for value in allowed)
            for path, allowed in shape.values
        )
        params = ", ".join(
            f"{md_code(param)} → {md_code(path)}" for param, path in shape.redirect_params
        )
        rows.append(
            (
                md_text(f"{shape.sdk} ({shape.naming})"),
                fields,
                values or "\u2014",
                params or "\u2014",
                md_cell(shape.notes or "") or "\u2014",
                _sources(shape.sources, up),
            )
        )
    return rows


def _listener_lines(kind: PayloadKind) -> tuple[str, ...]:
    """The browser listener helper of a kind, as Markdown lines."""
    listener = kind.listener
    if listener is None:
        return ()
    lines = [
        f"TypeScript: {md_code(listener.function + '(data)')}. {md_text(listener.description)}",
        "",
        "| Event | Type | Recognised by | Codes |",
        "|---|---|---|---|",
    ]
    for event in listener.events:
        tag = md_code(event.tag.name) if event.tag else "any other object"
        codes = ", ".join(md_code(f.name) for f in event.codes)
        lines.append(f"| {md_code(event.kind)} | {md_text(event.type.name)} | {tag} | {codes} |")
    origins = listener.origins
    if origins is not None:
        hosts = ", ".join(md_code(host) for host in origins.hosts)
        lines += [
            "",
            f"Origins ({md_code(origins.check_function + '(origin, hosts)')}, "
            f"{md_code(origins.hosts_constant)}): {hosts}. {md_text(origins.notes)} "
            f"Sources: {_sources(origins.sources, '../../')}",
        ]
    return tuple(lines)


def _nav(catalog: Catalog) -> list[object]:
    """The reference pages for mkdocs' nav; titles are HTML (escaped text), as the theme
    inserts them into the page unchanged (site/overrides keeps them escaped in <title>)."""

    def entry(title: str, path: str) -> dict[str, str]:
        return {html_text(title): f"reference/{path}"}

    providers: list[object] = []
    for provider in catalog.providers:
        pages: list[object] = [f"reference/{provider.id}/index.md"]
        pages += [entry(cs.title, code_set_page(cs)) for cs in provider.code_sets]
        if provider.sdk is not None:
            pages.append(entry("SDK methods", f"{provider.id}/sdk-methods.md"))
        providers.append({html_text(provider.name): pages})
    categories: list[object] = ["reference/categories/index.md"]
    categories += [entry(c.title, category_page(c)) for c in catalog.categories]
    payloads: list[object] = ["reference/payloads/index.md"]
    payloads += [entry(kind.title, payload_page(kind)) for kind in catalog.payloads]
    return [
        "reference/index.md",
        *providers,
        {"Categories": categories},
        {"Matrix": "reference/matrix.md"},
        {"Payloads": payloads},
        {"Sources": "reference/sources.md"},
        {"Changelog": "reference/changelog.md"},
    ]


#: How the sources page names each kind of source.
SOURCE_KINDS = {
    "seed": "provider documentation",
    "doc": "provider documentation",
    "repo": "provider repository",
    "third-party": "third party (corroboration)",
}


def _source_cell(source: Source) -> str:
    return md_link(source.title, source.url) if source.url else md_text(source.title)


def render_files(catalog: Catalog) -> Files:
    header = catalog.header
    examples = code_examples(catalog)
    rows = {id(code): _row(catalog, code, examples) for code in catalog.codes}
    files: dict[str, str] = {}
    for provider in catalog.providers:
        for code_set in provider.code_sets:
            files[f"{ROOT}/{code_set_page(code_set)}"] = render(
                "site/code_set.md.j2",
                header=header,
                title=md_text(f"{provider.name}: {code_set.title}"),
                description=md_text(code_set.description),
                facts=(
                    ("Wire field", md_code(code_set.field)),
                    ("Python", md_code(code_set.python_path)),
                    ("TypeScript", md_code(code_set.ts_name)),
                    ("Codes", str(len(code_set.codes))),
                    *(
                        (("Scope", md_text(scope_text(code_set.scope) or "")),)
                        if code_set.scope
                        else ()
                    ),
                ),
                codes_heading=CODES_HEADING,
                rows=[rows[id(code)] for code in code_set.codes],
            )
        files[f"{ROOT}/{provider.id}/index.md"] = render(
            "site/provider.md.j2",
            header=header,
            title=md_text(provider.name),
            facts=(
                ("Website", md_link(provider.website, provider.website)),
                ("Python module", md_code(provider.python_module)),
                ("TypeScript names start with", md_code(provider.type_prefix)),
            ),
            code_sets=[
                (
                    md_link(cs.title, cs.id + ".md"),
                    md_code(cs.field),
                    len(cs.codes),
                )
                for cs in provider.code_sets
            ],
            sdk=provider.sdk is not None,
            signing=_signing_rows(provider),
            delivery=_delivery_rows(provider),
        )
        if provider.sdk is not None:
            files[f"{ROOT}/{provider.id}/sdk-methods.md"] = render(
                "site/sdk_methods.md.j2",
                header=header,
                title=md_text(f"{provider.name}: SDK methods"),
                notes=md_text(provider.sdk.notes) if provider.sdk.notes else None,
                shared=[
                    (md_identifier(f.name), "yes" if f.required else "no", md_cell(f.notes))
                    for f in provider.sdk.shared_fields
                ],
                methods=[
                    (
                        md_code(method.method.value),
                        method.method.anchor,
                        md_text(method.method.text),
                        md_text(
                            f"{method.method.lifecycle.state.capitalize()}: "
                            f"{method.method.lifecycle.note}"
                        )
                        if method.method.lifecycle
                        else None,
                        md_text(method.notes) if method.notes else None,
                        [
                            (
                                md_identifier(f.name),
                                "yes" if f.required else "no",
                                "<br>".join(
                                    f"{'yes' if o.required else 'no'} "
                                    f"({md_text(scope_text(o.scope) or '')})"
                                    for o in f.overrides
                                )
                                or "\u2014",
                                md_cell(f.notes),
                            )
                            for f in method.fields
                        ],
                        [
                            (md_code(o.status.value), md_text(o.description))
                            for o in method.outcomes
                        ],
                    )
                    for method in provider.sdk.methods
                ],
            )
    for category in catalog.categories:
        members = [code for code in catalog.codes if code.category is category]
        files[f"{ROOT}/{category_page(category)}"] = render(
            "site/category.md.j2",
            header=header,
            title=md_text(category.title),
            description=md_text(category.description),
            facts=(
                ("Identifier", f"{md_code('Category.' + category.name)} / {md_code(category.id)}"),
                ("Retryable", "yes" if category.retryable else "no"),
                ("Who acts", md_text(ACTORS[category.actor])),
                ("Recommended action", md_text(category.action)),
                *_category_words(category),
                (
                    "Across providers",
                    f"[Matrix of categories and providers](../matrix.md#{category.id})",
                ),
            ),
            rows=[
                (
                    md_text(code.provider.name),
                    md_text(code.code_set.title),
                    _code_link(code, "../"),
                    md_cell(code.text),
                )
                for code in members
            ],
            unknown=category is catalog.unknown,
        )
    files[f"{ROOT}/matrix.md"] = render(
        "site/matrix.md.j2",
        header=header,
        providers=[md_text(p.name) for p in catalog.providers],
        rows=[
            (
                c.id,
                f"[{md_text(c.title)}](categories/{c.id}.md)",
                [
                    _matrix_cell(
                        [
                            code
                            for code in catalog.codes
                            if code.category is c and code.provider is p
                        ],
                        "",
                    )
                    or "\u2014"
                    for p in catalog.providers
                ],
            )
            for c in catalog.categories
        ],
    )
    files[f"{ROOT}/codes.json"] = json_text(codes_index(catalog))
    files[f"{ROOT}/categories/index.md"] = render(
        "site/categories.md.j2",
        header=header,
        rows=[
            (
                f"[{md_text(c.title)}]({c.id}.md)",
                "yes" if c.retryable else "no",
                md_text(ACTORS[c.actor]),
                sum(1 for code in catalog.codes if code.category is c),
            )
            for c in catalog.categories
        ],
    )
    for kind in catalog.payloads:
        files[f"{ROOT}/{payload_page(kind)}"] = render(
            "site/payload.md.j2",
            header=header,
            title=md_text(kind.title),
            description=md_text(kind.description),
            schemas=[kind.schema_file(mode).rsplit("/", 1)[1] for mode in MODES],
            call=md_code(f'bankcodes.payloads.validate("{kind.id}", data)'),
            sections=_type_sections(kind),
            listener=_listener_lines(kind),
            shapes=_shape_rows(kind),
            examples=[
                (md_text(example.title), json.dumps(example.data, indent=2, ensure_ascii=False))
                for example in kind.examples
            ],
        )
    files[f"{ROOT}/payloads/index.md"] = render(
        "site/payloads.md.j2",
        header=header,
        limits=catalog.payload_limits,
        why=md_text(catalog.payload_limits.why),
        rows=[
            (f"[{md_code(kind.id)}]({kind.id}.md)", md_text(kind.title))
            for kind in catalog.payloads
        ],
    )
    files[f"{ROOT}/sources.md"] = render(
        "site/sources.md.j2",
        header=header,
        rows=[
            (source.id, _source_cell(source), SOURCE_KINDS[source.kind])
            for source in catalog.sources
        ],
    )
    releases = changelog.history(catalog)
    files[f"{ROOT}/changelog.md"] = render(
        "site/changelog.md.j2",
        header=header,
        releases=releases,
        changes={release.version: _changes(catalog, release) for release in releases},
    )
    files[f"{ROOT}/index.md"] = render(
        "site/reference.md.j2",
        header=header,
        version=md_text(catalog.spec_version),
        count=len(catalog.codes),
        providers=[
            (
                f"[{md_text(provider.name)}]({provider.id}/index.md)",
                [
                    (
                        f"[{md_text(cs.title)}]({code_set_page(cs)})",
                        md_code(cs.field),
                        len(cs.codes),
                    )
                    for cs in provider.code_sets
                ],
            )
            for provider in catalog.providers
        ],
    )
    files[f"{ROOT}/nav.json"] = json_text({"$comment": header, "nav": _nav(catalog)})
    return files


TRANSPORT = {
    "basic_auth": "HTTP basic authentication",
    "mutual_tls": "mutual TLS",
    "oauth2": "an OAuth 2 token",
    "ip_allowlist": "its published source addresses",
}


def _signing_rows(provider: Provider) -> list[tuple[str, str]]:
    s = provider.signing
    if s is None:
        return []
    if isinstance(s, HmacSigning):
        rows = [
            ("Scheme", f"HMAC-{s.algorithm.upper()} of the raw body with a shared secret"),
            ("Headers", ", ".join(md_code(h) for h in s.headers)),
            ("Encoding", " or ".join(s.encodings)),
            ("Prefix", md_code(s.prefix) if s.prefix else "\u2014"),
        ]
    elif isinstance(s, JwtSigning):
        rows = [
            ("Scheme", f"a JSON Web Token signed with {s.algorithm} (JWS compact form)"),
            ("Header", md_code(s.header)),
            (
                "Claims",
                f"{md_code('iat')}: at most {s.max_age_seconds} seconds old, at most "
                f"{s.future_skew_seconds} seconds ahead; {md_code(s.body_hash_claim)}: the hex "
                "SHA-256 of the raw body",
            ),
        ]
    else:
        rows = [
            ("Scheme", "no signature: deliveries are authenticated at the transport only"),
            ("Transport", ", ".join(TRANSPORT[t] for t in s.transport)),
        ]
    return [*rows, ("Notes", md_text(s.notes)), ("Sources", _sources(s.sources, "../"))]


def _changes(catalog: Catalog, release: changelog.Release) -> list[str]:
    """One line per changed code: what changed, and for a category its reason."""
    codes = {(code.provider.id, code.code_set.id, code.value): code for code in catalog.codes}
    lines = []
    for change in release.diff.changed:
        provider, code_set, value = change.key
        code = codes.get(change.key)
        parts = []
        for name, old, new in change.fields:
            if name != "category":
                parts.append(name)
                continue
            reasons = [
                h.reason
                for h in (code.category_history if code else ())
                if h.previous.id == old and h.since == release.version
            ]
            moved = f"category {md_code(str(old))} → {md_code(str(new))}"
            parts.append(moved + (f" ({md_text(reasons[0])})" if reasons else ""))
        lines.append(f"Changed {md_code(value)} ({provider} {code_set}): " + "; ".join(parts))
    return lines


def _unpublished(value: object, text: str) -> str:
    return text if value is not None else "not published"


def _delivery_rows(provider: Provider) -> list[tuple[str, str]]:
    d = provider.delivery
    if d is None:
        return []
    if d.retry_schedule_minutes is not None:
        retries = "after " + ", ".join(str(m) for m in d.retry_schedule_minutes) + " minutes"
    elif d.retry_interval_minutes is not None:
        retries = f"every {d.retry_interval_minutes} minutes"
    else:
        retries = "not published"
    if d.max_attempts is not None:
        retries += f", at most {d.max_attempts} attempts"
    keys = [" + ".join(md_code(".".join(path)) for path in paths) for paths in d.dedup]
    keys.append("the SHA-256 of the raw body")
    if d.signed_timestamp:
        replay = "a signed timestamp: a tolerance refuses old deliveries"
    elif d.body_timestamp is not None:
        replay = (
            f"no signed header timestamp; the signed body's {md_code('.'.join(d.body_timestamp))}"
            " (when present) can be checked with a tolerance; otherwise deduplicate"
        )
    else:
        replay = "no signed timestamp: a replayed delivery verifies, so deduplicate"
    return [
        ("Payload kind", md_code(d.kind.id)),
        ("Success", _unpublished(d.success_status, f"HTTP {d.success_status}")),
        ("Time limit", _unpublished(d.timeout_seconds, f"{d.timeout_seconds} seconds")),
        ("Retries", retries),
        ("Replays", replay),
        ("Deduplication key", ", else ".join(keys)),
        ("Source addresses", ", ".join(md_code(a) for a in d.addresses) or "not published"),
        ("Notes", md_text(d.notes)),
        ("Sources", _sources(d.sources, "../")),
    ]


TARGET = Target(name="site_reference", roots=(ROOT,), render=render_files)
