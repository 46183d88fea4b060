# copied from codegen/runtime/python/bankcodes/_taxonomy.py — do not edit (run `make generate`)
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


#: Category -> (label, description, retryable, actor, action, equivalents).
_INFO: dict[CategoryEnum, tuple[str, str, bool, Actor, str, bool]] = {}


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


def describe(
    category_class: type[CategoryEnum], infos: dict[str, tuple[str, str, bool, str, str, bool]]
) -> None:
    """Attach the catalog's metadata (by category id) to the members of the generated enum."""
    for member in category_class:
        label, description, retryable, actor, action, equivalents = infos[member.value]
        _INFO[member] = (label, description, retryable, Actor(actor), action, equivalents)
