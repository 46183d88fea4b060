"""A provider's code set: the codes of one field, their class in each package, where they
travel, how its statuses move on, and the form of the codes a sender may send of its own."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, model_validator
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema

from codegen.spec.base import (
    UNIQUE,
    Bool,
    Filled,
    Id,
    Keyed,
    Names,
    SourceRefs,
    SpecModel,
    Text,
    whole,
)
from codegen.spec.carried import PYTHON, Carried
from codegen.spec.codes import INT32, Code, Group, Scope

StatusList = Annotated[
    tuple[Annotated[Filled, Names("value")], ...], PydField(min_length=1), UNIQUE
]


class Transitions(SpecModel):
    """Where the sources publish how a status moves on (a payment's or a consent's lifecycle):
    the statuses an object starts in, and for each status the statuses it may move to next. A
    status with no entry in next is final. The site draws them as a state diagram; Python's
    next_statuses and TypeScript's nextStatuses give them."""

    initial: StatusList
    next: dict[Annotated[str, Names("value")], StatusList] = PydField(
        description="Each status and the statuses it may move to next."
    )
    sources: SourceRefs
    editorial: Bool = PydField(
        False,
        description="true when the sources describe the statuses but draw no transitions, and "
        "these are bankcodes' reading of the descriptions (explained in notes).",
    )
    notes: Text | None = None


#: A code set whose codes travel as JSON integers: each value an integer of 32 bits, each code
#: named; in any other code set each value is a string.
_WIRE_TYPE: dict[str, Any] = {
    "if": {"required": ["wire_type"], "properties": {"wire_type": {"const": "integer"}}},
    "then": {
        "properties": {
            "codes": {
                "items": {
                    "required": ["name"],
                    "properties": {
                        "value": {"type": "integer", "minimum": -INT32, "maximum": INT32 - 1},
                        "aliases": False,
                    },
                }
            }
        }
    },
    "else": {"properties": {"codes": {"items": {"properties": {"value": {"type": "string"}}}}}},
    "dependentRequired": {
        "own_codes": ["own_codes_category", "own_codes_description"],
        "own_codes_category": ["own_codes"],
        "own_codes_description": ["own_codes"],
    },
}

#: The form of the codes a sender may send of its own in a code set's field: a regular
#: expression anchored at both ends, of the syntax Python and JavaScript read alike (letters,
#: digits, classes, groups, alternatives, quantifiers and escapes; no flags, lookaround or
#: backreference), at most 200 characters.
_FORM = whole(r"\^[A-Za-z0-9_\\.\[\]\-+*?{},|()]+\$")
OwnCodesPattern = Annotated[str, PydField(min_length=3, max_length=200, pattern=_FORM)]


def inherit(entries: object, defaults: dict[str, Any]) -> object:
    """Entries (dicts) with the defaults they do not set themselves."""
    if not isinstance(entries, list) or not defaults:
        return entries
    return [{**defaults, **entry} if isinstance(entry, dict) else entry for entry in entries]


#: Where a code set's form of the sender's own codes is shown as a fact: the records, its page
#: and codegen diff (the command line, the MCP server and the decoder word it in their answer
#: about such a code).
OWN_CODES = ("python", "typescript", "site", "diff")


class CodeSet(SpecModel):
    """The codes of one field: their class in each package, where they travel, their sources
    and the codes themselves."""

    model_config = ConfigDict(json_schema_extra=_WIRE_TYPE)

    #: The code set's key in `code_sets`.
    id: Annotated[SkipJsonSchema[str], Carried("Id", shown=PYTHON)]
    class_name: str = PydField(
        pattern=whole("[A-Z][A-Za-z0-9]*"),
        max_length=80,
        description="The Python enum's name; TypeScript prepends the provider's type_prefix.",
    )
    title: Annotated[Text, Carried("Title", shown=PYTHON)]
    description: Annotated[Text, Carried("Description", shown=PYTHON)]
    field: Annotated[Text, Carried("Wire field", shown=PYTHON)] = PydField(
        description="Where the value travels on the wire."
    )
    wire_type: Literal["string", "integer"] = PydField(
        "string",
        description="How the codes travel: strings (the default) or JSON integers, such as "
        "numeric statuses. An integer code set's values are JSON integers, each code has a name "
        "(its identifier) and no aliases; readers accept the number or its decimal string.",
    )
    sources: SourceRefs
    category: Annotated[Id, Names("category")] | None = PydField(
        None, description="The category of every code without one."
    )
    scope: Scope | None = None
    groups: Keyed[Id, Group] = PydField(default_factory=dict)
    transitions: Transitions | None = None
    states: Annotated[bool | None, Carried("Connection states", level="minor")] = PydField(
        None,
        description="true where the codes are a connection's, an item's, a link's or a "
        "consent's statuses: every code then has a state, its own or its category's.",
    )
    own_codes: Annotated[
        OwnCodesPattern | None, Carried("Own codes' form", level="minor", shown=OWN_CODES)
    ] = PydField(
        None,
        description="Where the source lets a sender put a code of its own in this field, in a "
        "form it gives (a bank's own namespaced code under a standard, Org.Code): that form, "
        "as a regular expression the whole value matches. A value the code set does not list "
        "but that matches it is read as such a code (with own_codes_category and "
        "own_codes_description), never as unknown; a listed value is read as its code.",
    )
    own_codes_category: Annotated[
        Annotated[Id, Names("category")] | None,
        Carried("Own codes' category", level="minor", shown=OWN_CODES),
    ] = PydField(
        None,
        description="The category of a code of the sender's own (own_codes): bankcodes' "
        "reading, as the form says whose code it is, not what it means.",
    )
    own_codes_description: Annotated[Text | None, Carried("Own codes' words", shown=OWN_CODES)] = (
        PydField(
            None,
            description="What a code of the sender's own (own_codes) is, in bankcodes' words, "
            "quoting the source where it describes the form.",
        )
    )
    codes: tuple[Code, ...] = PydField(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _codes_inherit(cls, data: Any) -> Any:
        """Each code's sources and category are the code set's unless it gives its own."""
        if not isinstance(data, dict) or "codes" not in data:
            return data
        defaults = {key: data[key] for key in ("sources", "category") if key in data}
        return {**data, "codes": inherit(data["codes"], defaults)}
