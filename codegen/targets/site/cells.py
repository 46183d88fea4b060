"""The values the reference pages show, built from the resolved model in the form being written
(markup.py: inline Markdown, or HTML for the blocks the pages hold ready-made): the page
templates call these (as `cell.<name>`) for every value that is more than one escaped text. Each
returns one line, safe inside a table cell.
"""

from __future__ import annotations

import itertools

from codegen.model import (
    ArrayType,
    Carried,
    Category,
    Code,
    CodeSet,
    CodeType,
    EnumType,
    Equivalence,
    FactValue,
    Field,
    FieldType,
    HttpEntry,
    KeysType,
    Licence,
    RefType,
    Scope,
    Source,
    language_of,
    possessive,
    shown,
    whose_words,
)
from codegen.targets.site import markup as mk
from codegen.targets.site.mentions import mentioned
from codegen.targets.site.pages import (
    SCOPE_LABELS,
    category_page,
    code_page,
    code_set_page,
    language_name,
    source_page,
)
from codegen.targets.site.provenance import provenance, short_title

#: What separates the blocks of a cell: a line break, and a space so that search (which
#: drops the break) keeps the words of two blocks apart.
BR = "<br> "

DASH = "\u2014"


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def site_facts(carried: Carried) -> Carried:
    """The carried facts the site shows (codegen.spec.carried), each a row of its table."""
    return shown(carried, "site")


def fact_rows(carried: Carried) -> list[tuple[str, str]]:
    """The rows of the carried facts the site shows: each fact's label and value."""
    return [(mk.text(f.label), fact(value)) for f, value in site_facts(carried)]


def fact(value: FactValue) -> str:
    """A carried fact's value (codegen.spec.carried): a yes/no as such, texts one after the
    other, sources by fact as "fact: source, source", else its text."""
    if isinstance(value, dict):
        return "; ".join(f"{mk.text(k)}: {mk.text(', '.join(v))}" for k, v in sorted(value.items()))
    if isinstance(value, tuple):
        return ", ".join(mk.text(item) for item in value)
    return yes_no(value) if isinstance(value, bool) else mk.text(str(value))


def sources(found: tuple[Source, ...], up: str, *, short: bool = False) -> str:
    """Links to the sources pages, one per document, by title (`short`: its start, where the
    page cites it in full too); a document read only in part says so (what was not read is on
    its sources page)."""
    return ", ".join(
        mk.page_link(mk.text(short_title(s.title) if short else s.title), up, source_page(s), s.id)
        + ("" if s.read_in_part is None else " (read in part)")
        for s in found
    )


def published(code: Code, field: str, text: str) -> str:
    """A text of a code as inline Markdown, marked with its language where it is the provider's
    own words in a language other than English (a standard's Portuguese); the codes it names as
    code (mentions.py)."""
    language = code.provider.language
    by = {w.field: w.by for w in code.wording}.get(field, "provider")
    written = mentioned(code, text, mk.text, mk.code)
    if language == "en" or by != "provider":
        return written
    return f'<span lang="{language}">{written}</span>'


def licence(found: Licence, up: str) -> str:
    """A standard's licence: its name (linked to its text where the standard gives an address)
    and the files that state it."""
    name = mk.link(found.name, found.url) if found.url else mk.text(found.name)
    return f"{name}, as stated in {sources(found.sources, up)}"


def pin(source: Source) -> str:
    """How a source's copy is pinned: its commit, or its retrieval day (and SHA-256); where the
    copy read was not kept, why it is not."""
    if source.commit:
        return f"commit {mk.code(source.commit[:12])}"
    why = f"not pinned: {mk.text(source.unpinned)}" if source.unpinned else ""
    if source.retrieved:
        digest = f", SHA-256 {mk.code(source.sha256[:12] + '…')}" if source.sha256 else ""
        return f"retrieved {source.retrieved}{digest}" + (f"; {why}" if why else "")
    return why or DASH


def checked(found: tuple[Source, ...], up: str) -> str:
    """Each source a code set is re-checked against: its link, its pin and the day checked."""
    return "; ".join(
        f"{sources((s,), up)} ({pin(s)}; checked {s.checked or 'never'})" for s in found
    )


def reading(source: Source) -> str:
    """How much of a source was read: whole, or in part, with what was not read."""
    return "whole" if source.read_in_part is None else f"in part: {mk.text(source.read_in_part)}"


def source_link(source: Source) -> str:
    """A document by title, linked to its address when it has one."""
    return mk.link(source.title, source.url) if source.url else mk.text(source.title)


def category_link(category: Category, up: str) -> str:
    return mk.page_link(mk.text(category.title), up, category_page(category))


def code_link(code: Code, up: str) -> str:
    return mk.page_link(mk.identifier(code.value), up, code_page(code), code.anchor)


def code_set_link(code_set: CodeSet, up: str) -> str:
    return mk.page_link(mk.text(code_set.title), up, code_set_page(code_set))


def titled(code_set: CodeSet) -> str:
    """A code set's title with its provider's name, once: a title that starts with the name
    already names its provider."""
    name = code_set.provider.name
    title = code_set.title
    return title if title.split(" ", 1)[0] == name else f"{name} {title}"


def scope_text(scope: Scope | None) -> str:
    if scope is None:
        return ""
    return "; ".join(f"{SCOPE_LABELS[key]}: {', '.join(values)}" for key, values in scope.items())


def http(code: Code, up: str) -> str:
    """Every HTTP status of a code, with its cause (and whose words it is), context, message,
    steps to reproduce and sources."""
    return BR.join(_http_entry(code, entry, up) for entry in code.http)


def _http_entry(code: Code, entry: HttpEntry, up: str) -> str:
    parts = [mk.strong(str(entry.status))]
    if entry.cause:
        whose = whose_words(entry.cause_by or "provider", code.provider.name)
        parts.append(f"{mk.text(entry.cause)} <small>({mk.text(whose)})</small>")
    if entry.context:
        parts.append(mk.text(entry.context))
    if entry.message:
        parts.append("message: " + mk.text(entry.message))
    if entry.steps_to_reproduce:
        parts.append("to reproduce: " + mk.text(entry.steps_to_reproduce))
    parts.append(sources(entry.sources, up))
    return " — ".join(parts)


def whose(code: Code, up: str) -> str:
    """Whose words a code's texts are, as one line over a fold (HTML) of each text with whose
    words it is and where it is published or rests on, and the code's sources cited in full."""
    lines = []
    for wording in code.wording:
        line = f"{mk.text(wording.label.capitalize())}: "
        line += mk.text(whose_words(wording.by, code.provider.name))
        if wording.sources:
            via = "in" if wording.by == "provider" else "from"
            line += f" ({via} {sources(wording.sources, up, short=True)})"
        lines.append(line)
    lines.append(f"Sources: {sources(code.sources, up)}")
    summary = mk.text(provenance(code))
    return f'<details class="bc-fold"><summary>{summary}</summary>{BR.join(lines)}</details>'


def user_message(code: Code) -> str:
    """The provider's words for the end user, labelled as such (and as not offered to the end
    user where they speak of something an app does not show)."""
    assert code.user_message is not None
    whose = possessive(code.provider.name)
    shown = "" if code.user_message_offered else "; not offered to the customer"
    lines = [f"{mk.text(code.user_message)} <small>({mk.text(whose)} words{shown})</small>"]
    # The provider's own translations, each in its language.
    for tag, text in code.user_message_translations.items():
        direction = _direction(language_of(tag))
        label = f"{whose} {language_name(tag)}{shown}"
        lines.append(
            f'<span lang="{tag}" dir="{direction}">{mk.text(text)}</span> '
            f"<small>({mk.text(label)})</small>"
        )
    return BR.join(lines)


def message_translations(code: Code) -> str:
    """The provider's own translations of its message, each in its language and labelled."""
    whose = possessive(code.provider.name)
    return BR.join(
        f'<span lang="{tag}" dir="{_direction(language_of(tag))}">{mk.text(text)}</span> '
        f"<small>({mk.text(whose)} {mk.text(language_name(tag))})</small>"
        for tag, text in code.message_translations.items()
    )


def _direction(language: str) -> str:
    """The writing direction of a language of the words for the customer."""
    return "rtl" if language == "ar" else "ltr"


def advice(code: Code) -> str:
    """The provider's advice to the integrator, labelled as the provider's words, and its
    translations as the provider publishes them, each in its language."""
    assert code.advice is not None
    whose = possessive(code.provider.name)
    lines = [f"{mk.text(code.advice)} <small>({mk.text(whose)} words, for the integrator)</small>"]
    for tag, text in code.advice_translations.items():
        label = f"{whose} {language_name(tag)}, for the integrator"
        lines.append(
            f'<span lang="{tag}" dir="{_direction(language_of(tag))}">{mk.text(text)}</span> '
            f"<small>({mk.text(label)})</small>"
        )
    return BR.join(lines)


def words_label(language: str, *, short_english: bool = False) -> str:
    """The label of a row of words for the customer in one language."""
    if short_english and language == "en":
        return "Tell the customer"
    return f"Tell the customer ({language_name(language)})"


def words(category: Category, language: str, code: Code | None = None) -> str:
    """The words for the customer in one language (a tag such as "fr-CA" reads its language's):
    the code's own where it has them, else its category's, marked with its language, its
    direction and whose words they are (English: bankcodes'; the others: its translations);
    beyond English, the provider's own translated message where it publishes one."""
    base = language_of(language)
    found = category.end_user[base] if code is None else code.end_user_words(base)
    assert found is not None
    message, action = found
    whose = "bankcodes' words" if base == "en" else "bankcodes' translation"
    direction = _direction(base)
    theirs = None if code is None or base == "en" else code.provider_message(language)
    if theirs is not None:
        assert code is not None
        published = f"{possessive(code.provider.name)} words"
        return (
            f'<span lang="{language}" dir="{direction}">{mk.text(theirs)}</span> '
            f"<small>({mk.text(published)})</small> "
            f'<span lang="{base}" dir="{direction}">{mk.text(action)}</span> '
            f"<small>({whose})</small>"
        )
    text = f'<span lang="{base}" dir="{direction}">{mk.text(message)} {mk.text(action)}</span>'
    return f"{text} <small>({whose})</small>"


def lifecycle(code: Code) -> str:
    """Why the code is deprecated or removed, what replaces it, and the lifecycle's carried facts
    (codegen.spec.carried), each after its label."""
    assert code.lifecycle is not None
    note = code.lifecycle.note
    if code.lifecycle.replaced_by:
        note += f" Replaced by {code.lifecycle.replaced_by}."
    carried = site_facts(code.lifecycle.carried)
    facts = [f"{mk.text(known.label)}: {fact(value)}." for known, value in carried]
    return " ".join([mk.text(note), *facts])


def history(code: Code, up: str) -> str:
    return BR.join(
        f"{category_link(change.previous, up)} until {mk.text(change.since)}: "
        + mk.text(change.reason)
        for change in code.category_history
    )


#: How the site names each kind of closer equivalent.
SAME = {"meaning": "Same meaning", "action": "Same customer action"}


def equivalents(code: Code, others: tuple[Equivalence, ...], same_category: bool, up: str) -> str:
    """The codes of other providers closer than a shared category, by kind and reason, then,
    where other providers have codes that only share the category, one link to the category's
    page, which lists them by provider: a code's block grows with its own equivalents, never
    with the number of providers."""
    parts = []
    for (same, reason), group in itertools.groupby(others, key=lambda e: (e.same, e.reason)):
        links = ", ".join(
            f"{code_link(e.code, up)} ({mk.text(titled(e.code.code_set))})" for e in group
        )
        parts.append(f"{SAME[same]}: {links}. <small>{mk.text(reason)}</small>")
    if same_category:
        parts.append(
            f"Same category only, {category_link(code.category, up)}: the other providers' "
            "codes, listed by provider on the category's page"
        )
    return BR.join(parts)


#: A matrix cell with more codes than this shows their number, linked to the provider's codes on
#: the category's page, which lists them all.
MATRIX_OPEN = 8


def matrix_cell(codes: list[Code], up: str, *, quiet: bool = False) -> str:
    """The codes of one provider in one category, grouped by code set, each set named; a quiet
    category's codes, and a long list, as their number linked to where the category's page
    lists them."""
    if not codes:
        return DASH
    if quiet or len(codes) > MATRIX_OPEN:
        count = f"{len(codes)} code{'s' if len(codes) != 1 else ''}"
        page = category_page(codes[0].category)
        return mk.page_link(mk.text(count), up, page, codes[0].provider.id)
    by_set: dict[int, list[Code]] = {}
    for code in codes:
        by_set.setdefault(id(code.code_set), []).append(code)
    return BR.join(
        f"{mk.text(group[0].code_set.title)}: " + ", ".join(code_link(c, up) for c in group)
        for group in by_set.values()
    )


def type_text(field_type: FieldType) -> tuple[str, list[tuple[str, str]]]:
    """A field type for people, and the pages it links to (code sets, as title and path)."""
    if isinstance(field_type, CodeType):
        return "code", [(titled(cs), code_set_page(cs)) for cs in field_type.code_sets]
    if isinstance(field_type, RefType):
        return field_type.target.name, []
    if isinstance(field_type, ArrayType):
        inner, links = type_text(field_type.item)
        return f"array of {inner}", links
    if isinstance(field_type, KeysType):
        inner, links = type_text(field_type.values)
        keys = [(titled(cs), code_set_page(cs)) for cs in field_type.keys.code_sets]
        return f"object of {inner} keyed by code", keys + links
    if isinstance(field_type, EnumType):
        return "one of " + ", ".join(field_type.values), []
    return field_type, []


def field_type(field_type: FieldType, nullable: bool, up: str) -> str:
    shown, links = type_text(field_type)
    linked = (mk.page_link(mk.text(title), up, page) for title, page in links)
    cell = mk.text(shown) + "".join(f" ({link})" for link in linked)
    others = field_type.others if isinstance(field_type, CodeType) else None
    if others is not None:  # the sender's own codes, which the field may hold too
        cell += f", or the sender's own: {mk.text(others)}"
    return cell + (" or null" if nullable else "")


def codes(values: tuple[str, ...]) -> str:
    return ", ".join(mk.code(value) for value in values)


def identifiers(values: tuple[str, ...]) -> str:
    return ", ".join(mk.identifier(value) for value in values)


def path(parts: tuple[str, ...]) -> str:
    return mk.code(".".join(parts))


def field_text(f: Field, up: str) -> str:
    """Why a payload field is required (or what it holds), and where that is published."""
    text = mk.cell(" ".join(part for part in (f.why, f.description) if part))
    if f.sources:
        text += " (" + sources(f.sources, up) + ")"
    return text
