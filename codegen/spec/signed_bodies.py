"""A payload kind whose bodies travel as the payload of a signed JSON Web Token rather than as
JSON (a standard's error responses sent as application/jwt)."""

from __future__ import annotations

from pydantic import Field as PydField

from codegen.spec.base import SourceRefs, SpecModel, Text


class SignedBody(SpecModel):
    """Bodies of the kind travel as the payload of a signed JSON Web Token (application/jwt,
    the JWS compact serialization): every reader reads such a token's payload as a body of the
    kinds that say so (recognised among them alone), without verifying its signature, and says
    that it did not, and why."""

    unverified: Text = PydField(
        description="Why no reader verifies the token's signature (the sources name no signer, "
        "algorithm or key for it): said with every answer read from such a body."
    )
    sources: SourceRefs = PydField(description="Where the sources say the body is a JWT.")
