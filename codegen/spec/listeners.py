"""A browser listener helper of the TypeScript package: the events it reads and, for window
messages, the hosts it accepts them from."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict
from pydantic import Field as PydField

from codegen.spec.base import (
    UNIQUE,
    FieldName,
    Names,
    Short,
    SourceRefs,
    SpecModel,
    Text,
    TsFunction,
    TypeName,
    whole,
)


class ListenerOrigins(SpecModel):
    """The hosts a message listener accepts messages from."""

    hosts: Annotated[
        tuple[
            Annotated[
                str, PydField(max_length=253, pattern=whole(r"(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+"))
            ],
            ...,
        ],
        PydField(min_length=1),
        UNIQUE,
    ]
    sources: SourceRefs
    notes: Text
    hosts_constant: str = PydField(pattern=whole("[A-Z][A-Z0-9_]*"), max_length=80)
    check_function: TsFunction
    example_host: str = PydField(
        pattern=whole("[a-z0-9.-]+"),
        description="One exact host the provider documents, for examples: an app lists the exact "
        "host of its own instance.",
    )


class ListenerEvent(SpecModel):
    """An event a listener reads: an object type of the kind, with its code fields."""

    model_config = ConfigDict(json_schema_extra={"dependentRequired": {"tag_value": ["tag"]}})

    kind: str = PydField(pattern=whole("[a-z][a-z0-9_]*"), max_length=40)
    type: Annotated[TypeName, Names("event type")] = PydField(
        description="An object type of the kind, or a variant of its discriminated union (by its "
        "name)."
    )
    codes: Annotated[
        tuple[
            Annotated[
                str,
                PydField(
                    pattern=whole(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,3}"),
                    max_length=200,
                ),
            ],
            ...,
        ],
        PydField(min_length=1),
        UNIQUE,
    ] = PydField(
        description="The code fields, most specific first; a dotted name reads a field of a "
        "nested object (details.status)."
    )
    tag: FieldName | None = PydField(
        None,
        description="The code field whose presence (any value but null and an empty string) "
        "selects the event, which a value of another type than the field's then makes invalid; "
        "with tag_value, whose value does.",
    )
    tag_value: Short | None = PydField(
        None,
        description="The value of the tag that selects this event (a known code of the tag's "
        "code set), so that events sharing one tag field (a message's type) are told apart and "
        "each narrows to its own type.",
    )


class Listener(SpecModel):
    """A browser listener helper of the TypeScript package, for a browser payload."""

    function: TsFunction
    transport: Literal["message", "callback"] = PydField(
        description="message: window message events from a provider's frame (origins are "
        "checked); callback: an object an SDK passes to a callback."
    )
    description: Text
    events: tuple[ListenerEvent, ...] = PydField(min_length=1)
    origins: ListenerOrigins | None = None
