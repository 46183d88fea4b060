"""The README's table of the providers, generated from the spec: `make generate` writes it between
the README's two markers, and `python -m codegen check` reports it when it differs, as it does a
generated file. The rest of the README is hand-written."""

from __future__ import annotations

from pathlib import Path

from codegen.filters import md_code, md_text
from codegen.model import Catalog, HmacSigning, JwsSigning, JwtSigning, NoSigning, Provider

BEGIN = "<!-- the providers: generated from {spec} by `make generate`; do not edit -->"
END = "<!-- end of the providers -->"


def table(catalog: Catalog) -> str:
    """One row per provider: its codes, its Python module and npm entry, its webhooks."""
    rows = [
        "| Provider | Codes | Python | TypeScript | Webhooks |",
        "|---|---|---|---|---|",
    ]
    for provider in catalog.providers:
        codes = sum(len(code_set.codes) for code_set in provider.code_sets)
        reference = f"site/docs/reference/{provider.id}/index.md"
        rows.append(
            f"| [{md_text(provider.name)}]({reference}) "
            f"| {codes} in {len(provider.code_sets)} code sets "
            f"| {md_code(provider.python_module)} "
            f"| {md_code('bankcodes/' + provider.id)} "
            f"| {_webhooks(provider)} |"
        )
    return "\n".join(rows)


def _webhooks(provider: Provider) -> str:
    signing = provider.signing
    if signing is None or provider.delivery is None:
        return "none"
    if isinstance(signing, HmacSigning):
        return f"HMAC-{signing.algorithm.upper()} in {md_code(signing.headers[0])}"
    if isinstance(signing, JwtSigning):
        return f"{signing.algorithm} JWT in {md_code(signing.header)}"
    if isinstance(signing, JwsSigning):
        return f"{signing.algorithm} detached JWS in {md_code(signing.header)}"
    assert isinstance(signing, NoSigning)
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
