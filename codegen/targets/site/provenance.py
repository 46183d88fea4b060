"""A code's provenance as its page's one line says it: whose words its texts are and the first
document they are in, by the start of its title (codegen.targets.site.cells folds the rest)."""

from __future__ import annotations

import re

from codegen.model import Code, possessive


def provenance(code: Code) -> str:
    """Whose words a code's texts are (which text is whose is in the fold), and the first
    document they are in (the provider's first): its title's start, how many more there are
    and its pin."""
    named = {"provider": possessive(code.provider.name), "bankcodes": "bankcodes'"}
    line = " and ".join(dict.fromkeys(named[wording.by] for wording in code.wording)) + " words"
    ordered = sorted(code.wording, key=lambda wording: wording.by != "provider")
    found = list(dict.fromkeys(s for wording in ordered for s in wording.sources))
    if not found:
        return line
    first = found[0]
    more = f" and {len(found) - 1} more" if len(found) > 1 else ""
    pin = f", retrieved {first.retrieved}" if first.retrieved else ""
    pin = f", at commit {first.commit[:12]}" if first.commit else pin
    return f"{line} \u00b7 {short_title(first.title)}{more}{pin}"


def short_title(title: str) -> str:
    """The start of a document's title: up to its first parenthesis or gloss, in 48 letters."""
    title = re.split(r" \(|, as |: its ", title)[0]
    return title if len(title) <= 48 else title[:47].rsplit(" ", 1)[0] + "\u2026"
