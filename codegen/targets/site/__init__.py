"""Target: the generated reference pages of the MkDocs site, in site/docs/reference/.

One module per kind of page, each rendering its pages from the resolved model through a small
template; every value is escaped by a filter or a cell of cells.py as the template writes it.
nav.json lists the pages with HTML-escaped titles; site/build.py adds it to the navigation, and
at build time adds the JSON Schemas of generated/jsonschema/ beside the payload pages.
"""

from __future__ import annotations

from codegen.model import Catalog
from codegen.targets.site import (
    catalog_pages,
    categories,
    code_sets,
    decisions,
    feed,
    llms,
    payloads,
    providers,
    standards,
)
from codegen.targets.site.pages import ROOT
from codegen.targets.target import Files, Target


def render_files(catalog: Catalog) -> Files:
    files: dict[str, str] = {}
    for module in (
        code_sets,
        providers,
        standards,
        categories,
        payloads,
        catalog_pages,
        feed,
        decisions,
        llms,
    ):
        files.update(module.files(catalog))
    return files


TARGET = Target(name="site_reference", roots=(ROOT,), render=render_files)
