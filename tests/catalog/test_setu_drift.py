"""Drift's readings of Setu Account Aggregator's sources: the enums of its OpenAPI file of the
AA Gateway v2 and the tables of its notifications page, each read in sync from an excerpt as
the source has it, and a change to either reported by the code it changes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.support.drift_case import saved_copy_drift
from tests.support.setu_sources import (
    CONSENT_ERRORS,
    CONSENT_STATUS,
    CONSENT_STATUS_DESCRIPTION,
    CONSENT_TABLE,
    DATA_REFRESH_STATUS,
    DATA_SESSION_STATUS,
    FI_TABLE,
    FIP_STATUS,
    SESSION_TABLE,
)


def _openapi(extra: str | None = None) -> dict[str, Any]:
    """An excerpt of account-aggregator.json: the four enums drift reads, as the file has them."""
    sessions = [*DATA_SESSION_STATUS, *([extra] if extra else [])]

    def status(values: list[str], description: str = "") -> dict[str, Any]:
        field = {"type": "string", "enum": values, "description": description}
        return {"type": "object", "properties": {"status": field}}

    schemas = {
        "ConsentResponseV2": status(CONSENT_STATUS, CONSENT_STATUS_DESCRIPTION),
        "FIDataFetchResponseV2": status(sessions),
        "FIPResponseObject": status(FIP_STATUS),
        "DataRefreshSuccessResponse": status(DATA_REFRESH_STATUS),
    }
    return {"openapi": "3.0.0", "info": {"version": "v2"}, "components": {"schemas": schemas}}


def test_drift_reads_the_openapi_file_s_enums(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "account-aggregator.json",
        "setu-aa-openapi",
        json.dumps(_openapi()),
        json.dumps(_openapi("CANCELLED")),
    )
    assert "setu.data_session_status CANCELLED" in out


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _notifications_page(drop: str | None = None) -> str:
    """An excerpt of notifications.mdx: its four tables (headers as the page writes them) and
    the two sentences that describe the notification types."""
    consent = [(f"`{v}`", t) for v, t in CONSENT_TABLE.items() if v != drop]
    return "\n\n".join(
        [
            "This notification is used to communicate the updated status of the consent.",
            _table(("** Consent status**", "**Explanation**"), consent),
            _table(
                ("**Error Code**", "**Error Message**", "**Meaning**"),
                [(f"`{c}`", f"`{m}`", t) for c, m, t in CONSENT_ERRORS],
            ),
            "The Financial Information (FI) notification is used to communicate the data session "
            "status created by you using the **Create Data Session** API.",
            _table(
                ("**Individual account FI status**", "**Explanation**"),
                [(f"`{v}`", t) for v, t in FI_TABLE.items()],
            ),
            _table(
                ("**Combined data session status**", "**Individual account FI status**"),
                [(f"`{v}`", t) for v, t in SESSION_TABLE.items()],
            ),
        ]
    )


def test_drift_reads_the_notifications_page_s_tables(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "notifications.mdx",
        "setu-aa-notifications",
        _notifications_page(),
        _notifications_page(drop="PAUSED"),
    )
    assert "setu.consent_status PAUSED" in out
