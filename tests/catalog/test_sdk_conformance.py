"""Lean's five SDKs hand the app the same callback with different field names, nullability and
statuses. The facts below are typed from each SDK's own source, not from the catalog:

- web: lean-postman UAE/LinkSDK/README.md @ b883f28 ("Callback", the CallbackData block);
- React Native: link-sdk-react-native src/types/sdk.ts and LeanWebClient.ts @ 40b3b85;
- Flutter: link-sdk-flutter lib/lean_types.dart (LeanResponse) and lean_web_client.dart @ 2202373;
- iOS: link-sdk-ios-distribution README.md @ 5d805a6 ("Responses", struct LeanStatus);
- Android: docs.leantech.me/docs/android (Lean.Listener, onResponse(response: Lean.Response)).

The generated callback schemas, pydantic models and TypeScript type must accept what each sends.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bankcodes import Category, payloads
from tests.support.helpers import ROOT, install_package, spec_data
from tests.support.typescript import compile_node_app

#: Field -> (JSON type, may be null), dotted through nested objects.
Fields = dict[str, tuple[str, bool]]

WEB: Fields = {
    "status": ("string", False),
    "message": ("string", False),
    "bank": ("object", False),
    "bank.bank_identifier": ("string", False),
    "bank.is_supported": ("boolean", False),
    "exit_point": ("string", False),
    "secondary_status": ("string", False),
    "last_api_response": ("string", False),
    "user_exit_intent": ("string", False),
    "exit_intent_point": ("string", False),
    "exit_survey_reason": ("string", False),
    "lean_correlation_id": ("string", False),
    "open_banking_redirect_url": ("string", False),
}
REACT_NATIVE: Fields = {
    "status": ("string", True),
    "message": ("string", True),
    "last_api_response": ("string", True),
    "exit_point": ("string", True),
    "exit_intent_point": ("string", True),
    "exit_survey_reason": ("string", True),
    "user_exit_intent": ("string", True),
    "lean_correlation_id": ("string", True),
    "secondary_status": ("string", True),
    "bank": ("object", False),
    "bank.bank_identifier": ("string", True),
    "bank.is_supported": ("boolean", False),
}
FLUTTER: Fields = {
    "status": ("string", False),
    "message": ("string", True),
    "lastApiResponse": ("string", True),
    "exitPoint": ("string", True),
    "secondaryStatus": ("string", True),
    "bankId": ("string", True),
    "bankIsSupported": ("boolean", True),
    "exitIntentPoint": ("string", True),
    "exitSurveyReason": ("string", True),
    "leanCorrelationId": ("string", True),
    "userExitIntent": ("string", True),
}
IOS: Fields = {
    "method": ("string", False),
    "status": ("string", False),
    "message": ("string", True),
    "lastApiResponse": ("string", True),
    "exitPoint": ("string", True),
    "secondaryStatus": ("string", True),
    "bankDetails": ("object", False),
    "bankDetails.bankIdentifier": ("string", True),
    "bankDetails.isSupported": ("boolean", True),
}
ANDROID: Fields = {
    "status": ("string", False),
    "message": ("string", True),
    "secondaryStatus": ("string", True),
}
SDKS: dict[str, Fields] = {
    "web": WEB,
    "react-native": REACT_NATIVE,
    "flutter": FLUTTER,
    "ios": IOS,
    "android": ANDROID,
}
#: The status values each SDK's own typing or docs allow.
STATUSES = {
    "web": ("SUCCESS", "ERROR", "CANCELLED", "REDIRECT", "LINK_CLOSED_PROGRAMMATICALLY"),
    "react-native": ("SUCCESS", "CANCELLED", "ERROR"),
    "ios": ("ERROR", "CANCELLED"),
    "android": ("SUCCESS", "CANCELLED", "ERROR"),
}
IOS_METHODS = ("LINK", "RECONNECT", "CREATE_PAYMENT_SOURCE", "PAY")
#: The query parameters each mobile SDK reads the bank from, on the same redirect URL.
BANK_PARAMS = {
    "react-native": {
        "bank_identifier": "bank.bank_identifier",
        "bank_is_supported": "bank.is_supported",
    },
    "flutter": {"bank_id": "bankId", "is_supported": "bankIsSupported"},
}

SAMPLE = {"string": "INVALID_CREDENTIALS", "boolean": True}


def _payload(fields: Fields, *, nulls: bool, sdk: str) -> dict[str, Any]:
    """An object as the SDK sends it: every field, nullable ones null when `nulls`."""
    data: dict[str, Any] = {}
    for path, (kind, nullable) in fields.items():
        if kind == "object":
            continue
        *parents, name = path.split(".")
        target = data
        for parent in parents:
            target = target.setdefault(parent, {})
        if nulls and nullable:
            target[name] = None
        elif name in ("status",):
            target[name] = STATUSES.get(sdk, ("SUCCESS",))[0]
        elif name == "method":
            target[name] = IOS_METHODS[0]
        elif name in ("user_exit_intent", "userExitIntent"):
            target[name] = "USER_CANCELLED_PAYMENT"
        else:
            target[name] = SAMPLE[kind]
    return data


def _shapes() -> dict[str, dict[str, Any]]:
    kind = spec_data()["payloads"]["lean/callback"]
    return {shape["sdk"]: shape for shape in kind["sdk_shapes"]}


def test_the_catalog_records_each_sdk_as_its_source_has_it() -> None:
    shapes = _shapes()
    assert set(shapes) == set(SDKS)
    for sdk, fields in SDKS.items():
        recorded = {
            path: (field["type"], field.get("nullable", False))
            for path, field in shapes[sdk]["fields"].items()
        }
        assert recorded == fields, sdk
        assert tuple(shapes[sdk].get("values", {}).get("status", ())) == STATUSES.get(sdk, ())
    assert tuple(shapes["ios"]["values"]["method"]) == IOS_METHODS
    for sdk, params in BANK_PARAMS.items():
        recorded = shapes[sdk]["redirect_params"]
        assert {param: recorded[param] for param in params} == params


def _schema(mode: str) -> dict[str, Any]:
    suffix = ".schema.json" if mode == "lenient" else ".strict.schema.json"
    path = ROOT / "generated" / "jsonschema" / "lean" / f"callback{suffix}"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("sdk", SDKS)
@pytest.mark.parametrize("nulls", [False, True])
def test_the_schemas_and_models_accept_what_each_sdk_sends(sdk: str, nulls: bool) -> None:
    data = _payload(SDKS[sdk], nulls=nulls, sdk=sdk)
    for mode in ("lenient", "strict"):
        jsonschema.Draft202012Validator(_schema(mode)).validate(data)
    model = payloads.validate("lean/callback", json.dumps(data))
    assert model is not None


def test_a_field_no_sdk_sends_is_refused_by_the_strict_schema() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_schema("strict")).validate({"bank_is_supported": "true"})


def test_every_sdk_status_is_a_known_callback_status() -> None:
    from bankcodes import lean

    for sdk, statuses in STATUSES.items():
        for status in statuses:
            assert isinstance(lean.CallbackStatus.parse(status), lean.CallbackStatus), (sdk, status)
    for method in IOS_METHODS:
        assert isinstance(lean.CallbackMethod.parse(method), lean.CallbackMethod), method


def test_a_camel_case_callback_is_classified_by_its_secondary_status() -> None:
    from bankcodes import lean

    flutter = _payload(FLUTTER, nulls=False, sdk="flutter")
    model = payloads.validate("lean/callback", json.dumps(flutter))
    assert model.secondaryStatus is lean.SecondaryStatus.INVALID_CREDENTIALS
    assert lean.SecondaryStatus.INVALID_CREDENTIALS.category is Category.CREDENTIALS_INVALID


def test_the_typescript_type_accepts_what_each_sdk_sends(
    tmp_path: Path, typescript_installed: Path
) -> None:
    lines = ['import { parseLeanCallback, type LeanCallbackData } from "bankcodes";']
    for index, (sdk, fields) in enumerate(SDKS.items()):
        for nulls in (False, True):
            data = json.dumps(_payload(fields, nulls=nulls, sdk=sdk))
            lines.append(f"export const sdk{index}{int(nulls)}: LeanCallbackData = {data};")
    flutter = json.dumps(_payload(FLUTTER, nulls=False, sdk="flutter"))
    lines.append(f"export const parsed = parseLeanCallback({flutter});")
    lines.append('if (parsed.kind === "callback") console.log(JSON.stringify(parsed));')
    app = tmp_path / "app"
    install_package(app, typescript_installed)
    (app / "sdks.ts").write_text("\n".join(lines) + "\n")
    compiled = compile_node_app(app, ["sdks.ts"], outDir="out")
    assert compiled.returncode == 0, compiled.stdout
    output = subprocess.run(
        ["node", str(app / "out" / "sdks.js")], capture_output=True, text=True, check=True
    ).stdout
    parsed = json.loads(output)
    assert parsed["code"] == "INVALID_CREDENTIALS"
    assert parsed["category"] == "credentials_invalid"
