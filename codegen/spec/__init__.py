"""The shape of spec/catalog.json, written once: pydantic v2 models (immutable) with every
description and constraint of the spec's fields. spec/catalog.schema.json, the JSON Schema the
loader checks a spec against first and editors read, is generated from them (codegen.spec.schema,
written by `make generate`); the models then read the spec that passed it.

Adding a field to the spec is one edit here and `make generate`. Objects that the spec keys by
id (sources, categories, providers, code sets, groups, SDK methods, payload kinds, types) carry
that id as a field, taken from the key; a code's sources and category, and a config field's
sources, are those of the set, method or SDK that holds it unless it gives its own. References
are still ids here ("provider.code_set", "source-id"); codegen.resolve turns a catalog that
passed the rules into the linked model of codegen.model, which is all that targets read.
"""

from __future__ import annotations

from codegen.spec.base import LANGUAGES
from codegen.spec.catalog import (
    About,
    Actor,
    Catalog,
    Category,
    EquivalentGroup,
    PayloadLimits,
    Project,
)
from codegen.spec.code_sets import CodeSet, Transitions
from codegen.spec.codes import (
    Code,
    EndUser,
    Group,
    HttpEntry,
    Lifecycle,
    Scope,
    Translated,
)
from codegen.spec.extract import (
    RULES,
    Count,
    EnumRule,
    ExamplesRule,
    Extract,
    ExtractFormat,
    ExtractRule,
    ExtractRuleBase,
    FactsRule,
    FlowchartRule,
    ItemsRule,
    PairsRule,
    ResponsesRule,
    SectionsRule,
    TableRule,
)
from codegen.spec.fetched_keys import (
    CertificateJwtSigning,
    FetchedKeySigning,
    PublishedKeySigning,
)
from codegen.spec.listeners import Listener, ListenerEvent, ListenerOrigins
from codegen.spec.payload_types import (
    ArrayOf,
    CodeRef,
    Discriminated,
    EnumOf,
    Field,
    FieldType,
    KeysOf,
    Scalar,
    TypeDef,
    TypeRef,
    Variant,
)
from codegen.spec.payloads import Example, PayloadKind, Recognition, SdkShape
from codegen.spec.providers import (
    ConfigField,
    Delivery,
    Licence,
    Provider,
    Sdk,
    SdkMethod,
)
from codegen.spec.signing import (
    HmacSigning,
    JwsSigning,
    JwtSigning,
    NoSigning,
    SharedSecretSigning,
    SignedTimestamp,
    Signing,
    StandardWebhooksSigning,
)
from codegen.spec.sources import Source

__all__ = [
    "LANGUAGES",
    "RULES",
    "About",
    "Actor",
    "ArrayOf",
    "Catalog",
    "Category",
    "CertificateJwtSigning",
    "Code",
    "CodeRef",
    "CodeSet",
    "ConfigField",
    "Count",
    "Delivery",
    "Discriminated",
    "EndUser",
    "EnumOf",
    "EnumRule",
    "EquivalentGroup",
    "Example",
    "ExamplesRule",
    "Extract",
    "ExtractFormat",
    "ExtractRule",
    "ExtractRuleBase",
    "FactsRule",
    "FetchedKeySigning",
    "Field",
    "FieldType",
    "FlowchartRule",
    "Group",
    "HmacSigning",
    "HttpEntry",
    "ItemsRule",
    "JwsSigning",
    "JwtSigning",
    "KeysOf",
    "Licence",
    "Lifecycle",
    "Listener",
    "ListenerEvent",
    "ListenerOrigins",
    "NoSigning",
    "PairsRule",
    "PayloadKind",
    "PayloadLimits",
    "Project",
    "Provider",
    "PublishedKeySigning",
    "Recognition",
    "ResponsesRule",
    "Scalar",
    "Scope",
    "Sdk",
    "SdkMethod",
    "SdkShape",
    "SectionsRule",
    "SharedSecretSigning",
    "SignedTimestamp",
    "Signing",
    "Source",
    "StandardWebhooksSigning",
    "TableRule",
    "Transitions",
    "Translated",
    "TypeDef",
    "TypeRef",
    "Variant",
]
