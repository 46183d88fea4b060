"""The pages about the whole catalog: the reference index, the sources, the changelog, the index
of every spelling that search and the decoder read (codes.json), and the navigation (nav.json)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from codegen import changelog
from codegen.filters import html_text, json_text, md_text
from codegen.incremental import per_provider
from codegen.model import REFERENCE, Catalog, Code, CodeSet, Provider, Source
from codegen.render import render
from codegen.targets.site import cells, feed, pages
from codegen.targets.site import markup as mk
from codegen.targets.target import Files


@dataclass(frozen=True)
class SourceGroup:
    """The sources of one page: a provider's (Source.owner), or the shared ones."""

    #: Whose documents they are, as text.
    name: str
    #: The page, relative to the reference folder.
    page: str
    #: What the page lists, in a sentence of Markdown.
    about: str
    sources: tuple[Source, ...]

    @property
    def title(self) -> str:
        return md_text(self.name)

    def link(self, up: str) -> str:
        return mk.page_link(self.title, up, self.page)


def source_table(group: SourceGroup) -> str:
    """The table of a sources page, as HTML ready-made (between the marks of a raw region): a
    provider's page lists up to hundreds of documents, which Markdown would otherwise parse on
    every build of the site. Each row holds its document's anchor."""
    with mk.html():
        rows = [
            (
                f'<span id="{html_text(source.id)}"></span>{cells.source_link(source)}',
                html_text(pages.SOURCE_KINDS[source.kind]),
                cells.pin(source),
                cells.reading(source),
                html_text(source.checked) if source.checked else cells.DASH,
            )
            for source in group.sources
        ]
        # The page is left out of the search as a whole (its front matter).
        table = mk.table(("Document", "Kind", "Pinned", "Read", "Checked"), rows, excluded=False)
    return mk.raw(table)


def source_list(catalog: Catalog) -> str:
    """Every document of the catalog, each linked to its row on its sources page, as an HTML list
    ready-made for the sources page (its anchor before each)."""
    with mk.html():
        up = mk.up_from("sources.md")
        items = [(html_text(source.id), cells.sources((source,), up)) for source in catalog.sources]
    return mk.raw(render("site/source_list.html.j2", items=items))


def source_groups(catalog: Catalog) -> list[SourceGroup]:
    """The sources pages: one per provider that has documents, in the catalog's order, then the
    shared documents."""
    owned: dict[str | None, list[Source]] = {}
    for source in catalog.sources:
        owned.setdefault(source.owner, []).append(source)
    groups = [
        SourceGroup(
            p.name,
            pages.source_page_of(p.id),
            f"The documents the facts of {md_text(p.name)} come from.",
            tuple(owned[p.id]),
        )
        for p in catalog.providers
        if p.id in owned
    ]
    if None in owned:
        about = (
            "The documents no one provider's facts take in: those several cite, and those of "
            "the catalog's own parts (its categories, its releases)."
        )
        groups.append(
            SourceGroup("Other documents", pages.source_page_of(None), about, tuple(owned[None]))
        )
    return groups


#: The fields of an entry of the codes' index, in order.
INDEX_FIELDS = (
    *("spelling", "provider", "provider_name", "code_set", "code_set_title", "url"),
    *("category", "closer", "name"),
)


def codes_index(catalog: Catalog) -> str:
    """Every wire value and alias with where its code is documented: what the site's exact
    search and the decoder look codes up in; the JSON text `json_text` writes of it, its entries
    written provider by provider."""
    head = json_text({"$comment": catalog.header, "fields": list(INDEX_FIELDS), "codes": []})
    entries = [entry for provider in catalog.providers for entry in _entries(catalog, provider)]
    if not entries:
        return head
    opened = head.removesuffix("[]\n}\n") + "[\n"
    return opened + ",\n".join(entries) + "\n  ]\n}\n"


@per_provider
def _entries(catalog: Catalog, provider: Provider) -> list[str]:
    """The entries of `provider`'s codes in the codes' index, each as `json_text` writes it
    there (two levels in)."""
    entries = [
        [
            spelling,
            code.provider.id,
            code.provider.name,
            code.code_set.id,
            code.code_set.title,
            f"{REFERENCE}/{code.page}",
            code.category.id,
            [
                [e.code.provider.id, e.code.code_set.id, e.code.value, e.same, e.reason]
                for e in code.equivalents
                if e.code.provider != code.provider
            ],
            code.identifier if code.identifier != str(code.value) else "",
        ]
        for code_set in provider.code_sets
        for code in code_set.codes
        for spelling in (code.value, *code.aliases)
    ]
    return [textwrap.indent(json_text(entry).rstrip("\n"), "    ") for entry in entries]


def _code_set_entry(code_set: CodeSet, entry: Callable[[str, str], dict[str, str]]) -> object:
    """A code set's page, or the section of a split one: its page, then a page per part."""
    split = pages.parts(code_set)
    if not split:
        return entry(code_set.title, pages.code_set_page(code_set))
    found = [entry(code_set.title, pages.code_set_page(code_set))]
    found += [entry(part.title, pages.part_page(code_set, part)) for part in split]
    return {html_text(code_set.title): found}


def nav(catalog: Catalog) -> list[object]:
    """The reference pages for mkdocs' nav; titles are HTML (escaped text), as the theme
    inserts them into the page unchanged (site/overrides keeps them escaped in <title>)."""

    def entry(title: str, path: str) -> dict[str, str]:
        return {html_text(title): f"reference/{path}"}

    providers: list[object] = []
    for provider in catalog.providers:
        # Each section's index page named too, so that it is titled (its <title>) by it.
        found: list[object] = [entry(provider.name, pages.provider_page(provider))]
        found += [_code_set_entry(cs, entry) for cs in provider.code_sets]
        if provider.sdk is not None:
            found.append(entry("SDK methods", f"{provider.id}/sdk-methods.md"))
        providers.append({html_text(provider.name): found})
    categories: list[object] = [entry("Categories", "categories/index.md")]
    categories += [entry(c.title, pages.category_page(c)) for c in catalog.categories]
    payloads: list[object] = [entry("Payloads", "payloads/index.md")]
    payloads += [entry(kind.title, pages.payload_page(kind)) for kind in catalog.payloads]
    standards = (
        [{"Open-banking standards": "reference/standards.md"}] if catalog.has_standards else []
    )
    return [
        entry("Reference", "index.md"),
        *providers,
        *standards,
        {"Categories": categories},
        {"Matrix": "reference/matrix.md"},
        {"Payloads": payloads},
        {"Webhooks by provider": "reference/webhooks.md"},
        {"When to act": "reference/when-to-act.md"},
        {"Browser listeners": "reference/listeners.md"},
        {
            "Sources": [entry("Sources", "sources.md")]
            + [entry(f"Sources: {group.name}", group.page) for group in source_groups(catalog)]
        },
        {"How current it is": "reference/drift.md"},
        {"Changelog": "reference/changelog.md"},
    ]


def code_set_table(provider: Provider) -> str:
    """A provider's code sets on the reference's index, as HTML ready-made."""
    with mk.html():
        up = mk.up_from("index.md")
        rows = [
            (cells.code_set_link(code_set, up), mk.code(code_set.field), str(len(code_set.codes)))
            for code_set in provider.code_sets
        ]
        return mk.raw(mk.table(("Code set", "Wire field", "Codes"), rows, excluded=False))


def counts_table(counts: Sequence[tuple[str, str, int]]) -> str:
    """The first release's codes counted by code set, as HTML ready-made."""
    rows = [
        (html_text(provider), html_text(title), str(count)) for provider, title, count in counts
    ]
    return mk.raw(mk.table(("Provider", "Code set", "Codes"), rows, excluded=False))


def drift_table(catalog: Catalog) -> str:
    """The drift page's table, as HTML ready-made: every source drift reads, with what the last
    watch found of it (a dash when none)."""
    results = {} if catalog.watch is None else catalog.watch.results
    with mk.html():
        rows: list[tuple[str, ...]] = []
        for source in (source for source in catalog.sources if source.reads):
            state, detail = results.get(source.id, ("", ""))
            text = f"{state}: {detail}" if detail else state
            checked = mk.text(source.checked) if source.checked else cells.DASH
            found = mk.text(text) if text else cells.DASH
            reads = cells.codes(source.reads)
            rows.append((cells.source_link(source), reads, cells.pin(source), checked, found))
        headings = ("Source", "Reads", "Pinned", "Checked", "Last watch")
        # The page is left out of the search as a whole (its front matter).
        return mk.raw(mk.table(headings, rows, excluded=False))


def files(catalog: Catalog) -> Files:
    codes = {(code.provider.id, code.code_set.id, code.value): code for code in catalog.codes}

    def changed(release: changelog.Release) -> list[tuple[changelog.Change, Code | None]]:
        return [(change, codes.get(change.key)) for change in release.diff.changed]

    context = {"header": catalog.header, "cell": cells, "catalog": catalog}
    groups = source_groups(catalog)
    return {
        f"{pages.ROOT}/index.md": render(
            "site/reference.md.j2", code_sets=code_set_table, **context
        ),
        f"{pages.ROOT}/sources.md": render(
            "site/sources.md.j2", groups=groups, every=source_list(catalog), **context
        ),
        **{
            f"{pages.ROOT}/{group.page}": render(
                "site/source_group.md.j2", group=group, table=source_table(group), **context
            )
            for group in groups
        },
        f"{pages.ROOT}/drift.md": render(
            "site/drift.md.j2", table=drift_table(catalog), watch=catalog.watch, **context
        ),
        f"{pages.ROOT}/changelog.md": render(
            "site/changelog.md.j2",
            releases=changelog.history(catalog),
            changed=changed,
            reason_of=changelog.category_reason,
            counts_table=counts_table,
            raw=mk.raw,
            feed=bool(feed.dated(catalog)),
            **context,
        ),
        f"{pages.ROOT}/codes.json": codes_index(catalog),
        f"{pages.ROOT}/nav.json": json_text(
            {
                "$comment": catalog.header,
                "nav": nav(catalog),
                # The site's address, where the catalog names its reference site.
                **(
                    {"site_url": catalog.about.documentation} if catalog.about.documentation else {}
                ),
            }
        ),
    }
