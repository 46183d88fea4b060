"""The spec models whose fields marked Carried the packages' records carry (codegen.spec.carried),
each read as a family of records (codegen.model.Family): the name of its records' generated base
(`CodeFacts`, `HmacSchemeFacts`: the runtime's `CodeInfo` and `HmacScheme` extend them), what its
item is in words, how TypeScript writes a fact an item lacks, the facts the model declares and
where its records are shown."""

from __future__ import annotations

from typing import get_args

from pydantic import BaseModel

from codegen.model.facts import Family
from codegen.spec import (
    catalog,
    code_sets,
    codes,
    fetched_keys,
    payloads,
    providers,
    signing,
    sources,
)
from codegen.spec.carried import PLACES, PYTHON, carried_fields

#: Where the records the site's decoder does not show are shown (a lifecycle), and those of a
#: signed timestamp, which the command line and the MCP server do not show.
UNDECODED = tuple(place for place in PLACES if place != "decoder")
TIMESTAMP = ("python", "typescript", "site", "diff")


def _family(
    model: type[BaseModel],
    name: str,
    what: str,
    absent: str = "left out",
    places: tuple[str, ...] = PLACES,
) -> tuple[type[BaseModel], Family]:
    """`absent`: how TypeScript writes a fact an item lacks, left out (`name?: T`) or null
    (`name: T | null`, as the signing schemes' records write every field)."""
    return model, Family(name, what, absent, carried_fields(model, places, absent), places)


def _scheme(model: type[BaseModel], name: str, what: str) -> tuple[type[BaseModel], Family]:
    """A signing scheme's family, which the decoder shows beside a body its provider delivers."""
    (scheme,) = get_args(model.model_fields["scheme"].annotation)
    facts = carried_fields(model, PLACES, "null")
    return model, Family(name, f"{what} signing scheme", "null", facts, PLACES, scheme)


#: Every family by its model, in the order the generated bases are written. A signing scheme's
#: family is named after its record (HmacScheme); the scheme's name in the spec is its `scheme`.
FAMILIES = dict(
    (
        _family(codes.Code, "Code", "a code"),
        _family(code_sets.CodeSet, "CodeSet", "a code set"),
        _family(catalog.Category, "Category", "a category"),
        _family(codes.Lifecycle, "Lifecycle", "a code's lifecycle", places=UNDECODED),
        _family(codes.Scope, "Scope", "a code's scope", places=PYTHON),
        _family(codes.TestUser, "TestUser", "a sandbox user", places=PYTHON),
        _family(codes.HttpEntry, "HttpStatus", "an HTTP status a code is sent with", places=PYTHON),
        _family(sources.Source, "Source", "a source", places=PYTHON),
        _family(
            signing.SignedTimestamp, "SignedTimestamp", "a signed timestamp", "null", TIMESTAMP
        ),
        _scheme(signing.HmacSigning, "HmacScheme", "an HMAC"),
        _scheme(signing.JwtSigning, "JwtScheme", "a JWT"),
        _scheme(signing.JwsSigning, "JwsScheme", "a detached JWS"),
        _scheme(signing.StandardWebhooksSigning, "StandardWebhooksScheme", "a Standard Webhooks"),
        _scheme(signing.SharedSecretSigning, "SharedSecretScheme", "a shared secret"),
        _scheme(fetched_keys.FetchedKeySigning, "FetchedKeyScheme", "a fetched-key"),
        _scheme(fetched_keys.CertificateJwtSigning, "CertificateJwtScheme", "a certificate JWT"),
        _scheme(fetched_keys.PublishedKeySigning, "PublishedKeyScheme", "a published-key"),
        _scheme(signing.NoSigning, "NoSignature", "a transport-only"),
        _family(providers.Delivery, "Delivery", "a delivery contract", "null"),
        _family(payloads.PayloadKind, "PayloadKind", "a payload kind"),
    )
)
