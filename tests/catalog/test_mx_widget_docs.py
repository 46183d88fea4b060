"""MX Connect widget messages as the widget's own docs/POST_MESSAGES.md spells them where its
source sends them under another name, and the reasons of a blocked routing number
(mxenabled/connect-widget at 10780353adc3ee6fea65c3328a009582bbc3d20c: docs/POST_MESSAGES.md,
src/views/connected/Connected.tsx, src/views/connecting/Connecting.js,
src/views/microdeposits/const.js and RoutingNumber.js). Expected values are typed from those
files."""

from __future__ import annotations

import pytest

from bankcodes import mx

WIDGET_COMMIT = "10780353adc3ee6fea65c3328a009582bbc3d20c"

#: docs/POST_MESSAGES.md's spellings of two types the widget sends under another name:
#: Connected.tsx sends connect/connected/primaryAction, Connecting.js connect/memberStatusUpdate.
DOCS_SPELLINGS = {
    "mx/connect/memberConnected/primaryAction": "mx/connect/connected/primaryAction",
    "mx/connect/memberStatusUpdated": "mx/connect/memberStatusUpdate",
}


@pytest.mark.parametrize(("spelling", "value"), DOCS_SPELLINGS.items())
def test_the_docs_spelling_of_a_sent_type_is_its_alias(spelling: str, value: str) -> None:
    member = mx.PostMessageType(value)
    assert member.info.aliases == (spelling,)
    assert mx.PostMessageType.parse(spelling) is member
    assert spelling not in {m.value for m in mx.PostMessageType}
    assert "mx-widget-docs-post-messages" in [source.id for source in member.sources]


def test_the_blocked_routing_number_reasons_are_the_widgets() -> None:
    # src/views/microdeposits/const.js: BLOCKED_REASONS = { INVALID: 0, BLOCKED: 1,
    # CLIENT_BLOCKED: 2, IAV_PREFERRED: 3 }; RoutingNumber.js posts reason_name as reason.
    member = mx.PostMessageType("mx/connect/microdeposits/blockedRoutingNumber")
    notes = member.info.notes or ""
    for reason in ("INVALID", "BLOCKED", "CLIENT_BLOCKED", "IAV_PREFERRED"):
        assert reason in notes, reason
    assert "does not list" not in notes
    urls = [source.url for source in member.sources]
    assert (
        f"https://github.com/mxenabled/connect-widget/blob/{WIDGET_COMMIT}/"
        "src/views/microdeposits/const.js"
    ) in urls
