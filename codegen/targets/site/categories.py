"""The page of each category (its codes across providers), the list of categories, and the
matrix of categories and providers."""

from __future__ import annotations

from codegen.incremental import per_provider
from codegen.model import Catalog, Code, Provider
from codegen.render import render
from codegen.targets.site import cells, pages
from codegen.targets.site import markup as mk
from codegen.targets.target import Files


def files(catalog: Catalog) -> Files:
    members: dict[str, list[Code]] = {category.id: [] for category in catalog.categories}
    by_provider: dict[tuple[str, str], list[Code]] = {
        (category.id, provider.id): []
        for category in catalog.categories
        for provider in catalog.providers
    }
    for code in catalog.codes:
        members[code.category.id].append(code)
        by_provider[code.category.id, code.provider.id].append(code)
    context = {"header": catalog.header, "cell": cells, "actors": pages.ACTORS, "catalog": catalog}
    found = {}
    listed = [_listed(catalog, provider) for provider in catalog.providers]
    for category in catalog.categories:
        page = pages.category_page(category)
        codes = "".join(blocks.get(category.id, "") for blocks in listed)
        found[f"{pages.ROOT}/{page}"] = render(
            "site/category.md.j2",
            category=category,
            codes=members[category.id],
            listed=mk.raw(codes),
            unknown=category is catalog.unknown,
            up="../",
            **context,
        )
    found[f"{pages.ROOT}/categories/index.md"] = render(
        "site/categories.md.j2", members=members, **context
    )
    with mk.html():
        table = render(
            "site/matrix.html.j2", cells=by_provider, up=mk.up_from("matrix.md"), **context
        )
    found[f"{pages.ROOT}/matrix.md"] = render("site/matrix.md.j2", table=mk.raw(table), **context)
    return found


@per_provider
def _listed(catalog: Catalog, provider: Provider) -> dict[str, str]:
    """The part of each category's page that lists `provider`'s codes in it, as HTML, by the
    category's id (the page lists these parts in the catalog's order of providers)."""
    members: dict[str, list[Code]] = {}
    for code in (code for code_set in provider.code_sets for code in code_set.codes):
        members.setdefault(code.category.id, []).append(code)
    found = {}
    for category in (category for category in catalog.categories if category.id in members):
        up = mk.up_from(pages.category_page(category))
        with mk.html():
            found[category.id] = render(
                "site/category_codes.html.j2",
                by_provider=[(provider, members[category.id])],
                up=up,
                cell=cells,
            )
    return found
