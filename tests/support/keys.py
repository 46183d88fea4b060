"""Keys in the forms other libraries take them."""

from __future__ import annotations

import base64


def p521_pem(private: dict[str, str]) -> str:
    """A P-521 private JWK as the PKCS#8 PEM that truelayer-signing's `sign_with_pem` takes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    scalar = int.from_bytes(base64.urlsafe_b64decode(private["d"] + "=="), "big")
    key = ec.derive_private_key(scalar, ec.SECP521R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
