"""The sources of the spec's facts: where each is, what of it was read, and how drift reads it
(codegen.spec.extract)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field as PydField
from pydantic.json_schema import SkipJsonSchema

from codegen.spec.base import (
    UNIQUE,
    Day,
    SpecModel,
    Text,
    Url,
    whole,
)
from codegen.spec.carried import Carried
from codegen.spec.extract import Count, Extract

HostName = Annotated[
    str,
    PydField(
        max_length=253,
        pattern=whole(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+"),
        description="A host name, in lower case (never an IP address).",
    ),
]


SourceKind = Literal["seed", "doc", "repo", "third-party"]


class Source(SpecModel):
    """A document facts come from: a seed (one of the source documents, named by its file), a
    provider's documentation page (doc), a file of a provider's public repository (repo) or a
    third party's (corroboration only)."""

    #: The source's key in `sources`.
    id: Annotated[SkipJsonSchema[str], Carried("Id")]
    kind: Annotated[SourceKind, Carried("Kind")]
    title: Annotated[Text, Carried("Title")]
    url: Annotated[Url | None, Carried("Address")] = None
    seed: Annotated[str | None, Carried("Seed")] = PydField(
        None, pattern=whole(r"[0-9]{3}_[0-9a-f]{16}\.txt")
    )
    commit: str | None = PydField(
        None,
        pattern=whole("[0-9a-f]{40}"),
        description="The commit of a repository source the facts were read at.",
    )
    retrieved: Day | None = PydField(
        None,
        json_schema_extra={"format": "date"},
        description="The day the copy of a page the facts were read from was retrieved.",
    )
    sha256: str | None = PydField(
        None,
        pattern=whole("[0-9a-f]{64}"),
        description="The SHA-256 of that copy, so that a saved copy can be told to be the same.",
    )
    checked: Day | None = PydField(
        None,
        json_schema_extra={"format": "date"},
        description="The day the catalog was last checked against the pinned copy with "
        "`python -m codegen.drift`.",
    )
    redirect_hosts: Annotated[tuple[HostName, ...], UNIQUE] = PydField(
        (),
        description="Hosts besides the url's own that a redirect from it may lead to when "
        "`python -m codegen.drift --fetch` reads it (a page that moved to a documentation "
        "host of the same provider); a redirect anywhere else is refused.",
    )
    read_in_part: Annotated[Text | None, Carried("Read in part")] = PydField(
        None,
        description="Where the source could be read only in part, what was read and what was "
        "not (a stored copy of a page that ends after a row, a file of which one version could "
        "be read): every fact it gives holds for what was read, and the catalog says of the "
        "rest 'not read', never that the source publishes nothing there. Left out: the source "
        "was read whole, and a claim of absence (publishes no list, no signature, no retries) "
        "may rest on it.",
    )
    unpinned: Text | None = PydField(
        None,
        description="Why the source has no pin, where the copy read was not kept and none can be "
        "found again to hash. Every other source is pinned: a seed by its file's sha256, a page "
        "by the day its copy was retrieved and that copy's sha256, a repository file by its "
        "commit (or, as a page, by a copy). A source drift reads (extract) is always pinned.",
    )
    extract: Extract | None = None
    counted: Annotated[tuple[Count, ...], UNIQUE] = PydField(
        (),
        description="What drift counted in the pinned copy, one entry per code set its "
        "extractor reads: the source's whole list and how much of it the catalog holds, which "
        "the site shows as each code set's completeness. `python -m codegen.drift` reports a "
        "copy that counts otherwise (a `count` difference); `--fetch --write` records the "
        "counts of a source it pins. Left out: not counted yet.",
    )
