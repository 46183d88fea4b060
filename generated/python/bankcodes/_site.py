# generated from spec/catalog.json — do not edit (run `make generate`)
"""The address of the published reference site, which every code's doc_url starts
with (None: no site, and no doc_url)."""

SITE_URL: str | None = None
