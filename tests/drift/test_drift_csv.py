"""`python -m codegen.drift` on a CSV file: UK Open Banking v4 publishes its code sets in one file,
OB_Internal_Codeset.csv of OpenBankingUK/External_Internal_CodeSets, a `Code Set` column naming
the set of each row, under a title row. tests/drift/fixtures/ob-codesets.csv holds twelve of its
rows as the file writes them (UTF-8 with a byte order mark, CRLF between rows, line feeds inside
quoted cells): six error codes of OBExternalStatusReason1Code, a status reason of it, and rows
of two other code sets; their facts, typed from the file, are in tests/support/ob_codesets.py. A
table rule reads the rows under the header by its column names, `rows` keeping those of one code
set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from codegen.drift.command import main
from tests.support.drift_case import (
    FIXTURES,
    SOURCE,
    kinds,
    plant_code_set,
    report_of,
    spec_copy,
    typed,
)
from tests.support.helpers import spec_data
from tests.support.ob_codesets import COPY, REF, U001, codes, http, rule


def _read(extractor: dict[str, Any], copy: Path = FIXTURES / COPY) -> list[Any]:
    data = spec_data("gocardless")
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": extractor}
    return extract(typed(data), SOURCE, copy)


def test_a_csv_file_s_rows_of_one_code_set_are_read_by_their_header() -> None:
    found = [(p.value, p.where, p.http) for p in _read(rule())]
    assert found == [
        ("U001", "line 3", (400,)),
        ("U002", "line 7", (400,)),
        ("U004", "line 8", (400,)),
        ("U028", "line 10", (403,)),
        ("U029", "line 11", (409,)),
        ("U000", "line 12", ()),  # "5xx" is no status
        ("U030", "line 16", ()),
    ]
    first = _read(rule())[0]
    # The cell's text, its line breaks kept (its last one, before the closing quote, left out).
    assert first.description is not None and first.description.count("\n") == 2
    assert (first.description.replace("\n", " "), first.reads) == (U001, ("description", "http"))


def test_without_a_rows_filter_every_code_set_s_rows_are_codes() -> None:
    values = [p.value for p in _read(rule(rows=None))]
    assert values == [
        "U001",
        "U002",
        "U004",
        "U028",
        "U029",
        "U000",
        "AWAU",
        "RJCT",
        "U030",
        "EMAL",
    ]


def test_a_rows_filter_matches_a_cell_whitespace_around_it_aside() -> None:
    """The file names one set `OBExternalCommunicationMethod2Code ` (a space after it)."""
    found = _read(rule(rows={"Code Set": "OBExternalCommunicationMethod2Code"}))
    assert [(p.value, p.where) for p in found] == [("EMAL", "line 17")]


def test_a_code_read_as_an_alias_of_the_catalog_s_code_is_in_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_copy(tmp_path, rule(), {}, plant_code_set(REF, codes()))
    assert report_of(capsys, spec, COPY)["in_sync"]


def test_a_code_whose_alias_the_catalog_lacks_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_copy(tmp_path, rule(), {}, plant_code_set(REF, codes(alias=False)))
    report = report_of(capsys, spec, COPY)
    assert kinds(report) == [("missing", REF, "U002"), ("gone", REF, "UK.OBIE.Field.Invalid")]
    assert report["differences"][0]["where"] == "line 7"


def test_a_status_a_csv_row_gives_is_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = codes()
    changed[3]["http"] = http(401)
    report = report_of(capsys, spec_copy(tmp_path, rule(), {}, plant_code_set(REF, changed)), COPY)
    assert kinds(report) == [("http", REF, "U028")]
    assert report["edits"][0]["value"] == http(403)


# -- a CSV file drift cannot use ----------------------------------------------------------------


def _file(text: str | bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "codes.csv"
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        return path

    return make


def _fixture(folder: Path) -> Path:
    return FIXTURES / COPY


HEAD = "Code Set,Code Value,Description\r\n"


@pytest.mark.parametrize(
    ("extractor", "make", "message"),
    [
        (rule(), _file(HEAD + 'S,"U001"x,d\r\n'), "codes.csv:2: not CSV: ',' expected after '\"'"),
        (rule(), _file(HEAD + 'S,U001,"d\r\n'), "codes.csv:2: not CSV: unexpected end of data"),
        (
            rule(),
            _file(HEAD + 'S,U001,"' + "d" * 140_000 + '"\r\n'),
            "codes.csv:2: not CSV: field larger than field limit (131072)",
        ),
        (rule(), _file(b"Code Value\r\n\xff\r\n"), "codes.csv is not UTF-8 text (byte 12)"),
        (
            rule(),
            _file(HEAD + "S,U001,d\r\n" * 900_000),
            "over the 8388608-byte limit (--max-bytes raises it)",
        ),
        (
            rule(http="HTTP Status"),
            _fixture,
            f"{COPY}:2: the header has no column 'HTTP Status' (its columns: 'Code Set', "
            "'Code Value', 'Code Name', 'Code Definition', 'HTTP Status Category', 'Description')",
        ),
        (
            rule(rows={"Set": "OBExternalStatusReason1Code"}),
            _fixture,
            f"{COPY}:2: the header has no column 'Set'",
        ),
        (
            rule(code="Code"),
            _fixture,
            f"{COPY} has no row with a column 'Code' (the header a CSV rule reads its rows under)",
        ),
        (
            rule(rows={"Code Set": "OBExternalStatusReason2Code"}),
            _fixture,
            f"{COPY} has no row whose 'Code Set' is 'OBExternalStatusReason2Code'",
        ),
    ],
    ids=[
        "a quote inside a quoted cell",
        "a quoted cell never closed",
        "a cell of 140,000 characters",
        "not UTF-8",
        "over 8 MiB",
        "a column the header lacks",
        "a filter's column the header lacks",
        "no header row",
        "a filter no row matches",
    ],
)
def test_a_csv_file_drift_cannot_use_is_one_clear_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extractor: dict[str, Any],
    make: Callable[[Path], Path],
    message: str,
) -> None:
    spec = spec_copy(tmp_path, extractor, {}, plant_code_set(REF, codes()))
    code = main(["--spec", str(spec), SOURCE, str(make(tmp_path))])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err[:300]
