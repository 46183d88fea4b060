# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.simplefin's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, EndUserWords, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.simplefin")
#: The documents its facts come from, by id.
_S = {
    "simplefin-protocol-v2": Source(
        id="simplefin-protocol-v2",
        kind="repo",
        title="SimpleFIN: protocol.md, version 2 draft with structured error codes (branch error-codes, pull request #31's head)",
        url="https://github.com/simplefin/simplefin.github.com/blob/5b8d85e58a5e592d2856b64a721b282567f00869/protocol.md",
    ),
    "simplefin-protocol-v1": Source(
        id="simplefin-protocol-v1",
        kind="repo",
        title="SimpleFIN: protocol.md, version 1 (master), whose errors are plain strings",
        url="https://github.com/simplefin/simplefin.github.com/blob/0d1524ce4fcb189cd89f7a87135a1aafa3fe2d0a/protocol.md",
    ),
}


def _GeneralError() -> type[CodeEnum]:
    class GeneralError(CodeEnum):
        """General error code: The general codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is gen.. ("Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.") A general error concerns the whole request, no one connection or account. The categories are bankcodes' reading.

        Wire field: errlist[*].code (Account Set, version 2), or code (Error)."""

        gen = "gen."
        gen_api = "gen.api"
        gen_auth = "gen.auth"

    register(
        GeneralError,
        lambda: (
            CodeSetInfo(
                provider="simplefin",
                id="general_error",
                title="General error code",
                description="The general codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is gen.. (\"Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.\") A general error concerns the whole request, no one connection or account. The categories are bankcodes' reading.",
                field="errlist[*].code (Account Set, version 2), or code (Error)",
                own_codes="^gen\\.[a-z0-9_.]+$",
                own_codes_category="generic_failure",
                own_codes_description='A general error code of a subcode the catalog does not list: the protocol asks that it be treated like the naked gen. ("Consumers of the protocol should handle unknown subcodes by falling back to treating the error like a naked `prefix.`.").',
                sources=(_S["simplefin-protocol-v2"],),
            ),
            (
                CodeInfo(
                    value="gen.",
                    description="General error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                    ),
                    page="reference/simplefin/general_error/#gen.",
                ),
                CodeInfo(
                    value="gen.api",
                    description="Error in how the API is being used. This is meant for the developer and not the user.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                    ),
                    page="reference/simplefin/general_error/#gen.api",
                ),
                CodeInfo(
                    value="gen.auth",
                    description="General authentication error (to the SimpleFIN Server)",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/simplefin/general_error/#gen.auth",
                    notes='The protocol\'s example: {"code": "gen.auth", "msg": "No credentials provided"}. A GET /accounts answered 403 is "Authentication failed. This could be because access has been revoked or if the credentials are incorrect.": the app needs a new SimpleFIN Token from the user, claimed for a new Access URL.',
                ),
            ),
        ),
        {},
    )
    return GeneralError


def _ConnectionError() -> type[CodeEnum]:
    class ConnectionError(CodeEnum):
        """Connection error code: The connection-level codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is con.. ("Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.") A connection error carries conn_id, the Connection it concerns (its Extra attributes column): it concerns that connection alone. The categories are bankcodes' reading.

        Wire field: errlist[*].code (Account Set, version 2), or code (Error)."""

        con = "con."
        con_auth = "con.auth"

    register(
        ConnectionError,
        lambda: (
            CodeSetInfo(
                provider="simplefin",
                id="connection_error",
                title="Connection error code",
                description="The connection-level codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is con.. (\"Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.\") A connection error carries conn_id, the Connection it concerns (its Extra attributes column): it concerns that connection alone. The categories are bankcodes' reading.",
                field="errlist[*].code (Account Set, version 2), or code (Error)",
                own_codes="^con\\.[a-z0-9_.]+$",
                own_codes_category="generic_failure",
                own_codes_description='A connection-level error code of a subcode the catalog does not list: the protocol asks that it be treated like the naked con. ("Consumers of the protocol should handle unknown subcodes by falling back to treating the error like a naked `prefix.`.").',
                sources=(_S["simplefin-protocol-v2"],),
            ),
            (
                CodeInfo(
                    value="con.",
                    description="General connection-level error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                    ),
                    page="reference/simplefin/connection_error/#con.",
                ),
                CodeInfo(
                    value="con.auth",
                    description="Authentication issue for a connection",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/simplefin/connection_error/#con.auth",
                    notes='The protocol\'s example: {"code": "con.auth", "msg": "Authentication failed for My Bank - Jim", "conn_id": "CON-21983498-29349823984293842"}. The connection\'s other accounts\' data may be stale; the other connections of the response are not concerned.',
                ),
            ),
        ),
        {},
    )
    return ConnectionError


def _AccountError() -> type[CodeEnum]:
    class AccountError(CodeEnum):
        """Account error code: The account-level codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is act.. ("Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.") An account error carries account_id, the Account it concerns (its Extra attributes column): it concerns that account alone. The categories are bankcodes' reading.

        Wire field: errlist[*].code (Account Set, version 2), or code (Error)."""

        act = "act."
        act_failed = "act.failed"
        act_missingdata = "act.missingdata"

    register(
        AccountError,
        lambda: (
            CodeSetInfo(
                provider="simplefin",
                id="account_error",
                title="Account error code",
                description="The account-level codes of a SimpleFIN error (an Error's code, in the Account Set's errlist: version 2 of the protocol, in draft), those whose prefix is act.. (\"Error codes are in the format `prefix.[subcode]`. Current valid prefixes are `gen`, `con` or `act` indicating General, Connection or Account errors respectively.\") An account error carries account_id, the Account it concerns (its Extra attributes column): it concerns that account alone. The categories are bankcodes' reading.",
                field="errlist[*].code (Account Set, version 2), or code (Error)",
                own_codes="^act\\.[a-z0-9_.]+$",
                own_codes_category="generic_failure",
                own_codes_description='A account-level error code of a subcode the catalog does not list: the protocol asks that it be treated like the naked act. ("Consumers of the protocol should handle unknown subcodes by falling back to treating the error like a naked `prefix.`.").',
                sources=(_S["simplefin-protocol-v2"],),
            ),
            (
                CodeInfo(
                    value="act.",
                    description="General account-level error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                    ),
                    page="reference/simplefin/account_error/#act.",
                ),
                CodeInfo(
                    value="act.failed",
                    description="Failed to get account information. Try again later.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/simplefin/account_error/#act.failed",
                    notes='The protocol\'s example: {"code": "act.failed", "msg": "Failed to get all transactions. Try again later.", "account_id": "ACT-1982398-12398192839182398123"}.',
                    next_step="retry_later",
                    fact_sources={"next_step": ("simplefin-protocol-v2",)},
                ),
                CodeInfo(
                    value="act.missingdata",
                    description="Incomplete transaction listing. Try again later.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["simplefin-protocol-v2"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"],),
                        ),
                    ),
                    page="reference/simplefin/account_error/#act.missingdata",
                    next_step="retry_later",
                    fact_sources={"next_step": ("simplefin-protocol-v2",)},
                ),
            ),
        ),
        {},
    )
    return AccountError


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """Response status: The HTTP status of a response of a SimpleFIN Server, as the protocol's Responses tables of POST /claim/:token and GET /accounts list them (read whole, in versions 1 and 2 alike). The categories are bankcodes' reading.

        Wire field: the HTTP status of a response."""

        OK = 200
        PAYMENT_REQUIRED = 402
        FORBIDDEN = 403

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="simplefin",
                id="response_status",
                title="Response status",
                description="The HTTP status of a response of a SimpleFIN Server, as the protocol's Responses tables of POST /claim/:token and GET /accounts list them (read whole, in versions 1 and 2 alike). The categories are bankcodes' reading.",
                field="the HTTP status of a response",
                sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
            ),
            (
                CodeInfo(
                    value="200",
                    description="Successful response",
                    category=_C.SUCCESS,
                    sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
                        ),
                    ),
                    page="reference/simplefin/response_status/#200",
                ),
                CodeInfo(
                    value="402",
                    description="Payment required",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your SimpleFIN service needs a payment before it can share your accounts.",
                            action="Pay for it on your SimpleFIN service's site, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre service SimpleFIN attend un paiement avant de pouvoir partager vos comptes.",
                            action="Réglez-le sur le site de votre service SimpleFIN, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="تحتاج خدمة SimpleFIN لديك إلى دفعة قبل أن تتمكن من مشاركة حساباتك.",
                            action="ادفع قيمتها على موقع خدمة SimpleFIN لديك، ثم أعد المحاولة.",
                        ),
                        "es": EndUserWords(
                            message="Su servicio SimpleFIN necesita un pago antes de poder compartir sus cuentas.",
                            action="Páguelo en el sitio de su servicio SimpleFIN y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu serviço SimpleFIN precisa de um pagamento antes de poder compartilhar suas contas.",
                            action="Pague no site do seu serviço SimpleFIN e tente de novo.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/simplefin/response_status/#402",
                    notes="GET /accounts. The protocol says no more; the SimpleFIN Bridge is a paid service of the user's.",
                ),
                CodeInfo(
                    value="403",
                    description="Authentication failed.  This could be because access has been revoked or if the credentials are incorrect.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["simplefin-protocol-v2"], _S["simplefin-protocol-v1"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/simplefin/response_status/#403",
                    notes="GET /accounts. From POST /claim/:token, a 403 says: \"The claim token either does not exist or has already been used claimed by someone else.  Receiving this could mean that the user's transaction information has been compromised.\" The protocol's checklist asks that an app, when claiming an Access URL fails, notify the customer that the token may be compromised so they can disable the token.",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in ("GeneralError", "ConnectionError", "AccountError", "ResponseStatus")
    )
