# generated from spec/catalog.json — do not edit (run `make generate`)
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


def _infos() -> dict[str, CategoryInfo]:
    from bankcodes._category_info import CategoryInfo, EndUserWords

    return {
        "success": CategoryInfo(
            label="Success",
            description="The operation completed, or the object reached a good state.",
            retryable=False,
            end_user_can_retry=False,
            action="Continue the flow.",
            next_step="none",
            state="connected",
            actor=Actor.NOBODY,
            end_user={},
        ),
        "pending": CategoryInfo(
            label="Pending",
            description="The operation was accepted and is still in progress; the outcome arrives later.",
            retryable=False,
            end_user_can_retry=False,
            action="Wait for the webhook or poll the status; do not start the operation again.",
            next_step="wait_for_event",
            state="pending",
            actor=Actor.NOBODY,
            end_user={},
        ),
        "mfa_required": CategoryInfo(
            label="MFA required",
            description="The end user must complete an authentication step: a one-time passcode, a security question or an approval in another app.",
            retryable=False,
            end_user_can_retry=True,
            action="Show the prompt and let the end user answer it; the flow continues afterwards.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="Your bank needs to confirm it's you.",
                    action="Enter the code or answer the question your bank sent you.",
                ),
                "fr": EndUserWords(
                    message="Votre banque doit confirmer votre identité.",
                    action="Saisissez le code ou répondez à la question envoyée par votre banque.",
                ),
                "ar": EndUserWords(
                    message="يحتاج بنكك إلى التحقق من هويتك.",
                    action="أدخل الرمز أو أجب عن السؤال الذي أرسله إليك بنكك.",
                ),
                "es": EndUserWords(
                    message="Su banco necesita confirmar su identidad.",
                    action="Ingrese el código o responda la pregunta que le envió su banco.",
                ),
                "pt": EndUserWords(
                    message="Seu banco precisa confirmar que é você.",
                    action="Digite o código ou responda à pergunta que seu banco enviou.",
                ),
            },
        ),
        "mfa_failed": CategoryInfo(
            label="MFA failed",
            description="An answer to an authentication step (one-time passcode or security question) was wrong, incomplete or not accepted.",
            retryable=False,
            end_user_can_retry=True,
            action="Ask the end user to answer the challenge again.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="The verification code or answer was not accepted.",
                    action="Check what you entered and try again.",
                ),
                "fr": EndUserWords(
                    message="Le code de vérification ou la réponse n'ont pas été acceptés.",
                    action="Vérifiez ce que vous avez saisi et réessayez.",
                ),
                "ar": EndUserWords(
                    message="لم يتم قبول رمز التحقق أو الإجابة.",
                    action="تحقق مما أدخلته وحاول مرة أخرى.",
                ),
                "es": EndUserWords(
                    message="No se aceptó el código de verificación o la respuesta.",
                    action="Revise lo que ingresó y vuelva a intentarlo.",
                ),
                "pt": EndUserWords(
                    message="O código de verificação ou a resposta não foi aceito.",
                    action="Confira o que você digitou e tente novamente.",
                ),
            },
        ),
        "credentials_invalid": CategoryInfo(
            label="Credentials invalid",
            description="The username, password or other login details were not accepted by the institution.",
            retryable=False,
            end_user_can_retry=True,
            action="Ask the end user to check and re-enter their login details.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="Your bank did not accept the sign-in details.",
                    action="Check your username and password, then try again.",
                ),
                "fr": EndUserWords(
                    message="Votre banque n'a pas accepté vos identifiants.",
                    action="Vérifiez votre nom d'utilisateur et votre mot de passe, puis réessayez.",
                ),
                "ar": EndUserWords(
                    message="لم يقبل بنكك بيانات تسجيل الدخول.",
                    action="تحقق من اسم المستخدم وكلمة المرور، ثم حاول مرة أخرى.",
                ),
                "es": EndUserWords(
                    message="Su banco no aceptó los datos de inicio de sesión.",
                    action="Revise su nombre de inicio de sesión y su contraseña, y luego vuelva a intentarlo.",
                ),
                "pt": EndUserWords(
                    message="Seu banco não aceitou os dados de acesso.",
                    action="Confira seu login e sua senha e tente novamente.",
                ),
            },
        ),
        "attempts_exhausted": CategoryInfo(
            label="Attempts exhausted",
            description="The end user used up the allowed attempts for a credential or authentication step.",
            retryable=False,
            end_user_can_retry=False,
            action="Stop retrying; tell the end user to wait or unlock their access with the institution before trying again.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="There have been too many unsuccessful attempts.",
                    action="Contact your bank to unlock your access.",
                ),
                "fr": EndUserWords(
                    message="Il y a eu trop de tentatives infructueuses.",
                    action="Communiquez avec votre banque pour débloquer votre accès.",
                ),
                "ar": EndUserWords(
                    message="تم إجراء عدد كبير جداً من المحاولات غير الناجحة.",
                    action="تواصل مع بنكك لاستعادة الوصول إلى حسابك.",
                ),
                "es": EndUserWords(
                    message="Ha habido demasiados intentos fallidos.",
                    action="Comuníquese con su banco para desbloquear su acceso.",
                ),
                "pt": EndUserWords(
                    message="Houve tentativas malsucedidas demais.",
                    action="Entre em contato com seu banco para desbloquear seu acesso.",
                ),
            },
        ),
        "reconnect_required": CategoryInfo(
            label="Reconnect required",
            description="An existing connection or consent no longer works (changed credentials, expired token or consent) and must be re-established.",
            retryable=False,
            end_user_can_retry=True,
            action="Start the provider's reconnect or re-consent flow for the end user.",
            next_step="reconnect",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="The connection to your bank has ended.",
                    action="Connect your bank account again to continue.",
                ),
                "fr": EndUserWords(
                    message="La connexion à votre banque a pris fin.",
                    action="Connectez de nouveau votre compte bancaire pour continuer.",
                ),
                "ar": EndUserWords(
                    message="انتهى الاتصال ببنكك.", action="اربط حسابك البنكي مرة أخرى للمتابعة."
                ),
                "es": EndUserWords(
                    message="La conexión con su banco finalizó.",
                    action="Vuelva a conectar su cuenta bancaria para continuar.",
                ),
                "pt": EndUserWords(
                    message="A conexão com seu banco foi encerrada.",
                    action="Conecte sua conta bancária novamente para continuar.",
                ),
            },
        ),
        "action_required_at_institution": CategoryInfo(
            label="Action required at institution",
            description="The end user must do something directly with their institution (sign in, accept terms, complete an account action) before connecting.",
            retryable=False,
            end_user_can_retry=True,
            action="Ask the end user to sign in to their bank's own website or app, complete what it asks, then connect again.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="Your bank needs you to do something in your online banking first.",
                    action="Sign in to your bank's app or website, follow its instructions, then try again.",
                ),
                "fr": EndUserWords(
                    message="Votre banque vous demande d'abord d'effectuer une action dans vos services bancaires en ligne.",
                    action="Connectez-vous à l'application ou au site Web de votre banque, suivez ses instructions, puis réessayez.",
                ),
                "ar": EndUserWords(
                    message="يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت أولاً.",
                    action="سجّل الدخول إلى تطبيق بنكك أو موقعه الإلكتروني، واتبع تعليماته، ثم حاول مرة أخرى.",
                ),
                "es": EndUserWords(
                    message="Su banco necesita que primero realice una acción en su banca en línea.",
                    action="Inicie sesión en la aplicación o el sitio web de su banco, siga sus instrucciones y luego vuelva a intentarlo.",
                ),
                "pt": EndUserWords(
                    message="Seu banco precisa que você faça algo no seu internet banking primeiro.",
                    action="Acesse o aplicativo ou o site do seu banco, siga as instruções e tente novamente.",
                ),
            },
        ),
        "user_action_required": CategoryInfo(
            label="User action required",
            description="The flow is paused until the end user provides more data or documents.",
            retryable=False,
            end_user_can_retry=True,
            action="Ask the end user for the missing data or documents, then resume.",
            next_step="end_user_action",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="We need a little more from you to continue.",
                    action="Follow the instructions on the screen.",
                ),
                "fr": EndUserWords(
                    message="Nous avons besoin de quelques informations supplémentaires de votre part pour continuer.",
                    action="Suivez les instructions à l'écran.",
                ),
                "ar": EndUserWords(
                    message="نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
                    action="اتبع التعليمات الظاهرة على الشاشة.",
                ),
                "es": EndUserWords(
                    message="Necesitamos un poco más de información de su parte para continuar.",
                    action="Siga las instrucciones en pantalla.",
                ),
                "pt": EndUserWords(
                    message="Precisamos de mais algumas informações suas para continuar.",
                    action="Siga as instruções na tela.",
                ),
            },
        ),
        "account_unavailable": CategoryInfo(
            label="Account unavailable",
            description="The account is closed, deactivated or cannot be found at the institution.",
            retryable=False,
            end_user_can_retry=False,
            action="Ask the end user to choose another account or to contact their bank.",
            next_step="tell_customer",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="This account can't be used.",
                    action="Choose another account, or contact your bank.",
                ),
                "fr": EndUserWords(
                    message="Ce compte ne peut pas être utilisé.",
                    action="Choisissez un autre compte ou communiquez avec votre banque.",
                ),
                "ar": EndUserWords(
                    message="لا يمكن استخدام هذا الحساب.",
                    action="اختر حساباً آخر، أو تواصل مع بنكك.",
                ),
                "es": EndUserWords(
                    message="Esta cuenta no se puede usar.",
                    action="Elija otra cuenta o comuníquese con su banco.",
                ),
                "pt": EndUserWords(
                    message="Esta conta não pode ser usada.",
                    action="Escolha outra conta ou entre em contato com seu banco.",
                ),
            },
        ),
        "institution_unavailable": CategoryInfo(
            label="Institution unavailable",
            description="The institution cannot be reached right now (outage, maintenance, temporary connection problem).",
            retryable=True,
            end_user_can_retry=True,
            action="Retry later with backoff, or offer another institution.",
            next_step="retry_later",
            state="provider_or_bank_down",
            actor=Actor.INSTITUTION,
            end_user={
                "en": EndUserWords(
                    message="Your bank is not responding right now.",
                    action="Please try again in a little while.",
                ),
                "fr": EndUserWords(
                    message="Votre banque ne répond pas pour le moment.",
                    action="Veuillez réessayer un peu plus tard.",
                ),
                "ar": EndUserWords(
                    message="لا يستجيب بنكك في الوقت الحالي.",
                    action="يرجى المحاولة مرة أخرى بعد قليل.",
                ),
                "es": EndUserWords(
                    message="Su banco no responde en este momento.",
                    action="Vuelva a intentarlo en un momento.",
                ),
                "pt": EndUserWords(
                    message="Seu banco não está respondendo no momento.",
                    action="Tente novamente daqui a pouco.",
                ),
            },
        ),
        "institution_not_supported": CategoryInfo(
            label="Institution not supported",
            description="The provider does not support connections to this institution.",
            retryable=False,
            end_user_can_retry=False,
            action="Offer another institution or a fallback such as document upload.",
            next_step="tell_customer",
            actor=Actor.INTEGRATOR,
            end_user={
                "en": EndUserWords(
                    message="This bank is not supported.",
                    action="Choose another bank, or another way to continue.",
                ),
                "fr": EndUserWords(
                    message="Cette banque n'est pas prise en charge.",
                    action="Choisissez une autre banque ou une autre façon de continuer.",
                ),
                "ar": EndUserWords(
                    message="هذا البنك غير مدعوم.", action="اختر بنكاً آخر، أو طريقة أخرى للمتابعة."
                ),
                "es": EndUserWords(
                    message="Este banco no es compatible.",
                    action="Elija otro banco u otra forma de continuar.",
                ),
                "pt": EndUserWords(
                    message="Este banco não é compatível.",
                    action="Escolha outro banco ou outra forma de continuar.",
                ),
            },
        ),
        "session_expired": CategoryInfo(
            label="Session expired",
            description="The session or request identifier expired or does not exist any more.",
            retryable=False,
            end_user_can_retry=True,
            action="Start a new session and let the end user go through the flow again.",
            next_step="reconnect",
            state="needs_end_user",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="Your session has expired.", action="Please start again."
                ),
                "fr": EndUserWords(
                    message="Votre session a expiré.", action="Veuillez recommencer."
                ),
                "ar": EndUserWords(message="انتهت صلاحية جلستك.", action="يرجى البدء من جديد."),
                "es": EndUserWords(message="Su sesión ha expirado.", action="Vuelva a empezar."),
                "pt": EndUserWords(message="Sua sessão expirou.", action="Comece de novo."),
            },
        ),
        "concurrent_operation": CategoryInfo(
            label="Concurrent operation",
            description="Another session or operation is already using this connection.",
            retryable=True,
            end_user_can_retry=True,
            action="Wait for the other operation to finish, then try again; avoid parallel requests for one login.",
            next_step="retry_later",
            actor=Actor.INTEGRATOR,
            end_user={
                "en": EndUserWords(
                    message="Another request for this account is still in progress.",
                    action="Wait a moment, then try again.",
                ),
                "fr": EndUserWords(
                    message="Une autre demande pour ce compte est encore en cours.",
                    action="Patientez un instant, puis réessayez.",
                ),
                "ar": EndUserWords(
                    message="لا يزال طلب آخر لهذا الحساب قيد التنفيذ.",
                    action="انتظر قليلاً، ثم حاول مرة أخرى.",
                ),
                "es": EndUserWords(
                    message="Otra solicitud para esta cuenta aún está en curso.",
                    action="Espere un momento y luego vuelva a intentarlo.",
                ),
                "pt": EndUserWords(
                    message="Outra solicitação para esta conta ainda está em andamento.",
                    action="Aguarde um momento e tente novamente.",
                ),
            },
        ),
        "cancelled": CategoryInfo(
            label="Cancelled",
            description="The end user, the integrator or the provider stopped the flow before it finished.",
            retryable=False,
            end_user_can_retry=True,
            action="Offer the end user to start again.",
            next_step="reconnect",
            actor=Actor.END_USER,
            end_user={
                "en": EndUserWords(
                    message="The connection was cancelled.",
                    action="Start again when you are ready.",
                ),
                "fr": EndUserWords(
                    message="La connexion a été annulée.",
                    action="Recommencez dès que vous le souhaitez.",
                ),
                "ar": EndUserWords(
                    message="تم إلغاء الاتصال.", action="يمكنك البدء من جديد في أي وقت."
                ),
                "es": EndUserWords(
                    message="La conexión se canceló.", action="Vuelva a empezar cuando lo desee."
                ),
                "pt": EndUserWords(
                    message="A conexão foi cancelada.", action="Comece de novo quando quiser."
                ),
            },
        ),
        "rejected": CategoryInfo(
            label="Rejected",
            description="The institution or the provider rejected the operation.",
            retryable=False,
            end_user_can_retry=False,
            action="Show the end user that the operation was declined; do not retry it unchanged.",
            next_step="tell_customer",
            actor=Actor.INSTITUTION,
            end_user={
                "en": EndUserWords(
                    message="Your bank declined the request.",
                    action="Contact your bank for details.",
                ),
                "fr": EndUserWords(
                    message="Votre banque a refusé la demande.",
                    action="Communiquez avec votre banque pour en savoir plus.",
                ),
                "ar": EndUserWords(
                    message="رفض بنكك الطلب.", action="تواصل مع بنكك لمعرفة التفاصيل."
                ),
                "es": EndUserWords(
                    message="Su banco rechazó la solicitud.",
                    action="Comuníquese con su banco para obtener más información.",
                ),
                "pt": EndUserWords(
                    message="Seu banco recusou a solicitação.",
                    action="Entre em contato com seu banco para saber mais.",
                ),
            },
        ),
        "rate_limited": CategoryInfo(
            label="Rate limited",
            description="Too many requests were sent in a period of time.",
            retryable=True,
            end_user_can_retry=True,
            action="Back off and retry later; reduce the request rate.",
            next_step="retry_later",
            state="degraded",
            actor=Actor.INTEGRATOR,
            end_user={
                "en": EndUserWords(
                    message="There are too many requests right now.",
                    action="Please try again in a few minutes.",
                ),
                "fr": EndUserWords(
                    message="Il y a trop de demandes en ce moment.",
                    action="Veuillez réessayer dans quelques minutes.",
                ),
                "ar": EndUserWords(
                    message="هناك عدد كبير جداً من الطلبات حالياً.",
                    action="يرجى المحاولة مرة أخرى بعد بضع دقائق.",
                ),
                "es": EndUserWords(
                    message="Hay demasiadas solicitudes en este momento.",
                    action="Vuelva a intentarlo en unos minutos.",
                ),
                "pt": EndUserWords(
                    message="Há solicitações demais no momento.",
                    action="Tente novamente em alguns minutos.",
                ),
            },
        ),
        "integration_error": CategoryInfo(
            label="Integration error",
            description="The request was wrong: invalid parameters, wrong endpoint, wrong credentials of the integrator, or a call out of sequence.",
            retryable=False,
            end_user_can_retry=False,
            action="Fix the request or the integration; retrying unchanged will fail again.",
            next_step="fix_request",
            actor=Actor.INTEGRATOR,
            end_user={
                "en": EndUserWords(
                    message="Something went wrong on our side.", action="Please contact support."
                ),
                "fr": EndUserWords(
                    message="Un problème est survenu de notre côté.",
                    action="Veuillez communiquer avec notre service d'assistance.",
                ),
                "ar": EndUserWords(
                    message="حدث خطأ من جهتنا.", action="يرجى التواصل مع فريق الدعم."
                ),
                "es": EndUserWords(
                    message="Se produjo un error de nuestra parte.",
                    action="Comuníquese con el servicio de asistencia.",
                ),
                "pt": EndUserWords(
                    message="Algo deu errado do nosso lado.",
                    action="Entre em contato com o suporte.",
                ),
            },
        ),
        "generic_failure": CategoryInfo(
            label="Generic failure",
            description="The operation failed without a more specific cause in this field.",
            retryable=True,
            end_user_can_retry=True,
            action="Inspect the detailed status when there is one; otherwise retry later and contact the provider if it persists.",
            next_step="retry",
            actor=Actor.INTEGRATOR,
            end_user={
                "en": EndUserWords(message="Something went wrong.", action="Please try again."),
                "fr": EndUserWords(
                    message="Un problème est survenu.", action="Veuillez réessayer."
                ),
                "ar": EndUserWords(message="حدث خطأ ما.", action="يرجى المحاولة مرة أخرى."),
                "es": EndUserWords(message="Se produjo un error.", action="Vuelva a intentarlo."),
                "pt": EndUserWords(message="Algo deu errado.", action="Tente novamente."),
            },
        ),
        "informational": CategoryInfo(
            label="Informational",
            description="The value names a thing (a permission, an event type, a flow step, a method), not an outcome.",
            retryable=False,
            end_user_can_retry=False,
            action="Nothing to handle; use the value for routing or logging.",
            next_step="none",
            equivalents=False,
            actor=Actor.NOBODY,
            end_user={},
        ),
        "unknown": CategoryInfo(
            label="Unknown",
            description="A value that this version of the catalog does not know; providers add codes without notice.",
            retryable=False,
            end_user_can_retry=True,
            action="Keep and log the raw value, treat it as a generic failure, and update bankcodes.",
            next_step="contact_provider",
            state="unknown",
            equivalents=False,
            actor=Actor.INTEGRATOR,
            end_user={
                "en": EndUserWords(
                    message="Something unexpected happened.",
                    action="Please try again, or contact support.",
                ),
                "fr": EndUserWords(
                    message="Un problème inattendu est survenu.",
                    action="Veuillez réessayer ou communiquer avec notre service d'assistance.",
                ),
                "ar": EndUserWords(
                    message="حدث أمر غير متوقع.",
                    action="يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
                ),
                "es": EndUserWords(
                    message="Ocurrió un problema inesperado.",
                    action="Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
                ),
                "pt": EndUserWords(
                    message="Aconteceu algo inesperado.",
                    action="Tente novamente ou entre em contato com o suporte.",
                ),
            },
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
