"""Who must act, the spec schema's actor values: imported with the package, apart from the records
of the categories that carry it (bankcodes._category_info)."""

from __future__ import annotations

import enum


class Actor(enum.StrEnum):
    """Who must act when a code of a category arrives (the spec schema's actor values)."""

    END_USER = "end_user"
    INTEGRATOR = "integrator"
    INSTITUTION = "institution"
    NOBODY = "nobody"
