"""A `responses` rule reads the HTTP statuses an OpenAPI document's operations list among their
responses: each three-digit key of every operation's responses once, in the order first listed,
the rule's code_pattern keeping the error statuses. The excerpt is typed from Yapily's
openapi.json (yapily/yapily-openapi at 3f9441be): two operations on applications and the one
that registers a webhook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import SOURCE, typed
from tests.support.helpers import spec_data

YAPILY = {
    "openapi": "3.0.1",
    "paths": {
        "/applications": {
            "post": {
                "responses": {
                    "201": {"description": "Created"},
                    "400": {"description": "Bad Request"},
                    "403": {"description": "Forbidden from accessing the requested Application."},
                    "default": {"description": "Error Response"},
                }
            },
            "parameters": [{"name": "x", "in": "query"}],
        },
        "/webhook/events": {
            "post": {
                "responses": {
                    "201": {"description": "Created"},
                    "400": {"description": "Bad Request"},
                    "406": {
                        "description": "Maximum number of registered webhooks has been reached"
                    },
                }
            }
        },
    },
}


def _read(document: Any, tmp_path: Path, pattern: str | None) -> list[tuple[str, str]]:
    copy = tmp_path / "openapi.json"
    copy.write_text(json.dumps(document))
    rule: dict[str, Any] = {"code_set": "yapily.response_status", "responses": {}}
    if pattern is not None:
        rule["code_pattern"] = pattern
    data = spec_data("yapily")
    extractor = {"format": "openapi", "code_sets": [rule]}
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": extractor}
    return [(p.value, p.where) for p in extract(typed(data), SOURCE, copy)]


def test_each_status_once_where_first_listed_the_pattern_keeping_the_errors(
    tmp_path: Path,
) -> None:
    assert _read(YAPILY, tmp_path, "[45][0-9]{2}") == [
        ("400", "/paths/~1applications/post/responses/400"),
        ("403", "/paths/~1applications/post/responses/403"),
        ("406", "/paths/~1webhook~1events/post/responses/406"),
    ]
    # Without a pattern the successes are listed too; `default` is no status.
    assert [value for value, _ in _read(YAPILY, tmp_path, None)] == ["201", "400", "403", "406"]


def test_a_document_without_paths_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DriftInputError, match="has no paths"):
        _read({"openapi": "3.0.1", "components": {}}, tmp_path, None)
