"""The TypeScript package's receiver of each provider that sends webhooks whose signing the
catalog describes (bankcodes/<module>/webhooks): `receive`, `verify` and `dedupKey` bound to that
provider, with its signing scheme and delivery contract as data, the check of its scheme's kind
and its payload kind's validators, so that an app receiving one provider's webhooks bundles that
provider's validators and scheme alone. A provider whose bodies the catalog does not describe
(a signing scheme, no delivery contract) gets `verify` and `dedupKey` (the body's SHA-256), and
no `receive`. bankcodes/webhooks keeps every provider (signing.ts); both call the runtime's
webhook-receive.ts, so their answers and errors are the same."""

from __future__ import annotations

from codegen.filters import ts_literal, ts_str
from codegen.model import FIXED, Catalog, Delivery, Family, Provider, Signing, UnionDef
from codegen.render import render
from codegen.targets import fact_records as facts
from codegen.targets import typescript_validators as ts_validators


def receiving(catalog: Catalog) -> list[Provider]:
    """The providers whose webhooks the package receives or verifies: a signing scheme (or
    none), with or without a delivery contract, in catalog order."""
    return [p for p in catalog.providers if p.signing is not None]


def module_name(provider: Provider) -> str:
    return f"webhooks-{provider.module}"


def verifier_name(scheme: str) -> str:
    """The runtime's check of a kind of scheme (webhook-verifiers.ts): verifyBy and the kind."""
    return "verifyBy" + "".join(part.capitalize() for part in scheme.split("_"))


def scheme_facts(signing: Signing, families: dict[str, Family]) -> dict[str, object]:
    """A signing scheme as the runtime's SigningScheme union reads it (tagged by scheme): its
    facts, and an HMAC's signed timestamp (null: none); Standard Webhooks' fixed algorithm."""
    entry: dict[str, object] = {"scheme": signing.scheme}
    entry |= facts.typescript_members(signing.carried, families[signing.record].facts)
    if signing.scheme == "hmac":
        stamped = signing.timestamp
        timestamp = families["SignedTimestamp"]
        entry["timestamp"] = stamped and facts.typescript_members(stamped.carried, timestamp.facts)
    return entry | FIXED.get(signing.scheme, {})


def delivery_facts(d: Delivery, family: Family) -> dict[str, object]:
    """A delivery contract as the runtime's Delivery reads it: its facts, then what the
    generator derives of them."""
    return facts.typescript_members(d.carried, family.facts) | {
        "kind": d.kind.id,
        "eventTypeField": d.kind.root.tag.name if isinstance(d.kind.root, UnionDef) else "",
        "eventCodeField": d.kind.root.event_code if isinstance(d.kind.root, UnionDef) else None,
        "retryScheduleMinutes": list(d.retry_schedule_minutes or []) or None,
        "retryIntervalMinutes": d.retry_interval_minutes,
        "maxAttempts": d.max_attempts,
        "signedTimestamp": d.signed_timestamp,
        "bodyTimestamp": list(d.body_timestamp) if d.body_timestamp else None,
        "defaultToleranceSeconds": d.default_tolerance_seconds,
        "dedup": [[list(path) for path in keys] for keys in d.dedup],
        "sources": [source.id for source in d.sources],
    }


def module(catalog: Catalog, provider: Provider) -> str:
    """src/webhooks-<module>.ts: the receiver of `provider` (its verifier alone where the
    catalog describes no delivery of it)."""
    assert provider.signing is not None
    families = {family.name: family for family in catalog.families}
    scheme = scheme_facts(provider.signing, families)
    delivered = provider.delivery
    delivery = (
        "null"
        if delivered is None
        else ts_literal(
            delivery_facts(delivered, families["Delivery"]),
            0,
            len("export const DELIVERY_CONTRACT =  as const satisfies Delivery;"),
        )
    )
    return render(
        "typescript/webhooks-provider.ts.j2",
        header=catalog.header,
        provider=provider,
        provider_id=ts_str(provider.id),
        scheme=ts_literal(
            scheme, 0, len("export const SIGNING_SCHEME =  as const satisfies SigningScheme;")
        ),
        delivery=delivery,
        verifier=verifier_name(provider.signing.scheme),
        validators=None if delivered is None else ts_validators.kind_module(delivered.kind),
        payload=None if delivered is None else delivered.kind.root.ts_name,
    )
