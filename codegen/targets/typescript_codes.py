"""A code set as the TypeScript package holds it: its constant, with each code's TSDoc (what an
editor shows on hover), each code's metadata (its CodeInfo object), its aliases and its category
table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from codegen.filters import ts_doc_lines, ts_key, ts_literal, ts_str
from codegen.model import REFERENCE, Code, CodeSet, whose_words
from codegen.targets import fact_records as facts


@dataclass(frozen=True)
class CodeSetView:
    name: str
    doc: str
    #: What a value the catalog does not know is: string, or number for numeric codes.
    wire_type: str
    #: The guard's body: a check of the categories (and aliases) table.
    guard: str
    #: (TSDoc lines, identifier, value literal) of every member: the constant's declared type.
    members: tuple[tuple[tuple[str, ...], str, str], ...]
    #: The constant's value: built from the category table (code-tables.ts) where it can be,
    #: else an object literal; `builder` names the function it calls, if any.
    constant: str
    builder: str | None
    infos: tuple[tuple[str, str], ...]
    #: The code set's page on the reference site ("reference/provider/set"), and the anchors
    #: there of the codes whose anchor is not their wire value (an object literal: value ->
    #: anchor; "{}" when there is none).
    page: str
    anchors: str
    categories: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str], ...]


def code_set_view(code_set: CodeSet) -> CodeSetView:
    name = code_set.ts_name
    constant, builder = _constant(code_set)
    return CodeSetView(
        name=name,
        doc=f"{code_set.title}: {code_set.description} Wire field: {code_set.field}.",
        wire_type="number" if code_set.numeric else "string",
        guard=f"isNumericCodeOf({name}Categories, value)"
        if code_set.numeric
        else f"isCodeOf({name}Categories, {name}Aliases, value)",
        members=tuple(
            (member_doc(code), code.identifier, ts_literal(code.wire)) for code in code_set.codes
        ),
        constant=constant,
        builder=builder,
        infos=tuple(
            (key := ts_key(code.value), ts_literal(info(code), 4, len(key) + 3))
            for code in code_set.codes
        ),
        page=ts_str(f"{REFERENCE}/{code_set.page}"),
        anchors=ts_literal(
            {code.value: code.anchor for code in code_set.codes if code.anchor != code.value}, 2
        ),
        categories=tuple(
            (ts_key(spelling), ts_str(code.category.id))
            for code in code_set.codes
            for spelling in (code.value, *code.aliases)
        ),
        aliases=tuple(
            (ts_key(alias), ts_str(code.value)) for code in code_set.codes for alias in code.aliases
        ),
    )


#: A property name that JavaScript orders before the others, ascending (an array index, below
#: 2**32 - 1), whatever the order it was added in.
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]{0,9}")


def _array_index(name: str) -> bool:
    return _ARRAY_INDEX.fullmatch(name) is not None and int(name) < 2**32 - 1


#: The builder of a constant from its code set's category table (code-tables.ts).
MEMBERS_OF = "membersOf"


def _constant(code_set: CodeSet) -> tuple[str, str | None]:
    """The constant's value, and the builder it calls: read from the category table, which holds
    each code's wire text once already (with the identifiers that differ from it), unless the
    codes are numbers or a wire text is an array index (which the table holds out of the codes'
    order); then an object literal."""
    name = code_set.ts_name
    if code_set.numeric or any(_array_index(code.value) for code in code_set.codes):
        members = {code.identifier: code.wire for code in code_set.codes}
        return ts_literal(members, 0, len("} = ")), None
    names = {c.value: c.identifier for c in code_set.codes if c.identifier != c.value}
    lead = f"/* @__PURE__ */ {MEMBERS_OF}({name}Categories, {name}Aliases"
    if not names:
        return f"{lead})", MEMBERS_OF
    return f"{lead}, {ts_literal(names, 0, len(lead) + 6)})", MEMBERS_OF


def info(code: Code) -> dict[str, Any]:
    """The metadata of a code, with camelCase keys."""
    return {
        **({"name": code.identifier} if code.identifier != str(code.value) else {}),
        "description": code.text,
        "category": code.category.id,
        "retryable": code.retryable,
        "endUserCanRetry": code.end_user_can_retry,
        **(
            {
                "endUser": {
                    language: {"message": message, "action": action}
                    for language, (message, action) in code.end_user.items()
                }
            }
            if code.end_user
            else {}
        ),
        "httpStatuses": list(code.http_statuses),
        "sources": [source.id for source in code.sources],
        "deprecated": code.lifecycle is not None,
        # A code's lifecycle as the TypeScript Lifecycle interface holds it.
        **(
            {"lifecycle": facts.typescript_members(code.lifecycle.carried)}
            if code.lifecycle
            else {}
        ),
        "wording": _wording(code),
        **(
            {"nextStatuses": [c.wire for c in following]}
            if (following := code.code_set.next_statuses(code)) is not None
            else {}
        ),
        **facts.typescript_members(code.carried, code.declared),
    }


#: The metadata keys of the code fields whose wording the TypeScript metadata carries.
_WORDING_KEYS = {
    "description": "description",
    "message": "message",
    "message_translations": "messageTranslations",
    "advice": "advice",
    "advice_translations": "adviceTranslations",
    "user_message": "userMessage",
    "user_message_translations": "userMessageTranslations",
}


def _wording(code: Code) -> dict[str, Any]:
    """Whose words each text of the metadata is; the description falls back to the message's."""
    wording = {
        _WORDING_KEYS[w.field]: {"by": w.by, "sources": [source.id for source in w.sources]}
        for w in code.wording
        if w.field in _WORDING_KEYS
    }
    if "description" not in wording:
        wording = {"description": wording["message"], **wording}
    return wording


def member_doc(code: Code) -> tuple[str, ...]:
    """The TSDoc of a code constant: what an editor shows on hover."""
    category = code.category
    paragraphs = [
        code.text,
        f"Category: {category.id} ({category.title}); "
        f"retryable: {'yes' if code.retryable else 'no'}.",
    ]
    if code.message and code.message != code.text:
        paragraphs.append(f"Message: {code.message}")
    if code.advice:
        paragraphs.append(f"Advice to the integrator: {code.advice}")
    if code.user_message:
        paragraphs.append(f"User message: {code.user_message}")
    paragraphs.append(
        "Whose words: "
        + "; ".join(
            f"{w.label}: {whose_words(w.by, code.provider.name)}"
            for w in code.wording
            if w.field in _WORDING_KEYS
        )
        + "."
    )
    if code.http_statuses:
        paragraphs.append("HTTP: " + ", ".join(str(status) for status in code.http_statuses) + ".")
    if code.lifecycle is not None:
        replacement = code.lifecycle.replaced_by
        paragraphs.append(
            f"@deprecated {code.lifecycle.note}" + (f" Use {replacement}." if replacement else "")
        )
    return tuple(line for paragraph in paragraphs for line in ts_doc_lines(paragraph))
