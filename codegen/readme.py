"""The README's table of the providers, generated from the spec: `make generate` writes it between
the README's two markers, and `python -m codegen check` reports it when it differs, as it does a
generated file. The rest of the README is hand-written."""

from __future__ import annotations

from pathlib import Path

from codegen.filters import md_code, md_text
from codegen.model import Catalog, Provider, Signing

BEGIN = "<!-- the providers: generated from {spec} by `make generate`; do not edit -->"
END = "<!-- end of the providers -->"


def table(catalog: Catalog) -> str:
    """One row per provider: its codes, its Python module and npm entry, its webhooks; then one
    per open-banking standard: its codes, modules, publisher and licence."""
    rows = [
        "| Provider | Codes | Python | TypeScript | Webhooks |",
        "|---|---|---|---|---|",
    ]
    standards = [provider for provider in catalog.providers if provider.is_standard]
    for provider in catalog.providers:
        if not provider.is_standard:
            rows.append(f"{_row(provider)} {_webhooks(provider)} |")
    if standards:
        rows += [
            "",
            "The open-banking standards beneath them, whose codes banks send and providers pass "
            "through:",
            "",
            "| Standard | Codes | Python | TypeScript | Publisher and licence |",
            "|---|---|---|---|---|",
        ]
    for standard in standards:
        assert standard.licence is not None, "a standard names its licence (codegen.spec)"
        licence = md_text(f"{standard.publisher}; {standard.licence.name}")
        rows.append(f"{_row(standard)} {licence} |")
    return "\n".join(rows)


def _row(provider: Provider) -> str:
    """A row's first four cells: the name linked to its page, its codes, its modules."""
    codes = sum(len(code_set.codes) for code_set in provider.code_sets)
    sets = len(provider.code_sets)
    reference = f"site/docs/reference/{provider.id}/index.md"
    return (
        f"| [{md_text(provider.name)}]({reference}) "
        f"| {codes} in {sets} code set{'' if sets == 1 else 's'} "
        f"| {md_code(provider.python_module)} "
        f"| {md_code('bankcodes/' + provider.id)} |"
    )


#: The extra of the Python package each signing scheme's check needs (pyproject.toml); a scheme
#: not named needs none beyond `payloads`.
SCHEME_EXTRAS = {
    "jwt": "jwt",
    "jws": "jws",
    "fetched_key": "rsa",
    "certificate_jwt": "rsa",
    "published_key": "rsa",
}


def _webhooks(provider: Provider) -> str:
    """The webhooks cell: how the provider's deliveries are signed, and the extra its check
    needs in Python."""
    signing = provider.signing
    if provider.webhooks_undescribed is not None:
        return "sent; their signing not described yet"
    if signing is None:
        return "none"
    extra = SCHEME_EXTRAS.get(signing.scheme)
    needs = "" if extra is None else f" (the {md_code(extra)} extra)"
    return _scheme(provider, signing) + needs


def _scheme(provider: Provider, signing: Signing) -> str:
    if signing.scheme == "fetched_key":
        return f"{signing.algorithm} in {md_code(signing.signature_header)}, key fetched by id"
    if signing.scheme == "certificate_jwt":
        return f"{signing.algorithm} JWT in {md_code(signing.header)}, certificate from its x5u"
    if signing.scheme == "published_key":
        signed = "URL and body" if signing.separator else "the body"
        return f"{signing.algorithm} of {signed} in {md_code(signing.signature_header)}"
    if signing.scheme == "hmac":
        return f"HMAC-{signing.algorithm.upper()} in {md_code(signing.headers[0])}"
    if signing.scheme == "jwt":
        return f"{signing.algorithm} JWT in {md_code(signing.header)}"
    if signing.scheme == "jws":
        return f"{signing.algorithm} detached JWS in {md_code(signing.header)}"
    if signing.scheme == "standard_webhooks":
        return f"Standard Webhooks (HMAC-SHA256) in {md_code(signing.signature_header)}"
    if signing.scheme == "shared_secret":
        where = md_code(signing.header) if signing.header else "a header the app names"
        return f"a shared secret (no signature) in {where}"
    return "unsigned: authenticated at the transport"


def block(catalog: Catalog) -> str:
    """The generated block, markers included."""
    return "\n".join([BEGIN.format(spec=catalog.spec_path), table(catalog), END])


def with_table(text: str, catalog: Catalog) -> str | None:
    """The README's text with its generated block as the catalog renders it; None when it has
    no such block."""
    start = text.find(BEGIN.format(spec=catalog.spec_path))
    end = text.find(END, start)
    if start < 0 or end < 0:
        return None
    return text[:start] + block(catalog) + text[end + len(END) :]


def write(catalog: Catalog, readme: Path) -> bool:
    """Rewrite the README's block; False when the README or its block is missing."""
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    new = with_table(text, catalog)
    if new is None:
        return False
    if new != text:
        staging = readme.with_name(f".{readme.name}.generating")
        staging.write_text(new, encoding="utf-8")
        staging.replace(readme)
    return True


def differs(catalog: Catalog, readme: Path) -> bool:
    """Whether the README's block differs from what the catalog renders."""
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    new = with_table(text, catalog)
    return new is not None and new != text
