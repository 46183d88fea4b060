"""The catalog as a whole: what it says about itself, its sources, its categories, the groups
of equivalent codes, the payload limits, the payload kinds and the providers."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict
from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema

from codegen.spec.base import (
    UNIQUE,
    Bool,
    Day,
    Id,
    Identifier,
    Integer,
    Keyed,
    Lines,
    Names,
    SourceId,
    SpecModel,
    Text,
    Url,
    Version,
    whole,
)
from codegen.spec.carried import RECORDS, Carried
from codegen.spec.codes import EndUser
from codegen.spec.decisions import NextStep, State
from codegen.spec.extract import PairsRule
from codegen.spec.payload_types import CodeRef
from codegen.spec.payloads import PayloadKind
from codegen.spec.providers import Provider
from codegen.spec.sources import Source

Actor = Literal["end_user", "integrator", "institution", "nobody"]


class Category(SpecModel):
    """A category of the cross-provider taxonomy."""

    #: The category's key in `categories`.
    id: SkipJsonSchema[str]
    name: Identifier = PydField(description="The stored identifier of the category.")
    title: Text
    description: Annotated[Text, Carried("Description", shown=RECORDS)] = PydField(
        description="What the category means."
    )
    retryable: Annotated[Bool, Carried("Retryable", shown=RECORDS)] = PydField(
        description="Whether the same request, repeated unchanged later, may succeed: what a "
        "program may retry with backoff, without anything from the end user."
    )
    end_user_can_retry: Annotated[Bool, Carried("End user can retry", shown=RECORDS)] = PydField(
        description="Whether the end user can act and then try again (re-enter a password, "
        "approve in the bank's app, pick another account): what an app may invite them to do. "
        "An end-user action that asks to try again is allowed only where this is true."
    )
    actor: Actor = PydField(description="Who must act.")
    action: Annotated[Text, Carried("Action", shown=RECORDS)] = PydField(
        description="The recommended action."
    )
    next_step: Annotated[NextStep | None, Carried("Next step", level="minor")] = PydField(
        None,
        description="What to do now when a code of the category comes (every category has "
        "one; the rules check it): bankcodes' reading.",
    )
    state: Annotated[State | None, Carried("State", level="minor")] = PydField(
        None,
        description="The connection state a code of the category stands for, where its codes "
        "are a connection's or a consent's statuses: bankcodes' reading.",
    )
    equivalents: Annotated[Bool, Carried("Equivalents", shown=RECORDS)] = PydField(
        True,
        description="false when codes of this category are not interchangeable across providers "
        "(the site and the CLI list no equivalents for them); true by default.",
    )
    quiet: Bool = PydField(
        False,
        description="true for a category that reports no problem (a success, a value that names "
        "a thing): the matrix shows its codes collapsed. false by default.",
    )
    end_user: EndUser | None = PydField(
        None,
        description="What an app can tell its customer when a code of this category reaches "
        "them, in bankcodes' words: a short message and the action to take, addressed to the "
        "customer.",
    )


class EquivalentGroup(SpecModel):
    """Codes of different providers that are equivalents, and why."""

    same: Literal["meaning", "action"] = PydField(
        description="meaning: the codes report the same situation; action: they ask the "
        "customer for the same thing."
    )
    reason: Text
    codes: Annotated[
        tuple[
            Annotated[
                str,
                PydField(
                    pattern=whole(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[^\s]+"),
                    description="provider.code_set.value (the wire value, digits for a numeric "
                    "code set; the code's stored name where the wire value has a space)",
                ),
                Names("code"),
            ],
            ...,
        ],
        PydField(min_length=2),
        UNIQUE,
    ]


class PayloadLimits(SpecModel):
    """The bounds of every lenient payload schema: the longest string and the deepest nesting
    of a value the catalog does not describe."""

    max_string_length: Annotated[int, Integer(1, 1048576)]
    max_depth: Annotated[int, Integer(1, 32)]
    why: Text


class Project(SpecModel):
    """The project's addresses and keywords, written into both packages' metadata. An address
    is given only where the project has one (never invented); every provider's id is added to
    the keywords by the generator."""

    repository: Url | None = None
    homepage: Url | None = None
    documentation: Url | None = PydField(
        None,
        description="The address of the published reference site (ending in /): each code's "
        "doc_url (Python) and docUrl (TypeScript) is its page there, and the site takes it as "
        "its address when SITE_URL is not set. Without it, only packages built with SITE_URL "
        "(make packages SITE_URL=…, as the release builds them) give codes a page address.",
    )
    corrections: Url | None = PydField(
        None,
        description="The address of an issue form that takes title and body as query parameters "
        "(a GitHub repository's …/issues/new): each code's page links to it, pre-filled. "
        "Without it the pages carry no correction link.",
    )
    keywords: Annotated[
        tuple[Annotated[str, PydField(pattern=whole("[a-z0-9-]+"))], ...],
        PydField(min_length=1),
        UNIQUE,
    ]


class About(SpecModel):
    """What the catalog says about itself: what each field means, how to add a code, and which
    files are generated from it."""

    title: Text
    format: Lines
    adding_a_code: Lines
    generated_files: Lines
    project: Project


PayloadKindId = Annotated[str, PydField(pattern=whole("[a-z][a-z0-9]*/[a-z][a-z0-9-]*"))]


class Catalog(SpecModel):
    """The shape of spec/catalog.json. Semantic rules (unique values and names, references that
    resolve) are checked by the generator after this schema."""

    model_config = ConfigDict(title="bankcodes catalog")

    schema_: str | None = PydField(
        None, alias="$schema", description="This file's schema (./catalog.schema.json)."
    )
    about: About
    spec_version: Version = PydField(
        description="The version of the catalog, which both packages carry; `make release` "
        "sets it (site/docs/releases.md)."
    )
    release_dates: dict[Version, Day] = PydField(
        default_factory=dict,
        description="The day each version of the catalog was released (for spec_version: "
        "released, or last changed before its release), by version: the changelog's Atom feed "
        "dates its entries with them, and lists only dated releases.",
    )
    sources: Keyed[SourceId, Source] = PydField(
        description="Every document a fact comes from, by id."
    )
    categories: Keyed[Id, Category]
    equivalents: tuple[EquivalentGroup, ...] = PydField(
        (),
        description="Codes that are closer equivalents than a shared category, one group per "
        "situation: codes with the same meaning (the same situation, which the rules require to "
        "share a category) or the same action for the customer, with the reason in bankcodes' "
        "words. Every code of a group is an equivalent of every other; the site lists them "
        "before the codes that only share a category.",
    )
    payload_limits: PayloadLimits
    payloads: Keyed[PayloadKindId, PayloadKind] = PydField(
        description="The webhook and SDK payloads, keyed by kind (provider/name)."
    )
    providers: Keyed[Id, Provider] = PydField(
        description="One entry per provider, keyed by its id."
    )

    def extracted(self, source: Source) -> tuple[str, ...]:
        """The code sets `source`'s extractor reads: each rule's, and for a rule of event pairs
        the code sets of the codes of each variant of the payload kind's union."""
        found: list[str] = []
        for rule in source.extract.code_sets if source.extract is not None else ():
            found.append(rule.code_set)
            if not isinstance(rule, PairsRule):
                continue
            kind = self.payloads.get(rule.pairs.kind)
            union = kind.types[kind.root].discriminated if kind is not None else None
            for variant in union.variants.values() if union is not None else ():
                field = variant.fields.get(rule.pairs.code)
                if field is not None and isinstance(field.type, CodeRef):
                    found += field.type.code[:1]
        return tuple(dict.fromkeys(found))
