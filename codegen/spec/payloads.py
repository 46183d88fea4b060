"""The payloads providers send (webhooks, SDK callbacks, browser messages): their types, where
their codes are, how a body is recognised, and their published examples."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema

from codegen.spec.base import (
    NULLABLE,
    UNIQUE,
    CodeSetRef,
    FieldName,
    Filled,
    Header,
    Id,
    Integer,
    Keyed,
    KindRef,
    Names,
    SourceRefs,
    SpecModel,
    Text,
    TrueFlag,
    TypeName,
    TypeNameRef,
    whole,
)
from codegen.spec.carried import RECORDS, Carried
from codegen.spec.decisions import NextStep
from codegen.spec.listeners import Listener
from codegen.spec.payload_types import TypeDef
from codegen.spec.signed_bodies import SignedBody

#: A key of a body, or a path of keys through nested objects separated by dots.
KeyPath = Annotated[
    str,
    PydField(
        min_length=1,
        max_length=200,
        pattern=whole(r"[^.\s\[\]]+(\[\])?(\.[^.\s\[\]]+(\[\])?)*"),
        description="A key of the body, or keys through nested objects separated by dots "
        "(payload.reconnect_id: the key reconnect_id of the object at payload); a key ending in "
        "[] steps into every item of the array it holds (errors[].code: the code of any item of "
        "errors).",
    ),
]


class Recognition(SpecModel):
    """One way a body is told apart: keys present, keys absent, keys holding a JSON object,
    keys holding a code of given code sets, keys holding a text in the provider's namespace.
    An entry tells a provider's body apart only by evidence of it (codegen.spec.evidence): a
    text in its namespace, a field of its own, several of its fields together that no shape
    anyone's holds, or a code only its code sets hold; never by a field or a shape many APIs
    share, nor by a code they share. An entry with none applies only where the reader is told
    the provider (`provider_given`), and so does a body that matches an entry by codes alone
    when every one it carries is anyone's."""

    model_config = ConfigDict(json_schema_extra={"minProperties": 1})

    present: Annotated[tuple[KeyPath, ...], PydField(min_length=1), UNIQUE] = ()
    absent: Annotated[tuple[KeyPath, ...], PydField(min_length=1), UNIQUE] = ()
    objects: Annotated[tuple[KeyPath, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description="Keys that hold a JSON object (an error object, not an error code).",
    )
    codes: Annotated[
        dict[KeyPath, Annotated[tuple[CodeSetRef, ...], PydField(min_length=1), UNIQUE]],
        PydField(min_length=1),
    ] = PydField(default_factory=dict)
    prefixes: Annotated[
        dict[
            KeyPath,
            Annotated[
                tuple[Annotated[str, PydField(min_length=3, max_length=200)], ...],
                PydField(min_length=1),
                UNIQUE,
            ],
        ],
        PydField(min_length=1),
    ] = PydField(
        default_factory=dict,
        description="Keys holding a text that begins with one of the given prefixes: the "
        "provider's namespace (a link to its documentation, a URN of its own), which tells its "
        "body apart from another service's body of the same shape.",
    )
    sources: SourceRefs = PydField(
        (),
        description="Where the provider publishes the namespace its prefixes read (its "
        "documentation address, its URNs): required with prefixes, and named as the evidence "
        "of every body they tell.",
    )
    wording: TrueFlag = PydField(
        False,
        description="Its prefixes read the start of a message in the provider's own words (a "
        "text only it is known to send, quoted from `sources`) rather than an address or a name "
        "of its own: the evidence is said as its wording.",
    )
    provider_given: TrueFlag = PydField(
        False,
        description="The entry is too plain to tell the provider from its body alone (one "
        "common field, such as OAuth's {error}): it applies only where the reader is told the "
        "provider (from_exception(error, provider), fromError(error, provider), explain - "
        "--provider, the decoder's provider).",
    )


class Example(SpecModel):
    """A published payload, which every generated schema must accept."""

    title: Text
    sources: SourceRefs
    decided_by: Annotated[
        Annotated[str, PydField(pattern=whole(r"\$(\.[^.\s\[\]]+|\[[0-9]+\])+"), max_length=200)]
        | None,
        NULLABLE,
    ] = PydField(
        None,
        description="The JSON path of the code that decides the example's outcome, as its "
        "sources describe it ($.error.code); null when it carries no code. The tests check that "
        "every reader decides as recorded.",
    )
    recognised: Literal["alone", "with_provider", "no"] = PydField(
        "alone",
        description="How the example is told apart: from its body alone (alone), only where "
        "the reader is told the provider (with_provider: a provider_given entry of the kind "
        "matches it), or not at all (no: a body as plain as {request_id}, which the kind's "
        "schema accepts but no reader can name). The tests check every reader so.",
    )
    data: object = PydField(description="The payload.")


class SdkShapeField(SpecModel):
    """A field an SDK sends: its JSON type, and whether it may be null."""

    type: Literal["string", "boolean", "integer", "object"]
    nullable: TrueFlag = False


class SdkShape(SpecModel):
    """What one of the provider's client SDKs sends for this payload, from its pinned source."""

    sdk: Text = PydField(
        description="The SDK, named as in scope.sdks (web, react-native, flutter, ios, android)."
    )
    naming: Literal["snake_case", "camelCase"]
    sources: SourceRefs
    fields: Annotated[
        dict[
            Annotated[
                str, PydField(pattern=whole(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*"))
            ],
            SdkShapeField,
        ],
        PydField(min_length=1),
    ]
    values: Annotated[
        dict[str, Annotated[tuple[Filled, ...], PydField(min_length=1), UNIQUE]],
        PydField(min_length=1),
    ] = PydField(default_factory=dict)
    redirect_params: Annotated[dict[str, Filled], PydField(min_length=1)] = PydField(
        default_factory=dict,
        description="Query parameter of the redirect URL -> the field the SDK fills from it.",
    )
    notes: Text | None = None


#: A field of a body, or a path of fields through nested objects separated by dots (error.id).
FieldPath = Annotated[
    str,
    PydField(pattern=whole("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*"), max_length=200),
]

#: A JSON path of a body's field ($.a.b; [*] for every item of an array; a last .*~ for the keys
#: of an object whose keys are codes).
JsonPath = Annotated[
    str, PydField(pattern=whole(r"\$(\.[A-Za-z_][A-Za-z0-9_]*(\[\*\])?)+(\.\*~)?"))
]


class Embedded(SpecModel):
    """A text field of the kind that holds another body whole, as JSON text: a provider's error
    that passes the bank's own error response through (a standard's error body as the text of
    one of its fields). Every reader reads that body as one of `kinds` and returns
    its code beside the kind's own."""

    field: JsonPath = PydField(description="The JSON path of the text field holding the body.")
    kinds: Annotated[
        tuple[KindRef, ...],
        PydField(min_length=1),
        UNIQUE,
    ] = PydField(
        description="The payload kinds the body may be (a standard's error kinds), recognised "
        "among these alone; a body that fits none, or several, is reported as unread."
    )
    decides: Literal["inner", "outer"] = PydField(
        "inner",
        description="Whose code decides what to do: inner (the default), the body's own code "
        "where the catalog knows it, as the innermost known code says most; outer, the kind's "
        "own code, where the provider says its code decides whatever the bank answered.",
    )
    sources: SourceRefs = PydField(
        description="Where the provider says the field holds the bank's body."
    )


class PayloadKind(SpecModel):
    """A kind of payload: its root type and types, its examples, how a body is recognised as
    this kind and which of its codes decides the outcome."""

    #: The kind's key in `payloads` (provider/name).
    id: SkipJsonSchema[str]
    provider: Annotated[Id, Names("provider")]
    module: Id
    title: Annotated[Text, Carried("Title", shown=("typescript",))] = PydField(
        description="What the kind is, in a few words, as pages and answers name it."
    )
    description: Text
    sources: SourceRefs
    root: TypeNameRef
    types: Keyed[TypeName, TypeDef]
    examples: tuple[Example, ...] = PydField(min_length=1)
    browser: TrueFlag = False
    request_id: Annotated[FieldPath | None, Carried("Request id", shown=RECORDS)] = PydField(
        None,
        description="The field of a body that holds the provider's id of the request (to quote "
        "to its support), or the path to it through nested objects (error.tracingId): "
        "bankcodes.from_exception and fromError report it.",
    )
    request_id_header: Annotated[Header | None, Carried("Request id header", shown=RECORDS)] = (
        PydField(
            None,
            description="The response header that holds the provider's id of the request where the "
            "body does not (a Request-Id header): bankcodes explain -, the site's decoder, "
            "bankcodes.from_exception and fromError read it from a response's headers; a body's "
            "request_id comes first.",
        )
    )
    status_field: Annotated[FieldName | None, Carried("Status field", shown=RECORDS)] = PydField(
        None,
        description="The top-level field of a body that holds the HTTP status of its response "
        "(an integer): bankcodes.from_exception reports it where the error carries no status.",
    )
    response_status: Annotated[
        Annotated[int, Integer(100, 599)] | None, Carried("Response status", shown=RECORDS)
    ] = PydField(
        None,
        description="The HTTP status of every response whose body is of this kind, where its "
        "sources say a body of it comes with that status alone (a successful response's "
        "body): a body read without its response's status is read with this one.",
    )
    status_code_set: Annotated[CodeSetRef | None, Carried("Status code set", shown=RECORDS)] = (
        PydField(
            None,
            description="The provider's code set of HTTP statuses (wire_type integer) with the "
            "meaning it gives each: where a response carrying this kind has no code the "
            "catalog knows (none, or one unknown) and its status is one of these codes, the "
            "status decides, said as such (path and field '(HTTP status)'), in every reader "
            "that has the status.",
        )
    )
    words: Annotated[tuple[JsonPath, ...] | None, Carried("Provider's words", shown=RECORDS)] = (
        PydField(
            None,
            description="The text fields of a kind whose bodies carry no code, by JSON path, that "
            "hold the provider's own words on what to do or what went wrong (an instruction, "
            "else a message), first preferred: where no code the catalog knows decides, every "
            "reader shows the first text found, quoted as the provider's, under its first "
            "sentence.",
        )
    )
    words_step: Annotated[NextStep | None, Carried("Words' step", shown=RECORDS)] = PydField(
        None,
        description="The next step the kind's sources give its words where they say what the "
        "words are for (texts for the end user: end_user_action): where no code the catalog "
        "knows decides and the response's status says nothing more than that it succeeded, a "
        "body whose words field holds a text decides this step, with words_step_sources.",
    )
    words_step_sources: Annotated[
        SourceRefs, Carried("Sources of the words' step", shown=RECORDS, absent="left out")
    ] = PydField(
        (), description="The sources that say what the kind's words are for (with words_step)."
    )
    namespace_field: Annotated[FieldName | None, Carried("Namespace field", shown=RECORDS)] = (
        PydField(
            None,
            description="The top-level text field of a body whose address tells which of the "
            "kind's code sets its codes are read in (a problem's type, a link to the page that "
            "documents the error), by namespace_code_sets.",
        )
    )
    namespace_code_sets: Annotated[
        dict[Annotated[str, PydField(min_length=3, max_length=200)], CodeSetRef],
        PydField(min_length=1),
        Carried("Code sets by namespace", shown=RECORDS, absent="left out"),
    ] = PydField(
        default_factory=dict,
        description="With namespace_field: each address (the start of the field's text) with "
        "the code set, one of the kind's code fields', that a body whose field begins with it "
        "is read in first; a body whose field begins with none is read in the code fields' "
        "code sets in their order.",
    )
    exception_code_set: Annotated[
        CodeSetRef | None, Carried("Exception code set", shown=RECORDS)
    ] = PydField(
        None,
        description="The provider's code set of the exception classes its own clients raise in "
        "place of a body of this kind, keeping nothing of it (the class named after the error's "
        "type): where an exception carries no body and is the provider's (the reader is told "
        "the provider, or its client package raised it), its class, or the nearest of its "
        "parents, that is a code decides, said as such (path and field '(exception class)').",
    )
    concerns: Annotated[
        dict[Literal["connection", "account"], FieldName] | None,
        Carried("Concerns", shown=RECORDS),
    ] = PydField(
        None,
        description="The fields beside a code, in the object that holds it, that name the "
        "connection or the account the code concerns (an error of one account in a response "
        'that lists many: {"account": "account_id"}): every reader keeps the one a body '
        "names with its code (its `concerns`, the decision's, the log fields' "
        "bankcodes.connection_id and bankcodes.account_id), so that it fails that connection "
        "or account alone, not the whole response.",
    )
    listener: Listener | None = None
    sdk_shapes: Annotated[tuple[SdkShape, ...], PydField(min_length=1)] = PydField(
        (),
        description="What each of the provider's client SDKs sends for this payload, as facts "
        "from its pinned source: every field (dotted through nested objects) with its JSON type "
        "and whether it may be null, the values it allows for code fields, and the redirect "
        "query parameters it reads. The kind's types must accept every shape.",
    )
    recognise: Annotated[tuple[Recognition, ...], PydField(min_length=1)] = PydField(
        description="How a body is recognised as this kind: it is when one of these entries "
        "holds (every key of present is in the object, no key of absent is, every key of "
        "objects holds a JSON object, and every key of "
        'codes holds a code of one of its code sets, "provider.code_set"; a key may be a path '
        "through nested objects, a.b). A body that several kinds match is ambiguous: no reader "
        "hands it to one. No entry may match another kind's published example."
    )
    decides: Annotated[tuple[JsonPath, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description="Every code field of the kind by JSON path ($.error.code; [*] for each "
        "item of an array), in the order in which its codes decide the outcome: the first one "
        "present in a body is the deciding code (a webhook's embedded error before its webhook "
        "code, a status before the event type). Required for a kind with code fields.",
    )
    embeds: Annotated[tuple[Embedded, ...], PydField(min_length=1)] = PydField(
        (),
        description="The kind's text fields that hold another body whole (the bank's error a "
        "provider passes through), each read as one of its kinds.",
    )
    jwt: SignedBody | None = PydField(
        None, description="Where the kind's bodies travel as a signed JWT's payload."
    )
