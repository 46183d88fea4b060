"""The resolved catalog: linked, immutable objects built by codegen.resolve from a spec that passed
the rules. This is all that targets read.

Every reference of the spec is an object here: a code knows its code set, provider, category and
sources; a code field knows its code sets; a code set knows its Python path and TypeScript name;
a payload type knows its fields and their types. No target looks an id up, and no field that the
rules guarantee is optional here. Objects compare by identity; back references (code -> code set
-> provider) are left out of repr.

The model is split by what it holds: codes, payloads, webhooks and the catalog.
"""

from __future__ import annotations

from bankcodes._kinds import (
    CodeField as CodeField,
    Recognition as Recognition,
)
from codegen.model.catalog import (
    REFERENCE as REFERENCE,
    About as About,
    Catalog as Catalog,
    Licence as Licence,
    Provider as Provider,
    Release as Release,
    UndescribedWebhooks as UndescribedWebhooks,
)
from codegen.model.codes import (
    FIELD_LABELS as FIELD_LABELS,
    STEP_ACTORS as STEP_ACTORS,
    WORDED_FIELDS as WORDED_FIELDS,
    Actor as Actor,
    Category as Category,
    CategoryChange as CategoryChange,
    Code as Code,
    CodeSet as CodeSet,
    ConfigField as ConfigField,
    Equivalence as Equivalence,
    Group as Group,
    HttpEntry as HttpEntry,
    Lifecycle as Lifecycle,
    Outcome as Outcome,
    ProviderRef as ProviderRef,
    Scope as Scope,
    ScopedRequirement as ScopedRequirement,
    Sdk as Sdk,
    SdkMethod as SdkMethod,
    Source as Source,
    TestUser as TestUser,
    Transitions as Transitions,
    Wording as Wording,
    language_of as language_of,
    possessive as possessive,
    whose_words as whose_words,
)
from codegen.model.facts import (
    Carried as Carried,
    Fact as Fact,
    FactData as FactData,
    FactRecord as FactRecord,
    FactValue as FactValue,
    Family as Family,
    shown as shown,
)
from codegen.model.payloads import (
    MODES as MODES,
    AnyOfDef as AnyOfDef,
    ArrayType as ArrayType,
    CodeType as CodeType,
    Embedded as Embedded,
    EnumType as EnumType,
    Example as Example,
    Field as Field,
    FieldType as FieldType,
    KeysType as KeysType,
    Listener as Listener,
    ListenerEvent as ListenerEvent,
    ListenerOrigins as ListenerOrigins,
    Mode as Mode,
    ObjectDef as ObjectDef,
    PayloadKind as PayloadKind,
    PayloadLimits as PayloadLimits,
    RefType as RefType,
    Scalar as Scalar,
    SdkShape as SdkShape,
    SignedBody as SignedBody,
    TypeDef as TypeDef,
    UnionDef as UnionDef,
)
from codegen.model.webhooks import (
    FIXED as FIXED,
    Declared as Declared,
    Delivery as Delivery,
    SignedTimestamp as SignedTimestamp,
    Signing as Signing,
)
