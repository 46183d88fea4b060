"""The quote check of `python -m codegen.drift`: a text the catalog shows as a provider's words
occurs, word for word, in a source it cites (codegen.drift.quotes).

Each test points one text of a copy of the spec at a fixture page written here (a source with no
extractor: it is read for its words alone) and plants one change in the page or the text. The
texts are Lean's, typed from its LinkSDK statuses page (seed-000): INVALID_CREDENTIALS "User
entered incorrect credentials", MFA_REQUIRED "User needs to enter an OTP"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from codegen.drift import passages, quotes
from codegen.drift.command import main
from tests.support.drift_case import codes_of
from tests.support.helpers import spec_data, write_spec

REF = "lean.secondary_status"
PAGE_ID = "quote-page"
OTHER_ID = "quote-other"
CREDENTIALS = "User entered incorrect credentials"
OTP = "User needs to enter an OTP"
POINTER = "/providers/lean/code_sets/secondary_status/codes/{}/{}"


def _page(*rows: tuple[str, str], more: str = "") -> str:
    cells = "".join(f"<tr><td>{code}</td><td>{text}</td></tr>" for code, text in rows)
    return (
        "<!doctype html><html><body><h1>Secondary statuses</h1>"
        f"<table><tr><th>Status</th><th>Reason</th></tr>{cells}</table>{more}</body></html>"
    )


IN_SYNC = _page(("INVALID_CREDENTIALS", CREDENTIALS), ("MFA_REQUIRED", OTP))


def _spec(tmp_path: Path, cites: dict[str, list[str]], **facts: Any) -> Path:
    """The spec with the two fixture pages as sources; each code named in `cites` takes its
    description from those sources alone, and INVALID_CREDENTIALS gets `facts`."""
    data = spec_data(REF.partition(".")[0])
    for source_id in (PAGE_ID, OTHER_ID):
        data["sources"][source_id] = {
            "kind": "doc",
            "title": f"Lean: secondary statuses ({source_id})",
            "url": f"https://docs.bank.example/{source_id}",
            "retrieved": "2026-01-01",
            "sha256": "0" * 64,
        }
    codes = codes_of(data, REF)
    for value, sources in cites.items():
        codes[value]["text_sources"] = {"description": sources}
    credentials = codes["INVALID_CREDENTIALS"]
    for key, fact in facts.items():
        credentials[key] = fact
        if key in quotes.QUOTED:
            credentials["text_sources"][key] = cites["INVALID_CREDENTIALS"]
    return write_spec(tmp_path, data)


def _index(value: str) -> int:
    return list(codes_of(spec_data(REF.partition(".")[0]), REF)).index(value)


def _drift(
    capsys: pytest.CaptureFixture[str], spec: Path, page: str, *, name: str = "page.html"
) -> tuple[int, list[str]]:
    copy = spec.parent / name
    copy.write_text(page, encoding="utf-8")
    code = main(["--spec", str(spec), PAGE_ID, str(copy)])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


@pytest.fixture
def cited(tmp_path: Path) -> Path:
    return _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID], "MFA_REQUIRED": [PAGE_ID]})


def test_texts_the_page_says_word_for_word_are_in_sync(
    cited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = _drift(capsys, cited, IN_SYNC)
    assert (code, lines) == (0, [f"{PAGE_ID}: in sync with {cited.parent / 'page.html'}"])


def test_one_word_changed_is_not_verbatim_naming_the_code_field_and_nearest_passage(
    cited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = _page(
        ("INVALID_CREDENTIALS", "User entered wrong credentials"), ("MFA_REQUIRED", OTP)
    )
    code, lines = _drift(capsys, cited, changed)
    assert code == 1
    assert lines[1:] == [
        "  not verbatim lean.secondary_status INVALID_CREDENTIALS: description "
        f"'{CREDENTIALS}' is in no cited source; nearest in {PAGE_ID}: "
        "'User entered wrong credentials' "
        f"[{POINTER.format(_index('INVALID_CREDENTIALS'), 'description')}]"
    ]


@pytest.mark.parametrize(
    "page",
    [
        _page(("INVALID_CREDENTIALS", "User  entered\n incorrect&nbsp;credentials"), ("M", OTP)),
        _page(("INVALID_CREDENTIALS", "<b>User entered</b> <a href='#'>incorrect</a> credentials")),
    ],
    ids=["whitespace", "markup"],
)
def test_whitespace_and_markup_are_not_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]})
    assert _drift(capsys, spec, page)[0] == 0


def test_typographic_quotes_are_read_as_plain_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = "The bank\u2019s \u201csecurity\u201d check failed."
    spec = _spec(
        tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message='The bank\'s "security" check failed.'
    )
    page = _page(("INVALID_CREDENTIALS", CREDENTIALS), more=f"<p>{said}</p>")
    assert _drift(capsys, spec, page)[0] == 0


def test_a_code_block_s_escaped_quotes_are_the_message_it_sends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plaid's Assets page shows DATA_UNAVAILABLE's response as JSON, its message saying
    'please see the \\"causes\\" field': the message sent is 'please see the "causes" field'.
    Outside a code block the backslash stays a word of the page."""
    message = 'Please see the "causes" field for more details.'
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message=message)
    example = '<pre><code>{"error_message": "Please see the \\"causes\\" field for more details."}'
    page = _page(("INVALID_CREDENTIALS", CREDENTIALS), more=example + "</code></pre>")
    assert _drift(capsys, spec, page)[0] == 0
    prose = _page(("INVALID_CREDENTIALS", CREDENTIALS), more=f"<p>{example[11:]}</p>")
    assert _drift(capsys, spec, prose)[0] == 1


def test_a_line_break_in_a_table_cell_is_the_text_s_line_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A standard's table cell breaks its text with <br/> (the CDR's error codes: "…occurs.<br/>
    <br/>The error _detail_ **SHOULD** be…"); the catalog keeps the break as a line break. Read
    as a space or as nothing, the quote would be in no passage."""
    cell = "An unexpected error occurs.<br/><br/>The error <em>detail</em> SHOULD be given."
    table = f"<table><tr><td>INVALID_CREDENTIALS</td><td>{cell}</td></tr></table>"
    text = "An unexpected error occurs.\n\nThe error _detail_ **SHOULD** be given."
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message=text)
    page = _page(("INVALID_CREDENTIALS", CREDENTIALS), more=table)
    assert _drift(capsys, spec, page)[0] == 0
    glued = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, message=text.replace("\n\n", ""))
    assert _drift(capsys, glued, page)[0] == 1


def test_a_text_cut_mid_sentence_is_truncated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    advice = "Ask the user to check the credentials shown in the section to"
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, advice=advice)
    more = f"<p>{advice} the right of the form, then retry.</p>"
    code, lines = _drift(capsys, spec, _page(("INVALID_CREDENTIALS", CREDENTIALS), more=more))
    assert code == 1
    assert lines[1].startswith("  truncated  lean.secondary_status INVALID_CREDENTIALS: advice ")
    assert f"where {PAGE_ID} goes on: 'the right of the form, then retry.'" in lines[1]


def test_a_translation_of_the_advice_is_checked_in_its_own_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The advice in English and as the provider's Portuguese page words it.
    advice, portuguese = "Ask the user to sign in again.", "Peça ao usuário que entre novamente."
    spec = _spec(
        tmp_path,
        {"INVALID_CREDENTIALS": [PAGE_ID]},
        advice=advice,
        advice_translations={"pt-BR": portuguese},
        text_sources={field: [PAGE_ID] for field in ("description", "advice_translations")},
    )
    more = f"<p>{advice}</p><p>{portuguese}</p>"
    page = _page(("INVALID_CREDENTIALS", CREDENTIALS), more=more)
    assert _drift(capsys, spec, page)[0] == 0
    changed = page.replace("novamente", "de novo")
    code, lines = _drift(capsys, spec, changed)
    assert code == 1
    assert lines[1].startswith(
        "  not verbatim lean.secondary_status INVALID_CREDENTIALS: advice_translations.pt-BR "
        f"'{portuguese}'"
    )


def test_a_text_spliced_from_two_cells_is_not_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spliced = f"{CREDENTIALS} {OTP}"
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, description=spliced)
    code, lines = _drift(capsys, spec, IN_SYNC)
    assert code == 1
    assert lines[1].startswith(
        f"  not verbatim lean.secondary_status INVALID_CREDENTIALS: description '{spliced}'"
    )


@pytest.mark.parametrize(
    "own",
    [{"editorial": True}, {"advice": "Ask again.", "own_words": ["advice"]}],
    ids=["editorial description", "own advice"],
)
def test_bankcodes_own_words_are_not_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], own: dict[str, Any]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID], "MFA_REQUIRED": [PAGE_ID]}, **own)
    # The page has neither the editorial description nor the advice.
    page = IN_SYNC if "own_words" in own else _page(("MFA_REQUIRED", OTP))
    assert _drift(capsys, spec, page)[0] == 0


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "statuses.ts",
            f"/**\n * {CREDENTIALS[:12]}\n * {CREDENTIALS[13:]}\n */\nexport const A = 1;",
        ),
        ("statuses.json", f'{{"INVALID_CREDENTIALS": {{"reason": "{CREDENTIALS}"}}}}'),
        (
            "statuses.yml",
            f"INVALID_CREDENTIALS:\n  reason: >-\n    {CREDENTIALS[:12]}\n    {CREDENTIALS[13:]}\n",
        ),
        (
            "statuses.md",
            f"| Status | Reason |\n|---|---|\n| INVALID_CREDENTIALS | **{CREDENTIALS}** |\n",
        ),
        ("statuses.txt", f"Secondary statuses\nINVALID_CREDENTIALS{CREDENTIALS}\n"),
    ],
    ids=["typescript comment", "json", "yaml folded", "markdown table", "plain text"],
)
def test_each_format_is_read_for_its_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]})
    assert _drift(capsys, spec, text, name=name) == (
        0,
        [f"{PAGE_ID}: in sync with {tmp_path / name}"],
    )
    changed = text.replace("incorrect", "invalid")
    assert _drift(capsys, spec, changed, name=name)[0] == 1


def _folder(tmp_path: Path, pages: dict[str, str]) -> Path:
    folder = tmp_path / "copies"
    folder.mkdir()
    for source_id, page in pages.items():
        (folder / f"{source_id}.html").write_text(page, encoding="utf-8")
    return folder


def _all(capsys: pytest.CaptureFixture[str], spec: Path, folder: Path) -> tuple[int, str]:
    code = main(["--spec", str(spec), "--all", str(folder)])
    return code, capsys.readouterr().out


def test_a_text_citing_two_sources_needs_to_be_in_one_of_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID, OTHER_ID]})
    elsewhere = _page(("MFA_REQUIRED", OTP))
    code, out = _all(capsys, spec, _folder(tmp_path, {PAGE_ID: elsewhere, OTHER_ID: IN_SYNC}))
    assert code == 0, out
    assert f"{PAGE_ID}: in sync" in out and f"{OTHER_ID}: in sync" in out


def test_a_text_in_none_of_its_two_sources_is_reported_once_both_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID, OTHER_ID]})
    elsewhere = _page(("MFA_REQUIRED", OTP))
    code, out = _all(capsys, spec, _folder(tmp_path, {PAGE_ID: elsewhere, OTHER_ID: elsewhere}))
    assert code == 1
    lines = out.splitlines()
    at = lines.index(f"texts citing several sources: 1 difference(s) with {tmp_path / 'copies'}")
    assert lines[at + 1].startswith(
        "  not verbatim lean.secondary_status INVALID_CREDENTIALS: description"
    )


def test_a_text_whose_other_source_was_not_read_is_not_judged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID, OTHER_ID]})
    elsewhere = _page(("MFA_REQUIRED", OTP))
    assert _drift(capsys, spec, elsewhere)[0] == 0


def test_a_source_nothing_reads_and_no_text_cites_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {})
    copy = tmp_path / "page.html"
    copy.write_text(IN_SYNC, encoding="utf-8")
    assert main(["--spec", str(spec), PAGE_ID, str(copy)]) == 2
    assert "declares no extractor and no quoted text cites it" in capsys.readouterr().err


def test_fetch_checks_the_words_of_what_is_published_today(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]})
    changed = _page(("INVALID_CREDENTIALS", "User entered wrong credentials"))
    httpserver.expect_request(f"/docs.bank.example/{PAGE_ID}").respond_with_data(
        changed, content_type="text/html"
    )
    args = ["--spec", str(spec), "--fetch", PAGE_ID, "--mirror", httpserver.url_for("/")]
    code = main([*args, "--cache", str(tmp_path / "cache"), "--timeout", "2"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines[0] == f"{PAGE_ID}: drift: 1 difference(s)"
    assert lines[1].startswith(
        f"  not verbatim lean.secondary_status INVALID_CREDENTIALS: description '{CREDENTIALS}'"
    )


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Able to connect to the bank.", "Unable to connect to the bank."),
        ("User entered incorrect cred", CREDENTIALS),
    ],
    ids=["inside a longer word at the start", "cut inside a word"],
)
def test_a_text_is_found_only_as_whole_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, page: str
) -> None:
    spec = _spec(tmp_path, {"INVALID_CREDENTIALS": [PAGE_ID]}, description=text)
    code, lines = _drift(capsys, spec, _page(("INVALID_CREDENTIALS", page)))
    assert code == 1
    assert lines[1].startswith("  not verbatim lean.secondary_status INVALID_CREDENTIALS")


def test_a_yaml_copy_of_repeated_aliases_is_read_once_per_node(tmp_path: Path) -> None:
    """Nine levels of ten aliases would be 10**9 strings if each alias were read again."""
    lines = ["a0: &a0 [x, y]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    copy = tmp_path / "laughs.yml"
    copy.write_text("\n".join(lines) + f"\nreason: {CREDENTIALS}\n", encoding="utf-8")
    words = passages.passages(copy).split("\n")
    assert CREDENTIALS in words
    assert len(words) < 100
