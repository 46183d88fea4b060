"""How whole each code set is, on the site: a line on each code set's page and a table on its
provider's page (codegen.targets.site.completeness), from what drift counted of each source that
lists it (`counted`), read in the test's process from a spec with counts planted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen import loader
from codegen.model import Catalog, CodeSet
from codegen.targets.site import completeness, providers
from tests.support.helpers import spec_data, write_spec

PAYMENTS = "akahu-sdk-payments"
LINK = (
    "[Akahu: akahu-sdk-js src/models/payments.ts (v2.5.1), the payment object, its statuses and "
    "status codes](../sources/akahu.md#akahu-sdk-payments)"
)


def _catalog(tmp_path: Path, *counts: tuple[str, int, int], part: str | None = None) -> Catalog:
    data: dict[str, Any] = spec_data("akahu")
    source = data["sources"][PAYMENTS]
    source["counted"] = [{"code_set": c, "listed": n, "held": h} for c, n, h in counts]
    if part is not None:
        source["read_in_part"] = part
    return loader.load(write_spec(tmp_path, data))


def _set(catalog: Catalog, ref: str) -> CodeSet:
    return next(s for s in catalog.code_sets if s.ref == ref)


def test_a_counted_code_set_says_how_much_of_its_source_it_holds(tmp_path: Path) -> None:
    catalog = _catalog(
        tmp_path, ("akahu.payment_status", 9, 7), ("akahu.payment_status_code", 1, 1)
    )
    line = completeness.line(_set(catalog, "akahu.payment_status"), "../")
    assert line == f"Holds 7 of the 9 codes of {LINK} (read whole)."
    line = completeness.line(_set(catalog, "akahu.payment_status_code"), "../")
    assert line == f"Holds the one code of {LINK} (read whole)."


def test_a_source_read_in_part_says_what_was_read(tmp_path: Path) -> None:
    part = "Lines 1-40 were read; the rest of the file was not."
    catalog = _catalog(tmp_path, ("akahu.payment_status", 7, 7), part=part)
    line = completeness.line(_set(catalog, "akahu.payment_status"), "../")
    assert line == (
        f"Holds 7 of the 7 codes of {LINK} (read in part). Read in part: Akahu: akahu-sdk-js "
        "src/models/payments.ts (v2.5.1), the payment object, its statuses and status codes: "
        f"{part}"
    )


def test_a_code_set_not_counted_or_listed_by_no_source_says_so(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, ("akahu.payment_status", 7, 7))
    # Listed by the SDK's payments file, whose count of status codes is not recorded.
    line = completeness.line(_set(catalog, "akahu.payment_status_code"), "../")
    assert line == f"Listed by {LINK} (read whole), not counted yet."
    # The API's response statuses: pages that no extractor reads.
    line = completeness.line(_set(catalog, "akahu.response_status"), "../")
    assert line.startswith("Compared with no source's whole list")


def test_the_provider_s_table_has_a_row_per_code_set(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, ("akahu.payment_status", 9, 7))
    akahu = next(p for p in catalog.providers if p.id == "akahu")
    html = providers.completeness_table(akahu)
    rows = html.split("<tr>")[2:]
    assert len(rows) == len(akahu.code_sets)
    payment = next(row for row in rows if ">Payment status<" in row)
    assert "<td>7 of 9</td>" in payment and "<td>read whole</td>" in payment
    statuses = next(row for row in rows if ">API response status<" in row)
    assert "<td>no source's whole list read</td>" in statuses


def test_every_provider_s_page_names_the_day_it_was_last_checked() -> None:
    """Each provider and standard has a source drift re-read (its `checked` day): none of their
    pages says "never", but where the spec says why none can be (and the page says that)."""
    catalog = loader.load()
    never = {p.id: providers.last_checked(p, "../") for p in catalog.providers}
    never = {id: text for id, text in never.items() if text.startswith("never")}
    said = {p.id for p in catalog.providers if p.not_rechecked}
    assert set(never) == said
    assert all("re-read by the drift command" not in text for id, text in never.items())
