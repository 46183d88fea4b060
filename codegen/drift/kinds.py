"""How drift reads every kind of extract rule, in one registry: the model that declares the kind
in the spec (codegen.spec, which also says which formats a kind reads: its FORMATS, checked by
the spec's rules), the extractor that reads it from each of those formats, and what drift
compares from what it reads. The command's help and the tests read the kinds from here; a test
checks that the extractors here are exactly the formats the models allow.

A format's reader parses a saved copy once (an OpenAPI document, an SDK's declarations, a
Markdown page's tokens, an HTML page's tables, a CSV file's rows); each rule of the source then
reads that with its kind's extractor for the format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import spec
from codegen.drift import flowchart, openapi, pages, sdk, tabular
from codegen.drift.extract import Published, Reading

#: How a format's saved copy is parsed, once per source.
Reader = Callable[[Path], Any]
#: How one rule reads the parsed copy: (copy, rule, reading) -> what it publishes.
Extractor = Callable[[Any, Any, Reading], list[Published]]


@dataclass(frozen=True)
class Kind:
    """A kind of rule: its extractor for each format its model reads, and what drift compares."""

    extractors: Mapping[spec.ExtractFormat, Extractor]
    compares: str


FORMATS: Mapping[spec.ExtractFormat, Reader] = {
    "openapi": openapi.read,
    "typescript": sdk.read,
    "markdown": pages.read_markdown,
    "html": pages.read_html,
    "csv": tabular.read_csv,
}

KINDS: Mapping[type[spec.ExtractRuleBase], Kind] = {
    spec.EnumRule: Kind(
        {"openapi": openapi.enum, "typescript": sdk.enum},
        "the values an enum lists; the group its comments name, the name an object gives a number",
    ),
    spec.PairsRule: Kind(
        {"openapi": openapi.pairs},
        "the event types of the union and the codes of each type",
    ),
    spec.TableRule: Kind(
        {"markdown": pages.markdown_table, "html": pages.html_table, "csv": tabular.csv_table},
        "a code per row; description, message, HTTP statuses and group, as its columns name them",
    ),
    spec.SectionsRule: Kind(
        {"markdown": pages.sections},
        "a code per heading; its description, and the message, HTTP status and group of its "
        "JSON example",
    ),
    spec.ItemsRule: Kind(
        {"markdown": pages.items},
        "a code per list item; the description and group of its list",
    ),
    spec.FactsRule: Kind(
        {"markdown": pages.facts},
        "a code per table of labelled rows; description, message, HTTP statuses and group",
    ),
    spec.ExamplesRule: Kind(
        {"markdown": pages.examples},
        "a code per JSON example; its description",
    ),
    spec.FlowchartRule: Kind(
        {"markdown": flowchart.extract_flowchart},
        "a code per node; the code set's transitions, by its arrows",
    ),
    spec.ResponsesRule: Kind(
        {"openapi": openapi.responses},
        "the HTTP statuses its operations list among their responses",
    ),
}


def kind_of(rule: spec.ExtractRuleBase) -> Kind:
    return KINDS[type(rule)]


def summary() -> str:
    """Each kind of rule, the formats that read it and what drift compares from it (the
    command's help)."""
    return "\n".join(
        f"  {model.KIND} ({', '.join(model.FORMATS)}): {kind.compares}"
        for model, kind in KINDS.items()
    )
