"""`python -m codegen.drift` on the enums of a standard's OpenAPI description: UK Open Banking
v3.1 lists OBError1's codes under `x-namespaced-enum` (tests/drift/fixtures/ob-errors.yml), and
the Berlin Group spreads one field's message codes over an enum per HTTP status and service
(psd2-message-codes.yml), which one rule reads as one code set by naming every pointer. Both
excerpts are typed from the files their comments name; the catalog holds no standard yet, so the
tests read code sets planted in a copy of the spec (tests/support/drift_case.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import (
    FIXTURES,
    SOURCE,
    kinds,
    plant_code_set,
    report_of,
    run_drift,
    spec_copy,
    typed,
    unworded,
)
from tests.support.helpers import spec_data

UK = "gocardless.uk_error_code"
BERLIN = "gocardless.berlin_message_code"
ERROR_CODE = "/components/schemas/OBError1/properties/ErrorCode"
SCHEMAS = "/components/schemas"
#: Three of the Berlin Group's enums of the message codes of one field.
POINTERS = [
    f"{SCHEMAS}/MessageCode400_AIS",
    f"{SCHEMAS}/MessageCode400_PIS",
    f"{SCHEMAS}/MessageCode401_PIS",
]

#: The codes of OBError1's ErrorCode in the excerpt, in its order.
UK_CODES = [
    "UK.OBIE.Field.Expected",
    "UK.OBIE.Field.Invalid",
    "UK.OBIE.Field.Missing",
    "UK.OBIE.Reauthenticate",
    "UK.OBIE.UnexpectedError",
]
#: The excerpt's Berlin Group codes, each once, in the order the three enums first list them
#: (FORMAT_ERROR, PARAMETER_NOT_CONSISTENT and CONSENT_UNKNOWN are in both 400 enums).
BERLIN_CODES = [
    "FORMAT_ERROR",
    "PARAMETER_NOT_CONSISTENT",
    "CONSENT_UNKNOWN",
    "SESSIONS_NOT_SUPPORTED",
    "PAYMENT_FAILED",
    "EXECUTION_DATE_INVALID",
    "CERTIFICATE_INVALID",
    "CERTIFICATE_REVOKE",
    "CONSENT_INVALID",
    "REQUIRED_KID_MISSING",
]


def _extractor(ref: str, enum: str | list[str], form: str = "openapi") -> dict[str, Any]:
    return {"format": form, "code_sets": [{"code_set": ref, "enum": enum}]}


def _read(extractor: dict[str, Any], copy: Path) -> list[tuple[str, str]]:
    """(value, where) of every code the extractor reads from `copy`."""
    data = spec_data("gocardless", "plaid")
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": extractor}
    return [(p.value, p.where) for p in extract(typed(data), SOURCE, copy)]


# -- UK Open Banking v3.1: x-namespaced-enum ----------------------------------------------------


def test_a_namespaced_enum_is_read_as_the_schema_s_enum() -> None:
    found = _read(_extractor(UK, ERROR_CODE), FIXTURES / "ob-errors.yml")
    assert found == [
        (value, f"{ERROR_CODE}/x-namespaced-enum/{index}") for index, value in enumerate(UK_CODES)
    ]


def test_a_namespaced_enum_in_sync_and_a_code_it_adds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extractor = _extractor(UK, ERROR_CODE)
    spec = spec_copy(tmp_path, extractor, {}, plant_code_set(UK, unworded(*UK_CODES)))
    assert report_of(capsys, spec, "ob-errors.yml")["in_sync"]
    fewer = plant_code_set(UK, unworded(*UK_CODES[:3], UK_CODES[4]))
    report = report_of(capsys, spec_copy(tmp_path, extractor, {}, fewer), "ob-errors.yml")
    assert kinds(report) == [("missing", UK, "UK.OBIE.Reauthenticate")]
    assert report["differences"][0]["where"] == f"{ERROR_CODE}/x-namespaced-enum/3"


def test_a_schema_with_neither_enum_is_refused_naming_its_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message = "/components/schemas/OBError1/properties/Message"
    spec = spec_copy(tmp_path, _extractor(UK, message), {}, plant_code_set(UK, unworded("x")))
    code, out, err = run_drift(capsys, spec, "ob-errors.yml")
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert err == (
        f"error: {FIXTURES / 'ob-errors.yml'} at {message}: not a schema with an enum or an "
        "x-namespaced-enum of strings\n"
    )


# -- the Berlin Group: one field's codes over several enums -----------------------------------


def test_one_code_set_over_several_enums_is_their_union_each_code_once() -> None:
    found = dict(_read(_extractor(BERLIN, POINTERS), FIXTURES / "psd2-message-codes.yml"))
    assert list(found) == BERLIN_CODES
    # Each code says where it was read: the first enum that lists it.
    assert found["FORMAT_ERROR"] == f"{SCHEMAS}/MessageCode400_AIS/enum/0"
    assert found["PAYMENT_FAILED"] == f"{SCHEMAS}/MessageCode400_PIS/enum/3"
    assert found["REQUIRED_KID_MISSING"] == f"{SCHEMAS}/MessageCode401_PIS/enum/3"


def test_several_enums_in_sync_and_a_code_of_one_of_them_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extractor = _extractor(BERLIN, POINTERS)
    spec = spec_copy(tmp_path, extractor, {}, plant_code_set(BERLIN, unworded(*BERLIN_CODES)))
    assert report_of(capsys, spec, "psd2-message-codes.yml")["in_sync"]
    shared, second = "CONSENT_UNKNOWN", "EXECUTION_DATE_INVALID"
    fewer = [value for value in BERLIN_CODES if value not in (shared, second)]
    spec = spec_copy(tmp_path, extractor, {}, plant_code_set(BERLIN, unworded(*fewer)))
    report = report_of(capsys, spec, "psd2-message-codes.yml")
    # A code two enums list is one code, missing once.
    assert kinds(report) == [("missing", BERLIN, shared), ("missing", BERLIN, second)]
    wheres = [d["where"] for d in report["differences"]]
    assert wheres == [
        f"{SCHEMAS}/MessageCode400_AIS/enum/2",
        f"{SCHEMAS}/MessageCode400_PIS/enum/4",
    ]


def test_a_pointer_of_several_that_resolves_to_nothing_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pointers = [*POINTERS[:2], f"{SCHEMAS}/MessageCode429_AIS", POINTERS[2]]
    plant = plant_code_set(BERLIN, unworded(*BERLIN_CODES))
    spec = spec_copy(tmp_path, _extractor(BERLIN, pointers), {}, plant)
    code, out, err = run_drift(capsys, spec, "psd2-message-codes.yml")
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert err == (
        f"error: {FIXTURES / 'psd2-message-codes.yml'} has nothing at "
        f"{SCHEMAS}/MessageCode429_AIS (no 'MessageCode429_AIS')\n"
    )


def test_an_sdk_rule_may_name_several_enums_too() -> None:
    """The union `Status` lists two of the three statuses of the enum LinkExitMetadataStatus."""
    names = ["Status", "LinkExitMetadataStatus"]
    extractor = _extractor("plaid.link_exit_status", names, "typescript")
    found = _read(extractor, FIXTURES / "exit-status.ts")
    assert found == [
        ("connected", "line 17"),
        ("requires_code", "line 17"),
        ("requires_credentials", "line 7"),
    ]


#: An excerpt of Pluggy's pluggy-node src/types/execution.ts (at 236495c7): a status list as an
#: array `as const`, one array spread into another.
PLUGGY_EXECUTION = """\
const EXECUTION_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'ALREADY_LOGGED_IN',
] as const

export const EXECUTION_FINISHED_STATUSES = [
  ...EXECUTION_ERROR_CODES,
  'MERGE_ERROR',
  'SUCCESS',
] as const
"""


def test_an_array_of_strings_is_read_with_the_arrays_it_spreads_in_their_place(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "execution.ts"
    copy.write_text(PLUGGY_EXECUTION)
    extractor = _extractor("plaid.link_exit_status", "EXECUTION_FINISHED_STATUSES", "typescript")
    assert _read(extractor, copy) == [
        ("INVALID_CREDENTIALS", "line 2"),
        ("ALREADY_LOGGED_IN", "line 3"),
        ("MERGE_ERROR", "line 8"),
        ("SUCCESS", "line 9"),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A spreads B at line 1, and B spreads A back at line 2.
        ("const A = ['X', ...B] as const\nconst B = [...A]\n", "2: spreads no array of the file"),
        ("const A = ['X', 7]\n", "1: an item that is not a string: '7'"),
    ],
)
def test_an_array_that_spreads_itself_or_holds_no_string_is_refused_at_its_line(
    tmp_path: Path, text: str, said: str
) -> None:
    copy = tmp_path / "statuses.ts"
    copy.write_text(text)
    with pytest.raises(DriftInputError, match=f"statuses.ts:{said}"):
        _read(_extractor("plaid.link_exit_status", "A", "typescript"), copy)


#: An excerpt of stripe-node's src/resources/Events.ts (at 66394216): the union of every event
#: type, of which a code set holds some (Stripe's Financial Connections events).
STRIPE_EVENTS = """\
export namespace Event {
  export type Type =
    | 'account.updated'
    | 'financial_connections.account.created'
    | 'invoice.paid'
    | 'financial_connections.authorization.upcoming_deactivation';
}
"""


def test_an_enum_rule_s_code_pattern_keeps_the_values_that_match_it_in_full(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "Events.ts"
    copy.write_text(STRIPE_EVENTS)
    extractor = _extractor("plaid.link_exit_status", "Type", "typescript")
    extractor["code_sets"][0]["code_pattern"] = r"financial_connections\.[a-z_]+\.[a-z_]+"
    assert _read(extractor, copy) == [
        ("financial_connections.account.created", "line 4"),
        ("financial_connections.authorization.upcoming_deactivation", "line 6"),
    ]
    # In an OpenAPI file alike: OBError1's codes that match "UK\.OBIE\.Field\..*", in order.
    uk = _extractor(UK, ERROR_CODE)
    uk["code_sets"][0]["code_pattern"] = r"UK\.OBIE\.Field\..*"
    assert [value for value, _ in _read(uk, FIXTURES / "ob-errors.yml")] == UK_CODES[:3]
