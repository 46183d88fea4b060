# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.bridge's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.bridge")
#: The documents its facts come from, by id.
_S = {
    "bridge-docs-v2019-item-resource": Source(
        id="bridge-docs-v2019-item-resource",
        kind="doc",
        title="Bridge docs v2019.02.18: Item resource",
        url="https://docs.bridgeapi.io/v2019.02.18/docs/item-resource",
        read_in_part="A stored copy of the page from its start through the field table and the list of item status codes (to its last row, 1100) to the first lines of the example item resource; the rest of the example and of the page was not read.",
    ),
    "bridge-docs-item-resource": Source(
        id="bridge-docs-item-resource",
        kind="doc",
        title="Bridge docs: Item resource",
        url="https://docs.bridgeapi.io/docs/item-resource",
        read_in_part="A stored copy of the page from its start through the field table, the list of item status codes (which has no 430 row) and the example item resource; whether the page goes on after the example was not seen.",
    ),
    "bridge-docs-basics": Source(
        id="bridge-docs-basics",
        kind="doc",
        title="Bridge docs (v3): API basics",
        url="https://docs.bridgeapi.io/docs/basics",
        read_in_part='A stored copy of the page from its start through the HTTP status codes, the Errors fields and example, and the rate limits, cut in Raising the rate limit ("For large applications, the rate li"); the rest of the page was not read.',
    ),
    "bridge-docs-v2019-api-responses": Source(
        id="bridge-docs-v2019-api-responses",
        kind="doc",
        title="Bridge docs v2019.2.18: API responses",
        url="https://docs.bridgeapi.io/v2019.2.18/docs/api-responses",
        read_in_part="A stored copy of the page from its start through the status codes, the Errors fields and their example; whether the page goes on after the example was not seen.",
    ),
    "bridge-docs-webhooks-events": Source(
        id="bridge-docs-webhooks-events",
        kind="doc",
        title="Bridge docs: Webhooks events",
        url="https://docs.bridgeapi.io/docs/webhooks-events",
        read_in_part="A stored copy of the page from its start through the list of events, the User deleted and Item created examples, and the start of Item refreshed (its example cut); the other events' examples and types were not read.",
    ),
    "bridge-docs-v2019-webhooks-events": Source(
        id="bridge-docs-v2019-webhooks-events",
        kind="doc",
        title="Bridge docs v2019.2.18: Webhooks events",
        url="https://docs.bridgeapi.io/v2019.2.18/docs/webhooks-events",
        read_in_part="A stored copy of the page from its start through the Item created and Account created examples and the start of Account updated (its example cut before its type); the fourth event was not read.",
    ),
    "bridge-docs-sca": Source(
        id="bridge-docs-sca",
        kind="doc",
        title="Bridge docs: Strong Customer Authentication",
        url="https://docs.bridgeapi.io/docs/strong-customer-authentication-2025.md",
        read_in_part="A stored copy of the page's Markdown from its start through the 180-day callout and the two signs that an item needs a refresh with SCA, cut in the second; the rest of the page was not read.",
    ),
    "bridge-sylius-client": Source(
        id="bridge-sylius-client",
        kind="repo",
        title="Bridge: Plugin-Sylius-Bridge src/Client/BridgePaymentApiClient.php, the webhook event types it handles",
        url="https://github.com/BridgeAPI-Io/Plugin-Sylius-Bridge/blob/b17cdf4b8c75795c9403d1dd62f13e910d7e44f1/src/Client/BridgePaymentApiClient.php",
        read_in_part="Lines 1 to 60 (the event type constants and the endpoints); the rest of the file was not read.",
    ),
    "bridge-docs-items-status": Source(
        id="bridge-docs-items-status",
        kind="doc",
        title="Bridge docs: Items statuses",
        url="https://docs.bridgeapi.io/docs/items-status",
        read_in_part="A stored copy of the page (its status_code_info in lower case) from its start through the Status table and the status_code_info table's 402 row, cut in its 429 row after account_to_activate; the rest of that row, the rows after it and the rest of the page were not read.",
    ),
    "bridge-docs-v2019-items-status": Source(
        id="bridge-docs-v2019-items-status",
        kind="doc",
        title="Bridge docs v2019.02.18: Items status",
        url="https://docs.bridgeapi.io/v2019.02.18/docs/items-status",
        read_in_part="A stored copy of the page from its start through the status list, the 402 list of status_code_info and the 429 list to UNLOCK_OTP_IN_APP, cut after it; the rest of the 429 list and of the page was not read.",
    ),
    "bridge-support-402": Source(
        id="bridge-support-402",
        kind="doc",
        title="Bridge help center: 402 status",
        url="https://support.bridgeapi.io/hc/en-150/articles/4404459193362-402-status",
    ),
    "bridge-support-429": Source(
        id="bridge-support-429",
        kind="doc",
        title="Bridge help center: 429 status",
        url="https://support.bridgeapi.io/hc/en-150/articles/4404466017682-429-status",
    ),
}


def _ItemStatus() -> type[NumericCodeEnum]:
    class ItemStatus(NumericCodeEnum):
        """Item status: The status of an item, a connection to a bank with a set of the user's credentials (item.status, an integer). Its values look like HTTP statuses (402, 429) but are not: they are the item's states, read in this set alone. Each code's text is today's Items statuses page's; its name is the Status column of the v2019.02.18 list of item status codes (today's pages have no such column).

        Wire field: status of an item (an integer)."""

        ok = 0
        just_added = -2
        just_edited = -3
        login_failed = 402
        needs_human_action = 429
        needs_password_rotation = 430
        could_not_refresh = 1003
        not_supported = 1005
        disabled_temporarily = 1007
        incomplete = 1009
        needs_manual_refresh = 1010
        migration = 1099
        pro_account_locked = 1100

    register(
        ItemStatus,
        lambda: (
            CodeSetInfo(
                provider="bridge",
                id="item_status",
                title="Item status",
                description="The status of an item, a connection to a bank with a set of the user's credentials (item.status, an integer). Its values look like HTTP statuses (402, 429) but are not: they are the item's states, read in this set alone. Each code's text is today's Items statuses page's; its name is the Status column of the v2019.02.18 list of item status codes (today's pages have no such column).",
                field="status of an item (an integer)",
                states=True,
                sources=(
                    _S["bridge-docs-items-status"],
                    _S["bridge-docs-v2019-item-resource"],
                    _S["bridge-docs-item-resource"],
                ),
            ),
            (
                CodeInfo(
                    value="0",
                    description="Everything is awesome.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#0",
                ),
                CodeInfo(
                    value="-2",
                    description="The item was recently added, and the item's refresh is in progress.",
                    category=_C.PENDING,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#just_added",
                ),
                CodeInfo(
                    value="-3",
                    description="The credentials were recently updated, and the item's refresh is in progress.",
                    category=_C.PENDING,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#just_edited",
                ),
                CodeInfo(
                    value="402",
                    description="Wrong credentials were provided.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/item_status/#402",
                    notes="An item's status, not HTTP's 402 Payment Required.",
                ),
                CodeInfo(
                    value="429",
                    description="An action from the user is required within the online banking of the user. This can occur when the user needs to accept new Terms of Service, change their credentials, or when it's their first time connecting to the bank's website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/item_status/#429",
                    notes="An item's status, not HTTP's 429 Too Many Requests.",
                ),
                CodeInfo(
                    value="430",
                    description="The User needs to log onto his bank's website to change his password.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-item-resource"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-v2019-item-resource"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/item_status/#430",
                    notes="In the v2019.02.18 list; today's Items statuses and Item resource pages list no 430.",
                ),
                CodeInfo(
                    value="1003",
                    description="Couldn't refresh the item; please try again.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#1003",
                    state="degraded",
                    state_reason="The last refresh failed; Bridge says to try again.",
                ),
                CodeInfo(
                    value="1005",
                    description="Account not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#1005",
                    state="degraded",
                    state_reason="bankcodes' reading: Bridge cannot refresh this account.",
                ),
                CodeInfo(
                    value="1007",
                    description="Refreshing the item is temporarily disabled.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#1007",
                ),
                CodeInfo(
                    value="1009",
                    description="The account balance has changed, but no new transactions were found. This can happen with stock or life insurance accounts.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#1009",
                ),
                CodeInfo(
                    value="1010",
                    description="The item wasn't refreshed successfully because it required a Multi-Factor Authentication (MFA) or One-Time Password (OTP) that wasn't provided.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                        _S["bridge-docs-sca"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/item_status/#1010",
                    notes='The Strong Customer Authentication page: an item that needs a refresh with SCA "will have a specific status : 1010"; it is refreshed through a Connect Session with the item\'s id.',
                ),
                CodeInfo(
                    value="1099",
                    description="The item is being migrated to another bank.",
                    category=_C.PENDING,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#1099",
                ),
                CodeInfo(
                    value="1100",
                    description="Pro accounts have been detected on this Item and it needs validation. Otherwise the data will be obfuscated.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-item-resource"],
                        _S["bridge-docs-item-resource"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-items-status"],),
                        ),
                    ),
                    page="reference/bridge/item_status/#1100",
                ),
            ),
        ),
        {},
    )
    return ItemStatus


def _StatusCodeInfo() -> type[CodeEnum]:
    class StatusCodeInfo(CodeEnum):
        """Item status detail: A detail of an item's status (item.status_code_info), with its text in status_code_description. The Items statuses page lists the details of each status; its copy read gives the 402 list whole and the 429 list in part, the rest of the 429 list coming from the v2019.02.18 page and Bridge's help center (which gives each its meaning). Today's page spells them in lower case, the older ones in upper case: a code whose lower-case spelling was read holds the other as its alias.

        Wire field: status_code_info of an item."""

        otp_required = "otp_required"
        BANK_IS_DOWN = "BANK_IS_DOWN"
        ok = "ok"
        invalid_creds = "invalid_creds"
        wrong_id = "wrong_id"
        wrong_id_format = "wrong_id_format"
        wrong_pwd = "wrong_pwd"
        wrong_pwd_format = "wrong_pwd_format"
        wrong_pwd2 = "wrong_pwd2"
        wrong_pwd2_format = "wrong_pwd2_format"
        account_temporarily_blocked = "account_temporarily_blocked"
        account_blocked = "account_blocked"
        account_blocked_contact_bank = "account_blocked_contact_bank"
        tos_to_validate = "tos_to_validate"
        contract_to_sign = "contract_to_sign"
        inactive_creds = "inactive_creds"
        account_to_activate = "account_to_activate"
        PHONE_NB_TO_CONFIRM = "PHONE_NB_TO_CONFIRM"
        INFORMATION_TO_REVIEW = "INFORMATION_TO_REVIEW"
        SMTH_TO_VALIDATE = "SMTH_TO_VALIDATE"
        OTP_REGISTRATION_TO_DO = "OTP_REGISTRATION_TO_DO"
        KYC_TO_FILL = "KYC_TO_FILL"
        AMLCFT_DATA_TO_CONFIRM = "AMLCFT_DATA_TO_CONFIRM"
        PHONE_NB_TO_SET = "PHONE_NB_TO_SET"
        PERSO_DATA_TO_CONFIRM = "PERSO_DATA_TO_CONFIRM"
        FORM_TO_FILL = "FORM_TO_FILL"
        READONLY_ACCESS_TO_CREATE = "READONLY_ACCESS_TO_CREATE"
        CANNOT_ACCESS_SERVICES = "CANNOT_ACCESS_SERVICES"
        NO_ONLINE_ACCESS = "NO_ONLINE_ACCESS"
        CREDS_UPDATE_MESSAGE = "CREDS_UPDATE_MESSAGE"
        UNLOCK_OTP_IN_APP = "UNLOCK_OTP_IN_APP"
        INACTIVE_CREDS_CONTACT_BANK = "INACTIVE_CREDS_CONTACT_BANK"
        ACCOUNT_TO_REACTIVATE = "ACCOUNT_TO_REACTIVATE"
        OTP_REQUIRED_BANK = "OTP_REQUIRED_BANK"
        NO_ACCESS_CONTACT_BANK = "NO_ACCESS_CONTACT_BANK"
        EXPIRED_ID_CONTACT_BANK = "EXPIRED_ID_CONTACT_BANK"
        UNLOCK_OTP_IN_WEB = "UNLOCK_OTP_IN_WEB"
        CONTACT_BANK = "CONTACT_BANK"
        PWD_RENEWAL = "PWD_RENEWAL"

    register(
        StatusCodeInfo,
        lambda: (
            CodeSetInfo(
                provider="bridge",
                id="status_code_info",
                title="Item status detail",
                description="A detail of an item's status (item.status_code_info), with its text in status_code_description. The Items statuses page lists the details of each status; its copy read gives the 402 list whole and the 429 list in part, the rest of the 429 list coming from the v2019.02.18 page and Bridge's help center (which gives each its meaning). Today's page spells them in lower case, the older ones in upper case: a code whose lower-case spelling was read holds the other as its alias.",
                field="status_code_info of an item",
                sources=(
                    _S["bridge-docs-items-status"],
                    _S["bridge-docs-v2019-items-status"],
                    _S["bridge-support-402"],
                    _S["bridge-support-429"],
                    _S["bridge-docs-item-resource"],
                    _S["bridge-docs-sca"],
                ),
            ),
            (
                CodeInfo(
                    value="otp_required",
                    description="The item needs a refresh with Strong Customer Authentication.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["bridge-docs-sca"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="message", by="provider", sources=(_S["bridge-docs-sca"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#otp_required",
                    editorial=True,
                    message="Please enter the strong authentication (SMS, notifications,",
                    notes='The SCA page names its text as a second status_code_info (status_code_description, as the Item resource page calls the text field); the copy read stops inside the text: "Please enter the strong authentication (SMS, notifications,".',
                ),
                CodeInfo(
                    value="BANK_IS_DOWN",
                    description="The bank's interface cannot be reached for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["bridge-docs-item-resource"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["bridge-docs-item-resource"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#BANK_IS_DOWN",
                    editorial=True,
                    message="Your bank's interface is down for now.",
                    notes="The example item resource's detail, with status 1003 and this status_code_description.",
                ),
                CodeInfo(
                    value="ok",
                    description="The item is ok: the Item refreshed webhook's example gives it beside status_code 0.",
                    category=_C.SUCCESS,
                    sources=(_S["bridge-docs-webhooks-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/bridge/status_code_info/#ok",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_creds",
                    description="Credentials are invalid.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#invalid_creds",
                    aliases=("INVALID_CREDS",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, INVALID_CREDS.",
                ),
                CodeInfo(
                    value="wrong_id",
                    description="User ID is invalid .",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#wrong_id",
                    aliases=("WRONG_ID",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, WRONG_ID.",
                ),
                CodeInfo(
                    value="wrong_id_format",
                    description="User ID format is not correct.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#wrong_id_format",
                    aliases=("WRONG_ID_FORMAT",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, WRONG_ID_FORMAT.",
                ),
                CodeInfo(
                    value="wrong_pwd",
                    description="Password is invalid.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#wrong_pwd",
                    aliases=("WRONG_PWD",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, WRONG_PWD.",
                ),
                CodeInfo(
                    value="wrong_pwd_format",
                    description="Password format is not correct.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#wrong_pwd_format",
                    aliases=("WRONG_PWD_FORMAT",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, WRONG_PWD_FORMAT.",
                ),
                CodeInfo(
                    value="wrong_pwd2",
                    description="Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a meaning of its own.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#wrong_pwd2",
                    editorial=True,
                    aliases=("WRONG_PWD2",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, WRONG_PWD2.",
                ),
                CodeInfo(
                    value="wrong_pwd2_format",
                    description="Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a meaning of its own.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["bridge-docs-items-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="login_failed",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#wrong_pwd2_format",
                    editorial=True,
                    aliases=("WRONG_PWD2_FORMAT",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, WRONG_PWD2_FORMAT.",
                ),
                CodeInfo(
                    value="account_temporarily_blocked",
                    description="Due to several unsuccessful login attempts, the bank has temporarily blocked the user access.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#account_temporarily_blocked",
                    aliases=("ACCOUNT_TEMPORARILY_BLOCKED",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, ACCOUNT_TEMPORARILY_BLOCKED.",
                ),
                CodeInfo(
                    value="account_blocked",
                    description="Due to several unsuccessful login attempts, the bank has blocked the user access.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#account_blocked",
                    aliases=("ACCOUNT_BLOCKED",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, ACCOUNT_BLOCKED.",
                ),
                CodeInfo(
                    value="account_blocked_contact_bank",
                    description="Due to several unsuccessful login attempts, the bank has blocked the user access.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["bridge-docs-items-status"], _S["bridge-support-402"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="login_failed",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-402"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#account_blocked_contact_bank",
                    aliases=("ACCOUNT_BLOCKED_CONTACT_BANK",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, ACCOUNT_BLOCKED_CONTACT_BANK.",
                ),
                CodeInfo(
                    value="tos_to_validate",
                    description="Terms of service to validate on bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-items-status"],
                        _S["bridge-support-429"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#tos_to_validate",
                    aliases=("TOS_TO_VALIDATE",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, TOS_TO_VALIDATE.",
                ),
                CodeInfo(
                    value="contract_to_sign",
                    description="Terms of service to validate on bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-items-status"],
                        _S["bridge-support-429"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#contract_to_sign",
                    aliases=("CONTRACT_TO_SIGN",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, CONTRACT_TO_SIGN.",
                ),
                CodeInfo(
                    value="inactive_creds",
                    description="Access have been deactivated by the bank (account close, ...).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-items-status"],
                        _S["bridge-support-429"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#inactive_creds",
                    aliases=("INACTIVE_CREDS",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, INACTIVE_CREDS.",
                ),
                CodeInfo(
                    value="account_to_activate",
                    description="User has to log in on its bank website for the first time.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["bridge-docs-items-status"],
                        _S["bridge-docs-v2019-items-status"],
                        _S["bridge-support-429"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#account_to_activate",
                    aliases=("ACCOUNT_TO_ACTIVATE",),
                    notes="Today's Items statuses page spells it in lower case; its older pages and Bridge's help center, ACCOUNT_TO_ACTIVATE.",
                ),
                CodeInfo(
                    value="PHONE_NB_TO_CONFIRM",
                    description="User phone number needs to be set or confirmed on bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#PHONE_NB_TO_CONFIRM",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="INFORMATION_TO_REVIEW",
                    description="an action is required on the bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#INFORMATION_TO_REVIEW",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="SMTH_TO_VALIDATE",
                    description="an action is required on the bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#SMTH_TO_VALIDATE",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="OTP_REGISTRATION_TO_DO",
                    description="User has to connect to bank to perform OTP registration.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#OTP_REGISTRATION_TO_DO",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="KYC_TO_FILL",
                    description="Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#KYC_TO_FILL",
                    editorial=True,
                    notes="Spelled as the v2019.02.18 Items status page spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="AMLCFT_DATA_TO_CONFIRM",
                    description="Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#AMLCFT_DATA_TO_CONFIRM",
                    editorial=True,
                    notes="Spelled as the v2019.02.18 Items status page spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="PHONE_NB_TO_SET",
                    description="User phone number needs to be set or confirmed on bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#PHONE_NB_TO_SET",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="PERSO_DATA_TO_CONFIRM",
                    description="User is required to update or validate its personal data on its bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#PERSO_DATA_TO_CONFIRM",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="FORM_TO_FILL",
                    description="User has to fill a form on its bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#FORM_TO_FILL",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="READONLY_ACCESS_TO_CREATE",
                    description="Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#READONLY_ACCESS_TO_CREATE",
                    editorial=True,
                    notes="Spelled as the v2019.02.18 Items status page spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="CANNOT_ACCESS_SERVICES",
                    description="User does not have access to the bank service.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#CANNOT_ACCESS_SERVICES",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="NO_ONLINE_ACCESS",
                    description="User does not have access to the bank service.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#NO_ONLINE_ACCESS",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="CREDS_UPDATE_MESSAGE",
                    description="User has to update its credentials on its bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#CREDS_UPDATE_MESSAGE",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="UNLOCK_OTP_IN_APP",
                    description="User has to unlock SCA OTP through its bank interface (mobile app or web).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-docs-v2019-items-status"], _S["bridge-support-429"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#UNLOCK_OTP_IN_APP",
                    notes="Spelled as the v2019.02.18 Items status page and Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="INACTIVE_CREDS_CONTACT_BANK",
                    description="Access have been deactivated by the bank (account close, ...).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#INACTIVE_CREDS_CONTACT_BANK",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="ACCOUNT_TO_REACTIVATE",
                    description="User has to log in on its bank website for the first time.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#ACCOUNT_TO_REACTIVATE",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="OTP_REQUIRED_BANK",
                    description="A Strong Customer Authentication is required on the bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#OTP_REQUIRED_BANK",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="NO_ACCESS_CONTACT_BANK",
                    description="User does not have access to the bank service.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#NO_ACCESS_CONTACT_BANK",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="EXPIRED_ID_CONTACT_BANK",
                    description="User does not have access to the bank service.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#EXPIRED_ID_CONTACT_BANK",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="UNLOCK_OTP_IN_WEB",
                    description="User has to unlock SCA OTP through its bank interface (mobile app or web).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#UNLOCK_OTP_IN_WEB",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="CONTACT_BANK",
                    description="User has to contact its bank adviser.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#CONTACT_BANK",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
                CodeInfo(
                    value="PWD_RENEWAL",
                    description="User has to renew its password on the bank website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["bridge-support-429"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="needs_human_action",
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["bridge-support-429"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/status_code_info/#PWD_RENEWAL",
                    notes="Spelled as Bridge's help center spell it: the copy read of today's Items statuses page (lower case) stops before it.",
                ),
            ),
        ),
        {
            "INVALID_CREDS": "invalid_creds",
            "WRONG_ID": "wrong_id",
            "WRONG_ID_FORMAT": "wrong_id_format",
            "WRONG_PWD": "wrong_pwd",
            "WRONG_PWD_FORMAT": "wrong_pwd_format",
            "WRONG_PWD2": "wrong_pwd2",
            "WRONG_PWD2_FORMAT": "wrong_pwd2_format",
            "ACCOUNT_TEMPORARILY_BLOCKED": "account_temporarily_blocked",
            "ACCOUNT_BLOCKED": "account_blocked",
            "ACCOUNT_BLOCKED_CONTACT_BANK": "account_blocked_contact_bank",
            "TOS_TO_VALIDATE": "tos_to_validate",
            "CONTRACT_TO_SIGN": "contract_to_sign",
            "INACTIVE_CREDS": "inactive_creds",
            "ACCOUNT_TO_ACTIVATE": "account_to_activate",
        },
    )
    return StatusCodeInfo


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Bridge API response, as the API basics page (v3) and the v2019 API responses page list them, in the same words. The categories are bankcodes' reading.

        Wire field: the HTTP status of an API response."""

        OK = 200
        CREATED = 201
        ACCEPTED = 202
        NO_CONTENT = 204
        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        CONFLICT = 409
        UNSUPPORTED_MEDIA_TYPE = 415
        UNPROCESSABLE_ENTITY = 422
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="bridge",
                id="response_status",
                title="API response status",
                description="The HTTP status of a Bridge API response, as the API basics page (v3) and the v2019 API responses page list them, in the same words. The categories are bankcodes' reading.",
                field="the HTTP status of an API response",
                sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
            ),
            (
                CodeInfo(
                    value="200",
                    description="Successful request.",
                    category=_C.SUCCESS,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#200",
                ),
                CodeInfo(
                    value="201",
                    description="New resource created.",
                    category=_C.SUCCESS,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#201",
                ),
                CodeInfo(
                    value="202",
                    description="The request has been accepted for processing, but the processing has not been completed.",
                    category=_C.PENDING,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#202",
                ),
                CodeInfo(
                    value="204",
                    description="Resource deleted.",
                    category=_C.SUCCESS,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#204",
                ),
                CodeInfo(
                    value="400",
                    description="The request is malformed. Check the parameters or the syntax.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="Couldn’t authenticate the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#401",
                ),
                CodeInfo(
                    value="403",
                    description="The request is not allowed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="No such resource.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#404",
                ),
                CodeInfo(
                    value="409",
                    description="The resource already exists.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#409",
                ),
                CodeInfo(
                    value="415",
                    description="The resource requires Content-Type: application/json header and a JSON body.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#415",
                ),
                CodeInfo(
                    value="422",
                    description="The provided JSON is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#422",
                ),
                CodeInfo(
                    value="429",
                    description="Too many requests hit the API too quickly. See Rate limits.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#429",
                ),
                CodeInfo(
                    value="500",
                    description="Something went wrong on our end (these are rare).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["bridge-docs-basics"], _S["bridge-docs-v2019-api-responses"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["bridge-docs-basics"],
                                _S["bridge-docs-v2019-api-responses"],
                            ),
                        ),
                    ),
                    page="reference/bridge/response_status/#500",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of a Bridge API (v3) error body, {code, property, message}. The list of codes was not read: the one here is the API basics page's example.

        Wire field: code of an API error body."""

        invalid_client_credentials = "invalid_client_credentials"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="bridge",
                id="error_code",
                title="API error code",
                description="The code of a Bridge API (v3) error body, {code, property, message}. The list of codes was not read: the one here is the API basics page's example.",
                field="code of an API error body",
                sources=(_S["bridge-docs-basics"],),
            ),
            (
                CodeInfo(
                    value="invalid_client_credentials",
                    description="The application's client_id and client_secret were not accepted.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-basics"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message", by="provider", sources=(_S["bridge-docs-basics"],)
                        ),
                    ),
                    page="reference/bridge/error_code/#invalid_client_credentials",
                    editorial=True,
                    message="client_id and client_secret are invalid",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _ErrorType() -> type[CodeEnum]:
    class ErrorType(CodeEnum):
        """API error type (v2019): The machine-readable type of a Bridge API error body of version 2019.2.18, {type, message, documentation_url}. The list of types was not read: the one here is the API responses page's example.

        Wire field: type of an API error body (v2019.2.18)."""

        conflict = "conflict"

    register(
        ErrorType,
        lambda: (
            CodeSetInfo(
                provider="bridge",
                id="error_type",
                title="API error type (v2019)",
                description="The machine-readable type of a Bridge API error body of version 2019.2.18, {type, message, documentation_url}. The list of types was not read: the one here is the API responses page's example.",
                field="type of an API error body (v2019.2.18)",
                sources=(_S["bridge-docs-v2019-api-responses"],),
            ),
            (
                CodeInfo(
                    value="conflict",
                    description="The resource already exists (the example's message: a user that already exists).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["bridge-docs-v2019-api-responses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["bridge-docs-v2019-api-responses"],),
                            cause="The resource already exists.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/bridge/error_type/#conflict",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ErrorType


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: What a webhook is about (its type). Only the types whose wire value was read are here: the current Webhooks events page also lists an item deleted and an account created, updated or deleted, whose type strings the copies read do not show.

        Wire field: type of a webhook."""

        user_deleted = "user.deleted"
        item_created = "item.created"
        item_refreshed = "item.refreshed"
        ITEM_CREATED = "ITEM_CREATED"
        ACCOUNT_CREATED = "ACCOUNT_CREATED"
        payment_transaction_updated = "payment.transaction.updated"
        TEST_EVENT = "TEST_EVENT"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="bridge",
                id="webhook_type",
                title="Webhook type",
                description="What a webhook is about (its type). Only the types whose wire value was read are here: the current Webhooks events page also lists an item deleted and an account created, updated or deleted, whose type strings the copies read do not show.",
                field="type of a webhook",
                sources=(
                    _S["bridge-docs-webhooks-events"],
                    _S["bridge-docs-v2019-webhooks-events"],
                    _S["bridge-sylius-client"],
                ),
            ),
            (
                CodeInfo(
                    value="user.deleted",
                    description="This event is triggered on user deletion (for example on GPDR automation).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-docs-webhooks-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-webhooks-events"],),
                        ),
                    ),
                    page="reference/bridge/webhook_type/#user.deleted",
                ),
                CodeInfo(
                    value="item.created",
                    description='This event is triggered at the very beginning of an item creation, when users enter their credentials in Bridge Connect and then click on "Add your account".',
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-docs-webhooks-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-webhooks-events"],),
                        ),
                    ),
                    page="reference/bridge/webhook_type/#item.created",
                ),
                CodeInfo(
                    value="item.refreshed",
                    description="Each time an item is refreshed, this event is triggered. You can use it to check if an item's status has changed, or to know right after a refresh that an item is now in error.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-docs-webhooks-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-webhooks-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/webhook_type/#item.refreshed",
                    notes="Its content carries the item's status after the refresh (status_code, an item status, and status_code_info), which decides before the type.",
                ),
                CodeInfo(
                    value="ITEM_CREATED",
                    description='This event is triggered at the very beginning of an item creation, when users enter their credentials in Bridge Connect and then click on "Add your account".',
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-docs-v2019-webhooks-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-v2019-webhooks-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/webhook_type/#ITEM_CREATED",
                    notes="The type of version 2019.2.18.",
                ),
                CodeInfo(
                    value="ACCOUNT_CREATED",
                    description="This event is triggered when we detect a new account on an item.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-docs-v2019-webhooks-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["bridge-docs-v2019-webhooks-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/webhook_type/#ACCOUNT_CREATED",
                    notes="The type of version 2019.2.18.",
                ),
                CodeInfo(
                    value="payment.transaction.updated",
                    description="A payment transaction's status changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-sylius-client"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/webhook_type/#payment.transaction.updated",
                    editorial=True,
                    notes="Bridge's Sylius plugin handles it (WEBHOOK_PAYMENT_TRANSACTION_UPDATED_EVENT) and reads content.status and content.client_reference.",
                ),
                CodeInfo(
                    value="TEST_EVENT",
                    description="The test event sent from the dashboard.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["bridge-sylius-client"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/bridge/webhook_type/#TEST_EVENT",
                    editorial=True,
                    notes="Bridge's Sylius plugin handles it as WEBHOOK_TEST_EVENT.",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ItemStatus",
            "StatusCodeInfo",
            "ResponseStatus",
            "ErrorCode",
            "ErrorType",
            "WebhookType",
        )
    )
