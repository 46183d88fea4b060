"""A Plaid webhook that several tests read alike: an ITEM webhook with webhook code ERROR, whose
error is ITEM_LOGIN_REQUIRED (an item error). The payload readers decide it by its error code
(tests/payloads/test_code_fields.py), the decoder shows its codes in that order
(tests/site/test_decoder.py), and the JWT corpus signs it (tests/support/jwt_corpus.py)."""

from __future__ import annotations

ITEM_ERROR = {
    "webhook_type": "ITEM",
    "webhook_code": "ERROR",
    "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb",
    "error": {
        "error_type": "ITEM_ERROR",
        "error_code": "ITEM_LOGIN_REQUIRED",
        "error_message": "the login details of this item have changed",
        "display_message": None,
    },
    "environment": "production",
}
