"""Hardening of the payload validation: fuzzed payloads only ever validate or raise the package's
own error, and the command line only ever answers 0, 1 or 2. (Malformed specs are in
test_spec_corpus, hostile spec text in test_hostile_spec.)"""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bankcodes import cli as bankcodes_cli
from bankcodes import payloads
from tests.support.spec_index import every_example

# --- payload fuzzing -------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
EXAMPLES = [(kind, example["data"]) for kind, example in every_example()]


def _outcome(kind: str, data: object, strict: bool) -> str:
    try:
        payloads.validate(kind, data, strict=strict)
    except payloads.PayloadError as error:
        assert error.problems and all(p.path.startswith("$") for p in error.problems)
        return "invalid"
    return "valid"


@settings(max_examples=600)
@given(kind=st.sampled_from(payloads.KINDS), data=json_values, strict=st.booleans())
def test_arbitrary_json_only_validates_or_raises_payload_error(
    kind: str, data: object, strict: bool
) -> None:
    _outcome(kind, data, strict)
    _outcome(kind, json.dumps(data).encode(), strict)


def _mutate(data: object, path: list[int], replacement: object) -> object:
    """Replace, at a position picked by `path`, one value of a payload by `replacement`."""
    if not path or not isinstance(data, dict | list) or not data:
        return replacement
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    result = copy.copy(data)
    result[key] = _mutate(data[key], path[1:], replacement)
    return result


@settings(max_examples=600)
@given(
    example=st.sampled_from(EXAMPLES),
    path=st.lists(st.integers(min_value=0, max_value=50), max_size=6),
    replacement=json_values,
    strict=st.booleans(),
)
def test_mutated_examples_only_validate_or_raise_payload_error(
    example: tuple[str, object], path: list[int], replacement: object, strict: bool
) -> None:
    kind, data = example
    _outcome(kind, _mutate(data, path, replacement), strict)


@settings(max_examples=500)
@given(kind=st.sampled_from(payloads.KINDS), raw=st.binary(max_size=200))
def test_raw_bytes_only_validate_or_raise_payload_error(kind: str, raw: bytes) -> None:
    _outcome(kind, raw, strict=False)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    example=st.sampled_from(EXAMPLES),
    path=st.lists(st.integers(0, 50), max_size=5),
    replacement=json_values,
)
def test_the_cli_only_answers_0_1_or_2(
    example: tuple[str, object], path: list[int], replacement: object, tmp_path: Path
) -> None:
    kind, data = example
    file = tmp_path / "payload.json"
    text = json.dumps(_mutate(data, path, replacement))
    file.write_text(text)
    with contextlib.redirect_stderr(io.StringIO()):
        status = bankcodes_cli.main(["validate", kind, str(file), "--json"], out=io.StringIO())
    # NaN and Infinity (which json.dumps writes for floats) are not JSON: unusable input.
    try:
        json.loads(text, parse_constant=_not_json)
    except ValueError:
        assert status == 2
    else:
        assert status in (0, 1)


def _not_json(word: str) -> object:
    raise ValueError(f"{word} is not JSON")
