"""The standards page: each open-banking standard of the catalog with its publisher, the versions
the catalog holds, its licence, where its codes are read (the code fields of any kind whose code
sets are the standard's, and the fields that hold its bodies whole) and what of it the catalog
does not hold."""

from __future__ import annotations

from codegen.model import Catalog, PayloadKind, Provider
from codegen.render import render
from codegen.targets.site import cells, pages
from codegen.targets.target import Files


def read_in(catalog: Catalog, standard: Provider) -> list[tuple[PayloadKind, str, bool]]:
    """Where the standard's codes are read: each kind's code field (its JSON path) whose code
    sets include one of the standard's, or "" where a kind's HTTP status is read as the
    standard's (a body whose own code is free text), then each field of a kind that holds whole
    (True) a body of a kind that reads them, in catalog order."""
    mine = {code_set.ref for code_set in standard.code_sets}
    fields: list[tuple[PayloadKind, str, bool]] = []
    for kind in catalog.payloads:
        for code_path in kind.code_paths:
            read = any(ref in mine for ref in code_path.code_sets)
            if read and (kind, code_path.path, False) not in fields:
                fields.append((kind, code_path.path, False))
        if kind.status_code_set is not None and kind.status_code_set.ref in mine:
            fields.append((kind, "", False))
    readers = {kind.id for kind, _, _ in fields}
    held = [
        (kind, embedded.field, True)
        for kind in catalog.payloads
        for embedded in kind.embeds
        if readers.intersection(embedded.kinds)
    ]
    return fields + held


def files(catalog: Catalog) -> Files:
    """The standards page, where the catalog has a standard."""
    standards = [provider for provider in catalog.providers if provider.is_standard]
    if not standards:
        return {}
    page = render(
        "site/standards.md.j2",
        header=catalog.header,
        cell=cells,
        standards=standards,
        read_in=lambda standard: read_in(catalog, standard),
        payload_page=pages.payload_page,
        up="",
    )
    return {f"{pages.ROOT}/standards.md": page}
