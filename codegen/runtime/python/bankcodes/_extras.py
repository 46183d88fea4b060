"""How to install an extra of the package (its optional dependencies), said the same way by
every message that asks for one: the registry's install line and a checkout's."""

from __future__ import annotations


def install(extra: str) -> str:
    """The commands that install `extra`: `pip install 'bankcodes[payloads]'` (from a package
    index) and, in a checkout of bankcodes, `pip install '.[payloads]'`."""
    checkout = f"pip install '.[{extra}]'"
    return f"pip install 'bankcodes[{extra}]' (in a checkout of bankcodes: {checkout})"
