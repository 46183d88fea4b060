"""The drift watch on ISO 20022's status reasons: the catalog's own extractors of the two JSON
Schema copies (4Q2023_ExternalCodeSets_v2.json, as Open Banking Limited keeps it, and the later
external_code_sets.json the Transaction Authorization Protocol project keeps) read
definitions.ExternalStatusReason1Code's enum. The excerpt (tests/drift/fixtures/
iso-status-reasons.json) is typed from the later copy at a325faf8 (its header and five of its 301
values, AB01, AM04, TKSP, TKXP and EOL1, with their definitions); UK Open Banking's code set file
is read for both its own rows and its ISO rows (tests/drift/fixtures/ob-codesets.csv)."""

from __future__ import annotations

from codegen.drift import extract
from codegen.drift.compare import compare
from tests.support.drift_case import FIXTURES, typed
from tests.support.helpers import spec_data

COPY = FIXTURES / "iso-status-reasons.json"
EXCERPT = ["AB01", "AM04", "TKSP", "TKXP", "EOL1"]
SOURCES = ("iso-4q2023-json", "tap-external-code-sets-json")


def test_each_json_schema_copy_is_read_by_the_catalog_s_own_extractor() -> None:
    spec = typed(spec_data())
    for source in SOURCES:
        found = extract(spec, source, COPY)
        assert [(item.code_set, item.value) for item in found] == [
            ("iso20022.status_reason", value) for value in EXCERPT
        ], source


def test_a_code_the_copy_adds_is_proposed_and_one_it_drops_is_reported() -> None:
    """A code the copy lists and the catalog lacks (TKSP, taken out of a copy of the spec) is
    proposed with the edit that adds it; a code that cites the copy and that the copy no longer
    lists (AB12, here missing from the excerpt) is reported gone, for a person to mark."""
    data = spec_data()
    codes = data["providers"]["iso20022"]["code_sets"]["status_reason"]["codes"]
    codes[:] = [code for code in codes if code["value"] != "TKSP"]
    spec = typed(data)
    source = "tap-external-code-sets-json"
    found = compare(spec, source, extract(spec, source, COPY))
    by_value = {(d.kind, d.value) for d in found}
    assert ("missing", "TKSP") in by_value
    assert ("gone", "AB12") in by_value
    assert not {value for kind, value in by_value if kind == "gone"} & set(EXCERPT)
    (added,) = [d for d in found if (d.kind, d.value) == ("missing", "TKSP")]
    (edit,) = added.edits
    assert edit["path"] == "/providers/iso20022/code_sets/status_reason/codes/-"
    assert edit["value"]["value"] == "TKSP"


def test_the_uk_code_set_file_is_read_for_its_own_rows_and_its_iso_rows() -> None:
    """OB_Internal_Codeset.csv's header (lines 1-2) and seven of its rows (lines 84, 97, 471 and
    483: 0083, U030, TKSP and UPAY, an ISO code that starts with U; lines 56, 126 and 161: the
    consent status AWAU, the payment status RCVD and the multiple authorisation status AWAF), in
    tests/drift/fixtures/ob-codesets-v4-rows.csv: each row is read into its own code set."""
    spec = typed(spec_data())
    found = extract(spec, "ukob-v4-internal-codeset", FIXTURES / "ob-codesets-v4-rows.csv")
    assert sorted((item.code_set, item.value) for item in found) == [
        ("iso20022.status_reason", "TKSP"),
        ("iso20022.status_reason", "UPAY"),
        ("ukob.consent_status", "AWAU"),
        ("ukob.error_code", "0083"),
        ("ukob.error_code", "U030"),
        ("ukob.multi_authorisation_status", "AWAF"),
        ("ukob.payment_status", "RCVD"),
    ]
