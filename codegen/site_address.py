"""The address of the published reference site, as each package carries it: the base every
code's doc_url (docUrl) is built from, beside the page of the code that the generated data
holds ("reference/provider/set/#ANCHOR").

`make generate` writes it from the catalog's about.project.documentation (None when the catalog
names no site: then no code has a doc_url). `make packages SITE_URL=…` stamps the address the
site is published at into the packages it builds, never into generated/: the wheel and the
sdist get their own copy of the module (codegen/hatch_build.py), and so does the npm package's
folder (codegen/assemble.py). The release workflow passes the address GitHub Pages serves the
site at, so that a fork that publishes its own site gets its own addresses.
"""

from __future__ import annotations

import json
import os
import re

#: The module of each package that holds the address, inside the package.
PYTHON_MODULE = "_site.py"
TYPESCRIPT_MODULE = "site.ts"
#: The header of a module stamped by `make packages`.
STAMPED = "stamped by `make packages SITE_URL=…` — do not edit"
#: An address a package may carry: http(s), no query, fragment, quote or space.
_ADDRESS = re.compile(r"https?://[^\s\"'\\?#<>`]+")


class AddressError(ValueError):
    """An address that no package may carry."""


def normalised(address: str | None) -> str | None:
    """`address` ending in one slash (a page's path is appended to it); None for none or "".
    Raises AddressError for anything but an http(s) address."""
    if not address:
        return None
    if not _ADDRESS.fullmatch(address):
        shown = json.dumps(address[:80])
        raise AddressError(
            f"SITE_URL {shown} is not the http(s) address of a site (without query, fragment, "
            "quotes or spaces), such as https://owner.github.io/bankcodes/"
        )
    return address.rstrip("/") + "/"


def from_environment() -> str | None:
    """The address SITE_URL names (normalised), or None when it is unset or empty."""
    return normalised(os.environ.get("SITE_URL", "").strip())


#: Each package's module: its comment's opening, what stands for no address, and its text.
_MODULES = {
    "python": (
        "#",
        "None",
        '"""The address of the published reference site, which every code\'s doc_url starts\n'
        'with (None: no site, and no doc_url)."""\n\n'
        "SITE_URL: str | None = {value}\n",
    ),
    "typescript": (
        "//",
        "undefined",
        "/** The address of the published reference site, which every code's docUrl starts with\n"
        " * (undefined: no site, and no docUrl). */\n"
        "export const SITE_URL: string | undefined = {value};\n",
    ),
}


def module(package: str, header: str, address: str | None) -> str:
    """The module of `package` ("python": bankcodes/_site.py, "typescript": src/site.ts) that
    carries `address` (normalised), under `header`."""
    comment, missing, text = _MODULES[package]
    value = missing if address is None else json.dumps(address)
    return f"{comment} {header}\n" + text.format(value=value)
