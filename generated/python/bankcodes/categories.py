# generated from spec/catalog.json — do not edit (run `make generate`)
"""The cross-provider category taxonomy: every code of every provider maps to exactly one
category; values the catalog does not know are Category.UNKNOWN."""

from __future__ import annotations

from bankcodes._taxonomy import Actor, CategoryEnum, describe


class Category(CategoryEnum):
    """A cross-provider category of statuses and errors."""

    SUCCESS = "success"
    """Success"""
    PENDING = "pending"
    """Pending"""
    MFA_REQUIRED = "mfa_required"
    """MFA required"""
    MFA_FAILED = "mfa_failed"
    """MFA failed"""
    CREDENTIALS_INVALID = "credentials_invalid"
    """Credentials invalid"""
    ATTEMPTS_EXHAUSTED = "attempts_exhausted"
    """Attempts exhausted"""
    RECONNECT_REQUIRED = "reconnect_required"
    """Reconnect required"""
    ACTION_REQUIRED_AT_INSTITUTION = "action_required_at_institution"
    """Action required at institution"""
    USER_ACTION_REQUIRED = "user_action_required"
    """User action required"""
    ACCOUNT_UNAVAILABLE = "account_unavailable"
    """Account unavailable"""
    INSTITUTION_UNAVAILABLE = "institution_unavailable"
    """Institution unavailable"""
    INSTITUTION_NOT_SUPPORTED = "institution_not_supported"
    """Institution not supported"""
    SESSION_EXPIRED = "session_expired"
    """Session expired"""
    CONCURRENT_OPERATION = "concurrent_operation"
    """Concurrent operation"""
    CANCELLED = "cancelled"
    """Cancelled"""
    REJECTED = "rejected"
    """Rejected"""
    RATE_LIMITED = "rate_limited"
    """Rate limited"""
    INTEGRATION_ERROR = "integration_error"
    """Integration error"""
    GENERIC_FAILURE = "generic_failure"
    """Generic failure"""
    INFORMATIONAL = "informational"
    """Informational"""
    UNKNOWN = "unknown"
    """Unknown"""


describe(
    Category,
    {
        "success": (
            "Success",
            "The operation completed, or the object reached a good state.",
            False,
            "nobody",
            "Continue the flow.",
            True,
            {},
        ),
        "pending": (
            "Pending",
            "The operation was accepted and is still in progress; the outcome arrives later.",
            False,
            "nobody",
            "Wait for the webhook or poll the status; do not start the operation again.",
            True,
            {},
        ),
        "mfa_required": (
            "MFA required",
            "The end user must complete an authentication step: a one-time passcode, a security question or an approval in another app.",
            False,
            "end_user",
            "Show the prompt and let the end user answer it; the flow continues afterwards.",
            True,
            {
                "en": (
                    "Your bank needs to confirm it's you.",
                    "Enter the code or answer the question your bank sent you.",
                ),
                "fr": (
                    "Votre banque doit confirmer votre identité.",
                    "Saisissez le code ou répondez à la question envoyée par votre banque.",
                ),
                "ar": (
                    "يحتاج بنكك إلى التحقق من هويتك.",
                    "أدخل الرمز أو أجب عن السؤال الذي أرسله إليك بنكك.",
                ),
            },
        ),
        "mfa_failed": (
            "MFA failed",
            "An answer to an authentication step (one-time passcode or security question) was wrong, incomplete or not accepted.",
            True,
            "end_user",
            "Ask the end user to answer the challenge again.",
            True,
            {
                "en": (
                    "The verification code or answer was not accepted.",
                    "Check it and try again.",
                ),
                "fr": (
                    "Le code de vérification ou la réponse n'a pas été accepté.",
                    "Vérifiez-le et réessayez.",
                ),
                "ar": ("لم يتم قبول رمز التحقق أو الإجابة.", "تحقق منه وحاول مرة أخرى."),
            },
        ),
        "credentials_invalid": (
            "Credentials invalid",
            "The username, password or other login details were not accepted by the institution.",
            True,
            "end_user",
            "Ask the end user to check and re-enter their login details.",
            True,
            {
                "en": (
                    "Your bank did not accept the sign-in details.",
                    "Check your username and password, then try again.",
                ),
                "fr": (
                    "Votre banque n'a pas accepté vos identifiants.",
                    "Vérifiez votre nom d'utilisateur et votre mot de passe, puis réessayez.",
                ),
                "ar": (
                    "لم يقبل بنكك بيانات تسجيل الدخول.",
                    "تحقق من اسم المستخدم وكلمة المرور، ثم حاول مرة أخرى.",
                ),
            },
        ),
        "attempts_exhausted": (
            "Attempts exhausted",
            "The end user used up the allowed attempts for a credential or authentication step.",
            False,
            "end_user",
            "Stop retrying; tell the end user to wait or unlock their access with the institution before trying again.",
            True,
            {
                "en": (
                    "There have been too many unsuccessful attempts.",
                    "Contact your bank, or wait before trying again.",
                ),
                "fr": (
                    "Il y a eu trop de tentatives infructueuses.",
                    "Communiquez avec votre banque ou patientez avant de réessayer.",
                ),
                "ar": (
                    "تجاوزت عدد المحاولات غير الناجحة المسموح به.",
                    "تواصل مع بنكك، أو انتظر قبل المحاولة مرة أخرى.",
                ),
            },
        ),
        "reconnect_required": (
            "Reconnect required",
            "An existing connection or consent no longer works (changed credentials, expired token or consent) and must be re-established.",
            False,
            "end_user",
            "Start the provider's reconnect or re-consent flow for the end user.",
            True,
            {
                "en": (
                    "The connection to your bank has ended.",
                    "Connect your bank account again to continue.",
                ),
                "fr": (
                    "La connexion à votre banque a pris fin.",
                    "Connectez de nouveau votre compte bancaire pour continuer.",
                ),
                "ar": ("انتهى الاتصال ببنكك.", "اربط حسابك البنكي مرة أخرى للمتابعة."),
            },
        ),
        "action_required_at_institution": (
            "Action required at institution",
            "The end user must do something directly with their institution (sign in, accept terms, complete an account action) before connecting.",
            False,
            "end_user",
            "Ask the end user to sign in to their bank's own website or app, complete what it asks, then connect again.",
            True,
            {
                "en": (
                    "Your bank needs you to do something in your online banking first.",
                    "Sign in to your bank's app or website, follow its instructions, then try again.",
                ),
                "fr": (
                    "Votre banque vous demande d'abord une action dans vos services bancaires en ligne.",
                    "Connectez-vous à l'application ou au site de votre banque, suivez ses instructions, puis réessayez.",
                ),
                "ar": (
                    "يطلب منك بنكك إجراءً في خدماتك المصرفية عبر الإنترنت أولاً.",
                    "سجّل الدخول إلى تطبيق بنكك أو موقعه، واتبع التعليمات، ثم حاول مرة أخرى.",
                ),
            },
        ),
        "user_action_required": (
            "User action required",
            "The flow is paused until the end user provides more data or documents.",
            False,
            "end_user",
            "Ask the end user for the missing data or documents, then resume.",
            True,
            {
                "en": (
                    "We need a little more from you to continue.",
                    "Follow the instructions on the screen.",
                ),
                "fr": (
                    "Il nous faut un peu plus d'information pour continuer.",
                    "Suivez les instructions à l'écran.",
                ),
                "ar": (
                    "نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
                    "اتبع التعليمات الظاهرة على الشاشة.",
                ),
            },
        ),
        "account_unavailable": (
            "Account unavailable",
            "The account is closed, deactivated or cannot be found at the institution.",
            False,
            "end_user",
            "Ask the end user to choose another account or to contact their bank.",
            True,
            {
                "en": (
                    "This account can't be used.",
                    "Choose another account, or contact your bank.",
                ),
                "fr": (
                    "Ce compte ne peut pas être utilisé.",
                    "Choisissez un autre compte ou communiquez avec votre banque.",
                ),
                "ar": ("لا يمكن استخدام هذا الحساب.", "اختر حساباً آخر، أو تواصل مع بنكك."),
            },
        ),
        "institution_unavailable": (
            "Institution unavailable",
            "The institution cannot be reached right now (outage, maintenance, temporary connection problem).",
            True,
            "institution",
            "Retry later with backoff, or offer another institution.",
            True,
            {
                "en": (
                    "Your bank is not responding right now.",
                    "Please try again in a little while.",
                ),
                "fr": (
                    "Votre banque ne répond pas pour le moment.",
                    "Veuillez réessayer un peu plus tard.",
                ),
                "ar": ("بنكك لا يستجيب في الوقت الحالي.", "يرجى المحاولة مرة أخرى بعد قليل."),
            },
        ),
        "institution_not_supported": (
            "Institution not supported",
            "The provider does not support connections to this institution.",
            False,
            "integrator",
            "Offer another institution or a fallback such as document upload.",
            True,
            {
                "en": (
                    "This bank is not supported.",
                    "Choose another bank, or another way to continue.",
                ),
                "fr": (
                    "Cette banque n'est pas prise en charge.",
                    "Choisissez une autre banque ou une autre façon de continuer.",
                ),
                "ar": ("هذا البنك غير مدعوم.", "اختر بنكاً آخر، أو طريقة أخرى للمتابعة."),
            },
        ),
        "session_expired": (
            "Session expired",
            "The session or request identifier expired or does not exist any more.",
            True,
            "end_user",
            "Start a new session and let the end user go through the flow again.",
            True,
            {
                "en": ("Your session has expired.", "Please start again."),
                "fr": ("Votre session a expiré.", "Veuillez recommencer."),
                "ar": ("انتهت صلاحية الجلسة.", "يرجى البدء من جديد."),
            },
        ),
        "concurrent_operation": (
            "Concurrent operation",
            "Another session or operation is already using this connection.",
            True,
            "integrator",
            "Wait for the other operation to finish, then try again; avoid parallel requests for one login.",
            True,
            {
                "en": (
                    "Another request for this account is still in progress.",
                    "Wait a moment, then try again.",
                ),
                "fr": (
                    "Une autre demande pour ce compte est encore en cours.",
                    "Patientez un instant, puis réessayez.",
                ),
                "ar": (
                    "لا يزال طلب آخر لهذا الحساب قيد التنفيذ.",
                    "انتظر قليلاً، ثم حاول مرة أخرى.",
                ),
            },
        ),
        "cancelled": (
            "Cancelled",
            "The end user, the integrator or the provider stopped the flow before it finished.",
            True,
            "end_user",
            "Offer the end user to start again.",
            True,
            {
                "en": ("The connection was cancelled.", "Start again when you are ready."),
                "fr": ("La connexion a été annulée.", "Recommencez lorsque vous serez prêt."),
                "ar": ("تم إلغاء الاتصال.", "ابدأ من جديد عندما تكون مستعداً."),
            },
        ),
        "rejected": (
            "Rejected",
            "The institution or the provider rejected the operation.",
            False,
            "institution",
            "Show the end user that the operation was declined; do not retry it unchanged.",
            True,
            {
                "en": ("Your bank declined the request.", "Contact your bank for details."),
                "fr": (
                    "Votre banque a refusé la demande.",
                    "Communiquez avec votre banque pour en savoir plus.",
                ),
                "ar": ("رفض بنكك الطلب.", "تواصل مع بنكك لمعرفة التفاصيل."),
            },
        ),
        "rate_limited": (
            "Rate limited",
            "Too many requests were sent in a period of time.",
            True,
            "integrator",
            "Back off and retry later; reduce the request rate.",
            True,
            {
                "en": (
                    "There are too many requests right now.",
                    "Please try again in a few minutes.",
                ),
                "fr": (
                    "Il y a trop de demandes en ce moment.",
                    "Veuillez réessayer dans quelques minutes.",
                ),
                "ar": ("هناك عدد كبير من الطلبات حالياً.", "يرجى المحاولة مرة أخرى بعد بضع دقائق."),
            },
        ),
        "integration_error": (
            "Integration error",
            "The request was wrong: invalid parameters, wrong endpoint, wrong credentials of the integrator, or a call out of sequence.",
            False,
            "integrator",
            "Fix the request or the integration; retrying unchanged will fail again.",
            True,
            {
                "en": (
                    "Something went wrong on our side.",
                    "Please try again later, or contact support.",
                ),
                "fr": (
                    "Un problème est survenu de notre côté.",
                    "Veuillez réessayer plus tard ou communiquer avec le soutien.",
                ),
                "ar": ("حدث خطأ من جهتنا.", "يرجى المحاولة لاحقاً، أو التواصل مع الدعم."),
            },
        ),
        "generic_failure": (
            "Generic failure",
            "The operation failed without a more specific cause in this field.",
            True,
            "nobody",
            "Inspect the detailed status when there is one; otherwise retry later and contact the provider if it persists.",
            True,
            {
                "en": ("Something went wrong.", "Please try again."),
                "fr": ("Un problème est survenu.", "Veuillez réessayer."),
                "ar": ("حدث خطأ ما.", "يرجى المحاولة مرة أخرى."),
            },
        ),
        "informational": (
            "Informational",
            "The value names a thing (a permission, an event type, a flow step, a method), not an outcome.",
            False,
            "nobody",
            "Nothing to handle; use the value for routing or logging.",
            False,
            {},
        ),
        "unknown": (
            "Unknown",
            "A value that this version of the catalog does not know; providers add codes without notice.",
            False,
            "integrator",
            "Keep and log the raw value, treat it as a generic failure, and update bankcodes.",
            False,
            {
                "en": ("Something unexpected happened.", "Please try again, or contact support."),
                "fr": (
                    "Un événement inattendu s'est produit.",
                    "Veuillez réessayer ou communiquer avec le soutien.",
                ),
                "ar": ("حدث أمر غير متوقع.", "يرجى المحاولة مرة أخرى، أو التواصل مع الدعم."),
            },
        ),
    },
)

__all__ = ["Actor", "Category"]
