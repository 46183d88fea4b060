"""Belvo's API error codes, read from its errors page as the DevPortal's ReadMe Markdown holds it
(developers.belvo.com/docs/belvo-api-errors, "API and Widget Errors": a section per code with its
HTTP status, an example error, its cause, its solution and, where the widget shows it, its title
and text in English, Portuguese and Spanish), the Spanish errors page
(.../es/developer_resources/resources-belvo-api-errors.md), the pt-BR help article
(support.belvo.com/hc/pt-br/articles/4406498355613), the "Errores 40x" and "50x errors" sections
of Belvo's API reference, and Belvo's OpenAPI 1.35.0 as Konfig's SDK repository keeps it
(konfig-dev/belvo-sdks api.yaml at fad9ba47): the codes, their statuses, messages and texts, whose
words each is and in which language, their categories and retries, the words for the end user,
and how an error body is read, in Python and in Node. Expected values are typed from those
pages."""

from __future__ import annotations

import pytest

from bankcodes import Category, belvo

ERRORS_PAGE = "belvo-api-errors-readme"
KONFIG = "belvo-openapi-konfig"

#: Every section of the errors page ("# 400 activation_failed" ...): its status and the message
#: of its example error (None: the example has none, or its message names the value sent). The
#: "400 blank" section's example carries the code "null"; the 403 rate limit is an HTML page with
#: no code.
ERRORS_PAGE_CODES: dict[str, tuple[int, str | None]] = {
    "activation_failed": (400, "The credentials provided were not accepted by the institution."),
    "already_exists": (400, None),
    "cancellation_error": (400, "Payment Intent cannot be canceled because it is not SCHEDULED"),
    "does_not_exist": (400, None),
    "duplicated": (400, "Link already exists"),
    "null": (400, "This field may not be null."),
    "required": (400, "This field is required."),
    "institution_down": (400, "The financial institution is down, try again later"),
    "institution_inactive": (400, "The institution has been temporarily deactivated"),
    "institution_unavailable": (400, "The financial institution is unavailable"),
    "invalid": (400, None),
    "invalid_choice": (400, None),
    "invalid_credentials_storage": (400, "Recurrent links must store the credentials"),
    "invalid_fetch_resources": (
        400,
        "Single links without stored credentials must fetch resources",
    ),
    "invalid_link": (400, "The link has been invalidated. You may need to update link credentials"),
    "invalid_period": (
        400,
        "The number of days between date_from and date_to must be at least 90 days",
    ),
    "login_error": (400, "Invalid credentials provided to login to the institution"),
    "max_digits": (400, "Ensure that there are no more than 12 digits in total."),
    "max_decimal_places": (400, "Ensure that there are no more than 2 decimal places."),
    "min_value": (400, "Ensure this value is greater than or equal to 0.01."),
    "not_a_list": (400, 'Expected a list but got type "str".'),
    "parse_error": (400, None),
    "session_expired": (
        400,
        "The session you are trying to resume has expired, please start again from "
        "register/retrieve endpoint",
    ),
    "session_expired_ob": (400, None),
    "too_many_sessions": (
        400,
        "Impossible to login, a session is already opened with the institution for these "
        "credentials",
    ),
    "unavailable_data": (400, "The institution did not return any data for the request."),
    "unconfirmed_link": (400, "The link creation has not been completed yet"),
    "unsupported_operation": (
        400,
        "The resource you are trying to access is not supported by this institution",
    ),
    "validation_error": (400, "Bad request"),
    "authentication_failed": (401, "Invalid Secret Keys"),
    "consent_without_accounts": (
        401,
        "Information cannot be retrieved as the consent has no associated accounts",
    ),
    "access_to_production_denied": (403, "You don\u2019t have access to production API."),
    "access_to_resource_denied": (403, "You don't have access to this resource."),
    "permission_denied": (403, None),
    "quota_limit_reached": (403, "The quota limit has been reached."),
    "not_found": (404, "Not found."),
    "expired_credentials": (404, "The credentials of this link have expired"),
    "method_not_allowed": (405, None),
    "request_timeout": (
        408,
        "The request timed out, you can retry asking for less data by changing your query "
        "parameters",
    ),
    "activation_required": (428, "This user doesn't have web access activated yet."),
    "token_required": (428, "A MFA token is required by the institution to login"),
    "service_unavailable": (
        500,
        "Belvo is unable to process the request due to an internal system issue or to an "
        "unsupported response from an institution",
    ),
    "unexpected_error": (
        500,
        "Belvo is unable to process the request due to an internal system issue or to an "
        "unsupported response from an institution",
    ),
}
#: Codes Belvo's OpenAPI names that the errors page has no section for: InvalidAccessMode's (its
#: message ends with a stray double quote) and one of 400ValidationError's.
OPENAPI_ONLY: dict[str, tuple[int, str]] = {
    "invalid_access_mode_switch": (
        400,
        "This link doesn't have stored credentials hence it can't be switched to recurrent mode\"",
    ),
    "already_registered": (400, "This customer is already registered"),
}


def test_the_error_codes_are_those_belvo_publishes() -> None:
    assert {m.value for m in belvo.ErrorCode} == set(ERRORS_PAGE_CODES) | set(OPENAPI_ONLY)
    for value, (status, _) in {**ERRORS_PAGE_CODES, **OPENAPI_ONLY}.items():
        assert belvo.ErrorCode(value).http_statuses == (status,), value
    for value, (_, message) in OPENAPI_ONLY.items():
        member = belvo.ErrorCode(value)
        assert member.message == message
        assert [s.id for s in member.sources] == [KONFIG]


def test_each_message_is_the_one_belvo_sends() -> None:
    # activation_failed keeps the help article's message ("Descrição default": "... Please verify
    # CVV and PIN are correct."); the errors page's example, without that sentence, is one of
    # its HTTP entries. login_error's other six messages are its entries too.
    help_article = {
        "activation_failed": "The credentials provided were not accepted by the institution. "
        "Please verify CVV and PIN are correct."
    }
    for value, (_, message) in ERRORS_PAGE_CODES.items():
        member = belvo.ErrorCode(value)
        entries = {entry.message for entry in member.info.http}
        if value in help_article:
            assert member.message == help_article[value]
            assert message in entries
        else:
            assert member.message == message, value
    login = {entry.message for entry in belvo.ErrorCode.login_error.info.http}
    assert {
        "A MFA token is required by the institution, but it\u2019s not supported yet by Belvo.",
        "Impossible to login, something unexpected happened while logging into the "
        "institution. Try again later.",
        "Login not attempted due to invalid credentials",
        "Missing credentials to login to the institution",
        "The user account access was forbidden by the institution",
        "The user account is locked, user needs to contact the institution to unlock it",
    } <= login
    # "400 blank": its example error is {"message": "This field may not be blank.", "code": "null"}.
    blank = [e for e in belvo.ErrorCode("null").info.http if e.message is not None]
    assert [(e.status, e.message) for e in blank] == [(400, "This field may not be blank.")]
    assert "blank" not in {m.value for m in belvo.ErrorCode}


def test_the_texts_are_belvos_words_from_its_errors_page() -> None:
    # Cause and Solution of a few sections, whole.
    expected = {
        "token_required": (
            "This error occurs when the institution requires MFA to log in.",
            "See our article on how to handle MFA. However, we highly recommend you use our "
            "Connect Widget as we'll handle these types of errors for you and walk your user "
            "through the steps to provide their authentication token.",
        ),
        "authentication_failed": (
            "This error occurs when you try to make an API call using incorrect Belvo API "
            "credentials (either your secret key or secret password, or both, are incorrect).",
            "Check the credentials that you are using against the ones in your dashboard. "
            "Perhaps you're using your sandbox credentials to access production data (or vice "
            "versa).",
        ),
        "institution_inactive": (
            "This error occurs when we (Belvo) have deactivated the institution in our API.",
            "You can retry later, once Belvo has reactivated the institution.",
        ),
    }
    for value, (cause, solution) in expected.items():
        member = belvo.ErrorCode(value)
        assert (member.description, member.advice) == (cause, solution), value
        for field in ("description", "advice"):
            wording = member.info.whose(field)
            assert wording is not None and wording.by == "provider", (value, field)
            assert ERRORS_PAGE in [s.id for s in wording.sources], (value, field)
    # session_expired_ob's causes are a numbered list: its description is bankcodes'.
    ob = belvo.ErrorCode.session_expired_ob
    wording = ob.info.whose("description")
    assert ob.info.editorial and wording is not None and wording.by == "bankcodes"


def test_activation_failed_advice_whole_in_english_and_in_portuguese() -> None:
    member = belvo.ErrorCode.activation_failed
    # The errors page's Solution, whole.
    assert member.advice == (
        "Ask the user to first activate their internet banking access (either by contacting the "
        "bank directly or attempting to log in to their internet banking account) and then ask "
        "them to connect their account again."
    )
    # The help article's "Ação", whole, tagged with its language (the article is pt-BR).
    assert member.info.advice_translations == {
        "pt-BR": "É necessário que o usuário final entre em contato com seu banco para ativar seu "
        "banco online. O processo de ativação do banco online varia de acordo com a "
        "instituição. O site do banco deve indicar os passos a seguir. Depois de ativar seu "
        "banco online, o usuário final poderá criar um link com o Belvo com as mesmas "
        "credenciais. *É importante observar que uma conta no APP da instituição é diferente de "
        "um banco online da instituição."
    }
    wording = member.info.whose("advice_translations")
    assert wording is not None and wording.by == "provider"
    assert [s.id for s in wording.sources] == ["belvo-support-errors-pt-actions"]
    # unexpected_error: the errors page's advice in English, the help article's in Portuguese.
    unexpected = belvo.ErrorCode.unexpected_error
    assert unexpected.advice == (
        "We recommend that you retry making your original request a maximum of three times, in "
        "case that the issue is intermittent."
    )
    assert unexpected.info.advice_translations == {
        "pt-BR": "Recomendamos repetir a chamada máxima 3 vezes caso o detalhe seja intermitente. "
        "Realizando a mesma operação e recebendo um terceiro erro 500, informe a Belvo com o "
        "request_id."
    }


#: Letters of Spanish and Portuguese that English words never have.
_NOT_ENGLISH = set("áàâãçéêíóôõúñ¿¡ÁÀÂÃÇÉÊÍÓÔÕÚÑ")


def test_every_belvo_text_in_another_language_is_tagged() -> None:
    # A description, message, advice or user message is English; a Spanish or Portuguese text
    # is a translation, under its language tag (the Spanish errors page's "Este campo es
    # requerido.", the widget's words, the help article's actions).
    for code_set in (belvo.ErrorCode, belvo.WebhookCode, belvo.LinkStatus):
        for member in code_set:
            info = member.info
            for text in (info.description, info.message, info.advice, info.user_message):
                assert not set(text or "") & _NOT_ENGLISH, (member, text)
    assert belvo.ErrorCode.required.info.message_translations == {"es": "Este campo es requerido."}
    wording = belvo.ErrorCode.required.info.whose("message_translations")
    assert wording is not None and [s.id for s in wording.sources] == ["belvo-api-errors-es"]


#: The widget's error description per code, as the errors page's "Widget error message" tables
#: give it: English, Spanish and Portuguese (session_expired_ob: no Spanish row).
WIDGET = {
    "institution_down": (
        "The institution you tried to access is temporarily unavailable. Please come back in a "
        "bit and we will be able to process your request",
        "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde "
        "y podremos procesar tu petición",
        "Esta instituição está temporariamente inacessível. Tente novamente mais tarde e "
        "poderemos processar sua solicitação",
    ),
    "session_expired": (
        "Please try again to link your account as the session with this institution just expired",
        "Por favor, ingresa de nuevo tus credenciales ya que la sesión con esta institución ha "
        "expirado",
        "A sessão com essa instituição expirou. Por favor, digite suas credenciais novamente",
    ),
    "session_expired_ob": (
        "Your connection session expired, please refresh the page to try again to link your "
        "account",
        None,
        "Sua sessão expirou, atualize a página e tente vincular sua conta novamente.",
    ),
    "too_many_sessions": (
        "It seems you are logged in to your account with another device. This institution only "
        "allows one logged in session at a time. Log out and try linking your account again.",
        "Parece que ya hay una sesión abierta en esta institución con tu usuario. Esta "
        "institución solo permite una sesión abierta a la vez.",
        "Parece que já existe uma sessão aberta nesta instituição com seu usuário. Esta "
        "instituição permite apenas uma sessão aberta por vez",
    ),
    "request_timeout": (
        "The response took too long and the connection could not be established successfully. "
        "Please try again in a few minutes.",
        "El tiempo de respuesta ha sido demasiado largo y la conexión no se ha podido establecer. "
        "Por favor, inténtalo de nuevo en unos minutos.",
        "O tempo de resposta está demorando mais do que o normal e a conexão não pode ser "
        "estabelecida. Por favor, tente novamente em alguns minutos.",
    ),
    "unexpected_error": (
        "There was an error linking your account. Please try again, and if the problem "
        "persists, we will try to fix it as soon as possible.",
        "Hemos tenido un error vinculando tu cuenta. Por favor, inténtalo de nuevo y si el "
        "problema persiste, lo arreglaremos lo más pronto posible",
        "Ocorreu um erro ao vincular sua conta. Tente novamente e, se o problema persistir, o "
        "corrigiremos o mais breve possível",
    ),
}


@pytest.mark.parametrize("value", sorted(WIDGET))
def test_the_widgets_words_are_told_to_the_end_user_as_belvos(value: str) -> None:
    english, spanish, portuguese = WIDGET[value]
    member = belvo.ErrorCode(value)
    assert member.user_message == english
    for tag, text in (("en", english), ("es", spanish), ("pt", portuguese), ("pt-BR", portuguese)):
        told = member.end_user_text(tag)
        assert told is not None
        if text is None:  # no Spanish row: bankcodes' translation of the category's words
            assert (told.message, told.message_by) == (
                member.category.user_message("es"),
                "bankcodes translation",
            )
            continue
        assert (told.message, told.message_by) == (text, "provider"), tag
        # The action is bankcodes' (the category's), never Belvo's advice to the integrator.
        assert told.action_by != "provider" and told.action != member.advice


def test_widget_words_that_do_not_fit_the_code_are_not_offered() -> None:
    # token_required: "In the case that your user incorrectly enters their token (or the token
    # they enter is expired) while using the widget": "Invalid token", not the MFA step itself.
    token = belvo.ErrorCode.token_required
    assert token.user_message == (
        "It looks like the token has expired, generate a new one and try again."
    )
    assert token.info.user_message_translations == {
        "es": "Es probable que el token haya caducado, genera uno nuevo y vuelve a intentarlo",
        "pt": "É provável que o token tenha expirado, gere um novo e tente novamente",
    }
    # unsupported_operation: "Please try again" cannot help a request that must change.
    unsupported = belvo.ErrorCode.unsupported_operation
    for member in (token, unsupported):
        assert not member.info.user_message_offered
        for tag in ("en", "es", "pt"):
            told = member.end_user_text(tag)
            assert told is not None and told.message_by != "provider", (member, tag)
    told = token.end_user_text("en")
    assert told is not None and told.message == Category.MFA_REQUIRED.user_message("en")


#: The codes whose own solution says to retry (later, or after 120 seconds), whatever their
#: status: "You can retry accessing the institution later", "You can retry later, once Belvo has
#: reactivated the institution", "Waiting 120 seconds and retrying your request", "you can retry
#: the request", "If you were able to access this resource previously, retry later", "you can
#: try making the same request again", and the 50x errors ("You can retry later"; "a maximum of
#: three times").
RETRIED = {
    "institution_down",
    "institution_unavailable",
    "institution_inactive",
    "too_many_sessions",
    "unavailable_data",
    "permission_denied",
    "request_timeout",
    "service_unavailable",
    "unexpected_error",
}


def test_a_40x_is_not_retried_unless_its_own_text_says_so() -> None:
    # "You should not retry making requests if you get 40x response as this is a client error.
    # The only exception is the "Too Many Sessions" error"; "50x errors: Implement an automated
    # exponential backoff of up to five retries."
    for member in belvo.ErrorCode:
        assert member.retryable == (member.value in RETRIED), member
    assert belvo.ErrorCode.too_many_sessions.category is Category.CONCURRENT_OPERATION
    for value in ("institution_down", "institution_inactive", "institution_unavailable"):
        assert belvo.ErrorCode(value).category is Category.INSTITUTION_UNAVAILABLE, value


def test_the_categories_follow_belvos_causes_and_solutions() -> None:
    expected = {
        # "This error occurs when the institution requires MFA to log in."
        "token_required": Category.MFA_REQUIRED,
        # "Ask your user to provide an MFA token through our widget in update mode".
        "unconfirmed_link": Category.MFA_REQUIRED,
        # "the user credentials are no longer valid"; "ask them to generate a new consent";
        # "you'll need to ask the user to re-connect their account".
        "invalid_link": Category.RECONNECT_REQUIRED,
        "consent_without_accounts": Category.RECONNECT_REQUIRED,
        "expired_credentials": Category.RECONNECT_REQUIRED,
        # "Ask the user to first activate their internet banking access".
        "activation_required": Category.ACTION_REQUIRED_AT_INSTITUTION,
        "activation_failed": Category.ACTION_REQUIRED_AT_INSTITUTION,
        # "the user took too long to provide their authentication token".
        "session_expired": Category.SESSION_EXPIRED,
        "session_expired_ob": Category.SESSION_EXPIRED,
        "login_error": Category.CREDENTIALS_INVALID,
        # Belvo's API credentials, a request's fields and formats.
        "authentication_failed": Category.INTEGRATION_ERROR,
        "null": Category.INTEGRATION_ERROR,
        "invalid": Category.INTEGRATION_ERROR,
        "method_not_allowed": Category.INTEGRATION_ERROR,
    }
    for value, category in expected.items():
        assert belvo.ErrorCode(value).category is category, value


#: The errors page's "400 required" example as the Spanish errors page shows it ("Ejemplo de un
#: error 400 de Solicitud Incorrecta"): the list's one error object.
