"""GoCardless Bank Account Data's (formerly Nordigen) statuses, read from its own pages and its
official PHP client: the statuses page (developer.gocardless.com/bank-account-data/statuses:
requisition statuses with their long names and stages, account statuses); the Bank Account Data
help centre's "Account suspension" (bankaccountdata.zendesk.com/hc/en-gb/articles/...); and
nordigen/nordigen-php at acbf54570d29c0487ffbe709fb11d3821f9ae7b0 (src/Enums/RequisitionStatus.php,
src/Enums/AccountProcessingStatus.php): the codes and their texts, the requisition lifecycle and
the site's diagram of it; and GoCardless's OpenAPI document (swagger.json, "GoCardless Bank
Account Data API" 2.0 (v2), in the copy andrejvysny/spendly keeps: docs/gocardless.swagger.json
at 427f9ddadd6086d10827f8d1673fbf016e832c5c), whose enum of a requisition's status the code set
holds whole. The sources' addresses are in tests/support/gocardless_sources.py. Expected values
are typed from those pages and files."""

from __future__ import annotations

import re

from bankcodes import UnknownCode, gocardless
from tests.support.gocardless_sources import PHP, STATUSES_PAGE, SUSPENSION_PAGE
from tests.support.helpers import ROOT, spec_data

#: The statuses page, "Requisitions endpoint": Status short, Status long, Description, Stage*
#: ("*describes sequence for each possible status, where "1" is starting status."). The table
#: is whole in the copy read (8 rows).
REQUISITION_STAGES = [
    ("CR", "CREATED", "Requisition has been successfully created", 1),
    ("GC", "GIVING_CONSENT", "End-user is giving consent at GoCardless's consent screen", 2),
    (
        "UA",
        "UNDERGOING_AUTHENTICATION",
        "End-user is redirected to the financial institution for authentication",
        3,
    ),
    (
        "RJ",
        "REJECTED",
        "Either SSN verification has failed or end-user has entered incorrect credentials",
        4,
    ),
    ("SA", "SELECTING_ACCOUNTS", "End-user is selecting accounts", 5),
    ("GA", "GRANTING_ACCESS", "End-user is granting access to their account information", 6),
    ("LN", "LINKED", "Account has been successfully linked to requisition", 7),
    ("EX", "EXPIRED", "Access to accounts has expired as set in End User Agreement", 8),
]
STAGE = {short: stage for short, _, _, stage in REQUISITION_STAGES}

#: nordigen-php src/Enums/RequisitionStatus.php: its nine constants, the whole class. SU is
#: the only one the statuses page does not list.
PHP_REQUISITION_STATUSES = {
    "CREATED": "CR",
    "LINKED": "LN",
    "SUSPENDED": "SU",
    "GIVING_CONSENT": "GC",
    "UNDERGOING_AUTHENTICATION": "UA",
    "REJECTED": "RJ",
    "SELECTING_ACCOUNTS": "SA",
    "GRANTING_ACCESS": "GA",
    "EXPIRED": "EX",
}
#: Its docblock of SUSPENDED.
SUSPENDED_REQUISITION = (
    "Requisition is suspended due to numerous consecutive errors that happened while accessing "
    "its accounts."
)

#: The requisition lifecycle as the spec records it (bankcodes' reading of the stage order, marked
#: editorial: the page draws no arrows): REJECTED ends a failed authentication, SUSPENDED follows
#: a linked requisition.
LIFECYCLE = {
    "CR": ["GC"],
    "GC": ["UA"],
    "UA": ["RJ", "SA"],
    "RJ": [],
    "SA": ["GA"],
    "GA": ["LN"],
    "LN": ["EX", "SU"],
    "EX": [],
    "SU": [],
}

#: The statuses page, "Accounts endpoint" (Status long | Description), whole in the copy read;
#: READY's row is broken across two lines there, its description the same words as the PHP
#: client's (which ends with a full stop).
ACCOUNT_STATUSES = {
    "DISCOVERED": "User has successfully authenticated herself, and account has been discovered",
    "ERROR": "An error was encountered when processing account",
    "EXPIRED": "Access to account has expired as set in End User Agreement",
    "PROCESSING": "Account is being processed by the institution",
    "READY": "Account has been successfully processed",
    "SUSPENDED": "Account has been suspended (more than 10 consecutive failed attempts to access "
    "the account)",
}
#: nordigen-php src/Enums/AccountProcessingStatus.php: its six constants, the whole class.
PHP_ACCOUNT_STATUSES = {"DISCOVERED", "PROCESSING", "READY", "ERROR", "SUSPENDED", "EXPIRED"}
#: GoCardless's OpenAPI document, components.schemas.StatusEnum (lines 5112-5124), in its order.
OPENAPI_STATUSES = ["CR", "ID", "LN", "RJ", "ER", "SU", "EX", "GC", "UA", "GA", "SA"]
#: The two of them neither the statuses page's requisitions table (read whole) nor nordigen-php's
#: RequisitionStatus.php lists; no source read says what they mean.
UNDESCRIBED = ("ID", "ER")


def test_the_requisition_statuses_are_the_openapi_documents_enum() -> None:
    assert sorted(m.value for m in gocardless.RequisitionStatus) == sorted(OPENAPI_STATUSES)
    # Every value the page and the PHP client list is in the OpenAPI enum; two more are not.
    assert set(OPENAPI_STATUSES) - set(PHP_REQUISITION_STATUSES.values()) == set(UNDESCRIBED)
    assert set(OPENAPI_STATUSES) - set(STAGE) == {"SU", *UNDESCRIBED}


def test_the_requisition_statuses_are_the_short_codes_named_by_their_long_names() -> None:
    # The wire value is the short code (the PHP client: CREATED = 'CR'), the name the long one.
    staged = [(m.value, m.name) for m in gocardless.RequisitionStatus][: len(REQUISITION_STAGES)]
    assert staged == [(short, long) for short, long, _, _ in REQUISITION_STAGES]
    named = {m.name: m.value for m in gocardless.RequisitionStatus if m.value not in UNDESCRIBED}
    assert named == PHP_REQUISITION_STATUSES
    # No source read gives ID or ER a long name: each is named by its value.
    assert [gocardless.RequisitionStatus(v).name for v in UNDESCRIBED] == list(UNDESCRIBED)
    assert gocardless.RequisitionStatus("LN") is gocardless.RequisitionStatus.LINKED
    # The long name is no wire value: a status sent as "SUSPENDED" is no requisition status.
    assert isinstance(gocardless.RequisitionStatus.parse("SUSPENDED"), UnknownCode)


def test_the_requisition_statuses_speak_in_gocardless_words() -> None:
    for short, _, text, _ in REQUISITION_STAGES:
        member = gocardless.RequisitionStatus(short)
        assert member.description == text and not member.info.editorial, short
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", short
        assert [s.url for s in wording.sources] == [STATUSES_PAGE], short
    suspended = gocardless.RequisitionStatus.SUSPENDED
    assert suspended.description == SUSPENDED_REQUISITION
    wording = suspended.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert [s.url for s in wording.sources] == [PHP + "src/Enums/RequisitionStatus.php"]


def test_the_requisition_lifecycle_is_the_one_the_spec_records() -> None:
    for member in gocardless.RequisitionStatus:
        following = member.next_statuses
        assert following is not None, member
        # No source places ID or ER in the sequence: no arrow leads to or from them.
        assert [m.value for m in following] == LIFECYCLE.get(member.value, []), member
    transitions = spec_data()["providers"]["gocardless"]["code_sets"]["requisition_status"][
        "transitions"
    ]
    # '"1" is starting status'; the arrows are bankcodes' reading, not GoCardless's.
    assert transitions["initial"] == ["CR"]
    assert transitions["editorial"] is True
    # A code set GoCardless publishes no order for has no lifecycle.
    assert gocardless.AccountStatus.READY.next_statuses is None


def test_the_lifecycle_follows_the_pages_stage_order() -> None:
    status = gocardless.RequisitionStatus
    # Every move between staged statuses goes to a later stage; SU, which the page does not
    # stage, only follows LN.
    for member in status:
        for following in member.next_statuses or ():
            if member.value in STAGE and following.value in STAGE:
                assert STAGE[following.value] > STAGE[member.value], (member, following)
            else:
                assert (member, following) == (status.LINKED, status.SUSPENDED)
    # The successful path visits the stages in order, stage 4 (REJECTED) aside: it ends a
    # failed authentication and has no next status.
    path = [status.CREATED]
    while path[-1].next_statuses:
        path.append(next(m for m in path[-1].next_statuses or () if m is not status.REJECTED))
    assert [STAGE[m.value] for m in path] == [1, 2, 3, 5, 6, 7, 8]
    finals = {m.value for m in status if m.next_statuses == ()}
    assert finals == {"RJ", "EX", "SU", *UNDESCRIBED}
    # Every status is reached from stage 1.
    seen, todo = {"CR"}, [status.CREATED]
    while todo:
        for following in todo.pop().next_statuses or ():
            if following.value not in seen:
                seen.add(following.value)
                todo.append(following)
    assert seen == set(PHP_REQUISITION_STATUSES.values())


def test_the_sites_diagram_draws_the_same_lifecycle() -> None:
    page = ROOT / "site" / "docs" / "reference" / "gocardless" / "requisition_status.md"
    text = page.read_text(encoding="utf-8")
    source = text[text.index("``` mermaid\n") :].split("```")[1]
    ids = {state: name for name, state in re.findall(r'state "([^"]+)" as (s\d+)', source)}
    ids["[*]"] = "[*]"
    edges: dict[str, set[str]] = {}
    for start, end in re.findall(r"^\s+(\S+) --> (\S+)$", source, re.MULTILINE):
        edges.setdefault(ids[start], set()).add(ids[end])
    assert edges.pop("[*]") == {"CR"}
    assert edges == {value: set(nexts) or {"[*]"} for value, nexts in LIFECYCLE.items()}


def test_the_account_statuses_are_the_pages_and_the_php_clients() -> None:
    assert {m.value for m in gocardless.AccountStatus} == set(ACCOUNT_STATUSES)
    assert set(ACCOUNT_STATUSES) == PHP_ACCOUNT_STATUSES
    for value, text in ACCOUNT_STATUSES.items():
        member = gocardless.AccountStatus(value)
        assert member.description == text, value
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", value
    # READY's words are cited from the PHP client, whose row on the page is broken in two.
    ready = gocardless.AccountStatus.READY.info.whose("description")
    assert ready is not None
    assert [s.url for s in ready.sources] == [PHP + "src/Enums/AccountProcessingStatus.php"]


def test_the_account_error_advice_is_the_suspension_pages() -> None:
    # Account suspension, word for word.
    error = gocardless.AccountStatus.ERROR
    assert error.advice == (
        'If you receive "status": "ERROR" in the response, do not retry the request anymore to '
        "avoid the account suspension. Instead, you could raise an alert and retry the request "
        "after some time."
    )
    wording = error.info.whose("advice")
    assert wording is not None and wording.by == "provider"
    assert [s.url for s in wording.sources] == [SUSPENSION_PAGE]
    # "do not retry the request anymore": a program's retries lead to the suspension.
    assert not error.retryable


def test_the_values_no_source_describes_are_catalogued_in_bankcodes_words() -> None:
    for value in UNDESCRIBED:
        member = gocardless.RequisitionStatus(value)
        assert member.info.editorial, value
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "bankcodes", value
        # Its category is bankcodes' reading of the two letters, and its notes say so.
        assert "bankcodes' reading of the two letters alone" in (member.info.notes or ""), value
    # ER: a requisition whose meaning is not given stands nowhere known.
    assert gocardless.RequisitionStatus("ER").info.state == "unknown"
    description = gocardless.RequisitionStatus.code_set().description
    assert "ID and ER" in description and "read whole" in description
