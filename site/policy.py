"""The site's Content-Security-Policy, which the step after the engine writes into every page:
the policy's directives and each page's own scripts' hashes."""

from __future__ import annotations

import base64
import hashlib
import re

#: The site's Content-Security-Policy (https://www.w3.org/TR/CSP3/), on every page: its own
#: scripts, and the theme's inline ones by their hashes (added per page), never other inline
#: code; its own styles, with inline ones for the diagrams (Mermaid styles what it draws with
#: style attributes and a style element of its own); its own fonts and images, and data: images
#: (the theme's icons); connections to itself alone (the search index, instant navigation); no
#: form sent anywhere, no plugin, no base address but its own. The same on every page, as the
#: theme's instant navigation keeps the document of the page first opened.
POLICY = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "form-action": "'none'",
    "base-uri": "'self'",
    "object-src": "'none'",
}
#: Where overrides/main.html puts the policy in each page.
POLICY_ELEMENT = '<meta http-equiv="Content-Security-Policy" content="bankcodes-policy">'
_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<text>.*?)</script>", re.DOTALL)
_NOT_RUN = re.compile(r"""\bsrc=|\btype=["']?application/(?:ld\+)?json""")


def policy(html: str) -> str:
    """The policy of a page: POLICY, with the hash of each script the page runs from its own
    text (the UTF-8 text between its tags, as CSP3's hash-source reads it)."""
    hashes: list[str] = []
    for found in _SCRIPT.finditer(html):
        if _NOT_RUN.search(found["attributes"]):
            continue  # a script loaded from the site ('self'), or a data block
        digest = hashlib.sha256(found["text"].encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if source not in hashes:
            hashes.append(source)
    directives = {**POLICY, "script-src": " ".join([POLICY["script-src"], *hashes])}
    return "; ".join(f"{name} {sources}" for name, sources in directives.items())


def with_policy(html: str, where: str) -> str:
    """`html` with its policy element filled in; an error naming `where` when it has none."""
    if (count := html.count(POLICY_ELEMENT)) != 1:
        raise ValueError(
            f"{where}: {count} elements for the Content-Security-Policy, where"
            " overrides/main.html writes one"
        )
    element = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html.replace(POLICY_ELEMENT, element)
