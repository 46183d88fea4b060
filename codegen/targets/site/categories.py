"""The page of each category (its codes across providers), the list of categories, and the
matrix of categories and providers."""

from __future__ import annotations

from codegen.model import Catalog, Code
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
    for category in catalog.categories:
        page = pages.category_page(category)
        listed = [
            (provider, by_provider[category.id, provider.id])
            for provider in catalog.providers
            if by_provider[category.id, provider.id]
        ]
        with mk.html():
            codes = render(
                "site/category_codes.html.j2", by_provider=listed, up=mk.up_from(page), cell=cells
            )
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
