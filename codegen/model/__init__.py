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
)
from bankcodes._kinds import (
    Recognition as Recognition,
)
from codegen.model.catalog import (
    REFERENCE as REFERENCE,
)
from codegen.model.catalog import (
    About as About,
)
from codegen.model.catalog import (
    Catalog as Catalog,
)
from codegen.model.catalog import (
    Licence as Licence,
)
from codegen.model.catalog import (
    Provider as Provider,
)
from codegen.model.catalog import (
    Release as Release,
)
from codegen.model.catalog import (
    UndescribedWebhooks as UndescribedWebhooks,
)
from codegen.model.codes import (
    FIELD_LABELS as FIELD_LABELS,
)
from codegen.model.codes import (
    STEP_ACTORS as STEP_ACTORS,
)
from codegen.model.codes import (
    WORDED_FIELDS as WORDED_FIELDS,
)
from codegen.model.codes import (
    Actor as Actor,
)
from codegen.model.codes import (
    Category as Category,
)
from codegen.model.codes import (
    CategoryChange as CategoryChange,
)
from codegen.model.codes import (
    Code as Code,
)
from codegen.model.codes import (
    CodeSet as CodeSet,
)
from codegen.model.codes import (
    ConfigField as ConfigField,
)
from codegen.model.codes import (
    Equivalence as Equivalence,
)
from codegen.model.codes import (
    Group as Group,
)
from codegen.model.codes import (
    HttpEntry as HttpEntry,
)
from codegen.model.codes import (
    Lifecycle as Lifecycle,
)
from codegen.model.codes import (
    Outcome as Outcome,
)
from codegen.model.codes import (
    ProviderRef as ProviderRef,
)
from codegen.model.codes import (
    Scope as Scope,
)
from codegen.model.codes import (
    ScopedRequirement as ScopedRequirement,
)
from codegen.model.codes import (
    Sdk as Sdk,
)
from codegen.model.codes import (
    SdkMethod as SdkMethod,
)
from codegen.model.codes import (
    Source as Source,
)
from codegen.model.codes import (
    TestUser as TestUser,
)
from codegen.model.codes import (
    Transitions as Transitions,
)
from codegen.model.codes import (
    Wording as Wording,
)
from codegen.model.codes import (
    language_of as language_of,
)
from codegen.model.codes import (
    possessive as possessive,
)
from codegen.model.codes import (
    whose_words as whose_words,
)
from codegen.model.facts import (
    Carried as Carried,
)
from codegen.model.facts import (
    Fact as Fact,
)
from codegen.model.facts import (
    FactData as FactData,
)
from codegen.model.facts import (
    FactRecord as FactRecord,
)
from codegen.model.facts import (
    FactValue as FactValue,
)
from codegen.model.facts import (
    Family as Family,
)
from codegen.model.facts import (
    shown as shown,
)
from codegen.model.payloads import (
    MODES as MODES,
)
from codegen.model.payloads import (
    AnyOfDef as AnyOfDef,
)
from codegen.model.payloads import (
    ArrayType as ArrayType,
)
from codegen.model.payloads import (
    CodeType as CodeType,
)
from codegen.model.payloads import (
    Embedded as Embedded,
)
from codegen.model.payloads import (
    EnumType as EnumType,
)
from codegen.model.payloads import (
    Example as Example,
)
from codegen.model.payloads import (
    Field as Field,
)
from codegen.model.payloads import (
    FieldType as FieldType,
)
from codegen.model.payloads import (
    Listener as Listener,
)
from codegen.model.payloads import (
    ListenerEvent as ListenerEvent,
)
from codegen.model.payloads import (
    ListenerOrigins as ListenerOrigins,
)
from codegen.model.payloads import (
    Mode as Mode,
)
from codegen.model.payloads import (
    ObjectDef as ObjectDef,
)
from codegen.model.payloads import (
    PayloadKind as PayloadKind,
)
from codegen.model.payloads import (
    PayloadLimits as PayloadLimits,
)
from codegen.model.payloads import (
    RefType as RefType,
)
from codegen.model.payloads import (
    Scalar as Scalar,
)
from codegen.model.payloads import (
    SdkShape as SdkShape,
)
from codegen.model.payloads import (
    SignedBody as SignedBody,
)
from codegen.model.payloads import (
    TypeDef as TypeDef,
)
from codegen.model.payloads import (
    UnionDef as UnionDef,
)
from codegen.model.webhooks import (
    FIXED as FIXED,
)
from codegen.model.webhooks import (
    Declared as Declared,
)
from codegen.model.webhooks import (
    Delivery as Delivery,
)
from codegen.model.webhooks import (
    SignedTimestamp as SignedTimestamp,
)
from codegen.model.webhooks import (
    Signing as Signing,
)
