"""The behaviour of the cross-provider category taxonomy: who acts, and the base of the generated
Category enum, whose members read their metadata from the table the catalog registers."""

from __future__ import annotations

import enum


class Actor(enum.StrEnum):
    """Who must act when a code of a category arrives (the spec schema's actor values)."""

    END_USER = "end_user"
    INTEGRATOR = "integrator"
    INSTITUTION = "institution"
    NOBODY = "nobody"


#: The languages of the end-user words: English, and bankcodes' French and Arabic translations.
LANGUAGES = ("en", "fr", "ar")

#: Category -> (label, description, retryable, actor, action, equivalents,
#: language -> (end-user message, end-user action)).
_INFO: dict[CategoryEnum, tuple[str, str, bool, Actor, str, bool, dict[str, tuple[str, str]]]] = {}


class CategoryEnum(enum.StrEnum):
    """Base of the generated Category enum: a str enum of category ids with their metadata."""

    @property
    def label(self) -> str:
        """The category's title, for people."""
        return _INFO[self][0]

    @property
    def description(self) -> str:
        return _INFO[self][1]

    @property
    def retryable(self) -> bool:
        """Whether trying the same operation again soon, with at most new input, can succeed."""
        return _INFO[self][2]

    @property
    def actor(self) -> Actor:
        """Who must act."""
        return _INFO[self][3]

    @property
    def action(self) -> str:
        """The recommended action."""
        return _INFO[self][4]

    @property
    def equivalents(self) -> bool:
        """Whether codes of this category are equivalents across providers."""
        return _INFO[self][5]

    def user_message(self, language: str = "en") -> str | None:
        """What an app can tell its customer, in bankcodes' words ("fr", "ar": bankcodes'
        translations); None for a category no end user meets (success, pending, …)."""
        return _words(self, language)[0]

    def user_action(self, language: str = "en") -> str | None:
        """What the customer can do, in bankcodes' words; None where no end user meets it."""
        return _words(self, language)[1]


def _words(category: CategoryEnum, language: str) -> tuple[str, str] | tuple[None, None]:
    if language not in LANGUAGES:
        raise ValueError(f"no end-user words in {language!r}; languages: {', '.join(LANGUAGES)}")
    return _INFO[category][6].get(language, (None, None))


def describe(
    category_class: type[CategoryEnum],
    infos: dict[str, tuple[str, str, bool, str, str, bool, dict[str, tuple[str, str]]]],
) -> None:
    """Attach the catalog's metadata (by category id) to the members of the generated enum."""
    for member in category_class:
        label, description, retryable, actor, action, equivalents, words = infos[member.value]
        _INFO[member] = (label, description, retryable, Actor(actor), action, equivalents, words)
