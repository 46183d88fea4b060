"""Spec evolution: a released code never disappears, keeps its wire value and identifier, and
changes category only with a recorded reason; diffs feed `codegen diff` and the changelog."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import changelog, cli, loader, spec_problems
from tests.support.helpers import ROOT, SPEC, run_codegen, spec_data, write_spec

RELEASED = ROOT / "spec" / "released"


def _latest_release() -> tuple[str, dict[str, Any]]:
    releases = changelog.released(RELEASED)
    assert releases, "spec/released/ holds the catalog of every release"
    return releases[-1]


def test_no_released_code_is_broken() -> None:
    _, released = _latest_release()
    assert changelog.breaking_changes(released, spec_data()) == []


def test_a_released_version_is_never_changed_in_place() -> None:
    version, released = _latest_release()
    current = spec_data()
    if current["spec_version"] == version:
        assert changelog.diff(released, current).empty, "bump spec_version before changing codes"


def _codes(data: dict[str, Any], provider: str, code_set: str) -> list[dict[str, Any]]:
    codes: list[dict[str, Any]] = data["providers"][provider]["code_sets"][code_set]["codes"]
    return codes


def test_breaking_changes_are_caught() -> None:
    released = spec_data()
    changed = copy.deepcopy(released)
    del _codes(changed, "argyle", "bank_connection_error")[0]
    _codes(changed, "lean", "secondary_status")[1]["name"] = "ACTIVE_CONNECTION"
    _codes(changed, "flinks", "api_error_code")[9]["category"] = "account_unavailable"
    problems = changelog.breaking_changes(released, changed)
    assert sorted(problems) == [
        "argyle/bank_connection_error/account_closed: a released code disappeared "
        "(mark it deprecated or removed)",
        "flinks/api_error_code/INVALID_USERNAME: category changed from credentials_invalid to "
        "account_unavailable without a category_history entry giving the reason",
        "lean/secondary_status/ACTIVE: identifier changed from ACTIVE to ACTIVE_CONNECTION",
    ]


def test_a_recorded_category_change_and_a_deprecation_are_allowed() -> None:
    released = spec_data()
    changed = copy.deepcopy(released)
    code = _codes(changed, "flinks", "api_error_code")[9]
    code["category"] = "account_unavailable"
    code["category_history"] = [
        {"from": "credentials_invalid", "since": "1.1.0", "reason": "The bank locks the login."}
    ]
    _codes(changed, "lean", "sdk_method")[0]["lifecycle"] = {"state": "deprecated", "note": "Gone."}
    assert changelog.breaking_changes(released, changed) == []
    result = changelog.diff(released, changed)
    assert result.deprecated == [(("lean", "sdk_method", "connect"), "deprecated", "Gone.")]
    (change,) = result.changed
    assert change.key == ("flinks", "api_error_code", "INVALID_USERNAME")
    assert change.fields == (("category", "credentials_invalid", "account_unavailable"),)


@pytest.mark.subprocess
def test_codegen_diff_prints_every_kind_of_change(tmp_path: Path) -> None:
    old = {**spec_data(), "spec_version": "1.0.0"}
    new = copy.deepcopy(old)
    new["spec_version"] = "1.1.0"
    _codes(new, "argyle", "channel").append({"value": "portal", "description": "The portal."})
    _codes(new, "lean", "sdk_method")[0]["lifecycle"] = {"state": "deprecated", "note": "Gone."}
    _codes(new, "lean", "callback_status")[0]["description"] = "The flow is complete."
    del _codes(new, "flinks", "webhook_response_type")[0]
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    result = run_codegen("diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "1.0.0 -> 1.1.0"
    assert "added: 1" in lines and "  argyle/channel/portal" in lines
    assert "deprecated: 1" in lines and "  lean/sdk_method/connect (deprecated: Gone.)" in lines
    assert "changed: 1" in lines
    assert "removed: 1" in lines and "  flinks/webhook_response_type/KYC" in lines
    assert (
        "breaking: flinks/webhook_response_type/KYC: a released code disappeared" in result.stderr
    )


def test_the_changelog_lists_the_changes_of_each_release(tmp_path: Path) -> None:
    first = {**spec_data(), "spec_version": "1.0.0"}
    released = tmp_path / "released"
    released.mkdir()
    (released / "1.0.0.json").write_text(json.dumps(first))
    second = copy.deepcopy(first)
    second["spec_version"] = "1.1.0"
    _codes(second, "argyle", "channel").append({"value": "portal", "description": "The portal."})
    (released / "1.1.0.json").write_text(json.dumps(second))
    # The released catalogs beside a spec are part of what the loader reads.
    releases = changelog.history(loader.load(write_spec(tmp_path, second)))
    assert [release.version for release in releases] == ["1.1.0", "1.0.0"]
    assert releases[0].previous == "1.0.0"
    assert releases[0].diff.added == [("argyle", "channel", "portal")]
    total = sum(
        len(code_set["codes"])
        for provider in first["providers"].values()
        for code_set in provider["code_sets"].values()
    )
    assert releases[1].previous is None and len(releases[1].diff.added) == total


def _deeply_nested() -> str:
    return "[" * 100_000 + "]" * 100_000


#: Catalogs `codegen diff` and `codegen release` refuse: the text, where, what is said.
UNREADABLE = [
    ("[]", '""', "the spec must be a JSON object"),
    (_deeply_nested(), '""', "invalid JSON: nested too deeply (more than 100 levels)"),
    (
        '{"providers": {"a": {"code_sets": {"s": {"codes": [{"value": "x", "lifecycle": '
        + "[" * 980
        + "]" * 980
        + "}]}}}}}",
        '""',
        "invalid JSON: nested too deeply (more than 100 levels)",
    ),
    ('{"a": 1, "a": 2}', '""', "duplicate key 'a' in one JSON object"),
]
#: Catalogs `codegen diff` cannot compare: the text, where, what is said.
NOT_COMPARABLE = [
    *UNREADABLE,
    ('{"providers": []}', "/providers", "[] is not of type 'object'"),
    ('{"spec_version": "1.0.0"}', '""', "'providers' is a required property"),
    (
        '{"providers": {"a": {"code_sets": {"s": {"codes": "abc"}}}}}',
        "/providers/a/code_sets/s/codes",
        "'abc' is not of type 'array'",
    ),
    (
        '{"providers": {"a": {"code_sets": {"s": {"codes": "\\u001b[2J' + "a" * 200 + '"}}}}}',
        "/providers/a/code_sets/s/codes",
        "'\\x1b[2J" + "a" * 91 + "… is not of type 'array'",
    ),
]


def _run(*argv: str) -> tuple[int, list[str]]:
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(list(argv))
    return status, errors.getvalue().splitlines()


@pytest.mark.parametrize(("text", "where", "message"), NOT_COMPARABLE, ids=range(8))
def test_codegen_diff_names_the_catalog_it_cannot_compare(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    """Either catalog of a diff is read as validate reads a spec (its JSON, then the shape of
    what is compared): a wrong one is named, with where and what, and nothing is compared."""
    wrong = tmp_path / "wrong.json"
    wrong.write_text(text, encoding="utf-8")
    for old, new in ((SPEC, wrong), (wrong, SPEC)):
        status, lines = _run("diff", str(old), str(new))
        assert status == 2
        assert lines == [f"{wrong}: {where}: {message}", "1 problem; nothing was compared."]


@pytest.mark.parametrize(("text", "where", "message"), UNREADABLE, ids=range(4))
def test_codegen_release_names_what_is_wrong_with_the_spec(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    spec = tmp_path / "catalog.json"
    spec.write_text(text, encoding="utf-8")
    status, lines = _run("release", "9.9.9", "--spec", str(spec))
    assert status == 1
    assert lines == [f"{spec}: {where}: {message}", "1 problem; nothing was written."]
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["catalog.json"]
    assert spec.read_text(encoding="utf-8") == text


def test_codegen_diff_compares_a_catalog_of_an_older_shape() -> None:
    """The first release's catalog, which the spec's schema of today refuses, is compared."""
    assert spec_problems.schema_problems(json.loads((RELEASED / "1.0.0.json").read_text("utf-8")))
    assert _run("diff", str(RELEASED / "1.0.0.json"), str(SPEC)) == (0, [])
