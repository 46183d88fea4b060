# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""How each provider signs and delivers its webhooks, read by bankcodes.signatures."""

from __future__ import annotations

from bankcodes._schemes import Delivery, EventType, HmacScheme, Scheme
from bankcodes._sources import SOURCES as _S

#: Provider id -> how the provider authenticates its webhooks.
SCHEMES: dict[str, Scheme] = {
    "acme": HmacScheme(headers=("X-Acme-Signature",), algorithm="sha256", encodings=("hex",))
}

#: Provider id -> how the provider delivers its webhooks.
DELIVERY: dict[str, Delivery] = {}

#: Provider id -> why the catalog describes no signing of the webhooks it sends.
UNDESCRIBED: dict[str, str] = {}
