"""Whose words a code's texts are, shown as one compact line with the full citations folded
under it (in the generated reference pages)."""

from __future__ import annotations

import html
import re

from tests.support.reference import REFERENCE, code_block, code_row

_FOLD = re.compile(r'^<details class="bc-fold"><summary>([^<]*)</summary>(.*)</details>$', re.S)


def test_whose_words_is_a_compact_line_over_the_folded_citations() -> None:
    # Enable Banking's WRONG_SESSION_STATUS: its description is Enable Banking's text, read in
    # three copies of its OpenAPI document kept by third parties, the first pinned at commit
    # 17db20c9dbce (spec: enablebanking-openapi-8e8ab97c); its notes are bankcodes' words.
    whose = code_row("enablebanking", "error_code", "WRONG_SESSION_STATUS", "Whose words")
    found = _FOLD.match(whose)
    assert found is not None, whose[:300]
    line, fold = html.unescape(found[1]), found[2]
    assert line == (
        "Enable Banking's and bankcodes' words · Enable Banking API reference 1.0.0-8e8ab97c "
        "and 2 more, at commit 17db20c9dbce"
    )
    # Each text cites its documents by their titles' start; the code's sources follow in full,
    # once, where a row of their own repeated them.
    lines = fold.split("<br> ")
    assert lines[0].startswith("Description: Enable Banking's published text (in <a href=")
    assert ">Enable Banking API reference 1.0.0-8e8ab97c</a>" in lines[0]
    assert lines[-1].startswith("Sources: <a href=")
    assert "fatihcatalkaya/RoomieFunds" in lines[-1] and "tech-gian/EnableBanking" in lines[-1]
    assert "fatihcatalkaya/RoomieFunds" not in "".join(lines[:-1])
    block = code_block("enablebanking", "error_code", "WRONG_SESSION_STATUS")
    assert "<td>Sources</td>" not in block
    # Flinks' INVALID_LOGIN: its description and advice are Flinks' text (its error codes page,
    # unpinned), its notes bankcodes'; the fold says which is whose.
    flinks = _FOLD.match(code_row("flinks", "api_error_code", "INVALID_LOGIN", "Whose words"))
    assert flinks is not None
    assert html.unescape(flinks[1]).startswith("Flinks' and bankcodes' words · Flinks: ")
    assert "Advice to the integrator: Flinks' published text" in flinks[2]


def test_every_codes_provenance_line_is_short() -> None:
    lines = [
        html.unescape(line)
        for page in REFERENCE.rglob("*.md")
        for line in re.findall(
            r'<td>Whose words</td><td><details class="bc-fold"><summary>([^<]*)</summary>',
            page.read_text(encoding="utf-8"),
        )
    ]
    assert len(lines) > 1000
    long = [line for line in lines if len(line) > 160]
    assert long == [], long[:3]
