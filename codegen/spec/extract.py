"""How `python -m codegen.drift` reads the codes a saved copy of a source publishes: its format,
and one rule per code set, each rule of one kind.

A rule's kind is the one key it has beside code_set (and code_pattern): `enum`, `pairs`,
`table`, `sections`, `items`, `facts`, `examples` or `flowchart`, each its own model here with
the formats whose copies it reads (FORMATS); codegen.drift.kinds says how it reads each.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Tag
from pydantic import Field as PydField

from codegen.spec.base import (
    UNIQUE,
    Bool,
    CodeSetRef,
    Integer,
    Names,
    Short,
    SpecModel,
    whole,
)

#: The formats of the saved copies a source's extractor reads: an OpenAPI document, an SDK's
#: TypeScript or JavaScript source, a Markdown page, an HTML page, a CSV file.
ExtractFormat = Literal["openapi", "typescript", "markdown", "html", "csv"]
Paragraph = Literal["paragraph"]

CodePattern = Annotated[
    str,
    PydField(
        min_length=1,
        max_length=200,
        description="A regular expression each code the rule reads matches in full: a row or "
        "heading whose text does not (a page footer read into a table, an N/A cell) is not a "
        "code.",
    ),
]


class ExtractRuleBase(SpecModel):
    """What every rule has: the code set it reads, as provider.code_set."""

    #: The key that tells this kind of rule apart (the name of its own field).
    KIND: ClassVar[str]
    #: The formats of the sources whose saved copies a rule of this kind reads.
    FORMATS: ClassVar[tuple[ExtractFormat, ...]]

    code_set: CodeSetRef


#: Where an enum is: a JSON pointer (OpenAPI), or a declaration's name (an SDK's source).
EnumTarget = Annotated[str, PydField(min_length=1, max_length=300)]
EnumTargets = Annotated[tuple[EnumTarget, ...], PydField(min_length=1), UNIQUE]


class PatternRuleBase(ExtractRuleBase):
    """A rule that reads text where other text may stand (a footer, an N/A cell, an
    enum of every event of which a code set holds some)."""

    code_pattern: CodePattern | None = None


class EnumRule(PatternRuleBase):
    """The codes an enum lists (an OpenAPI document or an SDK's TypeScript source), or the codes
    several enums list."""

    KIND = "enum"
    FORMATS = ("openapi", "typescript")
    enum: EnumTarget | EnumTargets = PydField(
        description="A JSON pointer to a schema with an enum (OpenAPI; its list of strings "
        "under enum, else under x-namespaced-enum, as some standards write it), or, in an "
        "SDK's TypeScript or JavaScript source, the name of an enum, a union of string "
        "literals (one inside a namespace also by its path from it, Namespace.Type), an "
        "interface's or an object type's property typed with such a union "
        "(Interface.property; a property of an object within by its path, "
        "Type.object.property), or a "
        "const, let or var whose initializer is an object literal that maps "
        "numbers to names ({0: 'FIRST', 1: 'SECOND'}: each key's decimal text is a code's "
        "value and its string the code's name, for a code set whose wire_type is integer) "
        "or an array of strings (['A', ...OTHER] as const: an array it spreads is read in "
        "its place). "
        "A list of them reads a code set whose codes are spread over several enums (one per "
        "HTTP status and service, as some standards write them): its codes are every "
        "value any of them lists, a value listed by several being one code, read where it "
        "is first listed."
    )
    group_comments: Bool = PydField(
        False,
        description="A one-word comment inside the enum names the group of the members after it.",
    )
    keys: Bool = PydField(
        False,
        description="The codes are the keys of the object the rule names (an object literal, "
        "or a class's field initialized with one: Class.field) or the names of an interface's "
        "members, not its values (an SDK's map of codes to texts, a client's methods).",
    )
    descriptions_by_name: Bool = PydField(
        False,
        description="The x-enum-descriptions list follows the values sorted by name, not the "
        "enum's order (as some API references write it).",
    )

    @property
    def enums(self) -> tuple[str, ...]:
        """The pointers or names the rule reads, in its order."""
        return (self.enum,) if isinstance(self.enum, str) else self.enum


class Pairs(SpecModel):
    """Every schema with both properties gives a type value to this code set, and a code to
    the code set its type has in the payload kind's union."""

    type: Short = PydField(description="The property that holds the event's type.")
    code: Short = PydField(description="The property that holds the event's code.")
    kind: Annotated[str, Names("payload kind")] = PydField(
        min_length=1, description="The payload kind whose union maps each type to a code set."
    )


class PairsRule(ExtractRuleBase):
    """The event types and codes of an OpenAPI document's event schemas."""

    KIND = "pairs"
    FORMATS = ("openapi",)
    pairs: Pairs


class Columns(SpecModel):
    """The header text of the columns that hold each fact."""

    code: Short
    description: Short | None = None
    message: Short | None = None
    http: Short | None = None
    group: Short | None = None


class TableRule(PatternRuleBase):
    """A table's rows (Markdown, HTML or a CSV file), a code per row."""

    KIND = "table"
    FORMATS = ("markdown", "html", "csv")
    table: Columns
    rows: Annotated[dict[Short, Short], PydField(min_length=1)] | None = PydField(
        None,
        description="Only the rows whose cell under each column named here (by its header "
        "text) is the text given, whitespace around the cell aside: the rows of one code set in "
        'a table or CSV file that holds several ({"Code Set": "StatusReasonCode"}). '
        "A page's table without such a column gives no row, a CSV file's header must have it, "
        "and a copy none of whose rows is kept is an error.",
    )


class SectionExample(SpecModel):
    """The fields of a section's JSON example that give the code (over the heading), its
    message and group, and the text before the JSON on its first line that precedes its HTTP
    status."""

    http_prefix: Short | None = None
    message: Short | None = None
    group: Short | None = None
    code: Short | None = None


class Sections(SpecModel):
    """A heading per code; its description in the first heading of description_level under it;
    a JSON example under it gives the code (over the heading), its message and group, the line
    before it its HTTP status."""

    level: Annotated[int, Integer(1, 6)]
    description_level: Annotated[int, Integer(1, 6)] | None = None
    example: SectionExample | None = None
    labels: Annotated[tuple[Short, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description='Headings of description_level that label a part of every section ("Common '
        'causes"), never a description.',
    )


class SectionsRule(PatternRuleBase):
    """A Markdown page's sections, a code per heading."""

    KIND = "sections"
    FORMATS = ("markdown",)
    sections: Sections


class Items(SpecModel):
    """A group page (Markdown) that lists its codes, one per list item (a link whose text is the
    code): every list item whose text matches the rule's code_pattern in full is a code."""

    description: Paragraph | None = PydField(
        None,
        description="The paragraph just before a list is the description of each code it lists "
        "(the group's own description).",
    )
    group: Literal["heading"] | None = PydField(
        None,
        description="The page's first level-1 heading is the group of each code it lists (a "
        "title of the code set's groups, or a group id).",
    )


class ItemsRule(PatternRuleBase):
    """A Markdown page's list items, a code per item that matches the code_pattern."""

    KIND = "items"
    FORMATS = ("markdown",)
    code_pattern: CodePattern
    items: Items


class Facts(SpecModel):
    """A per-code page (Markdown): the label (first cell, markup removed) of the row of a
    two-column table that holds each fact; every table with a row labelled `code` gives one
    code. A fact whose row the table lacks is not read; an HTTP status row may give several
    ("404 or 500")."""

    code: Short
    http: Short | None = None
    message: Short | None = None
    group: Short | None = None
    description: Paragraph | None = PydField(
        None, description="The paragraph just before the table is the code's description."
    )


class FactsRule(PatternRuleBase):
    """A table of labelled rows on a per-code page (Markdown)."""

    KIND = "facts"
    FORMATS = ("markdown",)
    facts: Facts


class Examples(SpecModel):
    """A page (Markdown) that shows each code in a JSON example of the payload carrying it:
    every fenced block that is a JSON object with a text or number at `code` gives a code; a
    block that is no JSON or lacks the path gives nothing."""

    code: str = PydField(
        pattern=whole(r"[^.\s]+(\.[^.\s]+)*"),
        max_length=200,
        description="The dotted path, in each JSON example, of the text or number that is a "
        "code (data.screen).",
    )
    description: Paragraph | None = PydField(
        None, description="The paragraph just before an example is its code's description."
    )


class ExamplesRule(PatternRuleBase):
    """The JSON examples of a Markdown page, a code per example."""

    KIND = "examples"
    FORMATS = ("markdown",)
    examples: Examples


class Flowchart(SpecModel):
    """A lifecycle's Mermaid flowchart (Markdown: a mermaid block, or a paragraph that opens
    with flowchart or graph): every node is a code, named by its id, and every directed edge a
    transition, compared with the code set's transitions. It takes no options."""


class FlowchartRule(ExtractRuleBase):
    """A lifecycle's Mermaid flowchart: its statuses and transitions."""

    KIND = "flowchart"
    FORMATS = ("markdown",)
    flowchart: Flowchart


class Responses(SpecModel):
    """The HTTP statuses an OpenAPI document's operations list among their responses (an error
    status's code set: a code_pattern such as [45][0-9]{2} keeps the errors): every key of
    every operation's responses that is a three-digit status is a code, listed once. It takes
    no options."""


class ResponsesRule(PatternRuleBase):
    """The HTTP statuses of an OpenAPI document's responses."""

    KIND = "responses"
    FORMATS = ("openapi",)
    responses: Responses


#: Every kind of rule, in the order a rule's keys are looked at.
RULES: tuple[type[ExtractRuleBase], ...] = (
    EnumRule,
    PairsRule,
    TableRule,
    SectionsRule,
    ItemsRule,
    FactsRule,
    ExamplesRule,
    FlowchartRule,
    ResponsesRule,
)


def rule_kind(value: Any) -> str | None:
    """The kind of a rule: the first kind whose key it has (None: it has none)."""
    if isinstance(value, ExtractRuleBase):
        return value.KIND
    if isinstance(value, dict):
        return next((rule.KIND for rule in RULES if rule.KIND in value), None)
    return None


ExtractRule = Annotated[
    Annotated[EnumRule, Tag(EnumRule.KIND)]
    | Annotated[PairsRule, Tag(PairsRule.KIND)]
    | Annotated[TableRule, Tag(TableRule.KIND)]
    | Annotated[SectionsRule, Tag(SectionsRule.KIND)]
    | Annotated[ItemsRule, Tag(ItemsRule.KIND)]
    | Annotated[FactsRule, Tag(FactsRule.KIND)]
    | Annotated[ExamplesRule, Tag(ExamplesRule.KIND)]
    | Annotated[FlowchartRule, Tag(FlowchartRule.KIND)]
    | Annotated[ResponsesRule, Tag(ResponsesRule.KIND)],
    Discriminator(rule_kind),
]


class Extract(SpecModel):
    """How `python -m codegen.drift` reads the codes a saved copy of this source publishes: its
    format, and one rule per code set."""

    format: ExtractFormat
    code_sets: tuple[ExtractRule, ...] = PydField(min_length=1)


class Count(SpecModel):
    """What `python -m codegen.drift` counted of one code set in the source's pinned copy: how
    many values the source lists, and how many of them the catalog holds."""

    code_set: CodeSetRef
    listed: Annotated[int, Integer(1, 1_000_000)] = PydField(
        description="How many distinct values the source lists for the code set, as its "
        "extractor reads them (an alias of a code counts as that code)."
    )
    held: Annotated[int, Integer(0, 1_000_000)] = PydField(
        description="How many of them the catalog holds, as a code's value or alias (at most "
        "listed)."
    )
