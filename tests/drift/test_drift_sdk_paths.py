"""An SDK rule's `enum` names a union by its path where a bare name is not enough: a type alias
inside a namespace (stripe-node declares a `Status` in each of several namespaces), a property of
an object type (Pluggy's connector health status, a property of an object within a type alias)
and a property of each object type of an intersection (Akahu's webhook payloads, each
`BasePayload & {webhook_code: ...}`). A rule with `keys` reads an object's keys, a class's
field's too, or an interface's members' names (an SDK's map of codes to texts, a client's
methods). The excerpts are typed from the files their comments name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.drift import extract
from codegen.drift.errors import DriftInputError
from tests.support.drift_case import SOURCE, typed
from tests.support.helpers import spec_data

#: An excerpt of stripe-node's src/resources/FinancialConnections/Accounts.ts (at 66394216,
#: lines 357-448): three namespaces each declare a union named Status.
STRIPE_ACCOUNTS = """\
export namespace Account {
  export type Status = 'active' | 'disconnected' | 'inactive' | OtherString;

  export namespace AccountNumber {
    export type IdentifierType = 'account_number' | 'tokenized_account_number';

    export type Status = 'deactivated' | 'transactable' | OtherString;
  }

  export namespace BalanceRefresh {
    export type Status = 'failed' | 'pending' | 'succeeded' | OtherString;
  }
}
"""

#: An excerpt of Pluggy's pluggy-node src/types/connector.ts (at 236495c7, lines 98-135): the
#: health status is a property of an object within the Connector type.
PLUGGY_CONNECTOR = """\
export type Connector = {
  /** Primary identifier of the connector */
  id: number
  health: {
    status: 'ONLINE' | 'OFFLINE' | 'UNSTABLE'
    stage: 'BETA' | null
  }
}
"""

#: An excerpt of Akahu's akahu-sdk-js src/models/webhooks.ts (at f7dc54af, lines 37-131): each
#: payload is the base payload and an object type of its own.
AKAHU_WEBHOOKS = """\
export type BasePayload = {
  webhook_type: WebhookType;
  webhook_code: string;
  state: string;
};

export type TokenDeletePayload = BasePayload & {
  webhook_code: "DELETE";
  item_id: string;
};

export type TransactionUpdatePayload = BasePayload & {
  webhook_code: "DEFAULT_UPDATE" | "INITIAL_UPDATE";
  item_id: string;
};
"""


def _read(text: str, enum: str | list[str], tmp_path: Path) -> list[tuple[str, str]]:
    """(value, where) of every code a TypeScript rule naming `enum` reads from `text`."""
    copy = tmp_path / "sdk.ts"
    copy.write_text(text)
    data = spec_data("gocardless", "plaid")
    extractor: dict[str, Any] = {
        "format": "typescript",
        "code_sets": [{"code_set": "plaid.link_exit_status", "enum": enum}],
    }
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": extractor}
    return [(p.value, p.where) for p in extract(typed(data), SOURCE, copy)]


def test_a_union_in_a_namespace_is_read_by_its_path_from_each_namespace(tmp_path: Path) -> None:
    number = [("deactivated", "line 7"), ("transactable", "line 7")]
    assert _read(STRIPE_ACCOUNTS, "AccountNumber.Status", tmp_path) == number
    assert _read(STRIPE_ACCOUNTS, "Account.AccountNumber.Status", tmp_path) == number
    refresh = ["failed", "pending", "succeeded"]
    assert [v for v, _ in _read(STRIPE_ACCOUNTS, "BalanceRefresh.Status", tmp_path)] == refresh
    account = ["active", "disconnected", "inactive"]
    assert [v for v, _ in _read(STRIPE_ACCOUNTS, "Account.Status", tmp_path)] == account


def test_a_property_of_an_object_within_a_type_is_read_by_its_path(tmp_path: Path) -> None:
    assert _read(PLUGGY_CONNECTOR, "Connector.health.status", tmp_path) == [
        ("ONLINE", "line 5"),
        ("OFFLINE", "line 5"),
        ("UNSTABLE", "line 5"),
    ]


def test_the_object_types_of_an_intersection_give_their_properties(tmp_path: Path) -> None:
    names = ["TokenDeletePayload.webhook_code", "TransactionUpdatePayload.webhook_code"]
    assert _read(AKAHU_WEBHOOKS, names, tmp_path) == [
        ("DELETE", "line 8"),
        ("DEFAULT_UPDATE", "line 13"),
        ("INITIAL_UPDATE", "line 13"),
    ]
    # The base payload's code is a string: a property with no literal lists nothing, and a
    # copy its rules read nothing from is refused.
    with pytest.raises(DriftInputError, match="gives no code"):
        _read(AKAHU_WEBHOOKS, "BasePayload.webhook_code", tmp_path)


def test_a_path_no_declaration_has_is_refused_naming_what_the_file_declares(
    tmp_path: Path,
) -> None:
    with pytest.raises(DriftInputError, match=r"declares no enum, union, object or array "):
        _read(PLUGGY_CONNECTOR, "Connector.status", tmp_path)


#: An excerpt of Akahu's akahu-sdk-js src/errors.ts (at f7dc54af, lines 24-46): a class's map of
#: OAuth error codes to the texts the SDK shows.
AKAHU_ERRORS = """\
export class AkahuErrorResponse extends AkahuError {
  status: number;
  static oAuthErrorCodeMap: Record<string, string> = {
    invalid_request: "Invalid OAuth request.",
    "server_error": "Unknown server error.",
  };
}
"""

#: An excerpt of Lean's link-sdk-react-native src/types/sdk.ts (at 40b3b859, lines 71-84): the
#: methods of the SDK's ref.
LEAN_REF = """\
export interface LinkSDKRef {
  link: (params: LinkParams) => void;
  connect: (params: ConnectParams) => void;
  captureRedirect(params: CaptureRedirectParams): void;
}
"""

#: An excerpt of fintoc-react-native's src/lib/constants.ts (at 027594b8, lines 8-11).
FINTOC_EVENTS = """\
export const EVENT_MAP = {
  'fintocwidget://succeeded': 'onSuccess',
  'fintocwidget://exit': 'onExit',
} as WebViewEventMap;
"""


def _keys(text: str, enum: str, tmp_path: Path) -> list[tuple[str, str]]:
    copy = tmp_path / "keys.ts"
    copy.write_text(text)
    data = spec_data("gocardless", "plaid")
    rule = {"code_set": "plaid.link_exit_status", "enum": enum, "keys": True}
    extractor = {"format": "typescript", "code_sets": [rule]}
    data["sources"][SOURCE] = {"kind": "third-party", "title": "t", "extract": extractor}
    return [(p.value, p.where) for p in extract(typed(data), SOURCE, copy)]


def test_a_keys_rule_reads_an_object_s_keys_or_an_interface_s_members(tmp_path: Path) -> None:
    field = "AkahuErrorResponse.oAuthErrorCodeMap"
    assert _keys(AKAHU_ERRORS, field, tmp_path) == [
        ("invalid_request", "line 4"),
        ("server_error", "line 5"),
    ]
    assert _keys(LEAN_REF, "LinkSDKRef", tmp_path) == [
        ("link", "line 2"),
        ("connect", "line 3"),
        ("captureRedirect", "line 4"),
    ]
    assert [v for v, _ in _keys(FINTOC_EVENTS, "EVENT_MAP", tmp_path)] == [
        "fintocwidget://succeeded",
        "fintocwidget://exit",
    ]
    # Without keys, the object's values are read: the SDK's handlers, not its codes.
    values = [v for v, _ in _read(FINTOC_EVENTS, "EVENT_MAP", tmp_path)]
    assert values == ["onSuccess", "onExit"]


def test_a_keys_rule_on_a_union_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DriftInputError, match="Connector is no object literal or interface"):
        _keys(PLUGGY_CONNECTOR, "Connector", tmp_path)
