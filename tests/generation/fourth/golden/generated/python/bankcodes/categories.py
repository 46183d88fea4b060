# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""The cross-provider category taxonomy: every code of every provider maps to exactly one
category; values the catalog does not know are Category.UNKNOWN."""

from __future__ import annotations

from bankcodes._taxonomy import Actor, CategoryEnum, describe

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bankcodes._category_info import CategoryInfo


class Category(CategoryEnum):
    """A cross-provider category of statuses and errors."""

    SUCCESS = "success"
    """Success"""
    CREDENTIALS_INVALID = "credentials_invalid"
    """Credentials invalid"""
    INSTITUTION_UNAVAILABLE = "institution_unavailable"
    """Institution unavailable"""
    INTEGRATION_ERROR = "integration_error"
    """Integration error"""
    RATE_LIMITED = "rate_limited"
    """Rate limited"""
    INFORMATIONAL = "informational"
    """Informational"""
    UNKNOWN = "unknown"
    """Unknown"""


def _infos() -> dict[str, CategoryInfo]:
    from bankcodes._category_info import CategoryInfo, EndUserWords

    return {
        "success": CategoryInfo(
            label="Success",
            description="The operation completed.",
            retryable=False,
            end_user_can_retry=False,
            action="Continue.",
            next_step="none",
            state="connected",
            actor=Actor.NOBODY,
            end_user={},
        ),
        "credentials_invalid": CategoryInfo(
            label="Credentials invalid",
            description="The login details were not accepted.",
            retryable=True,
            end_user_can_retry=True,
            action="Ask the end user to re-enter them.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="Your bank did not accept the sign-in details.",
                    action="Check your password, then try again.",
                ),
                "fr": EndUserWords(
                    message="Votre banque n'a pas accepté vos identifiants.",
                    action="Vérifiez votre mot de passe, puis réessayez.",
                ),
                "ar": EndUserWords(
                    message="لم يقبل بنكك بيانات تسجيل الدخول.",
                    action="تحقق من كلمة المرور، ثم حاول مرة أخرى.",
                ),
                "es": EndUserWords(
                    message="Su banco no aceptó los datos de inicio de sesión.",
                    action="Revise su contraseña y vuelva a intentarlo.",
                ),
                "pt": EndUserWords(
                    message="Seu banco não aceitou os dados de acesso.",
                    action="Confira sua senha e tente novamente.",
                ),
            },
        ),
        "institution_unavailable": CategoryInfo(
            label="Institution unavailable",
            description="The bank cannot be reached for now.",
            retryable=True,
            end_user_can_retry=True,
            action="Try again later.",
            next_step="retry_later",
            state="provider_or_bank_down",
            actor=Actor.INSTITUTION,
            end_user={},
        ),
        "integration_error": CategoryInfo(
            label="Integration error",
            description="The request was wrong.",
            retryable=False,
            end_user_can_retry=False,
            action="Fix the request.",
            next_step="fix_request",
            actor=Actor.INTEGRATOR,
            end_user={},
        ),
        "rate_limited": CategoryInfo(
            label="Rate limited",
            description="Too many requests were sent in a period of time.",
            retryable=True,
            end_user_can_retry=True,
            action="Back off and retry later.",
            next_step="retry_later",
            state="degraded",
            actor=Actor.INTEGRATOR,
            end_user={},
        ),
        "informational": CategoryInfo(
            label="Informational",
            description="The value names a thing, not an outcome.",
            retryable=False,
            end_user_can_retry=False,
            action="Nothing to handle.",
            next_step="none",
            equivalents=False,
            actor=Actor.NOBODY,
            end_user={},
        ),
        "unknown": CategoryInfo(
            label="Unknown",
            description="A value this catalog does not know.",
            retryable=False,
            end_user_can_retry=True,
            action="Log it.",
            next_step="contact_provider",
            state="unknown",
            equivalents=False,
            actor=Actor.INTEGRATOR,
            end_user={},
        ),
    }


describe(Category, _infos)

#: Who takes each next step of a decision (bankcodes' reading): who acts on a step a code states
#: for itself, where it is not its category's.
STEP_ACTORS: dict[str, str] = {
    "retry": "integrator",
    "retry_later": "integrator",
    "wait_for_event": "nobody",
    "reconnect": "end_user",
    "renew_consent": "end_user",
    "renew_access_token": "integrator",
    "end_user_action": "end_user",
    "fix_request": "integrator",
    "contact_provider": "integrator",
    "none": "nobody",
    "tell_customer": "end_user",
}

__all__ = ["Actor", "Category"]
