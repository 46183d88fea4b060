"""What an app can tell its customer: every code an end user can meet has a message and an
action, in English and in bankcodes' French and Arabic translations, each labelled with whose
words it is; the provider's advice to the integrator (its published "user action") is kept,
labelled, and never returned as the customer's action. TypeScript's endUserText gives the words
of tests/verdicts/end_user_texts.json, as Python does."""

from __future__ import annotations

from typing import Any

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, flinks, lean
from bankcodes._providers import code_set_of
from tests.support.helpers import provider_module
from tests.support.verdicts import Corpus

#: Categories an end user does not meet as a problem (the issue's exceptions).
QUIET = {Category.SUCCESS, Category.PENDING, Category.INFORMATIONAL}


def _members() -> list[bankcodes.CodeEnum]:
    found = []
    for provider in bankcodes.PROVIDERS:
        for code_set in provider_module(provider).CODE_SETS:
            found += list(code_set)
    return found


@pytest.mark.parametrize("language", ["en", "fr", "ar", "es", "fr-CA", "es-MX"])
def test_every_code_an_end_user_meets_has_words(language: str) -> None:
    checked = 0
    for member in _members():
        text = member.end_user_text(language)
        if member.category in QUIET:
            assert text is None, member
            continue
        assert text is not None, member
        assert text.message and text.action and text.language == language
        # A tag with a region reads bankcodes' words of its language, and the provider's own
        # message where it publishes one for the tag (else for the language).
        base = language.partition("-")[0]
        expected = "bankcodes" if base == "en" else "bankcodes translation"
        translations = member.info.user_message_translations
        offered = member.info.user_message_offered and member.user_message is not None
        published = (
            (member.user_message if base == "en" else None)
            or translations.get(language)
            or translations.get(base)
        )
        if offered and published is not None:
            assert (text.message, text.message_by) == (published, "provider")
        else:
            assert text.message_by == expected
            own = member.info.end_user.get(base)
            words = member.category.user_message(base) if own is None else own.message
            assert text.message == words, member
        checked += 1
    assert checked > 100  # 118 codes at the time of writing: every error and action code


def test_the_providers_advice_to_the_integrator_is_kept_and_never_the_customers_action() -> None:
    member = flinks.ConnectError.INVALID_SECURITY_RESPONSE
    # Flinks' Connect error page, typed from it: its "user action" speaks of the customer.
    assert member.advice == "Customer should try answering the security question again."
    wording = member.info.whose("advice")
    assert wording is not None and wording.by == "provider"
    for language in ("en", "fr", "ar", "es"):
        text = member.end_user_text(language)
        assert text is not None and text.action != member.advice
        assert text.action_by == ("bankcodes" if language == "en" else "bankcodes translation")


def test_arabic_and_french_are_real_translations() -> None:
    arabic = lean.SecondaryStatus.INVALID_MFA.end_user_text("ar")
    assert arabic is not None
    assert all("\u0600" <= char <= "\u06ff" or not char.isalpha() for char in arabic.message)
    assert Category.INSTITUTION_UNAVAILABLE.user_message("fr") != (
        Category.INSTITUTION_UNAVAILABLE.user_message("en")
    )
    with pytest.raises(ValueError, match="languages: en, fr, ar"):
        Category.MFA_FAILED.user_message("de")


def test_an_unknown_code_gets_the_unknown_words() -> None:
    code = lean.SecondaryStatus.parse("BRAND_NEW")
    assert isinstance(code, UnknownCode)
    text = code.end_user_text("ar")
    assert text is not None
    assert text.message == Category.UNKNOWN.user_message("ar")


def _words(case: list[Any]) -> dict[str, str] | None:
    """endUserText(provider, code, language, code set) as Python gives it: the code's member in
    the code set named, else in the provider's first code set that has it (its first code set
    where none has it: an unknown code)."""
    provider, code, language, code_set = case
    if code_set is not None:
        member: Any = code_set_of(provider, code_set).parse(code)
    else:
        found = bankcodes.lookup(provider, code)
        member = found[0] if found else provider_module(provider).CODE_SETS[0].parse(code)
    text = member.end_user_text(language)
    if text is None:
        return None
    return {
        "language": text.language,
        "message": text.message,
        "messageBy": text.message_by,
        "action": text.action,
        "actionBy": text.action_by,
    }


WORDS = {
    "flinks in french": ["flinks", "INVALID_SECURITY_RESPONSE", "fr", "connect_error_event"],
    "flinks in english": ["flinks", "INVALID_SECURITY_RESPONSE", "en", "connect_error_event"],
    "a success": ["lean", "OK", "ar", None],
    "an unknown code": ["lean", "SOMETHING_NEW", "ar", None],
    "published words": ["plaid", "INVALID_MFA", "en", None],
    # A code set named as readings name it (provider.code_set) reads the same words.
    "published words, code set qualified": ["plaid", "INVALID_MFA", "en", "plaid.error_code"],
}
#: The words of a few codes, in both languages (TypeScript's endUserText).
END_USER_TEXTS = Corpus("end_user_texts", WORDS.items, _words)


def test_typescript_gives_the_same_words() -> None:
    """Python's words (the committed verdicts, which TypeScript's endUserText gives)."""
    found = END_USER_TEXTS.python()
    french, english = found["flinks in french"], found["flinks in english"]
    python_fr = flinks.ConnectError.INVALID_SECURITY_RESPONSE.end_user_text("fr")
    python_en = flinks.ConnectError.INVALID_SECURITY_RESPONSE.end_user_text()
    assert python_fr is not None and python_en is not None
    assert french["message"] == python_fr.message and french["messageBy"] == "bankcodes translation"
    assert english["action"] == python_en.action and english["actionBy"] == "bankcodes"
    assert found["a success"] is None
    assert found["an unknown code"]["message"] == Category.UNKNOWN.user_message("ar")
    # Plaid's display_message on its INVALID_MFA page (plaid.com/docs/errors/item/)
    published = found["published words"]
    assert published["message"] == "The provided MFA responses were not correct. Please try again."
    assert published["messageBy"] == "provider" and published["actionBy"] == "bankcodes"
    END_USER_TEXTS.check()
