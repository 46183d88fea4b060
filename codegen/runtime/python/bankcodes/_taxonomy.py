"""The behaviour of the cross-provider category taxonomy: who acts, and the base of the generated
Category enum, whose members read their metadata from the records the catalog registers
(bankcodes._category_info, loaded on the first read)."""

from __future__ import annotations

import enum

from bankcodes import _catalog
from bankcodes._actor import Actor as Actor

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from bankcodes._category_info import CategoryInfo, EndUserWords


#: The languages of the end-user words: English and bankcodes' translations (from the catalog).
LANGUAGES = _catalog.LANGUAGES


#: The metadata of each member of the generated enum, built on first use by the function the
#: generated module passes to describe (import bankcodes builds no record).
_INFO: dict[CategoryEnum, CategoryInfo] = {}
_BUILDERS: list[tuple[type[CategoryEnum], Callable[[], dict[str, CategoryInfo]]]] = []


def _info(category: CategoryEnum) -> CategoryInfo:
    found = _INFO.get(category)
    if found is None:
        for category_class, build in _BUILDERS:
            infos = build()
            _INFO.update({member: infos[member.value] for member in category_class})
        found = _INFO[category]
    return found


def _read(name: str) -> Any:
    """A property that reads the field `name` of the category's metadata."""
    return property(lambda category: getattr(_info(category), name))


class _Described:
    """What a category answers from its metadata (CategoryEnum's, not its members)."""

    __slots__ = ()

    label: str = _read("label")  # the category's title, for people
    description: str = _read("description")
    #: Whether the same request, repeated unchanged later, may succeed: what a program may retry
    #: with backoff, without anything from the end user.
    retryable: bool = _read("retryable")
    #: Whether the end user can act and then try again (re-enter a password, approve in the
    #: bank's app): what an app may invite them to do.
    end_user_can_retry: bool = _read("end_user_can_retry")
    actor: Actor = _read("actor")  # who must act
    action: str = _read("action")  # the recommended action
    #: Whether codes of this category are equivalents across providers.
    equivalents: bool = _read("equivalents")


class CategoryEnum(_Described, enum.StrEnum):
    """Base of the generated Category enum: a str enum of category ids with their metadata."""

    @property
    def info(self) -> CategoryInfo:
        """Everything the catalog says of this category."""
        return _info(self)

    def user_message(self, language: str = "en") -> str | None:
        """What an app can tell its customer, in bankcodes' words ("fr", "ar", "es": bankcodes'
        translations; a tag such as "fr-CA" reads its language's); None for a category no end
        user meets (success, pending, …)."""
        words = _words(self, language)
        return None if words is None else words.message

    def user_action(self, language: str = "en") -> str | None:
        """What the customer can do, in bankcodes' words; None where no end user meets it."""
        words = _words(self, language)
        return None if words is None else words.action


def _words(category: CategoryEnum, language: str) -> EndUserWords | None:
    return _info(category).end_user.get(language_of(language))


def language_of(tag: str) -> str:
    """The language of a tag ("fr" of "fr-CA"), one bankcodes has words in; else ValueError."""
    if not isinstance(tag, str):
        raise TypeError(f"expected a language tag as a str, not {type(tag).__name__}")
    base = tag.partition("-")[0]
    if base not in LANGUAGES:
        shown = repr(tag[:40])
        raise ValueError(f"no end-user words in {shown}; languages: {', '.join(LANGUAGES)}")
    return base


def describe(
    category_class: type[CategoryEnum], infos: Callable[[], dict[str, CategoryInfo]]
) -> None:
    """Attach the catalog's metadata (by category id, as `infos` builds it on first use) to the
    members of the generated enum."""
    _BUILDERS.append((category_class, infos))
