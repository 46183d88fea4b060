"""`python -m codegen release VERSION` (`make release`): the version follows the catalog's diff
as the site's Releases page defines it (a code's category, `retryable` or `end_user_can_retry`
changed is a change in behaviour and needs a minor release; new codes a minor; texts a patch; a
code removed or renamed never), a version that understates the change is refused with nothing
written, and a release sets spec_version, copies the spec and writes its notes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import versioning
from tests.support.helpers import ROOT, codegen_here, run_codegen, snapshot, spec_data, write_spec

DAY = "2026-12-01"
#: A code of Flinks' Authorize endpoint (seed-001): a wrong username, credentials_invalid.
CODE = ("flinks", "api_error_code", "INVALID_USERNAME")


def _code(data: dict[str, Any], provider: str, code_set: str, value: str) -> dict[str, Any]:
    codes = data["providers"][provider]["code_sets"][code_set]["codes"]
    (found,) = [code for code in codes if str(code["value"]) == value]
    assert isinstance(found, dict)
    return found


@pytest.fixture(scope="module")
def released() -> dict[str, Any]:
    """Flinks' part of the catalog, as released as 1.4.2."""
    data = spec_data("flinks")
    data["spec_version"] = "1.4.2"
    data["release_dates"] = {"1.4.2": "2026-11-20"}
    return data


def _project(tmp_path: Path, released: dict[str, Any], changed: dict[str, Any]) -> Path:
    """A spec folder: the released catalog in released/, the changed one as the spec."""
    (tmp_path / "released").mkdir()
    (tmp_path / "released" / "1.4.2.json").write_text(json.dumps(released), encoding="utf-8")
    return write_spec(tmp_path, changed, indent=2)


def _moved(released: dict[str, Any]) -> dict[str, Any]:
    """The catalog with Flinks' INVALID_USERNAME moved to another category (one that retries),
    the reason given."""
    changed = copy.deepcopy(released)
    code = _code(changed, *CODE)
    old = code["category"]
    assert old == "credentials_invalid"
    code["category"] = "institution_unavailable"
    reason = "The bank answers so while its service is down."
    code["category_history"] = [{"from": old, "since": "1.5.0", "reason": reason}]
    return changed


@pytest.mark.subprocess
def test_a_patch_is_refused_for_a_catalog_whose_code_changed_category(
    tmp_path: Path, released: dict[str, Any]
) -> None:
    spec = _project(tmp_path, released, _moved(released))
    before = snapshot(tmp_path)
    done = run_codegen("release", "1.4.3", "--spec", str(spec), "--date", DAY)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: 1.4.3 is a patch release after 1.4.2, but flinks/api_error_code/INVALID_USERNAME: "
        "category credentials_invalid → institution_unavailable; retryable false → true, a "
        "change in behaviour, needs a minor release at least: release 1.5.0; nothing was written."
    ]
    assert snapshot(tmp_path) == before


def test_a_minor_release_sets_the_version_copies_the_spec_and_writes_the_notes(
    tmp_path: Path, released: dict[str, Any]
) -> None:
    spec = _project(tmp_path, released, _moved(released))
    text = spec.read_text(encoding="utf-8")
    status, out, err = codegen_here("release", "1.5.0", "--spec", str(spec), "--date", DAY)
    assert (status, err) == (0, "")
    assert out.startswith("released 1.5.0: wrote ")
    written = spec.read_text(encoding="utf-8")
    assert (tmp_path / "released" / "1.5.0.json").read_text(encoding="utf-8") == written
    # Only the version and its date change; the rest of the text stays as it was written.
    assert written == text.replace('"spec_version": "1.4.2"', '"spec_version": "1.5.0"').replace(
        '"1.4.2": "2026-11-20"\n', '"1.4.2": "2026-11-20",\n    "1.5.0": "2026-12-01"\n'
    )
    notes = (tmp_path / "released" / "1.5.0.md").read_text(encoding="utf-8").splitlines()
    assert notes[1] == "# bankcodes 1.5.0 (2026-12-01)"
    headings = [line for line in notes if line.startswith("## ")]
    assert headings == ["## Changes in behaviour"]
    assert (
        "- <code>INVALID_USERNAME</code> (flinks api_error_code): category credentials_invalid → "
        "institution_unavailable; retryable false → true (The bank answers so while its service "
        "is down.)"
    ) in notes


def test_the_stamp_keeps_the_rest_of_the_spec_as_written(
    tmp_path: Path, released: dict[str, Any]
) -> None:
    spec = _project(tmp_path, released, _moved(released))
    text = spec.read_text(encoding="utf-8")
    assert codegen_here("release", "2.0.0", "--spec", str(spec), "--date", DAY)[0] == 0
    written = spec.read_text(encoding="utf-8")
    before, after = json.loads(text), json.loads(written)
    assert {
        key: value for key, value in after.items() if key not in ("spec_version", "release_dates")
    } == {
        key: value for key, value in before.items() if key not in ("spec_version", "release_dates")
    }
    # The date of 1.4.2, a released version, stays; 2.0.0 is a major release, allowed.
    assert after["release_dates"] == {"1.4.2": "2026-11-20", "2.0.0": DAY}
    assert len(written.splitlines()) - len(text.splitlines()) in (0, 1)


def test_the_date_of_an_unreleased_version_is_replaced(
    tmp_path: Path, released: dict[str, Any]
) -> None:
    """spec_version named a version never released (1.5.0, dated): releasing another drops that
    date."""
    changed = _moved(released)
    changed["spec_version"] = "1.5.0"
    changed["release_dates"] = {"1.4.2": "2026-11-20", "1.5.0": "2026-11-25"}
    spec = _project(tmp_path, released, changed)
    assert codegen_here("release", "2.0.0", "--spec", str(spec), "--date", DAY)[0] == 0
    after = json.loads(spec.read_text(encoding="utf-8"))
    assert (after["spec_version"], after["release_dates"]) == (
        "2.0.0",
        {"1.4.2": "2026-11-20", "2.0.0": DAY},
    )


@pytest.mark.parametrize(
    ("version", "said"),
    [
        (
            "1.4.3",
            "1.4.3 is a patch release after 1.4.2, but flinks/api_error_code/NEW_CODE: new code",
        ),
        ("1.6.0", "1.6.0 does not follow 1.4.2: the next version is one of 1.4.3, 1.5.0, 2.0.0"),
        ("1.4.2", "1.4.2 is released already"),
        ("1.5", 'the version "1.5" is not MAJOR.MINOR.PATCH'),
        ('1.5.0"\n$(rm)', 'the version "1.5.0\\"\\n$(rm)" is not MAJOR.MINOR.PATCH'),
        # Past Python's limit of digits for int(): never read as a number.
        ("1.5." + "9" * 100_000, f'the version "1.5.{"9" * 36}" is not MAJOR.MINOR.PATCH'),
        ("1.05.0", 'the version "1.05.0" is not MAJOR.MINOR.PATCH'),
        ("1.\uff15.0", 'the version "1.\\uff15.0" is not MAJOR.MINOR.PATCH'),
        ("1.5.0-rc.1", 'the version "1.5.0-rc.1" is not MAJOR.MINOR.PATCH'),
        ("1.5.0\n", 'the version "1.5.0\\n" is not MAJOR.MINOR.PATCH'),
    ],
)
def test_a_version_that_does_not_fit_is_refused_with_nothing_written(
    tmp_path: Path, released: dict[str, Any], version: str, said: str
) -> None:
    changed = copy.deepcopy(released)
    codes = changed["providers"]["flinks"]["code_sets"]["api_error_code"]["codes"]
    codes.append(
        {"value": "NEW_CODE", "description": "A new code.", "category": "integration_error"}
    )
    spec = _project(tmp_path, released, changed)
    before = snapshot(tmp_path)
    status, out, err = codegen_here("release", version, "--spec", str(spec), "--date", DAY)
    assert (status, out) == (1, "")
    assert err.startswith(f"error: {said}") and err.endswith("; nothing was written.\n"), err
    assert snapshot(tmp_path) == before


def test_a_released_code_removed_is_refused_even_as_a_major_release(
    tmp_path: Path, released: dict[str, Any]
) -> None:
    changed = copy.deepcopy(released)
    codes = changed["providers"]["flinks"]["code_sets"]["api_error_code"]["codes"]
    codes.remove(_code(changed, *CODE))
    spec = _project(tmp_path, released, changed)
    status, _, err = codegen_here("release", "2.0.0", "--spec", str(spec), "--date", DAY)
    assert status == 1
    assert err == (
        "error: flinks/api_error_code/INVALID_USERNAME: a released code disappeared (mark it "
        "deprecated or removed): a released code is never removed or renamed, at any version; "
        "nothing was written.\n"
    )


def _kinds(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, tuple[str, ...], str]]:
    return [(change.kind, change.where, change.what) for change in versioning.changes(old, new)]


def test_each_kind_of_change_asks_for_its_level(released: dict[str, Any]) -> None:
    """The Releases page's table, change by change."""
    assert _kinds(released, copy.deepcopy(released)) == []
    assert versioning.needed([]) == "patch"
    deprecated = {"state": "deprecated", "note": "Flinks sends INVALID_LOGIN now."}
    cases: list[tuple[str, object, str, str]] = [
        ("description", "Another text.", "fix", "description"),
        ("retryable", True, "behaviour", "retryable false → true"),
        ("end_user_can_retry", False, "behaviour", "end_user_can_retry true → false"),
        ("aliases", ["invalid_username"], "feature", "read also as invalid_username"),
        ("lifecycle", deprecated, "deprecation", "deprecated"),
    ]
    for field, value, kind, what in cases:
        changed = copy.deepcopy(released)
        _code(changed, *CODE)[field] = value
        assert _kinds(released, changed) == [(kind, CODE, what)], field
        level = "patch" if kind == "fix" else "minor"
        assert versioning.needed(versioning.changes(released, changed)) == level, field


def test_new_providers_and_code_sets_are_features(released: dict[str, Any]) -> None:
    old = spec_data("flinks")
    new = spec_data("flinks", "mono")
    mono = new["providers"]["mono"]
    count = sum(len(code_set["codes"]) for code_set in mono["code_sets"].values())
    found = _kinds(old, new)
    first = (
        "feature",
        ("mono",),
        f"new provider Mono: {count} codes in {len(mono['code_sets'])} code sets",
    )
    assert found[0] == first
    assert not [entry for entry in found if entry[1][0] == "mono" and entry != first]


def test_a_category_whose_retrying_changes_changes_each_of_its_codes(
    released: dict[str, Any],
) -> None:
    changed = copy.deepcopy(released)
    changed["categories"]["credentials_invalid"]["retryable"] = True
    found = _kinds(released, changed)
    assert ("behaviour", CODE, "retryable false → true") in found
    assert {kind for kind, _, _ in found} == {"behaviour"}


def test_the_releases_page_defines_every_heading_of_the_notes() -> None:
    page = (ROOT / "site" / "docs" / "releases.md").read_text(encoding="utf-8")
    for heading, _, level in versioning.KINDS.values():
        row = next((line for line in page.splitlines() if line.startswith(f"| {heading} |")), "")
        assert row.rstrip().endswith(f"| {level} |"), heading
    assert "releases.md" in (ROOT / "site" / "mkdocs.yml").read_text(encoding="utf-8")


def test_a_release_whose_spec_would_not_load_is_refused_with_nothing_written(
    tmp_path: Path, released: dict[str, Any]
) -> None:
    """A category the end user's own words contradict: the rules refuse it, so does the release."""
    changed = _moved(released)
    _code(changed, *CODE)["category"] = "account_unavailable"  # end_user_can_retry false
    spec = _project(tmp_path, released, changed)
    before = snapshot(tmp_path)
    status, _, err = codegen_here("release", "1.5.0", "--spec", str(spec), "--date", DAY)
    assert status == 1
    assert err.startswith(f"error: the spec does not load ({spec}: /providers/flinks/code_sets/")
    assert "the end user cannot retry here" in err
    assert snapshot(tmp_path) == before
