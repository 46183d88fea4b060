"""A source published as a PDF (a standard's Implementation Guidelines, as a repository keeps
it): drift reads its words with pypdf, without the lines its pages repeat (the title, the licence
line and its page number, a table's header row printed again on each page the table goes on),
so that a quoted text running over a page break is found, and a changed word is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.drift.command import main
from tests.drift.test_quotes import CREDENTIALS, PAGE_ID, _spec
from tests.support.pdf import document

TITLE = "NextGenPSD2 XS2A Framework - Implementation Guidelines  Complex Data Types"
LICENCE = "Published under CC BY-ND 4.0 Page {}"
HEADER = ["Message Code HTTP", "Response", "Code", "Description"]
#: A description the table prints over two pages, with a paragraph break inside.
FIRST = "Format of certain request fields are not matching the requirements."
SECOND = "This applies to headers and body entries."


def _pages(second: str = SECOND) -> list[list[str]]:
    filler = [f"Row {n} of another table" for n in range(6)]
    return [
        [TITLE, LICENCE.format(1), f"INVALID_CREDENTIALS {CREDENTIALS}", *filler],
        [
            TITLE,
            LICENCE.format(2),
            *HEADER,
            "FORMAT_ERROR 400 Format of certain request",
            *["fields are not matching the requirements."],
        ],
        [TITLE, LICENCE.format(3), *HEADER, second, "PARAMETER_NOT_CONSISTENT 400 Parameters"],
        [TITLE, LICENCE.format(4), *HEADER, "RESOURCE_UNKNOWN 404 The resource is unknown."],
    ]


def _drift(capsys: pytest.CaptureFixture[str], spec: Path, pdf: bytes) -> tuple[int, str]:
    copy = spec.parent / "guidelines.pdf"
    copy.write_bytes(pdf)
    code = main(["--spec", str(spec), PAGE_ID, str(copy)])
    out, err = capsys.readouterr()
    return code, out + err


def test_a_text_over_a_page_break_is_read_without_the_lines_pages_repeat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message=f"{FIRST}\n\n{SECOND}")
    code, said = _drift(capsys, spec, document(_pages()))
    assert (code, said) == (0, f"{PAGE_ID}: in sync with {spec.parent / 'guidelines.pdf'}\n")


def test_a_changed_word_in_the_pdf_is_not_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message=f"{FIRST}\n\n{SECOND}")
    code, said = _drift(capsys, spec, document(_pages("This applies to headers only.")))
    assert code == 1
    assert "not verbatim lean.secondary_status INVALID_CREDENTIALS: message" in said


def test_a_file_that_is_no_pdf_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message=FIRST)
    code, said = _drift(capsys, spec, b"<html>not a PDF</html>")
    assert code == 2
    assert said.count("\n") == 1 and "is no PDF pypdf can read" in said, said
