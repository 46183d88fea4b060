"""The records of a decision: what to do now about a code, who acts, in which state the
connection is, and when (bankcodes.decide), each part with the reason it was taken and its
source. The next steps and states are the spec's vocabulary (its decisions model; the site's
Deciding pages say what each means)."""

from __future__ import annotations

from bankcodes._record import Record, fields_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime

    from bankcodes._code_fields import FoundCode


class Reason(Record):
    """Why one part of a decision is what it is: the part (next_step, wait, attempts, state,
    ends_at, limit: the most a request may ask for, code: what told whose the body that holds
    the code is, concerns: the connection or account the code concerns alone, or words: the
    provider's own words in a body that carries no code), what was
    read, in words (a value read from outside shown escaped), and its source: a catalog source
    id, "header <Name>" for a response header, "message" for a
    provider's prose in the body, "category" for bankcodes' reading of the code's category,
    "body" for the body's own fields and codes, "provider" for the provider the caller named,
    "status" for a body whose HTTP status is its code that came without one."""

    part: str
    says: str
    source: str


class Decision(Record):
    """What to do now about a code: the next step, who acts (the category's actor, or the one
    the code's own next step asks), the connection's state where the code stands for one, how
    long to wait first (seconds, and the moment: not_before) where a response or the catalog
    says, how many attempts in all the code's source allows (max_attempts, the first counted),
    the moment a consent ends where the body carries it (ends_at), the code that decided (None
    when nothing was recognised), and why: one reason per part, the wait's first, then the
    readings it was preferred to."""

    next_step: str
    actor: str
    state: str | None = None
    wait_seconds: float | None = None
    not_before: datetime.datetime | None = None
    max_attempts: int | None = None
    ends_at: datetime.datetime | None = None
    code: FoundCode | None = None
    why: tuple[Reason, ...] = ()

    def as_json(self) -> dict[str, object]:
        """The decision as JSON values: times in ISO 8601, the code as its code set, value and
        path (and the connection or account it concerns alone, where it names one), every reason
        as {part, says, source}."""
        code = self.code
        return fields_of(self) | {
            "not_before": None if self.not_before is None else self.not_before.isoformat(),
            "ends_at": None if self.ends_at is None else self.ends_at.isoformat(),
            "code": None
            if code is None
            else {
                "code_set": code.code_set,
                "code": code.held or code.code.value,
                "path": code.path,
                **({"concerns": dict(code.concerns)} if code.concerns else {}),
            },
            "why": [fields_of(reason) for reason in self.why],
        }

    def lead(self, language: str = "en") -> str:
        """The decision's first sentence, in words a person acts on ("Wait 60 s, then retry —
        your service acts."; what to tell the customer where the customer acts or is told and the
        code has words for them), in `language` (a tag such as "fr-CA" reads its language's words;
        English where bankcodes has none): the TypeScript `lead`'s words."""
        from bankcodes._phrases import LEADS

        key, retried = self.next_step, self.next_step in ("retry", "retry_later")
        waits = "" if self.wait_seconds is None else "_wait"
        if retried and self.actor == "institution":
            key = "provider_or_bank_down" + waits
        elif retried and waits:
            key = "retry_wait"
        elif key == "wait_for_event" and waits:
            key = "wait_for_event_wait"
        elif key == "renew_consent" and self.state == "consent_ending_soon":
            key = "renew_consent_soon"
        elif key == "none" and any(
            r.part == "next_step" and r.source[:4] == "RFC " for r in self.why
        ):
            # Nothing to do because the response's status (a 2xx) says it succeeded.
            key = "succeeded"
        elif key == "contact_provider" and self.code is None:
            # The provider's own words say what to do, else its HTTP status would have.
            quoted = any(reason.part == "words" for reason in self.why)
            missing = any(reason.source == "status" for reason in self.why)
            key = (
                "provider_words"
                if quoted
                else "status_missing"
                if missing
                else "nothing_recognised"
            )
        if key in ("contact_provider", "nothing_recognised") and not self.reasons("request_id"):
            # Give the provider's support a request id only where the response gives one.
            key += "_no_request_id"
        told = self.told(language) if key in ("end_user_action", "tell_customer") else None
        words = LEADS[key if told is None else f"{key}_told"]
        text = words.get(language.partition("-")[0], words["en"])
        seconds = "" if self.wait_seconds is None else number(self.wait_seconds)
        message, action = told or ("", "")
        return text.format(seconds=seconds, message=message, action=action)

    def told(self, language: str) -> tuple[str, str] | None:
        """What to tell the customer about the code that decided (its end-user words, message
        and action, in `language`), where it is one the catalog knows."""
        from bankcodes._base import UnknownCode

        code = None if self.code is None else self.code.code
        text = (
            None if code is None or isinstance(code, UnknownCode) else code.end_user_text(language)
        )
        return None if text is None else (text.message, text.action)

    def reasons(self, part: str) -> tuple[Reason, ...]:
        """The reasons given for one part, the one that decided first."""
        return tuple(reason for reason in self.why if reason.part == part)


def said(phrase: str, **values: object) -> str:
    """A reason's words: the phrase of that name (bankcodes._phrases, the TypeScript `said`'s
    too) with what was read in its place, each value as text (a number, a moment and a value
    shown written so by the caller); a provider (`provider`, or `providers` joined by ", ") is
    given by its id and named by its name, whose possessive drops the s after an s (a name
    ending in s takes an apostrophe alone)."""
    from bankcodes._phrases import NAMES, PHRASES

    texts = {name: str(value) for name, value in values.items()}
    for name in ("provider", "providers"):
        if name in texts:
            texts[name] = ", ".join(NAMES.get(one, one) for one in texts[name].split(", "))
    said = PHRASES[phrase].format_map(texts)
    name = texts.get("provider", "")
    return said.replace(f"{name}'s", f"{name}'") if name.endswith("s") else said


def number(value: float) -> str:
    """A number as JavaScript writes it (Number.prototype.toString, what the TypeScript reasons
    show): 120, 0.5, 0.00005, 1e+21; an int past 2**53 as the double JavaScript reads it as."""
    if isinstance(value, int) and abs(value) < 2**53:
        return str(value)
    double = float(value)
    if double != double or double in (float("inf"), float("-inf")):
        return str(double).replace("inf", "Infinity").replace("nan", "NaN")
    if double == 0:
        return "0"
    text = repr(abs(double))  # the shortest digits that read back as the same double
    mantissa, _, power = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    point = len(whole) + int(power or 0) - (len(whole + fraction) - len(digits))
    digits = digits.rstrip("0")
    sign = "-" if double < 0 else ""
    if len(digits) <= point <= 21:
        return sign + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    exponent = f"e{'+' if point > 0 else '-'}{abs(point - 1)}"
    return sign + digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + exponent
