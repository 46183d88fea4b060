"""How a code that travels as a JSON integer is read: the one definition, used by every reader of
the Python package (Code.parse, classify, lookup, payloads.codes and decisive_code, the payload
models) and written in the same words in the TypeScript package (types.ts, integerCode), which
runs the same shared corpus.

A value of a code field whose codes are integers (a numeric status, an error number) is:

- a code, when it is a JSON number with no fractional part (200.0 is 200, -0 is 0) between
  -(2**53 - 1) and 2**53 - 1, the integers every JSON reader holds exactly; or the decimal text
  of such a number in ASCII digits, with a minus sign for a negative one and no plus sign,
  leading zero, fraction, exponent or space ("17", "-3"). A code the code set knows is its
  member; another is an unknown code, kept as its decimal text;
- an unknown code kept as sent, when it is any other non-empty text ("-0", "+3", "017",
  full-width digits, a 5,000-digit string): strict validation refuses it, lenient reading keeps
  it as it keeps any code it does not know;
- no code at all, when it is anything else: a number beyond that range (which JavaScript cannot
  even hold exactly) or with a fraction, infinity, a boolean, null, "" or a container. Both
  validations refuse such a value where a code is expected; readers of code fields pass over it.

No text is converted to a number beyond 16 digits, so Python's limit on the digits of int and
str conversions is never reached.
"""

from __future__ import annotations

#: The largest integer every JSON reader holds exactly (JavaScript's Number.MAX_SAFE_INTEGER).
MAX_SAFE = 2**53 - 1
#: The digits of MAX_SAFE: decimal text longer than this is never a number.
_DIGITS = len(str(MAX_SAFE))


def integer_code(value: object) -> int | str | None:
    """What a code field whose codes are integers holds: the number (an int), the text of an
    unknown code kept as sent (a str that is not a number's decimal text), or None for no code.
    Never raises; a subclass of int, float or str is read by its plain value."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = int.__index__(value)
        return number if -MAX_SAFE <= number <= MAX_SAFE else None
    if isinstance(value, float):
        real = float.__float__(value)
        if real.is_integer() and -MAX_SAFE <= real <= MAX_SAFE:
            return int(real)
        return None
    if isinstance(value, str):
        text = str.__str__(value)
        return int(text) if is_decimal(text) else text or None
    return None


def is_decimal(text: str) -> bool:
    """Whether `text` is the decimal text of a code: ASCII digits, a minus sign before a
    negative one, no plus sign or leading zero, at most MAX_SAFE in size ("-0" is no code's)."""
    digits = text.removeprefix("-")
    return (
        0 < len(digits) <= _DIGITS
        and digits.isascii()
        and digits.isdigit()
        and (digits == "0" or digits[0] != "0")
        and not (digits == "0" and text != digits)
        and int(digits) <= MAX_SAFE
    )
