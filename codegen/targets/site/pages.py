"""Where each reference page lives (relative to site/docs/reference/), and the words the pages
use for the spec's fixed values."""

from __future__ import annotations

from codegen.model import Category, CodeSet, PayloadKind

ROOT = "site/docs/reference"
#: The id of the heading above the detail blocks of a code-set page. It starts with an
#: underscore, which no code anchor does.
CODES_HEADING = "_codes"


def code_set_page(code_set: CodeSet) -> str:
    """The page of a code set, relative to the reference folder."""
    return f"{code_set.page}.md"


def category_page(category: Category) -> str:
    return f"categories/{category.id}.md"


def payload_page(kind: PayloadKind) -> str:
    return f"payloads/{kind.id}.md"


ACTORS = {
    "end_user": "the end user",
    "integrator": "the integrator",
    "institution": "the institution",
    "nobody": "nobody",
}

#: How the sources page names each kind of source.
SOURCE_KINDS = {
    "seed": "provider documentation",
    "doc": "provider documentation",
    "repo": "provider repository",
    "third-party": "third party (corroboration)",
}

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "ar": "Arabic",
    "es": "Spanish",
    "pt": "Portuguese",
}


def language_name(tag: str) -> str:
    """A language tag for people: "French", or with its region "French (CA)"."""
    base, _, region = tag.partition("-")
    return LANGUAGE_NAMES[base] + (f" ({region})" if region else "")


#: How a provider that signs nothing lets deliveries be authenticated at the transport.
TRANSPORT = {
    "basic_auth": "HTTP basic authentication",
    "bearer_token": "a bearer token of its own choosing (Authorization: Bearer …)",
    "mutual_tls": "mutual TLS",
    "oauth2": "an OAuth 2 token",
    "ip_allowlist": "its published source addresses",
}

SCOPE_LABELS = {
    "regions": "regions",
    "sdks": "SDKs",
    "doc_versions": "document versions",
    "data_sources": "data sources",
    "endpoints": "endpoints",
}
