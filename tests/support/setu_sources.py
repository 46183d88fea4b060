"""Setu Account Aggregator's statuses, error codes and notification bodies as Setu publishes
them, typed from its sources: SetuHQ/docs at b658beecd43d88d92552de0be08d62e51a52c8b3, its
OpenAPI file of the AA Gateway v2 (api-references/data/account-aggregator.json) and its pages
under content/data/account-aggregator/ (api-integration/notifications.mdx, consent-object.mdx,
data-apis.mdx). Its facts' tests (tests/catalog/test_setu_facts.py) and drift's
(test_setu_drift.py) read them; none is copied from the catalog."""

from __future__ import annotations

from typing import Any

#: account-aggregator.json, components/schemas/ConsentResponseV2/properties/status/enum
#: (lines 3501-3510), in its order.
CONSENT_STATUS = [
    "PENDING", "INITIATED", "FAILED", "ACTIVE", "PAUSED", "REVOKED", "EXPIRED", "REJECTED",
]  # fmt: skip
#: Its description (line 3511), whose second sentence the catalog quotes for INITIATED.
CONSENT_STATUS_DESCRIPTION = (
    "Surrogate status for this consent. INITIATED status is returned only for bank selection "
    "flow when user needs to select FIP before consent creation."
)
#: FIDataFetchResponseV2/properties/status/enum (lines 1007-1014).
DATA_SESSION_STATUS = ["ACTIVE", "PENDING", "COMPLETED", "EXPIRED", "FAILED", "PARTIAL"]
#: FIPResponseObject/properties/status/enum (lines 4205-4209).
FIP_STATUS = ["ACTIVE", "INACTIVE", "TEMPORARILY_INACTIVE"]
#: DataRefreshSuccessResponse/properties/status/enum (lines 917-921).
DATA_REFRESH_STATUS = ["pending", "completed", "failed"]

#: notifications.mdx, lines 29-36: Consent status | Explanation.
CONSENT_TABLE = {
    "PENDING": "The consent has been created and customer action is awaited",
    "ACTIVE": "Customer has approved the consent",
    "REJECTED": "Customer has rejected consent",
    "REVOKED": "Customer has revoked consent which was previously approved",
    "PAUSED": "Customer has paused a previously approved consent",
    "EXPIRED": "The consent has expired",
}
#: notifications.mdx, lines 179-185: Individual account FI status | Explanation.
FI_TABLE = {
    "PENDING": "FIP has received the account data request",
    "READY": "FIP is ready with the requested account data",
    "DELIVERED": "FIP has delivered the requested account data",
    "TIMEOUT": "The account data request to the FIP has timed out",
    "DENIED": "FIP has denied sharing the requested account data",
}
#: notifications.mdx, lines 189-195: Combined data session status (code marks left out).
SESSION_TABLE = {
    "PENDING": "Individual account FI status of all accounts in the data session are in "
    "PENDING status. Data fetch for this data session cannot be initiated yet.",
    "PARTIAL": "One or more accounts have individual FI account status as READY but the "
    "remaining have status as FAILED/TIMEOUT. Data fetch for this data session can be "
    "initiated. However, only data from READY accounts can be fetched.",
    "COMPLETED": "Individual account FI status of all accounts is READY. Data fetch can be "
    "initiated for this data session.",
    "EXPIRED": "Data session has expired, irrespective of individual account FI statuses. No "
    "further fetches can happen for this data session.",
    "FAILED": "Data session has failed, irrespective of individual account FI statuses. Retry "
    "by creating a new data session.",
}
#: notifications.mdx, lines 151-161: Error Code | Error Message | Meaning.
CONSENT_ERRORS = [
    ("UserCancelled", "cancel_not_understand", "I do not understand what is happening"),
    ("UserCancelled", "cancel_will_share_later", "I will share my data later"),
    ("UserCancelled", "cancel_not_want_to_share", "I do not want to share my data with FIU"),
    ("UserRejected", "reject_not_understand", "I do not understand why my data is being requested"),
    ("UserRejected", "reject_not_want_to_share", "I do not want to share my data with FIU"),
    ("UserRejected", "reject_accounts_not_found", "I could not find my accounts"),
    ("UserRejected", "reject_other", "For other reasons"),
    ("NoFIPAccountsDiscovered", "no_fip_accounts_found", "No fip accounts discovered"),
    ("FIPDenied", "FIP_DENIED_CONSENT", "FIP denied your consent"),
]
#: data-apis.mdx, lines 586-644: the Auto-Fetch FAIL tab's Error codes | Error messages.
AUTO_FETCH_ERRORS = {
    "InvalidConsentUse": "Consent fetch frequency exceeded",
    "InvalidConsentStatus": "Consent for which data fetch has been requested has expired",
    "SessionExpired": "Session to fetch data for a session ID has expired",
    "ConsentRevoked": "Consent for which data fetch has been requested has been revoked",
    "UpstreamServerDown": "Received 500 from upstream AA",
    "DataFetchFailure": "Failed to fetch data after multiple retry attempts due to upstream errors",
}

#: notifications.mdx, lines 80-91 (the UserCancelled tab), verbatim.
USER_CANCELLED: dict[str, Any] = {
    "success": False,
    "error": {"code": "UserCancelled", "message": "cancel_not_understand"},
    "data": None,
    "consentId": "72cb6cb8-c248-4b88-9282-18262fbdfbc2",
    "notificationId": "66d5fef5-d5f3-48f6-afe7-1e82ac952ecb",
    "timestamp": "2024-01-29T07:28:24.547Z",
    "type": "CONSENT_STATUS_UPDATE",
}
#: consent-object.mdx, lines 340-352 (Failure Notification Payload), verbatim.
CREATION_FAILURE: dict[str, Any] = {
    "success": False,
    "error": {
        "code": "ConsentObjectCreationFailure",
        "message": "Internal server error occurred while fetching consent details from upstream AA",
    },
    "data": None,
    "consentId": "<<consentId>>",
    "notificationId": "<<notificationId>>",
    "timestamp": "2024-01-29T07:28:24.547Z",
    "type": "CONSENT_STATUS_UPDATE",
}
#: notifications.mdx, lines 202-226 (FI Notification Payload), its two comments left out.
FI_NOTIFICATION: dict[str, Any] = {
    "data": {
        "status": "COMPLETED",
        "fips": [
            {
                "accounts": [
                    {
                        "FIStatus": "READY",
                        "description": "fi status description not found from FIP",
                        "linkRefNumber": "e4b27e62-e41a-42c0-a5b3-0a5542b25ddf",
                    }
                ],
                "fipID": "setu-fip",
            }
        ],
        "format": "json",
    },
    "timestamp": "2023-04-03T09:20:53.424Z",
    "dataSessionId": "32d40afc-4795-495d-8ca4-d817d730e5b5",
    "success": True,
    "type": "SESSION_STATUS_UPDATE",
    "error": None,
    "consentId": "c16cc10e-eae3-4277-96e1-64c0ed21c53e",
}
#: data-apis.mdx, lines 573-584 (Auto fetch FAIL tab), its request line left out.
FI_DATA_FAILED: dict[str, Any] = {
    "type": "FI_DATA_FAILED",
    "timestamp": "2023-08-28T17:12:51.521Z",
    "consentId": "af43608a-ed6e-4c65-9745-0386ba5fd91b",
    "success": True,
    "data": None,
    "error": {"code": "InvalidConsentUse", "message": "Consent fetch frequency exceeded"},
}
#: consent-flow.mdx, lines 605-609 (Revoke consent, FAIL - Consent not found), verbatim.
