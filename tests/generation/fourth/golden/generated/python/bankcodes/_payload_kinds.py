# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""Every payload kind and how its root model is chosen, read by bankcodes.payloads."""

from __future__ import annotations

from bankcodes._kinds import LazyKinds

#: Kind -> its provider, whose package of models (bankcodes.webhooks.<provider>) holds its record,
#: read the first time one of its kinds is asked for.
KINDS: LazyKinds = LazyKinds({"acme/widget-message": "acme", "acme/webhook": "acme"})
