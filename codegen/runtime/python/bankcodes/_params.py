"""Checks of the parameters a caller passes, each failing with one error that names the parameter
and shows the value received (escaped, cut short)."""

from __future__ import annotations


def quoted(value: object, limit: int = 60) -> str:
    """A value as an error message shows it: its repr escaped to ASCII, at most `limit`
    characters (the TypeScript `quoted`)."""
    try:
        text = ascii(value)
    except Exception:  # any object's repr may raise anything
        text = "an object"
    return text if len(text) <= limit else text[:limit] + "…"


def shown(value: object, limit: int = 60) -> str:
    """`quoted(value)` and its type: what a parameter check shows of the value it refuses."""
    return f"{quoted(value, limit)} ({type(value).__name__})"


def flag(name: str, value: object) -> bool:
    """A parameter that is True or False."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {shown(value)}")
    return value


def size(name: str, value: object) -> int:
    """A parameter that is a number of bytes: an int, 0 or more (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int (a number of bytes), not {shown(value)}")
    if not 0 <= value <= 2**53 - 1:
        raise ValueError(
            f"{name} must be from 0 to 2**53 - 1 (a number of bytes), not {shown(value)}"
        )
    return value
