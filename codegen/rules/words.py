"""Rules of the words for the end user: addressed to the customer, and inviting them to try
again only where they can."""

from __future__ import annotations

import re
from collections.abc import Iterator

from codegen.errors import Problem, pointer
from codegen.rules._common import Where, code_sets
from codegen.spec import LANGUAGES, Catalog, EndUser

#: Words that speak of the customer in the third person or to the app's developers, per language.
THIRD_PERSON = {
    "en": re.compile(
        r"\b(customers?(?! (?:service|support))|borrowers?|end[- ]users?|integrators?"
        r"|the user)\b",
        re.I,
    ),
    "fr": re.compile(r"\b(le client|la cliente|l'utilisateur|utilisateur final|intégrateur)", re.I),
    "ar": re.compile(r"(العميل|المستخدم النهائي|المقترض)"),
    "es": re.compile(r"\b(el cliente|la cliente|usuarios?|integrador|prestatario)", re.I),
    "pt": re.compile(r"\b(o cliente|a cliente|usuári[oa]s?|integrador|mutuári[oa])", re.I),
}
#: An invitation to try again, per language.
RETRY = {
    "en": re.compile(r"\b(try(ing)? again|retry|start again|try later)\b", re.I),
    "fr": re.compile(r"(réessa|recommenc)", re.I),
    "ar": re.compile(r"(مرة أخرى|لاحقاً|من جديد)"),
    "es": re.compile(r"(intent|reintent|de nuevo|otra vez|más tarde)", re.I),
    "pt": re.compile(r"(\btent(e|ar)\b|de novo|outra vez|mais tarde|recome[cç])", re.I),
}


def _texts(words: EndUser) -> Iterator[tuple[str, str, str]]:
    for part in ("message", "action"):
        for language in LANGUAGES:
            yield part, language, getattr(getattr(words, part), language)


def end_user_words_address_the_customer(catalog: Catalog) -> Iterator[Problem]:
    """Words for the end user speak to the customer, never of them or to the integrator."""
    for at, words, _ in _all_words(catalog):
        for part, language, text in _texts(words):
            found = THIRD_PERSON[language].search(text)
            if found:
                yield Problem(
                    pointer(*at, "end_user", part, language),
                    f"end-user words speak of {found.group(0)!r}, not to the customer: {text!r}",
                )


def retry_is_offered_only_where_the_end_user_can(catalog: Catalog) -> Iterator[Problem]:
    """An end-user action invites trying again only where end_user_can_retry is true."""
    for at, words, can_retry in _all_words(catalog):
        if can_retry:
            continue
        for language in LANGUAGES:
            text = getattr(words.action, language)
            if RETRY[language].search(text):
                yield Problem(
                    pointer(*at, "end_user", "action", language),
                    f"the end user cannot retry here (end_user_can_retry is false), yet the "
                    f"action asks them to: {text!r}",
                )


def _all_words(catalog: Catalog) -> Iterator[tuple[Where, EndUser, bool]]:
    """Every set of end-user words with whether its reader can retry: each category's, each
    code's own, and a category's words as a code that cannot retry would show them."""
    for category in catalog.categories.values():
        if category.end_user is not None:
            yield ("categories", category.id), category.end_user, category.end_user_can_retry
    for _, code_set, where in code_sets(catalog):
        for index, code in enumerate(code_set.codes):
            found = catalog.categories.get(code.category or code_set.category or "")
            if found is None:
                continue
            can_retry = (
                found.end_user_can_retry
                if code.end_user_can_retry is None
                else code.end_user_can_retry
            )
            at = (*where, "codes", index)
            if code.end_user is not None:
                yield at, code.end_user, can_retry
            elif found.end_user is not None and not can_retry and found.end_user_can_retry:
                yield at, found.end_user, can_retry
