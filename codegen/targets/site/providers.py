"""The page of each provider (its code sets, how it signs and delivers its webhooks) and the page
of its SDK's methods."""

from __future__ import annotations

from codegen.filters import md_code
from codegen.model import Catalog, Delivery, Provider, Signing
from codegen.render import render
from codegen.targets.site import cells, completeness, decisions, pages
from codegen.targets.site import markup as mk
from codegen.targets.target import Files


def retries(d: Delivery) -> str:
    if d.retry_schedule_minutes is not None:
        text = "after " + ", ".join(str(m) for m in d.retry_schedule_minutes) + " minutes"
    elif d.retry_interval_minutes is not None:
        text = f"every {d.retry_interval_minutes} minutes"
    else:
        text = "not published"
    if d.max_attempts is not None:
        text += f", at most {d.max_attempts} attempts"
    return text


def authenticated_by(s: Signing) -> str:
    """How a provider's webhooks are authenticated, in a few words (a cell of Webhooks by
    provider)."""
    if s.scheme == "hmac":
        signed = "a signed timestamp and the raw body" if s.timestamp else "the raw body"
        return (
            f"HMAC-{s.algorithm.upper()} of {signed} in {cells.codes(s.headers)} "
            f"({' or '.join(s.encodings)})"
        )
    if s.scheme == "jwt":
        return f"a JWT signed with {s.algorithm} in {md_code(s.header)}"
    if s.scheme == "jws":
        return (
            f"a detached JWS ({s.algorithm}) of the request in {md_code(s.header)}, its key set "
            f"at one of {len(s.allowed_jku)} published addresses"
        )
    if s.scheme == "standard_webhooks":
        return (
            f"Standard Webhooks: HMAC-SHA256 of {md_code(s.id_header)}, "
            f"{md_code(s.timestamp_header)} and the raw body, in {md_code(s.signature_header)} "
            "(base64)"
        )
    if s.scheme == "shared_secret":
        where = md_code(s.header) if s.header else "a header the app names"
        return (
            f"no signature: the webhook's secret itself in {where}, compared in "
            "constant time (it protects neither the body nor against a replay)"
        )
    if s.scheme == "fetched_key":
        return (
            f"{s.algorithm} of the raw body in {md_code(s.signature_header)} ({s.encoding}), "
            f"its key fetched by the id in {md_code(s.key_id_header)} from "
            f"{md_code(s.key_address)} only"
        )
    if s.scheme == "certificate_jwt":
        return (
            f"a JWT signed with {s.algorithm} in {md_code(s.header)}, its certificate at an "
            f"https x5u on {', '.join(md_code(d) for d in s.x5u_domains)} (or a subdomain) only"
        )
    if s.scheme == "published_key":
        signed = (
            "the raw body"
            if s.separator is None
            else f"the callback URL, {md_code(s.separator)} and the raw body"
        )
        return (
            f"{s.algorithm} of {signed} in {md_code(s.signature_header)} ({s.encoding}), "
            "checked with the provider's published key"
        )
    ways = ", ".join(pages.TRANSPORT[way] for way in s.transport)
    return f"no signature: {ways} at the transport"


def replays(d: Delivery, s: Signing | None) -> str:
    if s is not None and s.timestamp is not None:
        limit, ahead = s.timestamp.tolerance_seconds, s.timestamp.future_tolerance_seconds
        early = "" if ahead is None else f" or more than {ahead} s ahead of the clock"
        return (
            f"a signed timestamp: older than {limit} s{early} refused by default (the "
            "provider's own)"
        )
    if s is not None and s.scheme == "standard_webhooks":
        limit = s.tolerance_seconds
        return (
            f"a signed timestamp ({md_code(s.timestamp_header)}): more than {limit} s from now, "
            "before or after, refused by default (the Standard Webhooks libraries' own)"
        )
    if s is not None and s.scheme == "jwt":
        limit = s.max_age_seconds
        return f"a signed iat: older than {limit} s refused by default (the provider's own)"
    if s is not None and s.scheme == "jws" and s.timestamp_header is not None:
        return (
            f"a signed timestamp ({md_code(s.timestamp_header)}) but no published tolerance: "
            "no age is checked unless a tolerance is given; deduplicate"
        )
    if d.body_timestamp is not None:
        field = md_code(".".join(d.body_timestamp))
        default = d.default_tolerance_seconds
        checked = (
            "can be checked with a tolerance"
            if default is None
            else f"is checked by default against the retry window: at most {default} s old "
            "(the last retry, the time limit and 5 minutes of clock difference)"
        )
        return (
            f"no signed header timestamp; the signed body's {field} (when present) {checked};"
            " deduplicate within it"
        )
    return "no signed timestamp: a replayed delivery verifies, so deduplicate"


def last_checked(provider: Provider, up: str) -> str:
    """When the catalog was last checked against the provider's sources (the drift records of
    the sources its code sets cite), and how many of them the drift command re-reads."""
    cited = {
        source.id: source
        for code_set in provider.code_sets
        for source in (*code_set.sources, *(s for code in code_set.codes for s in code.sources))
    }
    checked = sorted(
        (s for s in cited.values() if s.checked), key=lambda s: s.checked or "", reverse=True
    )
    if not checked and provider.not_rechecked:
        return f"never: {mk.text(provider.not_rechecked)}"
    if not checked:
        return (
            f"never: none of the {len(cited)} sources its codes cite is re-read by the drift "
            "command"
        )
    return (
        f"{mk.text(checked[0].checked or '')}, by the drift command, which re-reads "
        f"{len(checked)} of the {len(cited)} sources its codes cite "
        f"({mk.page_link('sources', up, 'sources.md')})"
    )


def provider_tables(provider: Provider) -> str:
    """A provider's page's facts and its code sets, as two HTML tables ready-made for the page
    (between the marks of a raw region), which Markdown would otherwise parse at every build."""
    with mk.html():
        up = mk.up_from(pages.provider_page(provider))
        facts = [("Website", mk.link(provider.website, provider.website))]
        # A standard names its licence (codegen.rules.sources), as its other facts.
        if provider.is_standard and provider.licence is not None:
            standards = mk.page_link("all standards", up, "standards.md")
            facts += [
                ("Publisher", mk.text(provider.publisher or "")),
                ("Versions", mk.text(", ".join(provider.versions))),
                ("Licence", cells.licence(provider.licence, up)),
                ("Not covered", f"{mk.text(provider.not_covered or '')} ({standards})"),
            ]
        if provider.language != "en":
            quoted = ": its descriptions and messages are quoted as published"
            facts.append(("Language of its texts", mk.code(provider.language) + quoted))
        facts += [
            ("Python module", mk.code(provider.python_module)),
            ("TypeScript names start with", mk.code(provider.type_prefix)),
            ("Last checked against its sources", last_checked(provider, up)),
        ]
        sets = [
            (cells.code_set_link(code_set, up), mk.code(code_set.field), len(code_set.codes))
            for code_set in provider.code_sets
        ]
        tables = mk.table(("Fact", "Value"), facts, excluded=True) + mk.table(
            ("Code set", "Wire field", "Codes"), sets, excluded=True
        )
    return mk.raw(tables)


def completeness_table(provider: Provider) -> str:
    """How whole each of a provider's code sets is (codegen.targets.site.completeness), as an
    HTML table ready-made for the page."""
    with mk.html():
        return mk.raw(completeness.table(provider, mk.up_from(pages.provider_page(provider))))


def files(catalog: Catalog) -> Files:
    context = {
        "header": catalog.header,
        "cell": cells,
        "up": "../",
        "transport": pages.TRANSPORT,
        "retries": retries,
        "replays": replays,
        "authenticated_by": authenticated_by,
        "provider_tables": provider_tables,
        "completeness_table": completeness_table,
        "when_to_act": lambda provider: decisions.section(catalog, provider, "../"),
    }
    found = {
        f"{pages.ROOT}/webhooks.md": render(
            "site/webhooks.md.j2", catalog=catalog, **{**context, "up": ""}
        )
    }
    for provider in catalog.providers:
        found[f"{pages.ROOT}/{pages.provider_page(provider)}"] = render(
            "site/provider.md.j2", provider=provider, **context
        )
        if provider.sdk is not None:
            found[f"{pages.ROOT}/{provider.id}/sdk-methods.md"] = render(
                "site/sdk_methods.md.j2", provider=provider, sdk=provider.sdk, **context
            )
    return found
