"""`bankcodes list` and its filters, and how `explain` shows the codes that only share a code's
category: counted, named with --equivalents."""

from __future__ import annotations

import csv
import io
import json

import pytest

import bankcodes
from bankcodes import cli
from tests.cli.test_cli import run
from tests.support.helpers import after_decision


def test_explain_names_the_codes_that_only_share_the_category_when_asked() -> None:
    status, out = run("explain", "INVALID_MFA", "--provider", "lean", "--equivalents")
    lines = [line.strip() for line in after_decision(out).splitlines()]
    assert status == 0
    # Argyle's mfa_issue_encountered (argyle.com's error page files it under MFA issues) and its
    # account connection error invalid_mfa only share the category; Flinks' closer equivalent is
    # not listed again among those codes.
    assert "same category only in argyle: mfa_issue_encountered, invalid_mfa" in lines
    flinks = [line for line in lines if line.startswith("same category only in flinks")]
    assert not any("INVALID_SECURITY_RESPONSE" in line for line in flinks)
    # The summary counts exactly the codes named.
    (summary,) = [line for line in lines if line.startswith("same category in ")]
    named = [
        value
        for line in lines
        if line.startswith("same category only in ")
        for value in line.split(": ", 1)[1].split(", ")
    ]
    providers = sum(line.startswith("same category only in ") for line in lines)
    assert summary.startswith(f"same category in {providers} other providers: {len(named)} codes")


def test_the_codes_of_each_category_are_those_whose_records_say_so() -> None:
    """explain finds the codes sharing a category in a table of its own (bankcodes._by_category),
    without loading every provider: the table holds each code once, under the category its own
    record gives, in catalog order."""
    from bankcodes._by_category import BY_CATEGORY
    from bankcodes._cli_codes import members

    expected: dict[str, list[tuple[str, str, str]]] = {c.value: [] for c in bankcodes.Category}
    for provider, member in members():
        place = (provider, type(member).code_set().id, str(member.value))
        expected[member.category.value].append(place)
    assert {category: list(codes) for category, codes in BY_CATEGORY.items()} == expected


def test_an_explained_code_stays_short_however_large_its_category() -> None:
    """UK Open Banking's Resource.NotFound shares integration_error with hundreds of codes: the
    answer counts them instead of naming them."""
    status, out = run("explain", "UK.OBIE.Resource.NotFound")
    assert status == 0
    assert len(out.encode("utf-8")) < 4000, len(out)


def test_list_filters_by_provider_and_category() -> None:
    # Lean's one rate-limit code: its API's RATE_LIMIT_EXCEEDED, a rate limit's next step.
    status, out = run("list", "--provider", "lean", "--category", "rate_limited")
    assert status == 0
    assert out.splitlines() == [
        "provider\tcode_set\tvalue\tcategory\tretryable\tend_user_can_retry\tactor\tnext_step"
        "\twait_seconds\tmax_attempts",
        "lean\tapi_error_status\tRATE_LIMIT_EXCEEDED\trate_limited\tyes\tyes\tintegrator"
        "\tretry_later\t\t",
    ]
    status, out = run("list", "--json")
    rows = json.loads(out)
    assert {
        "provider": "flinks",
        "code_set": "connect_step_event",
        "value": "REDIRECT",
        "category": "success",
        "retryable": False,
        "end_user_can_retry": False,
        "actor": "nobody",
        "next_step": "none",
        "wait_seconds": None,
        "max_attempts": None,
    } in rows


def test_list_filters_by_what_acting_takes() -> None:
    """Each filter keeps the codes that have its fact, in catalog order, as the Python package
    reads them."""
    import bankcodes

    status, out = run("list", "--provider", "basiq", "--retryable", "yes", "--json")
    assert status == 0
    expected = [m.value for s in bankcodes.basiq.CODE_SETS for m in s if m.retryable]
    assert [row["value"] for row in json.loads(out)] == expected
    status, out = run("list", "--category", "credentials_invalid", "--end-user-can-retry", "yes")
    rows = _records(out)
    assert rows and all(
        row["category"] == "credentials_invalid" and row["end_user_can_retry"] == "yes"
        for row in rows
    )
    _, out = run("list", "--category", "credentials_invalid", "--end-user-can-retry", "no")
    assert all(row["end_user_can_retry"] == "no" for row in _records(out))
    status, out = run("list", "--provider", "plaid", "--actor", "institution")
    rows = _records(out)
    assert rows and {row["actor"] for row in rows} == {"institution"}


def _records(out: str) -> list[dict[str, str]]:
    """The rows of `bankcodes list`, each by the names its header row gives the columns."""
    return list(csv.DictReader(io.StringIO(out), delimiter="\t"))


def test_list_names_its_columns_as_its_json_names_the_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A header row first, naming each column as --json names the field, in the order of the
    columns; a list with no code is the header alone; --help says both."""
    _, out = run("list", "--provider", "lean")
    _, listed = run("list", "--provider", "lean", "--json")
    records = json.loads(listed)
    header, *lines = out.splitlines()
    assert header.split("\t") == [key for key in records[0] if key != "doc_url"]
    assert len(lines) == len(records)

    def shown(value: object) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return "" if value is None else str(value)

    assert _records(out) == [
        {key: shown(value) for key, value in record.items() if key != "doc_url"}
        for record in records
    ]
    assert run("list", "--category", "success", "--actor", "end_user")[1] == header + "\n"
    assert cli.main(["list", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert all(name in said for name in header.split("\t"))
    assert "header row" in said and "--json, a list of records" in said


def test_explain_prints_a_published_text_without_its_markdown() -> None:
    """Plaid's WEBHOOK_UPDATE_ACKNOWLEDGED: "This webhook is only sent to [Plaid processor
    partners](https://plaid.com/docs/auth/partnerships/)." (its webhooks reference, in
    Markdown). The terminal shows the link's text and address; --json keeps the text as
    published."""
    status, out = run("explain", "WEBHOOK_UPDATE_ACKNOWLEDGED", "--provider", "plaid")
    lines = [line.strip() for line in after_decision(out).splitlines()]
    assert status == 0
    assert (
        "This webhook is only sent to Plaid processor partners "
        "<https://plaid.com/docs/auth/partnerships/>."
    ) in lines
    assert not any("](" in line for line in lines)
    _, out = run("explain", "WEBHOOK_UPDATE_ACKNOWLEDGED", "--provider", "plaid", "--json")
    assert (
        "[Plaid processor partners](https://plaid.com/docs/auth/partnerships/)"
        in json.loads(out)[0]["description"]
    )
