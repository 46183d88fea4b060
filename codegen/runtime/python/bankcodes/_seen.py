"""bankcodes.on_unknown: hear of each code the catalog does not know, once, as the package
meets it (a provider renamed a code, or sends a new one, before any document says so).

The callback gets a SeenUnknown: provider, code set and value. `record.to_json()` is the line
to log (`{"provider": ..., "code_set": ..., "value": ...}`); a file of such lines is what
`python -m codegen drift --seen FILE` folds into its report. The callback runs once per distinct
(provider, code set, value) per process, for the first MAX_SEEN distinct ones (then no more are
reported, so a flood of made-up values costs nothing); values longer than MAX_VALUE characters
are cut. Whatever the callback raises is swallowed: parsing never fails because of it. With no
callback, nothing is recorded.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable

from bankcodes._record import Record

#: The most distinct unknown codes reported in one process.
MAX_SEEN = 4096
#: The longest value reported, in characters (longer ones are cut).
MAX_VALUE = 200


class SeenUnknown(Record):
    """A value met in a code field that its code set does not know."""

    __slots__ = ("provider", "code_set", "value")
    provider: str
    code_set: str
    value: str

    def __init__(self, *, provider: str, code_set: str, value: str) -> None:
        super().__init__(provider=provider, code_set=code_set, value=value)

    def to_json(self) -> str:
        """One line of JSON, as `python -m codegen drift --seen FILE` reads it."""
        record = {"provider": self.provider, "code_set": self.code_set, "value": self.value}
        return json.dumps(record, ensure_ascii=False)


Callback = Callable[[SeenUnknown], object]

_callback: Callback | None = None
_seen: set[tuple[str, str, str]] = set()
_lock = threading.Lock()


def on_unknown(callback: Callback | None) -> None:
    """Call `callback` once with each distinct code the catalog does not know, as it is met;
    None stops it. Only one callback is kept: a second call replaces the first."""
    global _callback
    if callback is not None and not callable(callback):
        raise TypeError(f"on_unknown expects a callable or None, not {type(callback).__name__}")
    with _lock:
        _callback = callback


def report(provider: str, code_set: str, value: str) -> None:
    """Tell the callback, if any, of an unknown value (the first time it is met)."""
    callback = _callback
    if callback is None or not value:
        return
    key = (provider, code_set, value[:MAX_VALUE])
    with _lock:
        if key in _seen or len(_seen) >= MAX_SEEN:
            return
        _seen.add(key)
    with contextlib.suppress(Exception):  # a logging callback must never break parsing
        callback(SeenUnknown(provider=key[0], code_set=key[1], value=key[2]))
