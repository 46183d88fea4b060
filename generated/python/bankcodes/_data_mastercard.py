# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.mastercard's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.mastercard")
#: The documents its facts come from, by id.
_S = {
    "mastercard-au-existing-connection-interruptions": Source(
        id="mastercard-au-existing-connection-interruptions",
        kind="doc",
        title="Mastercard Open Finance AU: existing connection interruptions",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-interrupt/existing-connection-interruptions",
    ),
    "mastercard-us-accounterrors-invalidcredentials": Source(
        id="mastercard-us-accounterrors-invalidcredentials",
        kind="doc",
        title="Mastercard Open Finance US: accounterrors invalidcredentials",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/accounterrors/invalidcredentials/",
        read_in_part="A stored copy of the page (its index.md), read from its start to its first section's heading (103): the list of the page's four codes, whole; each code's section and table were not read.",
    ),
    "mastercard-au-accounterrors-invalidcredentials": Source(
        id="mastercard-au-accounterrors-invalidcredentials",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors invalidcredentials",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/invalidcredentials",
    ),
    "mastercard-us-error-codes-104": Source(
        id="mastercard-us-error-codes-104",
        kind="doc",
        title="Mastercard Open Finance US: error codes 104",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/104/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-107": Source(
        id="mastercard-us-error-codes-107",
        kind="doc",
        title="Mastercard Open Finance US: error codes 107",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/107/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-108": Source(
        id="mastercard-us-error-codes-108",
        kind="doc",
        title="Mastercard Open Finance US: error codes 108",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/108/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-109": Source(
        id="mastercard-us-error-codes-109",
        kind="doc",
        title="Mastercard Open Finance US: error codes 109",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/109/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-124": Source(
        id="mastercard-us-error-codes-124",
        kind="doc",
        title="Mastercard Open Finance US: error codes 124",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/124/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-institutionerrors-other-connection-issues": Source(
        id="mastercard-us-institutionerrors-other-connection-issues",
        kind="doc",
        title="Mastercard Open Finance US: institutionerrors other connection issues",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/institutionerrors/other-connection-issues/",
    ),
    "mastercard-au-institutionerrors-other-connection-issues": Source(
        id="mastercard-au-institutionerrors-other-connection-issues",
        kind="doc",
        title="Mastercard Open Finance AU: institutionerrors other connection issues",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/other-connection-issues/",
    ),
    "mastercard-us-data-connect-fix": Source(
        id="mastercard-us-data-connect-fix",
        kind="doc",
        title="Mastercard Open Finance US: Data Connect Fix",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/data-connect-fix/",
    ),
    "mastercard-au-accounterrors-incompleteauth": Source(
        id="mastercard-au-accounterrors-incompleteauth",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors incompleteauth",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/incompleteauth/938-940-971-185-187/",
    ),
    "mastercard-us-error-codes-204": Source(
        id="mastercard-us-error-codes-204",
        kind="doc",
        title="Mastercard Open Finance US: error codes 204",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/204/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-341": Source(
        id="mastercard-us-error-codes-341",
        kind="doc",
        title="Mastercard Open Finance US: error codes 341",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/341/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-account-not-found-400": Source(
        id="mastercard-au-accounterrors-account-not-found-400",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors account not found 400",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/account-not-found/400/",
    ),
    "mastercard-us-error-codes-503": Source(
        id="mastercard-us-error-codes-503",
        kind="doc",
        title="Mastercard Open Finance US: error codes 503",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/503/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-909": Source(
        id="mastercard-us-error-codes-909",
        kind="doc",
        title="Mastercard Open Finance US: error codes 909",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/909/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-accounterrors-account-not-found": Source(
        id="mastercard-us-accounterrors-account-not-found",
        kind="doc",
        title="Mastercard Open Finance US: accounterrors account not found",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/accounterrors/account-not-found/909-913-914-946-952/",
        read_in_part="A stored copy of the page (its index.md), read from its start to its first section's heading (909): the list of the page's eight codes, whole; each code's section and table were not read.",
    ),
    "mastercard-us-error-codes-914": Source(
        id="mastercard-us-error-codes-914",
        kind="doc",
        title="Mastercard Open Finance US: error codes 914",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/914/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-938": Source(
        id="mastercard-us-error-codes-938",
        kind="doc",
        title="Mastercard Open Finance US: error codes 938",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/938/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-938": Source(
        id="mastercard-au-accounterrors-938",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors 938",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/938/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-940": Source(
        id="mastercard-us-error-codes-940",
        kind="doc",
        title="Mastercard Open Finance US: error codes 940",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/940/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-945": Source(
        id="mastercard-us-error-codes-945",
        kind="doc",
        title="Mastercard Open Finance US: error codes 945",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/945/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-946": Source(
        id="mastercard-us-error-codes-946",
        kind="doc",
        title="Mastercard Open Finance US: error codes 946",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/946/",
        read_in_part="The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-947": Source(
        id="mastercard-us-error-codes-947",
        kind="doc",
        title="Mastercard Open Finance US: error codes 947",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/947/",
        read_in_part="The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-invalidtoken": Source(
        id="mastercard-au-accounterrors-invalidtoken",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors invalidtoken",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/invalidtoken/947-2024/",
    ),
    "mastercard-us-error-codes-949": Source(
        id="mastercard-us-error-codes-949",
        kind="doc",
        title="Mastercard Open Finance US: error codes 949",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/949/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-949": Source(
        id="mastercard-au-accounterrors-949",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors 949",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/949/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-952": Source(
        id="mastercard-us-error-codes-952",
        kind="doc",
        title="Mastercard Open Finance US: error codes 952",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/952/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-request-invalidrequest": Source(
        id="mastercard-us-request-invalidrequest",
        kind="doc",
        title="Mastercard Open Finance US: request invalidrequest",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/request/invalidrequest/",
    ),
    "mastercard-us-error-codes-977": Source(
        id="mastercard-us-error-codes-977",
        kind="doc",
        title="Mastercard Open Finance US: error codes 977",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/977/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-request-max-limit-exceeded": Source(
        id="mastercard-us-request-max-limit-exceeded",
        kind="doc",
        title="Mastercard Open Finance US: Maximum Limit Exceeded",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/request/max-limit-exceeded/",
    ),
    "mastercard-us-error-codes-1415": Source(
        id="mastercard-us-error-codes-1415",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1415",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1415/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-consentauthorization": Source(
        id="mastercard-au-accounterrors-consentauthorization",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors consentauthorization",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/consentauth/consentauthorization/",
    ),
    "mastercard-us-error-codes-2028": Source(
        id="mastercard-us-error-codes-2028",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2028",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2028/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-2031": Source(
        id="mastercard-us-error-codes-2031",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2031",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2031/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-2036": Source(
        id="mastercard-us-error-codes-2036",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2036",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2036/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-4034": Source(
        id="mastercard-us-error-codes-4034",
        kind="doc",
        title="Mastercard Open Finance US: error codes 4034",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/4034/",
        read_in_part="The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-10001": Source(
        id="mastercard-us-error-codes-10001",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10001",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10001/",
        read_in_part="The copy read stops in the Data Connect Alert row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-codes-and-formats": Source(
        id="mastercard-au-codes-and-formats",
        kind="doc",
        title="Mastercard Open Finance AU: Code and Formats",
        url="https://developer.mastercard.com/open-finance-au/documentation/codes-and-formats/",
    ),
    "mastercard-us-error-codes-10814": Source(
        id="mastercard-us-error-codes-10814",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10814",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10814/",
        read_in_part="The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-11000": Source(
        id="mastercard-us-error-codes-11000",
        kind="doc",
        title="Mastercard Open Finance US: error codes 11000",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/11000/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-12001": Source(
        id="mastercard-us-error-codes-12001",
        kind="doc",
        title="Mastercard Open Finance US: error codes 12001",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12001/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-12005": Source(
        id="mastercard-us-error-codes-12005",
        kind="doc",
        title="Mastercard Open Finance US: error codes 12005",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12005/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-most-common": Source(
        id="mastercard-au-most-common",
        kind="doc",
        title="Mastercard Open Finance AU: Most Common Error Codes",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/most-common/",
    ),
    "mastercard-us-error-codes-14023": Source(
        id="mastercard-us-error-codes-14023",
        kind="doc",
        title="Mastercard Open Finance US: error codes 14023",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14023/",
        read_in_part="The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounts-not-migrated": Source(
        id="mastercard-au-accounts-not-migrated",
        kind="doc",
        title="Mastercard Open Finance AU: Account Migration Error",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/accounts-not-migrated/",
    ),
    "mastercard-us-error-codes-20009": Source(
        id="mastercard-us-error-codes-20009",
        kind="doc",
        title="Mastercard Open Finance US: error codes 20009",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/20009/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-38003": Source(
        id="mastercard-us-error-codes-38003",
        kind="doc",
        title="Mastercard Open Finance US: error codes 38003",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/38003/",
        read_in_part="The copy read stops in the Data Connect Alert row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-42000": Source(
        id="mastercard-us-error-codes-42000",
        kind="doc",
        title="Mastercard Open Finance US: error codes 42000",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/42000/",
    ),
    "mastercard-us-error-codes-44000": Source(
        id="mastercard-us-error-codes-44000",
        kind="doc",
        title="Mastercard Open Finance US: error codes 44000",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/44000/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-44002": Source(
        id="mastercard-us-error-codes-44002",
        kind="doc",
        title="Mastercard Open Finance US: error codes 44002",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/44002/",
        read_in_part="The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-50024": Source(
        id="mastercard-us-error-codes-50024",
        kind="doc",
        title="Mastercard Open Finance US: error codes 50024",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/50024/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-connect-web-sdk": Source(
        id="mastercard-connect-web-sdk",
        kind="repo",
        title="Mastercard: Connect web SDK (src/index.ts)",
        url="https://github.com/Mastercard/connect-web-sdk/blob/610ce93e2499d2d22d884a8af62a5b5b18706bc7/src/index.ts",
    ),
    "mastercard-us-connect-websdk-events": Source(
        id="mastercard-us-connect-websdk-events",
        kind="doc",
        title="Mastercard Open Finance US: Connect web SDK events",
        url="https://developer.mastercard.com/open-finance-us/documentation/connect/integrating/sdk/events/connect-websdk-events/",
    ),
    "mastercard-au-connect-websdk-events": Source(
        id="mastercard-au-connect-websdk-events",
        kind="doc",
        title="Mastercard Open Finance AU: Connect web SDK events",
        url="https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-websdk-events/",
    ),
    "mastercard-connect-react-native-sdk": Source(
        id="mastercard-connect-react-native-sdk",
        kind="repo",
        title="Mastercard: Connect React Native SDK (src/index.tsx)",
        url="https://github.com/Mastercard/connect-react-native-sdk/blob/5ca72d9cdfa43f94719d22b3d89be11640955e03/src/index.tsx",
    ),
    "mastercard-connect-react-native-sdk-types": Source(
        id="mastercard-connect-react-native-sdk-types",
        kind="repo",
        title="Mastercard: Connect React Native SDK (src/types.ts)",
        url="https://github.com/Mastercard/connect-react-native-sdk/blob/5ca72d9cdfa43f94719d22b3d89be11640955e03/src/types.ts",
    ),
    "mastercard-au-connect-route-events": Source(
        id="mastercard-au-connect-route-events",
        kind="doc",
        title="Mastercard Open Finance AU: Connect route events",
        url="https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-route-events/",
        read_in_part="The copy read gives the screens landing, terms-details, search and sign-in, and ends before the rest of the page's list: the other screens were not read.",
    ),
    "mastercard-us-connect-user-events": Source(
        id="mastercard-us-connect-user-events",
        kind="doc",
        title="Mastercard Open Finance US: Mastercard Data Connect User Events",
        url="https://developer.mastercard.com/open-finance-us/documentation/connect/integrating/sdk/events/connect-user-events/",
        read_in_part="The copy read ends inside the AddAccounts action: the actions after it and the rest of the page were not read.",
    ),
    "mastercard-au-connect-user-events": Source(
        id="mastercard-au-connect-user-events",
        kind="doc",
        title="Mastercard Open Finance AU: Connect user events",
        url="https://developer.mastercard.com/open-finance-au/documentation/connect/integrating-with-connect/events/connect-user-events/",
        read_in_part="The copy read ends inside the AddAccounts action: the actions after it and the rest of the page were not read.",
    ),
    "mastercard-au-connect-webhooks": Source(
        id="mastercard-au-connect-webhooks",
        kind="doc",
        title="Mastercard Open Finance AU: Connect webhooks (with Prevent Spoofing)",
        url="https://developer.mastercard.com/open-finance-au/documentation/connect/webhooks/",
    ),
    "mastercard-us-webhooks-events-connect": Source(
        id="mastercard-us-webhooks-events-connect",
        kind="doc",
        title="Mastercard Open Finance US: Data Connect Events",
        url="https://developer.mastercard.com/open-finance-us/documentation/webhooks/webhooks-connect/webhooks-events-connect",
        read_in_part="The copy read gives the Connect events accountsDeleted and added; the rest of the page's list of events was not read.",
    ),
    "mastercard-au-webhooks-event-connect": Source(
        id="mastercard-au-webhooks-event-connect",
        kind="doc",
        title="Mastercard Open Finance AU: Webhook Connect Events Lists",
        url="https://developer.mastercard.com/open-finance-au/documentation/connect/webhooks/webhooks-event-connect/",
        read_in_part="The copy read says that the page documents the complete list of events, and gives ping and financialConsentCreated; the rest of that list was not read.",
    ),
    "mastercard-openapi-us": Source(
        id="mastercard-openapi-us",
        kind="repo",
        title="Mastercard: Open Finance US OpenAPI (openbanking-us.yaml, ErrorMessage)",
        url="https://github.com/Mastercard/open-banking-us-openapi/blob/737832ceab87ede731d2f598b782f31b69c46336/openbanking-us.yaml",
    ),
    "mastercard-us-error-codes-101": Source(
        id="mastercard-us-error-codes-101",
        kind="doc",
        title="Mastercard Open Finance US: error codes 101",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/101/",
    ),
    "mastercard-us-error-codes-905": Source(
        id="mastercard-us-error-codes-905",
        kind="doc",
        title="Mastercard Open Finance US: error codes 905",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/905/",
    ),
    "mastercard-us-error-codes-906": Source(
        id="mastercard-us-error-codes-906",
        kind="doc",
        title="Mastercard Open Finance US: error codes 906",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/906/",
    ),
    "mastercard-us-error-codes-907": Source(
        id="mastercard-us-error-codes-907",
        kind="doc",
        title="Mastercard Open Finance US: error codes 907",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/907/",
    ),
    "mastercard-us-error-codes-910": Source(
        id="mastercard-us-error-codes-910",
        kind="doc",
        title="Mastercard Open Finance US: error codes 910",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/910/",
    ),
    "mastercard-us-error-codes-911": Source(
        id="mastercard-us-error-codes-911",
        kind="doc",
        title="Mastercard Open Finance US: error codes 911",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/911/",
    ),
    "mastercard-us-error-codes-2003": Source(
        id="mastercard-us-error-codes-2003",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2003",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2003/",
    ),
    "mastercard-us-error-codes-2006": Source(
        id="mastercard-us-error-codes-2006",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2006",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2006/",
    ),
    "mastercard-us-error-codes-2024": Source(
        id="mastercard-us-error-codes-2024",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2024",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2024/",
    ),
    "mastercard-au-connection-not-certified": Source(
        id="mastercard-au-connection-not-certified",
        kind="doc",
        title="Mastercard Open Finance AU: Connection Not Certified",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-not-certified/",
    ),
    "mastercard-au-connection-migration-inprogress": Source(
        id="mastercard-au-connection-migration-inprogress",
        kind="doc",
        title="Mastercard Open Finance AU: Connection Migration in Progress",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-migration-inprogress/",
    ),
    "mastercard-finicity-webhook-events-list": Source(
        id="mastercard-finicity-webhook-events-list",
        kind="doc",
        title="Finicity (Mastercard Open Finance) docs: webhook events list",
        url="https://docs.finicity.com/webhook-events-list/",
        read_in_part='The copy read names adding (its supported APIs and processes) and stops after the first words of its description, "Sent when a"; the rest of the list was not read.',
    ),
    "mastercard-signzy-connect-webhooks": Source(
        id="mastercard-signzy-connect-webhooks",
        kind="third-party",
        title="Signzy: Connect Webhooks (a reproduction of Mastercard's Connect events list)",
        url="https://docs.signzy.com/us-apis/connect-webhooks",
    ),
    "mastercard-us-error-codes-324": Source(
        id="mastercard-us-error-codes-324",
        kind="doc",
        title="Mastercard Open Finance US: error codes 324",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/324/",
        read_in_part="The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-324": Source(
        id="mastercard-au-accounterrors-324",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors 324",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/324/",
        read_in_part="The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-403": Source(
        id="mastercard-us-error-codes-403",
        kind="doc",
        title="Mastercard Open Finance US: error codes 403",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/403/",
        read_in_part="The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-403": Source(
        id="mastercard-au-accounterrors-403",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors 403",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/403/",
        read_in_part="The copy read stops at the first row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-5030": Source(
        id="mastercard-au-accounterrors-5030",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors 5030",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/5030/",
        read_in_part="The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-account-not-found-12046": Source(
        id="mastercard-au-accounterrors-account-not-found-12046",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors account not found 12046",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/account-not-found/12046/",
    ),
    "mastercard-au-accounterrors-account-not-found-7002": Source(
        id="mastercard-au-accounterrors-account-not-found-7002",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors account not found 7002",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/account-not-found/7002/",
    ),
    "mastercard-us-error-codes-1408-expiredsession": Source(
        id="mastercard-us-error-codes-1408-expiredsession",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1408 (expired session)",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1408-expiredsession/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-institutionerrors-1408": Source(
        id="mastercard-au-institutionerrors-1408",
        kind="doc",
        title="Mastercard Open Finance AU: institutionerrors 1408",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/1408/",
        read_in_part="The copy read stops in the Error Message row of the page's table; its Remediation Category, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-10030": Source(
        id="mastercard-us-error-codes-10030",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10030",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10030/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-1108": Source(
        id="mastercard-us-error-codes-1108",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1108",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1108/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-12009": Source(
        id="mastercard-us-error-codes-12009",
        kind="doc",
        title="Mastercard Open Finance US: error codes 12009",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12009/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-19000": Source(
        id="mastercard-us-error-codes-19000",
        kind="doc",
        title="Mastercard Open Finance US: error codes 19000",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/19000/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-20014": Source(
        id="mastercard-us-error-codes-20014",
        kind="doc",
        title="Mastercard Open Finance US: error codes 20014",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/20014/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-50050": Source(
        id="mastercard-us-error-codes-50050",
        kind="doc",
        title="Mastercard Open Finance US: error codes 50050",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/50050/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-1201": Source(
        id="mastercard-us-error-codes-1201",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1201",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1201/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-1203": Source(
        id="mastercard-us-error-codes-1203",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1203",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1203/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-1204": Source(
        id="mastercard-us-error-codes-1204",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1204",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1204/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-502": Source(
        id="mastercard-us-error-codes-502",
        kind="doc",
        title="Mastercard Open Finance US: error codes 502",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/502/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-14002": Source(
        id="mastercard-us-error-codes-14002",
        kind="doc",
        title="Mastercard Open Finance US: error codes 14002",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14002/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-20017": Source(
        id="mastercard-us-error-codes-20017",
        kind="doc",
        title="Mastercard Open Finance US: error codes 20017",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/20017/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-14019": Source(
        id="mastercard-us-error-codes-14019",
        kind="doc",
        title="Mastercard Open Finance US: error codes 14019",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14019/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-2038": Source(
        id="mastercard-us-error-codes-2038",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2038",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2038/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-2039": Source(
        id="mastercard-us-error-codes-2039",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2039",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2039/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-38053": Source(
        id="mastercard-us-error-codes-38053",
        kind="doc",
        title="Mastercard Open Finance US: error codes 38053",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/38053/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-936": Source(
        id="mastercard-us-error-codes-936",
        kind="doc",
        title="Mastercard Open Finance US: error codes 936",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/936/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-959": Source(
        id="mastercard-us-error-codes-959",
        kind="doc",
        title="Mastercard Open Finance US: error codes 959",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/959/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-961": Source(
        id="mastercard-us-error-codes-961",
        kind="doc",
        title="Mastercard Open Finance US: error codes 961",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/961/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-1440": Source(
        id="mastercard-us-error-codes-1440",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1440",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1440/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-974": Source(
        id="mastercard-us-error-codes-974",
        kind="doc",
        title="Mastercard Open Finance US: error codes 974",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/974/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-3003": Source(
        id="mastercard-us-error-codes-3003",
        kind="doc",
        title="Mastercard Open Finance US: error codes 3003",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/3003/",
        read_in_part="The copy read stops in the Error Message row of the page's table; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-3004": Source(
        id="mastercard-us-error-codes-3004",
        kind="doc",
        title="Mastercard Open Finance US: error codes 3004",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/3004/",
        read_in_part="The copy read stops in the Retriable by End User row of the page's table.",
    ),
    "mastercard-us-error-codes-4041": Source(
        id="mastercard-us-error-codes-4041",
        kind="doc",
        title="Mastercard Open Finance US: error codes 4041",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/4041/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-950": Source(
        id="mastercard-us-error-codes-950",
        kind="doc",
        title="Mastercard Open Finance US: error codes 950",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/950/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-920": Source(
        id="mastercard-us-error-codes-920",
        kind="doc",
        title="Mastercard Open Finance US: error codes 920",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/920/",
        read_in_part="The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-924": Source(
        id="mastercard-us-error-codes-924",
        kind="doc",
        title="Mastercard Open Finance US: error codes 924",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/924/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-960": Source(
        id="mastercard-us-error-codes-960",
        kind="doc",
        title="Mastercard Open Finance US: error codes 960",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/960/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-972": Source(
        id="mastercard-us-error-codes-972",
        kind="doc",
        title="Mastercard Open Finance US: error codes 972",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/972/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-976": Source(
        id="mastercard-us-error-codes-976",
        kind="doc",
        title="Mastercard Open Finance US: error codes 976",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/976/",
        read_in_part="The copy read stops in the HTTP Status row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-14020": Source(
        id="mastercard-us-error-codes-14020",
        kind="doc",
        title="Mastercard Open Finance US: error codes 14020",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/14020/",
        read_in_part="The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-504": Source(
        id="mastercard-us-error-codes-504",
        kind="doc",
        title="Mastercard Open Finance US: error codes 504",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/504/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-901": Source(
        id="mastercard-us-error-codes-901",
        kind="doc",
        title="Mastercard Open Finance US: error codes 901",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/901/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-902": Source(
        id="mastercard-us-error-codes-902",
        kind="doc",
        title="Mastercard Open Finance US: error codes 902",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/902/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-903": Source(
        id="mastercard-us-error-codes-903",
        kind="doc",
        title="Mastercard Open Finance US: error codes 903",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/903/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-904": Source(
        id="mastercard-us-error-codes-904",
        kind="doc",
        title="Mastercard Open Finance US: error codes 904",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/904/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-915": Source(
        id="mastercard-us-error-codes-915",
        kind="doc",
        title="Mastercard Open Finance US: error codes 915",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/915/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-916": Source(
        id="mastercard-us-error-codes-916",
        kind="doc",
        title="Mastercard Open Finance US: error codes 916",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/916/",
        read_in_part="The copy read stops after the page's introduction, before its table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-973": Source(
        id="mastercard-us-error-codes-973",
        kind="doc",
        title="Mastercard Open Finance US: error codes 973",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/973/",
        read_in_part="The copy read stops in the Troubleshooting Steps row of the page's table; its Retriable by End User row was not read.",
    ),
    "mastercard-us-error-codes-10005": Source(
        id="mastercard-us-error-codes-10005",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10005",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10005/",
        read_in_part="The copy read stops inside the page's table: its HTTP Status row is cut after 400; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-10010": Source(
        id="mastercard-us-error-codes-10010",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10010",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10010/",
        read_in_part="The copy read stops inside the page's table: its Error Message row is cut; its Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-10000": Source(
        id="mastercard-us-error-codes-10000",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10000",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10000/",
        read_in_part="The copy read stops inside the page's table: its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-38006": Source(
        id="mastercard-us-error-codes-38006",
        kind="doc",
        title="Mastercard Open Finance US: error codes 38006",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/38006/",
        read_in_part="The copy read stops inside the page's table: its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-45002": Source(
        id="mastercard-us-error-codes-45002",
        kind="doc",
        title="Mastercard Open Finance US: error codes 45002",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/45002/",
        read_in_part="The copy read stops inside the page's table: its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-978": Source(
        id="mastercard-us-error-codes-978",
        kind="doc",
        title="Mastercard Open Finance US: error codes 978",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/978/",
        read_in_part="The copy read stops inside the page's table: its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-525": Source(
        id="mastercard-us-error-codes-525",
        kind="doc",
        title="Mastercard Open Finance US: error codes 525",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/525/",
        read_in_part="The copy read stops inside the page's table: its HTTP Status row is cut after 500; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-finicity-connect-webhooks": Source(
        id="mastercard-finicity-connect-webhooks",
        kind="doc",
        title="Finicity (Mastercard Open Finance) docs: Connect Webhooks (Preventing Spoofing)",
        url="https://docs.finicity.com/connect-webhooks/",
    ),
    "mastercard-au-connection-ip-new-connection": Source(
        id="mastercard-au-connection-ip-new-connection",
        kind="doc",
        title="Mastercard Open Finance AU: New Connection in Progress",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-ip/900-901-903-904-916/",
    ),
    "mastercard-us-connection-ip-new-connection": Source(
        id="mastercard-us-connection-ip-new-connection",
        kind="doc",
        title="Mastercard Open Finance US: New Connection in Progress",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/institutionerrors/connection-ip/900-901-903-904-916/",
    ),
    "mastercard-au-connection-not-supported": Source(
        id="mastercard-au-connection-not-supported",
        kind="doc",
        title="Mastercard Open Finance AU: Connection Not Supported",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/institutionerrors/connection-not-supported/",
    ),
    "mastercard-au-accounterrors-unexpectedloginerror": Source(
        id="mastercard-au-accounterrors-unexpectedloginerror",
        kind="doc",
        title="Mastercard Open Finance AU: Unexpected Login Error",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/unexpectedloginerror/unexpectedloginerror/",
    ),
    "mastercard-us-error-codes-325": Source(
        id="mastercard-us-error-codes-325",
        kind="doc",
        title="Mastercard Open Finance US: error codes 325",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/325/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-1003": Source(
        id="mastercard-us-error-codes-1003",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1003",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1003/",
        read_in_part="The copy read stops in the Data Connect Alert row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-1008": Source(
        id="mastercard-us-error-codes-1008",
        kind="doc",
        title="Mastercard Open Finance US: error codes 1008",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/1008/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-2040": Source(
        id="mastercard-us-error-codes-2040",
        kind="doc",
        title="Mastercard Open Finance US: error codes 2040",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/2040/",
        read_in_part="The copy read stops in the Remediation Category row of the page's table; its HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-au-accounterrors-5006": Source(
        id="mastercard-au-accounterrors-5006",
        kind="doc",
        title="Mastercard Open Finance AU: accounterrors 5006",
        url="https://developer.mastercard.com/open-finance-au/documentation/errors/accounterrors/5006/",
        read_in_part="The copy read stops in the Aggregation Status Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-10025": Source(
        id="mastercard-us-error-codes-10025",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10025",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10025/",
    ),
    "mastercard-us-error-codes-10106": Source(
        id="mastercard-us-error-codes-10106",
        kind="doc",
        title="Mastercard Open Finance US: error codes 10106",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/10106/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-12003": Source(
        id="mastercard-us-error-codes-12003",
        kind="doc",
        title="Mastercard Open Finance US: error codes 12003",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/12003/",
        read_in_part="The copy read stops in the Error Type row of the page's table; its Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-error-codes-42002": Source(
        id="mastercard-us-error-codes-42002",
        kind="doc",
        title="Mastercard Open Finance US: error codes 42002",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/error-codes/42002/",
        read_in_part="The copy read stops in the Error Code row of the page's table; its Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User rows were not read.",
    ),
    "mastercard-us-unexpected-system-issue": Source(
        id="mastercard-us-unexpected-system-issue",
        kind="doc",
        title="Mastercard Open Finance US: Unexpected System Error",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/",
        read_in_part="The stored copy of the page: its introduction and its list of the codes it files under Unexpected System Error as far as the link to 20014, cut there; the rest of the list and of the page was not read.",
    ),
    "mastercard-us-unexpected-system-issue-990-995": Source(
        id="mastercard-us-unexpected-system-issue-990-995",
        kind="doc",
        title="Mastercard Open Finance US: 990, 991, 992, 993, 994, and 995",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/990-991-992-993-994-995/",
        read_in_part='The stored copy of the page: its title and its table\'s rows Error Codes, Remediation Category, HTTP Status and Data Connect Alert (cut after "Not applicable."); the rows after Data Connect Alert (Error Message, Troubleshooting Steps, Retriable by End User and any others) were not read.',
    ),
    "mastercard-us-unexpected-system-issue-996-998": Source(
        id="mastercard-us-unexpected-system-issue-996-998",
        kind="doc",
        title="Mastercard Open Finance US: 996, 997 and 998",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/996-997-998/",
        read_in_part='The stored copy of the page: its title and its table\'s rows Error Codes, Remediation Category, HTTP Status and Data Connect Alert (cut after "Not applicable."); the rows after Data Connect Alert (Error Message, Troubleshooting Steps, Retriable by End User and any others) were not read.',
    ),
    "mastercard-us-unexpected-system-issue-1000-14030": Source(
        id="mastercard-us-unexpected-system-issue-1000-14030",
        kind="doc",
        title="Mastercard Open Finance US: 1000, 1001, 1002, 1004, 1005, 1009, 1010, 1011, 1012, and 14030",
        url="https://developer.mastercard.com/open-finance-us/documentation/errors/request/unexpected-system-issue/1000-1001-1002-1004-1005-1009-1010-1011-1012-14030/",
        read_in_part='The stored copy of the page: its title and its table\'s rows Error Codes, Remediation Category, HTTP Status and Data Connect Alert (cut after "Not applicable."); the rows after Data Connect Alert (Error Message, Troubleshooting Steps, Retriable by End User and any others) were not read.',
    ),
    "mastercard-europe-enterprise-codes": Source(
        id="mastercard-europe-enterprise-codes",
        kind="doc",
        title="Mastercard Open Finance Europe (Aiia Enterprise): Code and Formats",
        url="https://developer.mastercard.com/open-finance-europe/documentation/licensed/aiia-enterprise/codes-formats/",
        read_in_part="A stored copy of the page from its start through the error example, the note on details and the header of the table of error codes; the table's rows were not read.",
    ),
    "mastercard-europe-insights-codes": Source(
        id="mastercard-europe-insights-codes",
        kind="doc",
        title="Mastercard Open Finance Europe (Insights): Codes and Formats",
        url="https://developer.mastercard.com/open-finance-europe/documentation/unlicensed/insights/code-formats/",
        read_in_part="A stored copy of the page from its start through the first three rows of its table of error codes, the third cut in its How to handle cell; the other rows, and the body that carries the code, were not read.",
    ),
}


def _ErrorCode() -> type[NumericCodeEnum]:
    class ErrorCode(NumericCodeEnum):
        """Error code: The code of a Mastercard Open Finance error response (its code, sent as a number or a string). Mastercard files many codes under a remediation category, kept here as the code's group beside bankcodes' category; the US and AU pages list them separately (scope).

        Wire field: code."""

        CODE_101 = 101
        CODE_102 = 102
        CODE_103 = 103
        CODE_104 = 104
        CODE_105 = 105
        CODE_107 = 107
        CODE_108 = 108
        CODE_109 = 109
        CODE_124 = 124
        CODE_171 = 171
        CODE_179 = 179
        CODE_185 = 185
        CODE_187 = 187
        CODE_194 = 194
        CODE_197 = 197
        CODE_204 = 204
        CODE_307 = 307
        CODE_324 = 324
        CODE_325 = 325
        CODE_341 = 341
        CODE_400 = 400
        CODE_403 = 403
        CODE_417 = 417
        CODE_500 = 500
        CODE_502 = 502
        CODE_503 = 503
        CODE_504 = 504
        CODE_525 = 525
        CODE_900 = 900
        CODE_901 = 901
        CODE_902 = 902
        CODE_903 = 903
        CODE_904 = 904
        CODE_905 = 905
        CODE_906 = 906
        CODE_907 = 907
        CODE_908 = 908
        CODE_909 = 909
        CODE_910 = 910
        CODE_911 = 911
        CODE_913 = 913
        CODE_914 = 914
        CODE_915 = 915
        CODE_916 = 916
        CODE_920 = 920
        CODE_924 = 924
        CODE_931 = 931
        CODE_936 = 936
        CODE_938 = 938
        CODE_940 = 940
        CODE_945 = 945
        CODE_946 = 946
        CODE_947 = 947
        CODE_948 = 948
        CODE_949 = 949
        CODE_950 = 950
        CODE_952 = 952
        CODE_955 = 955
        CODE_959 = 959
        CODE_960 = 960
        CODE_961 = 961
        CODE_972 = 972
        CODE_973 = 973
        CODE_974 = 974
        CODE_976 = 976
        CODE_977 = 977
        CODE_978 = 978
        CODE_981 = 981
        CODE_990 = 990
        CODE_991 = 991
        CODE_992 = 992
        CODE_993 = 993
        CODE_994 = 994
        CODE_995 = 995
        CODE_996 = 996
        CODE_997 = 997
        CODE_998 = 998
        CODE_1000 = 1000
        CODE_1001 = 1001
        CODE_1002 = 1002
        CODE_1003 = 1003
        CODE_1004 = 1004
        CODE_1005 = 1005
        CODE_1008 = 1008
        CODE_1009 = 1009
        CODE_1010 = 1010
        CODE_1011 = 1011
        CODE_1012 = 1012
        CODE_1108 = 1108
        CODE_1201 = 1201
        CODE_1203 = 1203
        CODE_1204 = 1204
        CODE_1408 = 1408
        CODE_1415 = 1415
        CODE_1440 = 1440
        CODE_1618 = 1618
        CODE_1643 = 1643
        CODE_2000 = 2000
        CODE_2001 = 2001
        CODE_2003 = 2003
        CODE_2005 = 2005
        CODE_2006 = 2006
        CODE_2017 = 2017
        CODE_2024 = 2024
        CODE_2026 = 2026
        CODE_2028 = 2028
        CODE_2030 = 2030
        CODE_2031 = 2031
        CODE_2036 = 2036
        CODE_2038 = 2038
        CODE_2039 = 2039
        CODE_2040 = 2040
        CODE_3001 = 3001
        CODE_3002 = 3002
        CODE_3003 = 3003
        CODE_3004 = 3004
        CODE_3005 = 3005
        CODE_3006 = 3006
        CODE_3007 = 3007
        CODE_3008 = 3008
        CODE_3009 = 3009
        CODE_4004 = 4004
        CODE_4034 = 4034
        CODE_4041 = 4041
        CODE_5006 = 5006
        CODE_5030 = 5030
        CODE_7002 = 7002
        CODE_10000 = 10000
        CODE_10001 = 10001
        CODE_10002 = 10002
        CODE_10003 = 10003
        CODE_10005 = 10005
        CODE_10006 = 10006
        CODE_10007 = 10007
        CODE_10008 = 10008
        CODE_10009 = 10009
        CODE_10010 = 10010
        CODE_10013 = 10013
        CODE_10020 = 10020
        CODE_10021 = 10021
        CODE_10022 = 10022
        CODE_10023 = 10023
        CODE_10024 = 10024
        CODE_10025 = 10025
        CODE_10026 = 10026
        CODE_10027 = 10027
        CODE_10030 = 10030
        CODE_10100 = 10100
        CODE_10106 = 10106
        CODE_10215 = 10215
        CODE_10405 = 10405
        CODE_10406 = 10406
        CODE_10814 = 10814
        CODE_11000 = 11000
        CODE_12001 = 12001
        CODE_12003 = 12003
        CODE_12005 = 12005
        CODE_12008 = 12008
        CODE_12009 = 12009
        CODE_12017 = 12017
        CODE_12019 = 12019
        CODE_12022 = 12022
        CODE_12046 = 12046
        CODE_12401 = 12401
        CODE_13002 = 13002
        CODE_14001 = 14001
        CODE_14002 = 14002
        CODE_14003 = 14003
        CODE_14006 = 14006
        CODE_14016 = 14016
        CODE_14019 = 14019
        CODE_14020 = 14020
        CODE_14023 = 14023
        CODE_14030 = 14030
        CODE_15001 = 15001
        CODE_18017 = 18017
        CODE_19000 = 19000
        CODE_20000 = 20000
        CODE_20002 = 20002
        CODE_20007 = 20007
        CODE_20009 = 20009
        CODE_20014 = 20014
        CODE_20017 = 20017
        CODE_20024 = 20024
        CODE_20400 = 20400
        CODE_24302 = 24302
        CODE_24303 = 24303
        CODE_24437 = 24437
        CODE_24553 = 24553
        CODE_38003 = 38003
        CODE_38006 = 38006
        CODE_38007 = 38007
        CODE_38053 = 38053
        CODE_41002 = 41002
        CODE_41003 = 41003
        CODE_41004 = 41004
        CODE_42000 = 42000
        CODE_42002 = 42002
        CODE_44000 = 44000
        CODE_44002 = 44002
        CODE_45002 = 45002
        CODE_45003 = 45003
        CODE_50016 = 50016
        CODE_50024 = 50024
        CODE_50025 = 50025
        CODE_50050 = 50050
        CODE_50051 = 50051
        CODE_50052 = 50052
        CODE_60013 = 60013
        CODE_110002 = 110002
        CODE_110039 = 110039
        CODE_3000000 = 3000000
        CODE_3000001 = 3000001
        CODE_3000003 = 3000003
        CODE_3100001 = 3100001
        CODE_3200001 = 3200001
        CODE_3200002 = 3200002
        CODE_3200003 = 3200003
        CODE_3200004 = 3200004
        CODE_3300001 = 3300001

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="error_code",
                title="Error code",
                description="The code of a Mastercard Open Finance error response (its code, sent as a number or a string). Mastercard files many codes under a remediation category, kept here as the code's group beside bankcodes' category; the US and AU pages list them separately (scope).",
                field="code",
                sources=(_S["mastercard-openapi-us"], _S["mastercard-au-most-common"]),
            ),
            (
                CodeInfo(
                    value="101",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-us-error-codes-101"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#101",
                    notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/101/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its introduction: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                ),
                CodeInfo(
                    value="102",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-openapi-us"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#102",
                    notes="Listed under Existing Connection Interruptions on Mastercard's error pages. Mastercard's US OpenAPI (openbanking-us.yaml) uses it too, as the code of a field's error in a payment-enablement example (errors: fieldName balanceDetails, code '102', description FI Down for maintenance).",
                ),
                CodeInfo(
                    value="103",
                    description="These errors occur when an end user enters invalid credentials.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["mastercard-us-accounterrors-invalidcredentials"],
                        _S["mastercard-au-accounterrors-invalidcredentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-accounterrors-invalidcredentials"],
                                _S["mastercard-au-accounterrors-invalidcredentials"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#103",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="2",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="InvalidCredentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="login_error",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="pluggy",
                            code_set="execution_error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="login_invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="job_result_code",
                            value="invalid-credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                    ),
                    notes="Listed under Invalid Credentials on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="104",
                    description="This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-104"],
                        _S["mastercard-au-existing-connection-interruptions"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-104"],
                                _S["mastercard-au-existing-connection-interruptions"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#104",
                    notes="Listed under Existing Connection Interruptions on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="105",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#105",
                    notes="Listed under Existing Connection Interruptions on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="107",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-107"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-107"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#107",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="108",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-108"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-108"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#108",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="109",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-109"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-109"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#109",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="124",
                    description="This error occurs when a connection to the selected financial institution has encountered an unknown error.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["mastercard-us-error-codes-124"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-124"],)),),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-124"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#124",
                    notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="171",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#171",
                    notes="Listed under Other Connection Issues on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="179",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-accounterrors-unexpectedloginerror"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#179",
                    notes="Listed under Other Connection Issues on Mastercard's error pages, and under Unexpected Login Error on its AU error pages.",
                ),
                CodeInfo(
                    value="185",
                    description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-data-connect-fix"],
                        _S["mastercard-au-accounterrors-incompleteauth"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#185",
                    notes="Listed under Incomplete Authorization on Mastercard's AU error pages (the text shown); Mastercard's US Data Connect Fix page lists it among the aggregation status codes that Data Connect Fix can normally resolve. Its US page (…/errors/error-codes/185/) was not found in a readable copy.",
                ),
                CodeInfo(
                    value="187",
                    description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-data-connect-fix"],
                        _S["mastercard-au-accounterrors-incompleteauth"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#187",
                    notes="Listed under Incomplete Authorization on Mastercard's AU error pages (the text shown); Mastercard's US Data Connect Fix page lists it among the aggregation status codes that Data Connect Fix can normally resolve. Its US page (…/errors/error-codes/187/) was not found in a readable copy.",
                ),
                CodeInfo(
                    value="194",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#194",
                    notes="Listed under Other Connection Issues on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="197",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#197",
                    notes="Listed under Other Connection Issues on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="204",
                    description="This error occurs when a connection to the selected financial institution has encountered an unknown error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-error-codes-204"],
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-204"],)),),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-204"],
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#204",
                    notes="Listed under Other Connection Issues on Mastercard's error pages. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="307",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["mastercard-au-institutionerrors-other-connection-issues"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#307",
                    notes="Listed under Other Connection Issues on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="324",
                    description="This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-324"],
                        _S["mastercard-au-accounterrors-324"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-324"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#324",
                    notes="Its US page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="325",
                    description="This error occurs if an API call is made for an account that is currently undergoing data refresh.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["mastercard-us-error-codes-325"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-325"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#325",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="341",
                    description="This error occurs when a connection to the selected financial institution has encountered an unknown error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-341"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-341"],)),),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-341"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#341",
                    notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="400",
                    description="An error code Mastercard lists.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-au-accounterrors-account-not-found-400"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-au-accounterrors-account-not-found-400"],),
                        ),
                    ),
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#400",
                    editorial=True,
                    notes="Its page publishes these rows empty: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="403",
                    description="This error occurs when there's a mismatch between the user's account information provided to your application and the information held at the financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-403"],
                        _S["mastercard-au-accounterrors-403"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-403"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#403",
                    notes="Its US page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops at its table's first row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="417",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#417",
                    notes="Listed under Other Connection Issues on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="500",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#500",
                    notes="Listed under Other Connection Issues on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="502",
                    description="This error occurs when the end user session has either expired or timed out.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-502"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-502"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-502"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-502"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#502",
                    message="Invalid function.",
                    notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="503",
                    description="This error occurs when the end user session has either expired or timed out.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["mastercard-us-error-codes-503"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-503"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#503",
                    notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="504",
                    description="This error occurs when the end user session has either expired or timed out.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["mastercard-us-error-codes-504"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-504"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-504"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-504"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#504",
                    message="Error Connecting Account - Please Try Submitting Again.",
                    notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="525",
                    description="These errors happen when an unexpected issue occurs on the website of a specific financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                        _S["mastercard-us-error-codes-525"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#525",
                    notes="Listed under Other Connection Issues on Mastercard's error pages. Its US page (…/errors/error-codes/525/) could not be read in full, so these of its rows are missing here: HTTP Status (cut after 500), Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="900",
                    description="These errors occur when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-au-connection-ip-new-connection"],
                                _S["mastercard-us-connection-ip-new-connection"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#900",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages, which describe it alike (the text shown). No page of its own was found, and the copies of both pages read stop at the head of its section's table, so these of its facts are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="901",
                    description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-901"],
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-901"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#901",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="902",
                    description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-902"],
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-902"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#902",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="903",
                    description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-903"],
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-903"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#903",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="904",
                    description="A new connection to a financial institution is being created. Multiple authentication attempts from the end user will help us resolve this issue quickly.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-904"],
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-904"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#904",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="905",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-us-error-codes-905"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#905",
                    notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/905/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                ),
                CodeInfo(
                    value="906",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-us-error-codes-906"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#906",
                    notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/906/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                ),
                CodeInfo(
                    value="907",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-us-error-codes-907"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#907",
                    notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/907/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                ),
                CodeInfo(
                    value="908",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["mastercard-au-existing-connection-interruptions"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#908",
                    notes="Listed under Existing Connection Interruptions on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="909",
                    description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-909"],
                        _S["mastercard-us-accounterrors-account-not-found"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-909"],
                                _S["mastercard-us-accounterrors-account-not-found"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#909",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="910",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-us-error-codes-910"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#910",
                    notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/910/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                ),
                CodeInfo(
                    value="911",
                    description="The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-au-existing-connection-interruptions"],
                        _S["mastercard-us-error-codes-911"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-existing-connection-interruptions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#911",
                    notes='Listed under Existing Connection Interruptions on Mastercard\'s AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/911/: "This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts."). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.',
                ),
                CodeInfo(
                    value="913",
                    description="These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#913",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="914",
                    description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-914"],
                        _S["mastercard-us-accounterrors-account-not-found"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-914"],
                                _S["mastercard-us-accounterrors-account-not-found"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#914",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="915",
                    description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-915"],
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-915"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#915",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="916",
                    description="This error occurs when a new connection to a financial institution is being created. Multiple authentication attempts from the end user will help resolve this issue.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-916"],
                        _S["mastercard-au-connection-ip-new-connection"],
                        _S["mastercard-us-connection-ip-new-connection"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-916"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#916",
                    notes="Listed under New Connection in Progress on Mastercard's AU and US error pages. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="920",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mastercard-us-error-codes-920"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-920"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#920",
                    notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="924",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mastercard-us-error-codes-924"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-924"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#924",
                    notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="931",
                    description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#931",
                    notes="Listed under Incomplete Authorization on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="936",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-936"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-936"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#936",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="938",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-938"],
                        _S["mastercard-au-accounterrors-938"],
                        _S["mastercard-au-accounterrors-incompleteauth"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-938"],
                                _S["mastercard-au-accounterrors-938"],
                                _S["mastercard-au-accounterrors-incompleteauth"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#938",
                    notes="Listed under Incomplete Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its US page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="940",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-940"],
                        _S["mastercard-au-accounterrors-incompleteauth"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-940"],
                                _S["mastercard-au-accounterrors-incompleteauth"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#940",
                    notes="Listed under Incomplete Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="945",
                    description="This error occurs when an account is migrated from a legacy or a non-OAuth-based connection to an OAuth connection and requires customer to provide their consent again.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-error-codes-945"],
                        _S["mastercard-au-connection-migration-inprogress"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-945"],
                                _S["mastercard-au-connection-migration-inprogress"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#945",
                    notes="Mastercard's AU error pages list it under Connection Migration in Progress. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="946",
                    description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-946"],
                        _S["mastercard-us-accounterrors-account-not-found"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-946"],
                                _S["mastercard-us-accounterrors-account-not-found"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#946",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="947",
                    description="This error occurs when the token associated with the end user account has expired or is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-error-codes-947"],
                        _S["mastercard-au-accounterrors-invalidtoken"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-947"],
                                _S["mastercard-au-accounterrors-invalidtoken"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#947",
                    notes="Listed under Invalid Token on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="948",
                    description="An error code Mastercard lists.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-data-connect-fix"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/mastercard/error_code/#948",
                    editorial=True,
                ),
                CodeInfo(
                    value="949",
                    description="This error occurs when the end user's bank account is no longer recoverable.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-949"],
                        _S["mastercard-au-accounterrors-949"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=404, sources=(_S["mastercard-au-accounterrors-949"],)),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-949"],
                                _S["mastercard-au-accounterrors-949"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-949"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#949",
                    message="Accounts are in error status and can not be recovered in any way. Delete these accounts.",
                    notes="The US and AU pages describe it differently; the US text is shown. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="950",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mastercard-us-error-codes-950"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-950"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#950",
                    notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="952",
                    description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-952"],
                        _S["mastercard-us-accounterrors-account-not-found"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-952"],)),),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-952"],
                                _S["mastercard-us-accounterrors-account-not-found"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#952",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="955",
                    description="These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#955",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="959",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-959"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-959"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#959",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="960",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mastercard-us-error-codes-960"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-960"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#960",
                    notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="961",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-961"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-961"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#961",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="972",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mastercard-us-error-codes-972"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-972"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#972",
                    notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="973",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["mastercard-us-request-invalidrequest"],
                        _S["mastercard-us-error-codes-973"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-973"],),
                            context="US; error type: Institution Error",
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-973"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#973",
                    message="The user is not authorized for the requested resource or online access.",
                    notes='Listed under Invalid Request on Mastercard\'s US error pages and under Connection Not Supported on its AU error pages. Its US page (…/errors/error-codes/973/) opens "This error occurs when the connection to a financial institution is not supported." and files it under the remediation category Re-Authenticate or Provide Additional Information: the end user is not authorized to reach their accounts and must sign in again (or give what the institution asks), hence reconnect required rather than an error of the integration. That page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.',
                ),
                CodeInfo(
                    value="974",
                    description="This error occurs when the end user session has either expired or timed out.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["mastercard-us-error-codes-974"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-974"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#974",
                    notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="976",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["mastercard-us-error-codes-976"],
                        _S["mastercard-au-connection-not-supported"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=500, sources=(_S["mastercard-us-error-codes-976"],), context="US"
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-976"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#976",
                    notes="Mastercard's AU error pages list it under Connection Not Supported. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="977",
                    description="This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-error-codes-977"],
                        _S["mastercard-us-request-max-limit-exceeded"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-977"],)),),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-977"],
                                _S["mastercard-us-request-max-limit-exceeded"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#977",
                    notes="Listed under Maximum Limit Exceeded on Mastercard's error pages. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="978",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-request-invalidrequest"],
                        _S["mastercard-us-error-codes-978"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#978",
                    notes="Listed under Invalid Request on Mastercard's error pages. Its US page (…/errors/error-codes/978/) could not be read in full, so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="981",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-request-invalidrequest"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#981",
                    notes="Listed under Invalid Request on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="990",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-990-995"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-990-995"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#990",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 990 to 995 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="991",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-990-995"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-990-995"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#991",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 990 to 995 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="992",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-990-995"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-990-995"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#992",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 990 to 995 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="993",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-990-995"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-990-995"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#993",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 990 to 995 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="994",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-990-995"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-990-995"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#994",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 990 to 995 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="995",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-990-995"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-990-995"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#995",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 990 to 995 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="996",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-996-998"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-996-998"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#996",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 996 to 998 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="997",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-996-998"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-996-998"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#997",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 996 to 998 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="998",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-996-998"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-996-998"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#998",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status (500) are those of the page Mastercard publishes for 996 to 998 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, \"Not applicable.\"), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1000",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                        _S["mastercard-openapi-us"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["mastercard-us-unexpected-system-issue-1000-14030"],
                                _S["mastercard-openapi-us"],
                            ),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1000",
                    message="field must be a number",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Mastercard\'s US OpenAPI (openbanking-us.yaml) sends it too: its BadRequest example sends it with HTTP 400 and this message. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1001",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                        _S["mastercard-openapi-us"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1001",
                    message="Account Error - use different account",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Mastercard\'s US OpenAPI (openbanking-us.yaml) sends it too: its PSIAccountErrorBadRequestExample example, which no response uses, sends it with this message. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1002",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1002",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1003",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-error-codes-1003"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["mastercard-us-error-codes-1003"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1003"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1003",
                    notes='Its page\'s Data Connect Alert row reads "Not applicable.". Its page could not be read in full (the copy read stops in its Data Connect Alert row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.',
                ),
                CodeInfo(
                    value="1004",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1004",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1005",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1005",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1008",
                    description="This error occurs when the financial institution returns an unexpected login error.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-1008"],
                        _S["mastercard-au-accounterrors-unexpectedloginerror"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1008"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1008",
                    notes="Mastercard's AU error pages list it under Unexpected Login Error, beside 179 and 2040. Its remediation category asks that the end user sign in again (or give what the institution asks), hence reconnect required. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="1009",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1009",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1010",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1010",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1011",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1011",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1012",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1012",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1108",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-1108"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-1108"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1108"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1108"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1108",
                    message="Generation Error",
                    notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="1201",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-1201"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=408,
                            sources=(_S["mastercard-us-error-codes-1201"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1201"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1201"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1201",
                    message="Product Fulfillment Timeout",
                    notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Retry Later, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="1203",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-1203"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=408,
                            sources=(_S["mastercard-us-error-codes-1203"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1203"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1203"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1203",
                    message="Stream Generation Timeout",
                    notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Retry Later, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="1204",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-1204"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=503,
                            sources=(_S["mastercard-us-error-codes-1204"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1204"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1204"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1204",
                    message="Stream Generation Unavailable",
                    notes="Its page could not be read in full (the copy read stops in its Troubleshooting Steps row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Retry Later, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="1408",
                    description="This error occurs when connection to a specific financial institution is interrupted temporarily.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-1408-expiredsession"],
                        _S["mastercard-au-institutionerrors-1408"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-au-institutionerrors-1408"],),
                            context="AU",
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-institutionerrors-1408"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1408",
                    notes="Its US page (…/errors/error-codes/1408-expiredsession/) files it under expired sessions; its AU page, whose text is shown, under a temporary interruption of the connection to an institution. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Its AU page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Remediation Category, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="1415",
                    description="This error is associated when a connection to the selected financial institution has encountered an unknown error.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-error-codes-1415"],
                        _S["mastercard-au-connection-not-certified"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-1415"],
                                _S["mastercard-au-connection-not-certified"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1415",
                    notes="Mastercard's AU error pages list it under Connection Not Certified, beside 11000. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="1440",
                    description="This error occurs when the end user session has either expired or timed out.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["mastercard-us-error-codes-1440"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-1440"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1440",
                    notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="1618",
                    description="Negative or invalid value entered. Please use positive numbers only.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidValueExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1618",
                    message="Negative or invalid value entered. Please use positive numbers only.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidValueExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="1643",
                    description="No matching record found for external_id 123456789.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's NoMatchingExternalIdFoundErrorResponseExample",
                        ),
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            message="No matching record found for switch_id 65d87d2d8c831ae0f3174ed6",
                            context="US; the OpenAPI's SwitchDetailsNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#1643",
                    message="No matching record found for external_id 123456789.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples NoMatchingExternalIdFoundErrorResponseExample and SwitchDetailsNotFoundExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="2000",
                    description="Successful Warning - settlement amount exceeds available balance",
                    category=_C.SUCCESS,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=200,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's PaymentSuccessIndicatorWarningExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2000",
                    message="Successful Warning - settlement amount exceeds available balance",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example PaymentSuccessIndicatorWarningExample sends it. The example is the body of an HTTP 200 answer, a warning beside a successful result (\"Successful Warning\"): read as a success, as the catalog reads the Berlin Group's WARNING.",
                ),
                CodeInfo(
                    value="2001",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2001",
                    notes="Listed under Consent Authorization on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="2003",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-au-accounterrors-consentauthorization"],
                        _S["mastercard-us-error-codes-2003"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2003",
                    notes="Listed under Consent Authorization on Mastercard's AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/2003/: \"This error occurs when the end user's consent authorization is not available.\"). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.",
                ),
                CodeInfo(
                    value="2005",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-request-invalidrequest"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2005",
                    notes="Listed under Invalid Request on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="2006",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-au-accounterrors-consentauthorization"],
                        _S["mastercard-us-error-codes-2006"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2006",
                    notes="Listed under Consent Authorization on Mastercard's AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/2006/: \"This error occurs when the end user's consent authorization is not available.\"). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.",
                ),
                CodeInfo(
                    value="2017",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2017",
                    notes="Listed under Consent Authorization on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="2024",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-au-accounterrors-consentauthorization"],
                        _S["mastercard-us-error-codes-2024"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2024",
                    notes="Listed under Consent Authorization on Mastercard's AU error pages (the text shown); Mastercard also publishes a US page for it (…/errors/error-codes/2024/: \"This error occurs when the end user's consent authorization is not available.\"). That page could not be read past its Error Code row: its remediation category, HTTP status, error message, troubleshooting steps and whether the end user can retry are missing here.",
                ),
                CodeInfo(
                    value="2026",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2026",
                    notes="Listed under Consent Authorization on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="2028",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-2028"],
                        _S["mastercard-au-accounterrors-consentauthorization"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-2028"],
                                _S["mastercard-au-accounterrors-consentauthorization"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2028",
                    notes="Listed under Consent Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="2030",
                    description="The following errors occur when end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-consentauthorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2030",
                    notes="Listed under Consent Authorization on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="2031",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-2031"],
                        _S["mastercard-au-accounterrors-consentauthorization"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-2031"],
                                _S["mastercard-au-accounterrors-consentauthorization"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2031",
                    notes="Listed under Consent Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="2036",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-2036"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-2036"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2036",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="2038",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-2038"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-2038"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2038",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="2039",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-2039"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-2039"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2039",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="2040",
                    description="This error occurs when the financial institution returns an unexpected login error.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-2040"],
                        _S["mastercard-au-accounterrors-unexpectedloginerror"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-2040"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#2040",
                    notes="Mastercard's AU error pages list it under Unexpected Login Error, beside 179 and 1008. Its US page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="3001",
                    description="Resource Not Found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's ApplicationIdNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3001",
                    message="Resource Not Found",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example ApplicationIdNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3002",
                    description="Resource Not Found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's ApplicationRegistrationStatusNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3002",
                    message="Resource Not Found",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example ApplicationRegistrationStatusNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3003",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-3003"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-3003"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-3003"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-3003"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3003",
                    message="Institution Login Id is not found",
                    notes="Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="3004",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-3004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-3004"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-3004"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-3004"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-3004"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3004",
                    message="Institution Login Id details are not found.",
                    advice="Ask the user to re-authenticate.",
                    notes="Its page could not be read in full (the copy read stops in its Retriable by End User row), so these of its rows are missing here: Retriable by End User.",
                ),
                CodeInfo(
                    value="3005",
                    description="Bad Request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidStartValueExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3005",
                    message="Bad Request",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidStartValueExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3006",
                    description="Bad Request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidLimitValueExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3006",
                    message="Bad Request",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidLimitValueExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3007",
                    description="Bad Request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's LimitValueExceededExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3007",
                    message="Bad Request",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example LimitValueExceededExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3008",
                    description="Bad Request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidQueryParametersExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3008",
                    message="Bad Request",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidQueryParametersExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3009",
                    description="Bad Request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidQueryParametersValueExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3009",
                    message="Bad Request",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidQueryParametersValueExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="4004",
                    description="The requested experience could not be found for the external app name.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's ResourceNotFoundRequest",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#4004",
                    message="The requested experience could not be found for the external app name.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example ResourceNotFoundRequest sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="4034",
                    description="This error occurs when the token associated with the end user account has expired or is invalid.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-4034"],
                        _S["mastercard-au-accounterrors-invalidtoken"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-error-codes-4034"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-4034"],
                                _S["mastercard-au-accounterrors-invalidtoken"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-4034"],
                                _S["mastercard-au-accounterrors-invalidtoken"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#4034",
                    message="Access tokens must be managed at the institution's website.",
                    notes="Listed under Invalid Token on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="4041",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["mastercard-us-error-codes-4041"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-4041"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#4041",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="5006",
                    description="This error occurs if an API call is made for an account that is currently undergoing data refresh.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["mastercard-au-accounterrors-5006"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-5006"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#5006",
                    notes="Its page could not be read in full (the copy read stops in its Aggregation Status Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="5030",
                    description="This error occurs when the end user has not provided an account type.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-5030"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-au-accounterrors-5030"],),
                            context="AU",
                        ),
                    ),
                    scope=Scope(regions=("AU",)),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-5030"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#5030",
                    notes="Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="7002",
                    description="Account product not found",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-au-accounterrors-account-not-found-7002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-au-accounterrors-account-not-found-7002"],),
                            context="AU",
                        ),
                    ),
                    scope=Scope(regions=("AU",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-account-not-found-7002"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#7002",
                    message="Account product not found",
                    notes="Its page publishes these rows empty: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="10000",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-request-invalidrequest"],
                        _S["mastercard-us-error-codes-10000"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10000",
                    notes="Listed under Invalid Request on Mastercard's error pages. Its US page (…/errors/error-codes/10000/) could not be read in full, so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="10001",
                    description="This error occurs when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-error-codes-10001"],
                        _S["mastercard-us-request-invalidrequest"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-us-error-codes-10001"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-10001"],
                                _S["mastercard-us-request-invalidrequest"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10001",
                    notes="Listed under Invalid Request on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Data Connect Alert row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="10002",
                    description="Customer ID was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's CustomerIdNotFound",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10002",
                    message="Customer ID was not found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example CustomerIdNotFound sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10003",
                    description="Business ID was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Missing or invalid request parameter(s) - locationId must be a valid UUID",
                            context="US; the OpenAPI's InvalidLocationIdSmallBusinessReportExample",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Missing or invalid request parameter(s) - businessId",
                            context="US; the OpenAPI's InvalidBusinessIdSmallBusinessReportExample",
                        ),
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's BusinessIdNotFound",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10003",
                    message="Business ID was not found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples BusinessIdNotFound, InvalidLocationIdSmallBusinessReportExample and InvalidBusinessIdSmallBusinessReportExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10005",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-request-invalidrequest"],
                        _S["mastercard-au-codes-and-formats"],
                        _S["mastercard-us-error-codes-10005"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["mastercard-au-codes-and-formats"],)),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-request-invalidrequest"],
                                _S["mastercard-au-codes-and-formats"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["mastercard-us-request-invalidrequest"],
                                _S["mastercard-au-codes-and-formats"],
                                _S["mastercard-us-error-codes-10005"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10005",
                    advice="A required field was left blank, or contained only whitespace. Submit the request again, with valid text in all required fields.",
                    notes="Listed under Invalid Request on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its US page (…/errors/error-codes/10005/) could not be read in full, so these of its rows are missing here: HTTP Status (cut after 400), Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="10006",
                    description="settleByDate must not be in the past",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidSettleByDateExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10006",
                    message="settleByDate must not be in the past",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidSettleByDateExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10007",
                    description="[FIELD] is the incorrect type",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's IncorrectFieldTypeExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10007",
                    message="[FIELD] is the incorrect type",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example IncorrectFieldTypeExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10008",
                    description="account has no transactions",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's AccountHasNoTransactionExample",
                        ),
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            message="data not found",
                            context="US; the OpenAPI's NoDataFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10008",
                    message="account has no transactions",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples AccountHasNoTransactionExample and NoDataFoundExample send it. An account without the transactions (or data) the request needs is read as an account that cannot serve it.",
                ),
                CodeInfo(
                    value="10009",
                    description="[FIELD] is a required parameter",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's RequiredFieldParameterExample",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Missing parameter (settleByDate)",
                            context="US; the OpenAPI's MissingSettleByDateExample",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Missing parameter (settlementAmount)",
                            context="US; the OpenAPI's MissingSettlementAmountExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10009",
                    message="[FIELD] is a required parameter",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples RequiredFieldParameterExample, MissingSettleByDateExample and MissingSettlementAmountExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10010",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-request-invalidrequest"],
                        _S["mastercard-us-error-codes-10010"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-10010"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10010",
                    notes="Listed under Invalid Request on Mastercard's error pages. Its US page (…/errors/error-codes/10010/) could not be read in full, so these of its rows are missing here: Error Message (cut), Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="10013",
                    description="Only active accounts can be used, please use a different account",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InactiveAccountExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10013",
                    message="Only active accounts can be used, please use a different account",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InactiveAccountExample sends it. An account that is not active cannot be used: another account is needed.",
                ),
                CodeInfo(
                    value="10020",
                    description="Data missing : MerchantName, streetAddress.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MissingSbcaMandatoryDataExample",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Data missing: analyticsReportData, analyticsReportData.sbcaParams, analyticsReportData.businessDetails...",
                            context="US; the OpenAPI's MissingMandatoryDataSmallBusinessReportExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10020",
                    message="Data missing : MerchantName, streetAddress.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples MissingSbcaMandatoryDataExample, MissingSBCAMandatoryDataExample and MissingMandatoryDataSmallBusinessReportExample send it (MissingSBCAMandatoryDataExample used by no response). The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10021",
                    description="You are not authorized.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's NotAuthorizedExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10021",
                    message="You are not authorized.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example NotAuthorizedExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10022",
                    description="Invalid (Finicity-App-Token)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidFinicityAppTokenExample",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Invalid (App-Token)",
                            context="US; the OpenAPI's ConsentExpiredTokenExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10022",
                    message="Invalid (Finicity-App-Token)",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples InvalidFinicityAppTokenExample and ConsentExpiredTokenExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10023",
                    description="An error code Mastercard lists under Expired (App-Token).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-au-codes-and-formats"], _S["mastercard-openapi-us"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["mastercard-au-codes-and-formats"],
                                _S["mastercard-openapi-us"],
                            ),
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10023",
                    editorial=True,
                    notes="Listed on Mastercard's AU Code and Formats page, described there as \"Expired (App-Token)\" with HTTP 401. That page's required action for it begins \"See the Authentication section to\" and every copy read of the page stops there, so its advice is missing here rather than shown cut short. Mastercard's US OpenAPI (openbanking-us.yaml) sends it too: its ExpiredTokenRequest example is {code: '10023', status: '401', message: Expired (Finicity-App-Token)}.",
                ),
                CodeInfo(
                    value="10024",
                    description="Missing parameter (Finicity-App-Token)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MissingFinicityAppTokenExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10024",
                    message="Missing parameter (Finicity-App-Token)",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example MissingFinicityAppTokenExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10025",
                    description="This error occurs when the end user session has either expired or timed out.",
                    category=_C.REJECTED,
                    sources=(_S["mastercard-us-error-codes-10025"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-error-codes-10025"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-10025"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-10025"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-10025"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10025",
                    message="We were unable to verify your identity. To get started another way, please reach out to {Partner} for support.",
                    advice="This user has gone through the flow and edited their prefill data significantly in a way that has triggered elevated risk.",
                    notes='Its page\'s introduction speaks of an expired session, but its Error Message, Common Causes and Troubleshooting Steps rows speak of an identity check that found an elevated risk, and its Retriable by End User row reads "No.": bankcodes files it as rejected by those rows. {Partner} in the message stands for the integrator\'s name. Its Common Causes row reads "Additional review is required before onboarding can continue. If you wish to proceed with this applicant, please continue through your standard application process after receiving the following error codes."; Data Connect Alert "No associated alert."; Data Connect Fix Eligible "No."; Access to Latest Data "You will be unable to access the latest data for this user\'s account until the issue is resolved."',
                ),
                CodeInfo(
                    value="10026",
                    description="Missing parameter (Finicity-App-Key)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MissingFinicityAppKeyExample",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Missing parameter (App-Key)",
                            context="US; the OpenAPI's ConsentMissingAppKeyExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10026",
                    message="Missing parameter (Finicity-App-Key)",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples MissingFinicityAppKeyExample and ConsentMissingAppKeyExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10027",
                    description="Invalid parameter (Finicity-App-Key)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidFinicityAppKeyExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10027",
                    message="Invalid parameter (Finicity-App-Key)",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidFinicityAppKeyExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10030",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-10030"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-10030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-10030"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10030",
                    notes="Its page's table leaves the Error Code cell empty. Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="10100",
                    description="Invalid parameter (<parameter name>)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; 14 examples of the OpenAPI",
                        ),
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; 6 examples of the OpenAPI",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10100",
                    message="Invalid parameter (<parameter name>)",
                    notes='Mastercard\'s US OpenAPI (openbanking-us.yaml) gives this code to 21 examples with different messages, as a code for a request it refuses, its message naming the cause: among them "Invalid parameter (<parameter name>)" (InvalidInputParameterExample, HTTP 400), "Invalid format for field consumer.email." (HTTP 400), "RESELLER_BILLING_REPORT: Invalid date range - It is more than 31 days" (HTTP 400), "No potential location matches found." (HTTP 404) and "Cannot find consumer with id 1234." (HTTP 404). The category is bankcodes\' reading of those messages.',
                ),
                CodeInfo(
                    value="10106",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["mastercard-us-error-codes-10106"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-10106"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10106",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="10215",
                    description="Consent receipt not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's DataSharingConsentNotFoundError",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10215",
                    message="Consent receipt not found",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example DataSharingConsentNotFoundError sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="10405",
                    description="The active security freeze for this consumer exists.",
                    category=_C.REJECTED,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's SecurityFreezeErrorExample",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(_S["mastercard-openapi-us"],),
                            message="An active security freeze for this customer exists.",
                            context="US; the OpenAPI's ForbiddenErrorResponseExample",
                        ),
                        HttpStatus(
                            status=403,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Access forbidden - insufficient permissions to access portfolio",
                            context="US; the OpenAPI's PortfolioForbiddenExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10405",
                    message="The active security freeze for this consumer exists.",
                    notes='Known from Mastercard\'s US OpenAPI (openbanking-us.yaml), whose examples SecurityFreezeErrorExample, ForbiddenErrorResponseExample and PortfolioForbiddenExample send it. A security freeze the consumer placed stops the request: read as refused, not retryable. The same code is also given, as an HTTP 403, to "Access forbidden - insufficient permissions to access portfolio" (PortfolioForbiddenExample).',
                ),
                CodeInfo(
                    value="10406",
                    description="The active dispute statement for this consumer exists.",
                    category=_C.REJECTED,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's DisputeStatementErrorExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10406",
                    message="The active dispute statement for this consumer exists.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example DisputeStatementErrorExample sends it. An active dispute statement for the consumer stops the request: read as refused, not retryable.",
                ),
                CodeInfo(
                    value="10814",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-us-error-codes-10814"],
                        _S["mastercard-au-accounterrors-incompleteauth"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-10814"],
                                _S["mastercard-au-accounterrors-incompleteauth"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#10814",
                    notes="Listed under Incomplete Authorization on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="11000",
                    description="This error is associated when a connection to the selected financial institution has encountered an unknown error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-error-codes-11000"],
                        _S["mastercard-us-institutionerrors-other-connection-issues"],
                        _S["mastercard-au-institutionerrors-other-connection-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-11000"],
                                _S["mastercard-us-institutionerrors-other-connection-issues"],
                                _S["mastercard-au-institutionerrors-other-connection-issues"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#11000",
                    notes="Listed under Other Connection Issues on Mastercard's error pages; the US and AU pages describe it differently; the US text is shown. Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="12001",
                    description="An error code whose page Mastercard publishes at …/error-codes/12001/; that page's table gives its facts to 12003.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-12001"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12001",
                    editorial=True,
                    notes="The US page for 12001 reads \"This error occurs when there's an unexpected server error while processing the request.\", but its table names Error Code 12003 (Re-Authenticate or Provide Additional Information, HTTP 409 or 500): the facts are filed under 12003, and 12001 keeps only that its page exists. For this reason the drift command reports 12001 as missing from that page's table, as far as it could be read. Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="12003",
                    description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-au-accounterrors-incompleteauth"],
                        _S["mastercard-us-error-codes-12001"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["mastercard-us-error-codes-12001"],),
                            context="US; the table of the page for 12001",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-12001"],),
                            context="US; the table of the page for 12001",
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12003",
                    notes="Listed under Incomplete Authorization on Mastercard's AU error pages; its remediation category and HTTP statuses are in the table of the US page for 12001, which names 12003. That page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Its own US page (…/errors/error-codes/12003/) gives its table's facts to Aggregation Status Code 24302, where they are kept.",
                ),
                CodeInfo(
                    value="12005",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-12005"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-12005"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12005",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="12008",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-unexpected-system-issue"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12008",
                    notes="Listed under Unexpected System Error on Mastercard's US error pages (the text shown), between 12001 and 12009. Its own section was not read, so these of its facts are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="12009",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-12009"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-12009"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12009",
                    notes="Its page could not be read in full (the copy read stops in its Remediation Category row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="12017",
                    description="No Account Owners Details Found.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's AccountsDetailsNotFound",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12017",
                    message="No Account Owners Details Found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example AccountsDetailsNotFound sends it. The account has no owner details to give: read as an account that cannot serve the request.",
                ),
                CodeInfo(
                    value="12019",
                    description="fields parameter value must be 'balanceDetails','paymentInstruction' and 'accountIdentity'",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidFieldParameterExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12019",
                    message="fields parameter value must be 'balanceDetails','paymentInstruction' and 'accountIdentity'",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidFieldParameterExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="12022",
                    description="An email is required when registering a customer for PSI-FCRA",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MissingEmailExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12022",
                    message="An email is required when registering a customer for PSI-FCRA",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example MissingEmailExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="12046",
                    description="An error code Mastercard lists.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-au-accounterrors-account-not-found-12046"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-au-accounterrors-account-not-found-12046"],),
                            context="AU",
                        ),
                    ),
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12046",
                    editorial=True,
                    notes="Its page publishes these rows empty: Remediation Category, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="12401",
                    description="partner not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's PartnerNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#12401",
                    message="partner not found",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example PartnerNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="13002",
                    description="Asset not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's AssetNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#13002",
                    message="Asset not found",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example AssetNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="14001",
                    description="An error code Mastercard lists.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-au-most-common"], _S["mastercard-openapi-us"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-au-most-common"], _S["mastercard-openapi-us"]),
                        ),
                    ),
                    scope=Scope(regions=("AU", "US")),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-au-most-common"], _S["mastercard-openapi-us"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14001",
                    editorial=True,
                    message="Customer not found.",
                    notes="Listed on Mastercard's AU Most Common Error Codes page; Mastercard's US OpenAPI (openbanking-us.yaml) sends it too, in its CustomerNotFoundExample ('Customer not found.') and, with status '404', its GetExternalSwitchesResourceNotFoundErrorExample ('Resource not found').",
                ),
                CodeInfo(
                    value="14002",
                    description="This error occurs when the requested entity doesn't exist or cannot be found.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-us-error-codes-14002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-14002"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-14002"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14002",
                    notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="14003",
                    description="Aggregation connect partner not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's AggregationConnectPartnerNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14003",
                    message="Aggregation connect partner not found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example AggregationConnectPartnerNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="14006",
                    description="Institution not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InstitutionNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14006",
                    message="Institution not found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InstitutionNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="14016",
                    description="Invalid customer type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidCustomerTypeExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14016",
                    message="Invalid customer type.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidCustomerTypeExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="14019",
                    description="This error occurs when the end user's consent authorization is not available.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-14019"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-14019"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14019",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="14020",
                    description="This error occurs when the connection to a financial institution is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["mastercard-us-error-codes-14020"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-14020"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14020",
                    notes="Its page could not be read in full (the copy read stops after its introduction), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="14023",
                    description="This error occurs when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["mastercard-us-error-codes-14023"],
                        _S["mastercard-us-request-invalidrequest"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-14023"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-14023"],
                                _S["mastercard-us-request-invalidrequest"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-14023"],
                                _S["mastercard-us-request-invalidrequest"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14023",
                    message="Invalid Customer ID.",
                    notes="Listed under Invalid Request on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="14030",
                    description="These errors occur when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-unexpected-system-issue"],
                        _S["mastercard-us-unexpected-system-issue-1000-14030"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-unexpected-system-issue-1000-14030"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-unexpected-system-issue"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#14030",
                    notes='Listed under Unexpected System Error on Mastercard\'s US error pages, whose introduction is the text shown. Its Remediation Category (Report or Escalate for Investigation) and HTTP Status ("400 or 500") are those of the page Mastercard publishes for 1000 to 1012 and 14030 together. That page could not be read in full (the copy read stops in its Data Connect Alert row, "Not applicable."), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes\' reading of the group its sources file it under).',
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="15001",
                    description="One of the specified fields is missing or blank.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's AccountOwnerVerificationMissingField",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#15001",
                    message="One of the specified fields is missing or blank.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example AccountOwnerVerificationMissingField sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="18017",
                    description="status parameter value must be 'active' or 'pending",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidStatusParameterExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#18017",
                    message="status parameter value must be 'active' or 'pending",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidStatusParameterExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="19000",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-19000"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-19000"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-19000"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#19000",
                    notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Retry Later, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="20000",
                    description="Only 'application/json' is supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's NotAllowedErrorResponseExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20000",
                    message="Only 'application/json' is supported.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example NotAllowedErrorResponseExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="20002",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-request-invalidrequest"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20002",
                    notes="Listed under Invalid Request on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="20007",
                    description="These errors occur when accounts cannot be migrated from legacy to OAuth connections.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["mastercard-au-accounts-not-migrated"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["mastercard-au-accounts-not-migrated"],),
                            context="AU",
                        ),
                    ),
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounts-not-migrated"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20007",
                    notes="Listed under Account Migration Error on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="20009",
                    description="This error occurs when accounts cannot be migrated from legacy to OAuth connections.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["mastercard-us-error-codes-20009"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-20009"],)),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-20009"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20009",
                    notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="20014",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-20014"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-20014"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-20014"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20014",
                    notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="20017",
                    description="This error occurs when the requested entity doesn't exist or cannot be found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-error-codes-20017"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-20017"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="invalid_input",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-20017"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20017",
                    notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="20024",
                    description="These errors occur when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-request-invalidrequest"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-request-invalidrequest"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20024",
                    notes="Listed under Invalid Request on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="20400",
                    description="The max report generation limit was exceeded for this customer.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's CustomerReportLimitExceedExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#20400",
                    message="The max report generation limit was exceeded for this customer.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example CustomerReportLimitExceedExample sends it. A limit on the reports generated for one customer, read as the integrator's to manage, as the catalog reads 42000 (\"Testing customer limit exceeded.\").",
                ),
                CodeInfo(
                    value="24302",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-12003"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-12003"],),
                            context="US; the table of the page for 12003",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="re_authenticate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-12003"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#24302",
                    notes="Its facts are in the table of Mastercard's US page for 12003 (…/errors/error-codes/12003/), which names Aggregation Status Code 24302; no page of its own was found. That page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Type, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="24303",
                    description="These errors occur when an end user enters invalid credentials.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["mastercard-us-accounterrors-invalidcredentials"],
                        _S["mastercard-au-accounterrors-invalidcredentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-accounterrors-invalidcredentials"],
                                _S["mastercard-au-accounterrors-invalidcredentials"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#24303",
                    notes="Listed under Invalid Credentials on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="24437",
                    description="New password is not as per policy",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidNewPartnerSecretExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#24437",
                    message="New password is not as per policy",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidNewPartnerSecretExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="24553",
                    description="Transaction not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's TransactionNotFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#24553",
                    message="Transaction not found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example TransactionNotFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="38003",
                    description="This error occurs when an end user's bank account cannot be found at the financial institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-38003"],
                        _S["mastercard-us-accounterrors-account-not-found"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-38003"],),
                            context="US; error type: Account Error",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-38003"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-38003"],
                                _S["mastercard-us-accounterrors-account-not-found"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#38003",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Data Connect Alert row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="38006",
                    description="These errors occur when an end user's bank account cannot be found at the financial institution. Click individual errors to learn more.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-accounterrors-account-not-found"],
                        _S["mastercard-us-error-codes-38006"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-38006"],),
                            context="US; error type: Account Error",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-38006"],),
                            context="US; error type: Account Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-accounterrors-account-not-found"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#38006",
                    notes="Listed under Account Not Found Errors on Mastercard's error pages. Its US page (…/errors/error-codes/38006/) could not be read in full, so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="38007",
                    description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["mastercard-au-accounterrors-incompleteauth"],
                        _S["mastercard-openapi-us"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#38007",
                    notes="Listed under Incomplete Authorization on Mastercard's error pages. Mastercard's US OpenAPI (openbanking-us.yaml) sends it too: its NoAccountForInstitutionLoginIdExample has code '38007', 'Customer does not have any accounts associated with institutionLoginId.'",
                ),
                CodeInfo(
                    value="38053",
                    description="This occurs when a financial institution needs additional information from the end user during an add account event.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-us-error-codes-38053"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-38053"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="verify_account_or_data_state",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-38053"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#38053",
                    notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="41002",
                    description="Invalid date range: <message>",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidDateRangeExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#41002",
                    message="Invalid date range: <message>",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidDateRangeExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="41003",
                    description="Start index cannot be less than one.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidStartIndexExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#41003",
                    message="Start index cannot be less than one.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidStartIndexExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="41004",
                    description="Limit cannot be less than one.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidLimitExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#41004",
                    message="Limit cannot be less than one.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidLimitExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="42000",
                    description="This error occurs when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-error-codes-42000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-error-codes-42000"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-42000"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-42000"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-42000"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#42000",
                    message="Testing customer limit exceeded.",
                    advice="Contact your support team member to discuss next steps.",
                    notes='Its page\'s Common Causes row reads "The preset customer limit for testing has been met."',
                ),
                CodeInfo(
                    value="42002",
                    description="This error occurs when the request is malformed or incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-us-error-codes-42002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-42002"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#42002",
                    notes="Its page could not be read in full (the copy read stops in its Error Code row), so these of its rows are missing here: Remediation Category, HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="44000",
                    description="This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-44000"],
                        _S["mastercard-us-request-max-limit-exceeded"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=202,
                            sources=(_S["mastercard-us-error-codes-44000"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-44000"],
                                _S["mastercard-us-request-max-limit-exceeded"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#44000",
                    notes="Listed under Maximum Limit Exceeded on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="44002",
                    description="This error occurs when calls made have reached the maximum limit allowed by a financial institution in a given time frame.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["mastercard-us-error-codes-44002"],
                        _S["mastercard-us-request-max-limit-exceeded"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=202,
                            sources=(_S["mastercard-us-error-codes-44002"],),
                            context="US; error type: Request Error",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-44002"],
                                _S["mastercard-us-request-max-limit-exceeded"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["mastercard-us-error-codes-44002"],
                                _S["mastercard-us-request-max-limit-exceeded"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#44002",
                    message="Aggregation service is temporarily unavailable. Please try again later.",
                    notes="Listed under Maximum Limit Exceeded on Mastercard's error pages. Its page could not be read in full (the copy read stops in its Error Message row), so these of its rows are missing here: Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="45002",
                    description="These errors occur when an end user enters invalid credentials.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["mastercard-us-accounterrors-invalidcredentials"],
                        _S["mastercard-au-accounterrors-invalidcredentials"],
                        _S["mastercard-us-error-codes-45002"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    group="retry_later",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-accounterrors-invalidcredentials"],
                                _S["mastercard-au-accounterrors-invalidcredentials"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#45002",
                    notes="Listed under Invalid Credentials on Mastercard's error pages. Its US page (…/errors/error-codes/45002/) could not be read in full, so these of its rows are missing here: HTTP Status, Error Message, Troubleshooting Steps and Retriable by End User.",
                ),
                CodeInfo(
                    value="45003",
                    description="Invalid character in name fields.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidCharactorExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#45003",
                    message="Invalid character in name fields.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidCharactorExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="50016",
                    description="Accounts for temporary customers are maintained by the system, and cannot be deleted through the API.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's TemporaryCustomerCannotDeletedExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#50016",
                    message="Accounts for temporary customers are maintained by the system, and cannot be deleted through the API.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example TemporaryCustomerCannotDeletedExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="50024",
                    description="This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-50024"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=500, sources=(_S["mastercard-us-error-codes-50024"],)),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-50024"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#50024",
                    notes="Its page could not be read in full (the copy read stops in its HTTP Status row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="50025",
                    description="The following errors occur when the end user provides inadequate response to security questions while connecting to a financial institution.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-accounterrors-incompleteauth"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#50025",
                    notes="Listed under Incomplete Authorization on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="50050",
                    description="This error occurs when there's an unexpected server error while processing the request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-us-error-codes-50050"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-us-error-codes-50050"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-us-error-codes-50050"],),
                            context="US",
                        ),
                        HttpStatus(
                            status=500,
                            sources=(_S["mastercard-us-error-codes-50050"],),
                            context="US",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    group="report_or_escalate",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-error-codes-50050"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#50050",
                    notes="Its page could not be read in full (the copy read stops in its Error Type row), so these of its rows are missing here: Error Message, Troubleshooting Steps and Retriable by End User. Next step: its remediation category, Report or Escalate for Investigation, where its category alone would retry at once (bankcodes' reading of the group its sources file it under).",
                    next_step="contact_provider",
                ),
                CodeInfo(
                    value="50051",
                    description="No registered partner applications found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's NoRegisteredApplicationExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#50051",
                    message="No registered partner applications found.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example NoRegisteredApplicationExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="50052",
                    description="Customer has no assigned application.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's NoAssignedApplicationExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#50052",
                    message="Customer has no assigned application.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example NoAssignedApplicationExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="60013",
                    description="No active subscription found for a given customer.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's NoActiveSubscriptionFoundExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#60013",
                    message="No active subscription found for a given customer.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example NoActiveSubscriptionFoundExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="110002",
                    description="Username is not available.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's UsernameNotAvailableExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#110002",
                    message="Username is not available.",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example UsernameNotAvailableExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="110039",
                    description="These errors occur when an end user enters invalid credentials.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["mastercard-us-accounterrors-invalidcredentials"],
                        _S["mastercard-au-accounterrors-invalidcredentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-accounterrors-invalidcredentials"],
                                _S["mastercard-au-accounterrors-invalidcredentials"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#110039",
                    notes="Listed under Invalid Credentials on Mastercard's error pages.",
                ),
                CodeInfo(
                    value="3000000",
                    description="Microdeposit initiation can't be processed at this time due to technical difficulties. Please try after some time",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MicrodepositsProcessingFailedExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3000000",
                    message="Microdeposit initiation can't be processed at this time due to technical difficulties. Please try after some time",
                    notes='Known from Mastercard\'s US OpenAPI (openbanking-us.yaml), whose example MicrodepositsProcessingFailedExample sends it. Technical difficulties that may pass ("Please try after some time").',
                ),
                CodeInfo(
                    value="3000001",
                    description="Invalid account number",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidAccountNumberExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3000001",
                    message="Invalid account number",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example InvalidAccountNumberExample sends it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3000003",
                    description="Invalid memo",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's InvalidMemoExample",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            message="Invalid amount format",
                            context="US; the OpenAPI's InvalidAmountFormatExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3000003",
                    message="Invalid memo",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples InvalidMemoExample and InvalidAmountFormatExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3100001",
                    description="Account already exist",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's AccountAlreadyExistsExample and InvalidAccountNameExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3100001",
                    message="Account already exist",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose examples AccountAlreadyExistsExample and InvalidAccountNameExample send it. The category is bankcodes' reading of the message.",
                ),
                CodeInfo(
                    value="3200001",
                    description="Microdeposits initiation failed",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MicrodepositsInitiationFailedExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3200001",
                    message="Microdeposits initiation failed",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example MicrodepositsInitiationFailedExample sends it. A failure without a more specific cause.",
                ),
                CodeInfo(
                    value="3200002",
                    description="Microdeposit is in <status> status",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MicrodepositStatusErrorExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3200002",
                    message="Microdeposit is in <status> status",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example MicrodepositStatusErrorExample sends it. A call made while the micro-deposit is in another status: a call out of sequence.",
                ),
                CodeInfo(
                    value="3200003",
                    description="Microdeposit verification attempts exceeded",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MicrodepositVerificationAttemptsExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3200003",
                    message="Microdeposit verification attempts exceeded",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example MicrodepositVerificationAttemptsExample sends it. The verification attempts are used up.",
                ),
                CodeInfo(
                    value="3200004",
                    description="Microdeposit amounts didn't match",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's MicrodepositAmountsDidNotMatchExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3200004",
                    message="Microdeposit amounts didn't match",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example MicrodepositAmountsDidNotMatchExample sends it. The end user entered amounts that do not match the micro-deposits: they can enter them again.",
                ),
                CodeInfo(
                    value="3300001",
                    description="Too many request. Please try after some time",
                    category=_C.RATE_LIMITED,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["mastercard-openapi-us"],),
                            context="US; the OpenAPI's TooManyRequestsExample",
                        ),
                    ),
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["mastercard-openapi-us"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/error_code/#3300001",
                    message="Too many request. Please try after some time",
                    notes="Known from Mastercard's US OpenAPI (openbanking-us.yaml), whose example TooManyRequestsExample sends it. Too many requests, sent with HTTP 400 rather than 429.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _ConnectEventCode() -> type[NumericCodeEnum]:
    class ConnectEventCode(NumericCodeEnum):
        """Connect event code: The code of an event the Connect web and React Native SDKs pass to onDone, onCancel or onError, as {code, reason}.

        Wire field: code (onDone, onCancel, onError)."""

        CANCEL = 100
        TIMEOUT = 1440
        UNEXPECTED_ERROR = 500
        SUCCESS = 200
        SDK_POPUP_COULD_NOT_BE_OPENED = 1403

    register(
        ConnectEventCode,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="connect_event_code",
                title="Connect event code",
                description="The code of an event the Connect web and React Native SDKs pass to onDone, onCancel or onError, as {code, reason}.",
                field="code (onDone, onCancel, onError)",
                sources=(
                    _S["mastercard-connect-web-sdk"],
                    _S["mastercard-connect-react-native-sdk"],
                ),
            ),
            (
                CodeInfo(
                    value="100",
                    description="The customer clicks Exit to cancel out of the Data Connect session.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["mastercard-us-connect-websdk-events"],
                        _S["mastercard-au-connect-websdk-events"],
                        _S["mastercard-connect-react-native-sdk"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-websdk-events"],
                                _S["mastercard-au-connect-websdk-events"],
                                _S["mastercard-connect-react-native-sdk"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-websdk-events"],
                                _S["mastercard-au-connect-websdk-events"],
                                _S["mastercard-connect-react-native-sdk"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_event_code/#100",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="callback_status",
                            value="CANCELLED",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="link_event_name",
                            value="EXIT",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="UserAborted",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="UserCancelledSession",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_name",
                            value="cancel",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="webview_message",
                            value="fintocwidget://exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="user_left",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="connect_message_type",
                            value="mono.connect.on_exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="setu",
                            code_set="notification_error_code",
                            value="UserCancelled",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                    ),
                    message="exit",
                    notes='Sent to onCancel as {code: 100, reason: "exit"}. The React Native SDK also sends it itself when its modal asks to be closed (the Modal\'s onRequestClose calls close()).',
                ),
                CodeInfo(
                    value="1440",
                    description="The customer is forced to exit Data Connect after the session times out.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["mastercard-us-connect-websdk-events"],
                        _S["mastercard-au-connect-websdk-events"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-websdk-events"],
                                _S["mastercard-au-connect-websdk-events"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-websdk-events"],
                                _S["mastercard-au-connect-websdk-events"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_event_code/#1440",
                    message="timeout",
                    notes='Sent to onError as {code: 1440, reason: "timeout"}.',
                ),
                CodeInfo(
                    value="500",
                    description="The customer exits Data Connect after an unexpected error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["mastercard-us-connect-websdk-events"],
                        _S["mastercard-au-connect-websdk-events"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-websdk-events"],
                                _S["mastercard-au-connect-websdk-events"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-websdk-events"],
                                _S["mastercard-au-connect-websdk-events"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_event_code/#500",
                    message="error",
                    notes='Sent to onError as {code: 500, reason: "error"}.',
                ),
                CodeInfo(
                    value="200",
                    description="The customer completed the Connect session; onDone receives the report data.",
                    category=_C.SUCCESS,
                    sources=(_S["mastercard-us-connect-websdk-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-us-connect-websdk-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_event_code/#200",
                    editorial=True,
                    message="complete",
                    notes='Sent to onDone as {code: 200, reason: "complete"}.',
                ),
                CodeInfo(
                    value="1403",
                    description="The Connect web SDK could not open its popup window.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["mastercard-connect-web-sdk"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["mastercard-connect-web-sdk"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_event_code/#1403",
                    editorial=True,
                    message="error",
                    notes='Sent to onError as {code: 1403, reason: "error"}.',
                ),
            ),
        ),
        {},
    )
    return ConnectEventCode


def _ConnectRouteScreen() -> type[CodeEnum]:
    class ConnectRouteScreen(CodeEnum):
        """Connect route screen: The screen a route event names, as Connect passes it to onRoute: where the customer is in the Connect application. The route events page lists more screens than its stored copy shows; a screen not listed here reads as an unknown value.

        Wire field: screen (onRoute)."""

        landing = "landing"
        terms_details = "terms-details"
        search = "search"
        sign_in = "sign-in"

    register(
        ConnectRouteScreen,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="connect_route_screen",
                title="Connect route screen",
                description="The screen a route event names, as Connect passes it to onRoute: where the customer is in the Connect application. The route events page lists more screens than its stored copy shows; a screen not listed here reads as an unknown value.",
                field="screen (onRoute)",
                sources=(
                    _S["mastercard-au-connect-route-events"],
                    _S["mastercard-connect-react-native-sdk-types"],
                ),
            ),
            (
                CodeInfo(
                    value="landing",
                    description="The first screen that the user lands on.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-au-connect-route-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-connect-route-events"],),
                        ),
                    ),
                    page="reference/mastercard/connect_route_screen/#landing",
                ),
                CodeInfo(
                    value="terms-details",
                    description="The screen that displays the full documentation of the terms and conditions for users to read.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-au-connect-route-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-connect-route-events"],),
                        ),
                    ),
                    page="reference/mastercard/connect_route_screen/#terms-details",
                ),
                CodeInfo(
                    value="search",
                    description="The screen that displays the search input where a user can search for a bank.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-au-connect-route-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-connect-route-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_route_screen/#search",
                    notes="Also the screen of the search results, with the query in params.query.",
                ),
                CodeInfo(
                    value="sign-in",
                    description="The screen that displays once a user has signed in and it authorizing the sharing of their data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-au-connect-route-events"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-connect-route-events"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_route_screen/#sign-in",
                    notes="params.institutionId names the institution.",
                ),
            ),
        ),
        {},
    )
    return ConnectRouteScreen


def _ConnectUserAction() -> type[CodeEnum]:
    class ConnectUserAction(CodeEnum):
        """Connect user action: The action of a user event, as Connect passes it to onUser: what the customer did in the Connect application. The user events pages may list more actions than their stored copies show (both end inside AddAccounts); an action not listed here reads as an unknown value.

        Wire field: action (onUser)."""

        AddAccounts = "AddAccounts"

    register(
        ConnectUserAction,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="connect_user_action",
                title="Connect user action",
                description="The action of a user event, as Connect passes it to onUser: what the customer did in the Connect application. The user events pages may list more actions than their stored copies show (both end inside AddAccounts); an action not listed here reads as an unknown value.",
                field="action (onUser)",
                sources=(
                    _S["mastercard-us-connect-user-events"],
                    _S["mastercard-au-connect-user-events"],
                ),
            ),
            (
                CodeInfo(
                    value="AddAccounts",
                    description="Sent when a customer attempt to add their accounts.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mastercard-us-connect-user-events"],
                        _S["mastercard-au-connect-user-events"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["mastercard-us-connect-user-events"],
                                _S["mastercard-au-connect-user-events"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/connect_user_action/#AddAccounts",
                    notes="Sent twice: as the attempt starts (success, accounts and errorCode null), then with its outcome (success true with accounts and accountIds, or success false with errorCode).",
                ),
            ),
        ),
        {},
    )
    return ConnectUserAction


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Connect webhook event type: The eventType of a Connect webhook: what happened in a Connect session. The list is not known to be complete: Mastercard's AU events page says it documents the complete list, but it and the US and Finicity events pages were read only in part.

        Wire field: eventType."""

        started = "started"
        added = "added"
        adding = "adding"
        accountsDeleted = "accountsDeleted"
        ping = "ping"
        financialConsentCreated = "financialConsentCreated"

    register(
        WebhookEventType,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="webhook_event_type",
                title="Connect webhook event type",
                description="The eventType of a Connect webhook: what happened in a Connect session. The list is not known to be complete: Mastercard's AU events page says it documents the complete list, but it and the US and Finicity events pages were read only in part.",
                field="eventType",
                sources=(
                    _S["mastercard-us-webhooks-events-connect"],
                    _S["mastercard-au-webhooks-event-connect"],
                ),
            ),
            (
                CodeInfo(
                    value="started",
                    description="A Connect session started.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-au-connect-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/webhook_event_type/#started",
                    editorial=True,
                    notes="Seen as the eventType of the envelope example.",
                ),
                CodeInfo(
                    value="added",
                    description="Sent after the customer lands on the eligible accounts page, and selects the account(s) they want to submit for their loan.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-us-webhooks-events-connect"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-webhooks-events-connect"],),
                        ),
                    ),
                    page="reference/mastercard/webhook_event_type/#added",
                ),
                CodeInfo(
                    value="adding",
                    description="The customer is entering their sign-in details at a financial institution and choosing the accounts to share.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mastercard-finicity-webhook-events-list"],
                        _S["mastercard-signzy-connect-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/webhook_event_type/#adding",
                    editorial=True,
                    notes="Mastercard's webhook events list on docs.finicity.com names adding (Supported APIs: Generate V2 Connect Full / Lite; processes VOA, VOAI, VOI, Aggregation and ACH), but the copy read stops after the first words of its description, \"Sent when a\". The whole sentence was read only in a third party's reproduction of the list (Signzy's Connect Webhooks page), so the description here is bankcodes' wording, resting on both.",
                ),
                CodeInfo(
                    value="accountsDeleted",
                    description="Sent when the specified accounts were deleted for the customer.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-us-webhooks-events-connect"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("US",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-us-webhooks-events-connect"],),
                        ),
                    ),
                    page="reference/mastercard/webhook_event_type/#accountsDeleted",
                ),
                CodeInfo(
                    value="ping",
                    description="Sent when the Generate Connect URL APIs are called to verify that the webhook URL is accessible. This endpoint must return a 200 series or the Generate Connect URL call fails.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["mastercard-au-webhooks-event-connect"],
                        _S["mastercard-finicity-connect-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU", "US")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-webhooks-event-connect"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/webhook_event_type/#ping",
                    notes='Described on the AU events list; docs.finicity.com\'s Connect Webhooks page (US) signs a ping, {"eventType":"ping","payload":{}}, in its signature example.',
                ),
                CodeInfo(
                    value="financialConsentCreated",
                    description="Sent when the customer consents to sharing data through Open Finance. Only becomes relevant when the customer adds the accounts.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["mastercard-au-webhooks-event-connect"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("AU",)),
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="This event is deprecated. To track consent lifecycle and content use Consent Notifications instead.",
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-au-webhooks-event-connect"],),
                        ),
                    ),
                    page="reference/mastercard/webhook_event_type/#financialConsentCreated",
                ),
            ),
        ),
        {},
    )
    return WebhookEventType


def _EuropeError() -> type[CodeEnum]:
    class EuropeError(CodeEnum):
        """Open Finance Europe error (Enterprise): The error code of a Mastercard Open Finance Europe (Aiia Enterprise) API error body, {error, details}, whose details vary by code. The page's table of codes was not read: the code here is its example's.

        Wire field: error of an Open Finance Europe (Enterprise) API error body."""

        InvalidInput = "InvalidInput"

    register(
        EuropeError,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="europe_error",
                title="Open Finance Europe error (Enterprise)",
                description="The error code of a Mastercard Open Finance Europe (Aiia Enterprise) API error body, {error, details}, whose details vary by code. The page's table of codes was not read: the code here is its example's.",
                field="error of an Open Finance Europe (Enterprise) API error body",
                sources=(_S["mastercard-europe-enterprise-codes"],),
            ),
            (
                CodeInfo(
                    value="InvalidInput",
                    description="The input was not valid: the error's details give the reason and the validation errors per field.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-europe-enterprise-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/europe_error/#InvalidInput",
                    editorial=True,
                    notes='The page\'s example error: its details hold reason and validationErrors. "The format and the keys of the error `details` varies between error codes."',
                ),
            ),
        ),
        {},
    )
    return EuropeError


def _EuropeInsightsReason() -> type[CodeEnum]:
    class EuropeInsightsReason(CodeEnum):
        """Open Finance Europe reason code (Insights): The reason code of a Mastercard Open Finance Europe Insights API error, answered with HTTP 400, as the rows read of its Codes and Formats page list them; the field of the body that holds it was not read, and the page's other rows were not read.

        Wire field: the reason code of an Open Finance Europe Insights API error (the body's field not read)."""

        INPUT_ERROR = "INPUT_ERROR"
        FORMAT_ERROR = "FORMAT_ERROR"

    register(
        EuropeInsightsReason,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="europe_insights_reason",
                title="Open Finance Europe reason code (Insights)",
                description="The reason code of a Mastercard Open Finance Europe Insights API error, answered with HTTP 400, as the rows read of its Codes and Formats page list them; the field of the body that holds it was not read, and the page's other rows were not read.",
                field="the reason code of an Open Finance Europe Insights API error (the body's field not read)",
                sources=(_S["mastercard-europe-insights-codes"],),
            ),
            (
                CodeInfo(
                    value="INPUT_ERROR",
                    description="`redirectUrl` length must be between 1 and 265",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-europe-insights-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["mastercard-europe-insights-codes"],)),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-europe-insights-codes"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["mastercard-europe-insights-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/europe_insights_reason/#INPUT_ERROR",
                    advice="Adjust the value provided within this field in line with advised formatting requirements.",
                    notes='The page lists it twice, for customerName ("length must be between 1 and 265 characters") and for redirectUrl.',
                ),
                CodeInfo(
                    value="FORMAT_ERROR",
                    description="Redirect URL was not provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-europe-insights-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["mastercard-europe-insights-codes"],)),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-europe-insights-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/europe_insights_reason/#FORMAT_ERROR",
                    notes='Its How to handle cell is cut in the copy read ("Provide redir").',
                ),
            ),
        ),
        {},
    )
    return EuropeInsightsReason


def _ObwmsReasonCode() -> type[NumericCodeEnum]:
    class ObwmsReasonCode(NumericCodeEnum):
        """Webhook subscription service reason code: The reason code of an error of Mastercard's webhook subscription service (its Errors.Error[] envelope, the ErrorWrapper schema: reasonCode, "A unique constant identifying the error case encountered during transaction processing"), as the US OpenAPI's examples of that envelope give them (numbers, where the schema's example is the text '10001'). The descriptions are the examples' own. The categories are bankcodes' reading.

        Wire field: Errors.Error[].reasonCode of the webhook subscription service's error body."""

        RESOURCE_NOT_FOUND = 1501
        BAD_REQUEST = 1502
        EXPIRED_APP_TOKEN = 1503
        MISSING_APP_KEY = 1504

    register(
        ObwmsReasonCode,
        lambda: (
            CodeSetInfo(
                provider="mastercard",
                id="obwms_reason_code",
                title="Webhook subscription service reason code",
                description="The reason code of an error of Mastercard's webhook subscription service (its Errors.Error[] envelope, the ErrorWrapper schema: reasonCode, \"A unique constant identifying the error case encountered during transaction processing\"), as the US OpenAPI's examples of that envelope give them (numbers, where the schema's example is the text '10001'). The descriptions are the examples' own. The categories are bankcodes' reading.",
                field="Errors.Error[].reasonCode of the webhook subscription service's error body",
                sources=(_S["mastercard-openapi-us"],),
            ),
            (
                CodeInfo(
                    value="1501",
                    description="Resource not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-openapi-us"],),
                        ),
                    ),
                    page="reference/mastercard/obwms_reason_code/#1501",
                ),
                CodeInfo(
                    value="1502",
                    description="Bad Request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-openapi-us"],),
                        ),
                    ),
                    page="reference/mastercard/obwms_reason_code/#1502",
                ),
                CodeInfo(
                    value="1503",
                    description="Expired (App-Token)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-openapi-us"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/mastercard/obwms_reason_code/#1503",
                    notes='The answer of a 401 ("The request lacks valid authentication credentials. Check \\"App-Key\\" or \\"App-Token\\"."): the integrator generates a new token ("The token is valid for two hours and is required on all calls to the Finicity APIs"; "If the token is greater than 90 minutes, generate a new one.").',
                    next_step="renew_access_token",
                    fact_sources={"next_step": ("mastercard-openapi-us",)},
                ),
                CodeInfo(
                    value="1504",
                    description="Missing parameter (App-Key)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["mastercard-openapi-us"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["mastercard-openapi-us"],),
                        ),
                    ),
                    page="reference/mastercard/obwms_reason_code/#1504",
                ),
            ),
        ),
        {},
    )
    return ObwmsReasonCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorCode",
            "ConnectEventCode",
            "ConnectRouteScreen",
            "ConnectUserAction",
            "WebhookEventType",
            "EuropeError",
            "EuropeInsightsReason",
            "ObwmsReasonCode",
        )
    )
