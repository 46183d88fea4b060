"""`bankcodes mcp`, driven by the MCP SDK's own client over standard input and output, started
as the site's client configuration says: its read-only tools, each code's page as a resource,
and the input it refuses."""

from __future__ import annotations

import functools
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bankcodes import _mcp_answers as answers
from bankcodes import cli
from tests.support.helpers import ROOT, python_path, spec_data

if TYPE_CHECKING:
    # The SDK is imported by the tests that use it: the workers that collect this module
    # without running it do not load it.
    from anyio.from_thread import BlockingPortal
    from mcp import ClientSession
    from mcp.types import CallToolResult

PAGE = ROOT / "site" / "docs" / "mcp.md"
BIN = Path(sys.executable).parent
TOOLS = {
    "lookup_code",
    "explain_payload",
    "list_equivalents",
    "list_providers",
    "list_code_sets",
    "list_codes",
}
#: Plaid's error object for ITEM_LOGIN_REQUIRED, as Plaid's "Item errors" page shows it
#: (https://plaid.com/docs/errors/item/), in the HTTP 400 response the page says it comes in.
PLAID_BODY = {
    "error_type": "ITEM_ERROR",
    "error_code": "ITEM_LOGIN_REQUIRED",
    "error_message": "the login details of this item have changed (credentials, MFA, or required "
    "user action) and a user login is required to update this information. use Link's update "
    "mode to restore the item to a good state",
    "display_message": None,
    "request_id": "HNTDNrA8F1shFEW",
}
PLAID_RESPONSE = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n" + json.dumps(
    PLAID_BODY
)


def _page_blocks(language: str) -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.S | re.M)


class Client:
    """A ClientSession of the SDK, running in a portal's event loop, called from a test."""

    def __init__(self, portal: BlockingPortal, session: ClientSession) -> None:
        self.portal, self.session = portal, session

    def run(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.portal.call(functools.partial(call, *args, **kwargs))

    def tool(self, name: str, **arguments: Any) -> CallToolResult:
        result: CallToolResult = self.run(self.session.call_tool, name, arguments)
        return result

    def answer(self, name: str, **arguments: Any) -> Any:
        result = self.tool(name, **arguments)
        assert not result.is_error, result.content
        assert result.structured_content is not None
        return result.structured_content

    def page(self, uri: str) -> str:
        from mcp.types import TextResourceContents

        contents = self.run(self.session.read_resource, uri).contents
        assert len(contents) == 1 and isinstance(contents[0], TextResourceContents)
        assert contents[0].mime_type == "text/markdown"
        return contents[0].text


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """One server for the module, started with the command and arguments of the site's Claude
    Desktop configuration (the command being the console script of this environment)."""
    from anyio.from_thread import start_blocking_portal
    from mcp import ClientSession, StdioServerParameters, stdio_client

    config = json.loads(_page_blocks("json")[0])["mcpServers"]["bankcodes"]
    server = StdioServerParameters(command=str(BIN / config["command"]), args=config["args"])
    log = tmp_path_factory.mktemp("mcp") / "stderr.txt"
    with (
        log.open("w") as errors,
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(stdio_client(server, errlog=errors)) as streams,
        portal.wrap_async_context_manager(ClientSession(*streams)) as session,
    ):
        portal.call(session.initialize)
        yield Client(portal, session)


def test_the_site_configurations_start_bankcodes_mcp() -> None:
    """Both client configurations on the page run `bankcodes mcp` (VS Code's with its type)."""
    claude, vscode = (json.loads(block) for block in _page_blocks("json"))
    assert claude == {"mcpServers": {"bankcodes": {"command": "bankcodes", "args": ["mcp"]}}}
    assert vscode == {
        "servers": {"bankcodes": {"type": "stdio", "command": "bankcodes", "args": ["mcp"]}}
    }


def test_the_tools_are_listed_read_only_with_typed_input(client: Client) -> None:
    tools = {tool.name: tool for tool in client.run(client.session.list_tools).tools}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.description and tool.annotations is not None
        assert tool.annotations.read_only_hint is True
        assert tool.annotations.open_world_hint is False
    schema = tools["lookup_code"].input_schema
    assert schema["required"] == ["code"]
    assert schema["properties"]["code"]["maxLength"] == answers.MAX_CODE
    (listed,) = [kind for kind in schema["properties"]["provider"]["anyOf"] if "enum" in kind]
    assert listed["enum"] == list(spec_data()["providers"])


def test_plaid_item_login_required_is_reconnect_required(client: Client) -> None:
    """Plaid's Item errors page: ITEM_LOGIN_REQUIRED means the user must log in again (through
    Link's update mode), so the same request cannot succeed until they do, and they can."""
    found = client.answer("lookup_code", code="ITEM_LOGIN_REQUIRED", provider="plaid")
    first = found["answers"][0]
    assert (first["match"], first["provider"], first["code_set"]) == (
        "exact",
        "plaid",
        "error_code",
    )
    assert first["category"] == "reconnect_required"
    assert first["retryable"] is False and first["end_user_can_retry"] is True
    assert [h["status"] for h in first["http"]] == [400]
    assert "https://plaid.com/docs/errors/item/" in [s["url"] for s in first["sources"]]
    assert first["page"] == "bankcodes://codes/plaid/error_code/ITEM_LOGIN_REQUIRED"
    assert first["end_user"]["message"] and first["description"]


def test_a_look_up_across_providers_puts_exact_matches_first(client: Client) -> None:
    """`revoked` is a wire value of some providers, REVOKED or Revoked of others (the spec's
    codes): the exact ones come first, then the others, each group in catalog order."""
    codes = [
        (provider, code_set, str(code["value"]))
        for provider, entry in spec_data()["providers"].items()
        for code_set, found in entry["code_sets"].items()
        for code in found["codes"]
    ]
    exact = [code for code in codes if code[2] == "revoked"]
    others = [code for code in codes if code[2].casefold() == "revoked" and code[2] != "revoked"]
    assert exact and others
    found = client.answer("lookup_code", code="revoked")["answers"]
    assert [(a["provider"], a["code_set"], a["value"], a["match"]) for a in found] == [
        *((*code, "exact") for code in exact),
        *((*code, "case_insensitive") for code in others),
    ]
    found = client.answer("lookup_code", code="item_login_required")["answers"]
    assert [(a["provider"], a["value"], a["match"]) for a in found] == [
        ("plaid", "ITEM_LOGIN_REQUIRED", "case_insensitive")
    ]


def test_an_unknown_code_gets_close_matches(client: Client) -> None:
    found = client.answer("lookup_code", code="ITEM_LOGIN_REQUIRD", provider="plaid")
    assert found["known"] is False and found["suggestions"][0] == "ITEM_LOGIN_REQUIRED"


def test_a_code_its_code_sets_decide_differently_gets_each_decision(client: Client) -> None:
    """Yapily's FAILED: an authorisation's generic failure (try again) and a payment the
    institution rejected (say so). No one decision leads: the decision gives each code set's
    (as `decide --json` does, under `ambiguous`), and each answer carries its own."""
    found = client.answer("lookup_code", code="FAILED", provider="yapily")
    assert [(d["code"]["code_set"], d["next_step"]) for d in found["decision"]["ambiguous"]] == [
        ("yapily.authorisation_status", "retry"),
        ("yapily.payment_status", "tell_customer"),
    ]
    assert [(a["code_set"], a["decision"]["next_step"]) for a in found["answers"]] == [
        ("authorisation_status", "retry"),
        ("payment_status", "tell_customer"),
    ]
    # Tink's SESSION_EXPIRED: both code sets say to renew the consent, in different states.
    found = client.answer("lookup_code", code="SESSION_EXPIRED", provider="tink")
    assert [d["state"] for d in found["decision"]["ambiguous"]] == [
        "needs_end_user",
        "consent_ended",
    ]
    assert found["what_to_do"].startswith(
        "SESSION_EXPIRED is in 2 code sets, which agree on what to do: The consent has ended"
    )
    alike = client.answer("lookup_code", code="INVALID_USERNAME", provider="flinks")
    assert alike["decision"]["next_step"] == "end_user_action"


def test_a_pasted_plaid_response_is_explained_as_explain_dash_does(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = client.answer("explain_payload", text=PLAID_RESPONSE)
    assert (found["kind"], found["code"], found["status"]) == (
        "plaid/error",
        "ITEM_LOGIN_REQUIRED",
        400,
    )
    assert found["request_id"] == "HNTDNrA8F1shFEW"
    assert found["entry"]["category"] == "reconnect_required"
    stdin = io.TextIOWrapper(io.BytesIO(PLAID_RESPONSE.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out = io.StringIO()
    assert cli.main(["explain", "-", "--json"], out=out) == 0
    assert found == json.loads(out.getvalue())


def test_a_standard_s_body_inside_a_provider_s_error_is_explained_in_every_layer(
    client: Client,
) -> None:
    """Yapily's error holding a UK Open Banking v4 body whose ErrorCode is ISO 20022's TKSP
    (tests/catalog/test_ukob_v4_bodies.py): the code, its own code set and standard, the body
    holding it and the provider's code around it, as `explain - --json` gives them."""
    from tests.catalog.test_ukob_v4_bodies import HOLDER, NESTED

    found = client.answer("explain_payload", text=json.dumps(NESTED))
    assert (found["kind"], found["code_set"], found["code"]) == (
        "ukob/error",
        "iso20022.status_reason",
        "TKSP",
    )
    assert (found["entry"]["provider"], found["entry"]["category"]) == (
        "iso20022",
        "reconnect_required",
    )
    assert (found["holder"], found["outer"]["kind"], found["outer"]["code"]) == (
        HOLDER,
        "yapily/error",
        "INSTITUTION",
    )


def test_oversize_and_malformed_arguments_are_refused(client: Client) -> None:
    def refused(name: str, **arguments: Any) -> str:
        result = client.tool(name, **arguments)
        assert result.is_error
        (content,) = result.content
        assert content.type == "text"
        return content.text

    text = "x" * (answers.MAX_PAYLOAD + 1)
    assert "the input given is over 1048576 bytes" in refused("explain_payload", text=text)
    said = refused("lookup_code", code="A" * (answers.MAX_CODE + 1))
    assert "code" in said and f"at most {answers.MAX_CODE} characters" in said
    assert "provider" in refused("lookup_code", code="X", provider="plaidd")
    assert "code" in refused("lookup_code", provider="plaid")  # no code at all
    said = refused("list_code_sets", provider="plaid", code_set="error_codes")
    assert "plaid has no code set 'error_codes'" in said and "error_code" in said


def test_a_codes_equivalents_come_as_the_catalog_groups_them(client: Client) -> None:
    found = client.answer("list_equivalents", code="ITEM_LOGIN_REQUIRED", provider="plaid")
    (first,) = found["answers"]
    assert (first["provider"], first["value"], first["category"]) == (
        "plaid",
        "ITEM_LOGIN_REQUIRED",
        "reconnect_required",
    )
    (group,) = [
        g
        for g in spec_data()["equivalents"]
        if "plaid.error_code.ITEM_LOGIN_REQUIRED" in g["codes"]
    ]
    closer = first["closer_equivalents"]
    assert closer[0] == {
        "provider": "lean",
        "code_set": "data_api_status",
        "value": "RECONNECT_REQUIRED",
        "same": group["same"],
        "reason": group["reason"],
    }
    assert "plaid" not in first["same_category_only"]
    assert "RECONNECT_REQUIRED" not in first["same_category_only"].get("lean", [])


def test_the_providers_and_their_code_sets_are_listed(client: Client) -> None:
    spec = spec_data()["providers"]
    listed = client.answer("list_providers")["result"]
    assert [p["provider"] for p in listed] == list(spec)
    plaid = listed[[p["provider"] for p in listed].index("plaid")]
    assert plaid["code_sets"] == list(spec["plaid"]["code_sets"])
    sets = client.answer("list_code_sets", provider="plaid")["result"]
    assert [s["code_set"] for s in sets] == list(spec["plaid"]["code_sets"])
    (error_code,) = client.answer("list_code_sets", provider="plaid", code_set="error_code")[
        "result"
    ]
    assert error_code["field"] == spec["plaid"]["code_sets"]["error_code"]["field"]
    values = [c["value"] for c in error_code["codes"]]
    assert values == [c["value"] for c in spec["plaid"]["code_sets"]["error_code"]["codes"]]


def test_every_code_has_its_page_as_a_resource(client: Client) -> None:
    from mcp.shared.exceptions import MCPError

    listed = client.run(client.session.list_resources).resources
    spec = spec_data()["providers"]
    assert len(listed) == sum(
        len(s["codes"]) for p in spec.values() for s in p["code_sets"].values()
    )
    assert all(resource.mime_type == "text/markdown" for resource in listed)
    page = client.page("bankcodes://codes/plaid/error_code/ITEM_LOGIN_REQUIRED")
    lines = page.splitlines()
    assert lines[0] == "# ITEM_LOGIN_REQUIRED"
    assert lines[2] == "plaid · Error code · bankcodes.plaid.ErrorCode.ITEM_LOGIN_REQUIRED"
    (code,) = [
        c
        for c in spec["plaid"]["code_sets"]["error_code"]["codes"]
        if c["value"] == "ITEM_LOGIN_REQUIRED"
    ]
    assert lines[4] == code["description"]
    assert lines[6].startswith("- category: reconnect_required (Reconnect required)")
    assert "- source: Plaid Docs: Item errors <https://plaid.com/docs/errors/item/>" in lines
    # MX's postMessage types carry slashes (mx/load): percent-encoded in the address.
    assert client.page("bankcodes://codes/mx/postmessage_type/mx%2Fload").startswith("# mx/load\n")
    with pytest.raises(MCPError, match="plaid's error_code has no code 'NOPE'"):
        client.page("bankcodes://codes/plaid/error_code/NOPE")


def test_every_pages_address_reads_back_as_its_code() -> None:
    """The address template gives back each code's provider, code set and wire value, and the
    SDK's checks of a template's values let every one through."""
    from mcp.server.mcpserver.resources import DEFAULT_RESOURCE_SECURITY
    from mcp.shared.uri_template import UriTemplate

    template = UriTemplate.parse(answers.PAGE_URI)
    pages = answers.pages()
    assert len(pages) > 2000
    for uri, provider, member in pages:
        params = template.match(uri)
        assert params == {
            "provider": provider,
            "code_set": type(member).code_set().id,
            "value": str(member.value),
        }
        assert DEFAULT_RESOURCE_SECURITY.validate(params) is None, uri


@pytest.mark.subprocess
def test_the_sites_program_prints_what_the_page_says() -> None:
    """The page's Python client, run as a program with this environment's `bankcodes`."""
    (program,) = _page_blocks("python")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    tools, found = result.stdout.splitlines()
    assert tools == repr(sorted(TOOLS))
    expected = PAGE.read_text(encoding="utf-8").split("then `")[-1].split("`")[0]
    assert found == expected == "plaid ITEM_LOGIN_REQUIRED reconnect_required"


@pytest.mark.subprocess
def test_without_the_sdk_the_command_says_how_to_install_it() -> None:
    """The package alone on the path (no site-packages, so no SDK): one error line, exit 2."""
    result = subprocess.run(
        [sys.executable, "-S", "-m", "bankcodes.cli", "mcp"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": python_path(ROOT)},
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "bankcodes mcp: the MCP server needs the MCP SDK (the mcp package, 2.x), and mcp cannot "
        "be imported: pip install 'bankcodes[mcp]' (in a checkout of bankcodes: "
        "pip install '.[mcp]')"
    ]


@pytest.mark.subprocess
def test_bankcodes_and_its_other_commands_never_load_the_sdk() -> None:
    code = (
        "import io, sys\n"
        "from bankcodes import cli\n"
        "cli.main(['explain', 'ITEM_LOGIN_REQUIRED'], out=io.StringIO())\n"
        "cli.main(['list', '--provider', 'plaid'], out=io.StringIO())\n"
        "cli.main(['mcp', '--help'], out=io.StringIO())\n"
        "print(sorted({m.partition('.')[0] for m in sys.modules} & {'mcp', 'mcp_types', 'anyio'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.splitlines()[-1] == "[]"


@pytest.mark.subprocess
def test_the_answers_open_no_file_beyond_the_package_and_no_socket() -> None:
    """Every tool's answer and a page, with an audit hook recording each file opened and each
    socket made once the server is built: only the package's own modules are opened."""
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "import bankcodes\n"
        "from bankcodes import _mcp_server as server\n"
        "server.server()\n"
        "events = []\n"
        "def hook(event, args):\n"
        "    events.append((event, str(args[0]) if args else ''))\n"
        "sys.addaudithook(hook)\n"
        "server.lookup_code('ITEM_LOGIN_REQUIRED')\n"
        f"server.explain_payload({PLAID_RESPONSE!r})\n"
        "server.list_equivalents('17', 'mx')\n"
        "server.list_providers()\n"
        "server.list_code_sets('basiq', 'connection_status')\n"
        "server.code_page('truelayer', 'data_api_v3_error', 'Invalid State')\n"
        "package = Path(bankcodes.__file__).absolute().parent\n"
        "print(json.dumps([(event, name) for event, name in events if event.startswith('socket')"
        " or (event == 'open' and not Path(name).absolute().is_relative_to(package))]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(result.stdout) == []


@pytest.mark.subprocess
def test_a_frame_the_server_cannot_read_is_answered_as_json_rpc_asks() -> None:
    """JSON-RPC 2.0 (its section 5.1): a line that is no JSON (or nested past any reader's
    depth) gets a Parse error (-32700), JSON that is no request, or a line over the longest
    message, an Invalid Request (-32600), each with id null, and the server goes on: the request
    after them is answered."""
    script = Path(sys.executable).parent / "bankcodes"
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "test", "version": "1"},
        },
    }
    bad_ids = [{"a": 1}, [1], True, 1.5, None]  # JSON-RPC and MCP: a string or an integer
    from bankcodes._mcp_server import MAX_MESSAGE

    too_long = json.dumps({"jsonrpc": "2.0", "id": 2, "method": "x" * MAX_MESSAGE})
    frames = [
        "not json",
        '{"jsonrpc": "2.0", "id": 7',
        "[" * 5000 + "]" * 5000,  # nested deeper than any reader recurses
        '{"a": 1}',
        "[1, 2]",
        *(json.dumps({"jsonrpc": "2.0", "id": bad, "method": "ping"}) for bad in bad_ids),
        too_long,  # passed over unread
        json.dumps({"jsonrpc": "2.0", "id": 3, "method": "m" * 100_000}),  # no method, not echoed
        json.dumps(initialize),
    ]
    process = subprocess.Popen(
        [str(script), "mcp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write("\n".join(frames) + "\n")
        process.stdin.flush()
        answers = [json.loads(process.stdout.readline()) for _ in frames]
    finally:
        process.stdin.close()
        process.wait(timeout=30)
    errors = [(a["id"], a["error"]["code"], a["error"]["message"]) for a in answers[:-1]]
    assert errors == [
        (None, -32700, "Parse error"),
        (None, -32700, "Parse error"),
        (None, -32700, "Parse error"),
        (None, -32600, "Invalid Request"),
        (None, -32600, "Invalid Request"),
    ] + [(None, -32600, "Invalid Request")] * (len(bad_ids) + 2)
    assert answers[-1]["id"] == 1 and answers[-1]["result"]["serverInfo"]["name"] == "bankcodes"
