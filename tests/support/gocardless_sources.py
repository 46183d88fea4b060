"""The addresses of GoCardless Bank Account Data's (formerly Nordigen) sources that several test
modules of tests/catalog cite: the statuses page (developer.gocardless.com/bank-account-data/
statuses), the Bank Account Data help centre's articles (bankaccountdata.zendesk.com/hc/en-gb/
articles/...) and nordigen/nordigen-php at acbf54570d29c0487ffbe709fb11d3821f9ae7b0. The facts
read there are typed in the test modules, beside the tests that check them."""

from __future__ import annotations

STATUSES_PAGE = "https://developer.gocardless.com/bank-account-data/statuses"
HELP = "https://bankaccountdata.zendesk.com/hc/en-gb/articles/"
END_USER_ERRORS_PAGE = (
    HELP + "15926622146716-How-to-recognise-and-handle-end-user-authentication-errors"
)
ACCOUNT_ERRORS_PAGE = HELP + "16671586189212-Account-Endpoint-Errors-and-Suspended-Accounts"
SUSPENSION_PAGE = HELP + "11529566180892-Account-suspension"
RATE_LIMITS_PAGE = HELP + "11529637772188-Bank-Account-Data-API-Rate-Limits"
REGAIN_ACCESS_PAGE = (
    HELP + "11529208772892-How-to-regain-access-to-an-account-once-the-access-has-expired"
)
PHP = "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/"
