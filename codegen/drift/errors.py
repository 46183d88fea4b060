"""The errors of `python -m codegen.drift`: input it cannot use (exit 2)."""

from __future__ import annotations


class DriftInputError(Exception):
    """A missing or unreadable file, a file not in the declared format, a source with no
    extractor, a declaration that points at nothing or at something it cannot read (an object
    entry that maps no number to a name, a value that is no integer for a code set whose codes
    travel as integers): the command stops with exit 2."""
