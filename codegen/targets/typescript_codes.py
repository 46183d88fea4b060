"""The metadata of a code as the TypeScript package holds it (its CodeInfo object) and the
TSDoc of its constant: what an editor shows on hover."""

from __future__ import annotations

from typing import Any

from codegen.filters import ts_doc_lines
from codegen.model import Code, whose_words
from codegen.targets import fact_records as facts


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
