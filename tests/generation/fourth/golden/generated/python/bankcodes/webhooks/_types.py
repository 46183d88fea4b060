# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The scalar types of the payload models: strings, timestamps, finite numbers, integers and
free-form JSON values, within the catalog's payload limits."""

from __future__ import annotations

from typing import Annotated

from pydantic import JsonValue as _JsonValue
from pydantic import StringConstraints

from bankcodes._pydantic import BoundedJson, FiniteNumber, JsonInteger, PatternText

Text = Annotated[str, StringConstraints(strict=True, max_length=1024)]

UrlText = Annotated[str, PatternText("^https?://[^\\s/?#]+[^\\s]*(?![\\s\\S])", 2048)]

Timestamp = Annotated[
    str,
    PatternText(
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?(?![\\s\\S])",
        64,
    ),
]

Number = Annotated[float, FiniteNumber]

Integer = Annotated[int, JsonInteger]

JsonValue = Annotated[_JsonValue, BoundedJson(4, 1024)]

JsonValue2 = Annotated[_JsonValue, BoundedJson(3, 1024)]

JsonValue3 = Annotated[_JsonValue, BoundedJson(2, 1024)]

JsonValue4 = Annotated[_JsonValue, BoundedJson(1, 1024)]
