"""The errors of `python -m codegen drift`: input it cannot use (exit 2)."""

from __future__ import annotations


class DriftInputError(Exception):
    """A missing or unreadable file, a file not in the declared format, a source with no
    extractor, or a declaration that points at nothing: the command stops with exit 2."""
