"""Codes seen in production: an opt-in hook that reports each value a code set does not know.

    import json

    import bankcodes

    def log_unknown(seen: bankcodes.SeenUnknown) -> None:
        with open("unknown-codes.jsonl", "a", encoding="utf-8") as log:
            log.write(json.dumps(seen.to_json()) + "\\n")

    bankcodes.on_unknown(log_unknown)

The callback is called where a code is read as an UnknownCode: `CodeEnum.parse` (and so
`classify` with a code set), the lenient payload models, `payloads.codes` and `decisive_code`,
`receive`. It is not called by the lookups that only ask whether a code set knows a value
(`lookup`, `classify` without a code set, `payloads.recognise`), nor for None or "" (no code).

Each distinct (provider, code set, value) is reported once per registration: a process keeps at
most MAX_SEEN of them, and once that many have been reported, new ones are no longer reported
until `on_unknown` is called again. A value is reported at most MAX_VALUE_LENGTH characters long
(values that share that beginning are one). The callback runs in the thread that read the code,
outside any lock of bankcodes; any Exception it raises is swallowed, so that reading a code
never fails because of it: the first failure after a registration is reported with a
RuntimeWarning, later ones silently. KeyboardInterrupt and SystemExit (and GeneratorExit), which
are not Exceptions, are not swallowed: an interrupt or an exit reaches the code's reader. With
no callback (the default) the cost of reading an unknown code is one attribute check.
"""

from __future__ import annotations

import _thread

from bankcodes._record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

#: At most this many distinct (provider, code set, value) are reported per registration.
MAX_SEEN = 4096
#: A longer value is reported cut to this many characters.
MAX_VALUE_LENGTH = 200


class SeenUnknown(Record):
    """A value that a code set of the catalog does not know, as met by the running program:
    the provider's id, the id of the code set that read it (as `CodeSetInfo.id` gives it) and
    the value (at most MAX_VALUE_LENGTH characters).

    `to_json()` gives the record as one JSON object, `{"provider": …, "code_set": …, "value":
    …}`, with exactly these three string members: an app logs one per line (JSON Lines), and
    maintainers read such a file with the `drift --seen FILE` command of the generator."""

    provider: str
    code_set: str
    value: str

    def to_json(self) -> dict[str, str]:
        """The record as a JSON object: provider, code_set and value, all strings."""
        return {"provider": self.provider, "code_set": self.code_set, "value": self.value}


class _Hook:
    """The registered callback and what it has been told; `callback` is None when unset."""

    __slots__ = ("callback", "seen", "warned")

    def __init__(self) -> None:
        self.callback: Callable[[SeenUnknown], object] | None = None
        self.seen: set[tuple[str, str, str]] = set()
        self.warned = False


HOOK = _Hook()
_LOCK = _thread.allocate_lock()


def on_unknown(callback: Callable[[SeenUnknown], object] | None) -> None:
    """Call `callback` with a SeenUnknown for each distinct (provider, code set, value) that
    the program reads and the catalog does not know; None removes the callback.

    One callback per process: registering replaces the previous one and starts afresh (the
    values already reported are reported again when met). The callback must not block for
    long: it runs in the thread that read the code. Any Exception it raises is swallowed;
    KeyboardInterrupt and SystemExit propagate. See bankcodes._seen for the details.
    Raises TypeError for anything but a callable or None.
    """
    if callback is not None and not callable(callback):
        raise TypeError(f"on_unknown expects a callable or None, not {type(callback).__name__}")
    with _LOCK:
        HOOK.seen = set()
        HOOK.warned = False
        HOOK.callback = callback
    if callback is not None:
        _forget_remembered()


def _forget_remembered() -> None:
    """Let the code sets meet again the unknown values they remember, so that those met before
    the registration are reported too (the code sets are loaded only when used)."""
    import sys

    base = sys.modules.get("bankcodes._base")
    if base is not None:
        base.forget_unknown()


def report(provider: str, code_set: str, value: str) -> None:
    """Tell the callback, if any, of a value that `code_set` of `provider` does not know (once
    per distinct value, within MAX_SEEN). Never raises."""
    callback = HOOK.callback
    if callback is None or not value:
        return
    key = (provider, code_set, value[:MAX_VALUE_LENGTH])
    with _LOCK:
        if HOOK.callback is not callback or key in HOOK.seen or len(HOOK.seen) >= MAX_SEEN:
            return
        HOOK.seen.add(key)
    try:
        callback(SeenUnknown(provider=key[0], code_set=key[1], value=key[2]))
    except Exception as error:  # the callback's own failure never reaches the code's reader
        _warn_once(callback, error)


def _warn_once(callback: Callable[[SeenUnknown], object], error: Exception) -> None:
    with _LOCK:
        if HOOK.warned or HOOK.callback is not callback:
            return
        HOOK.warned = True
    try:
        import warnings

        message = (
            f"the bankcodes.on_unknown callback raised {type(error).__name__}: "
            f"{str(error)[:200]}; it is ignored, as later failures will be"
        )
        warnings.warn(message, RuntimeWarning, stacklevel=2)
    except Exception:  # warnings turned into errors: still never raise into the reader
        pass
