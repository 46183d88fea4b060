"""The records of a category's metadata, built on the first read of any (bankcodes._taxonomy):
`import bankcodes` builds none and loads no record's base."""

from __future__ import annotations

from bankcodes._actor import Actor
from bankcodes._code_facts import CategoryFacts
from bankcodes._record import Record


class EndUserWords(Record):
    """What an app can tell its customer in one language: a message and an action."""

    message: str
    action: str


class CategoryInfo(CategoryFacts):
    """The metadata of one category, and the facts the spec declares once and carries as they
    are (CategoryFacts, generated from the spec's models: its description, whether a program
    may retry, whether the end user can, the recommended action, whether its codes are
    equivalents across providers)."""

    label: str
    actor: Actor
    #: Language -> the category's words for the customer (empty where no end user meets it).
    end_user: dict[str, EndUserWords]
