"""`bankcodes mcp`: the catalog served over the Model Context Protocol on standard input and
output, with the official SDK (`pip install 'bankcodes[mcp]'`). Its tools only read the catalog
(bankcodes._mcp_answers gives every answer); each code's page is a resource. Nothing is read
from a file or the network, and a pasted body is at most what `explain -` reads."""

from __future__ import annotations

import contextlib
import functools
import inspect
import io
import json
import sys
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.server.mcpserver.resources import FunctionResource
from mcp.types import CallToolResult, TextContent, Tool, ToolAnnotations
from pydantic import Field

import bankcodes
from bankcodes import _mcp_answers as answers
from bankcodes._cli_input import Unusable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

    Provider = str
    Category = str
    Actor = str
else:
    # A provider id, a category and who acts, as the tools' input schema lists them.
    Provider = Literal[bankcodes.PROVIDERS]
    Category = Literal[tuple(category.value for category in bankcodes.Category)]
    Actor = Literal[tuple(actor.value for actor in bankcodes.Actor)]

#: What each tool is: it reads the catalog, changes nothing, and reaches nothing outside it.
READ_ONLY = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)

INSTRUCTIONS = (
    "bankcodes is a sourced catalog of the status and error codes of bank-account-linking "
    "providers and open-banking standards. Look a code up to learn its category (such as "
    "reconnect_required), whether a program may retry it, whether the end user can, what to "
    "tell the customer and the provider's own words with their sources; explain a pasted "
    "error body or HTTP response to find the code that decides it."
)

Code = Annotated[
    str,
    Field(
        min_length=1,
        max_length=answers.MAX_CODE,
        description="the code's wire value as the provider sends it, such as "
        "ITEM_LOGIN_REQUIRED (case aside, a wire value with other case also matches)",
    ),
]
AnyProvider = Annotated[
    Provider | None,
    Field(description="the provider's id; every provider when left out"),
]


@contextlib.contextmanager
def _told(error_class: type[Exception] = ToolError) -> Iterator[None]:
    """Input an answer cannot use, as the one error the client is told."""
    try:
        yield
    except (Unusable, ValueError) as error:
        raise error_class(str(error)) from None


def lookup_code(code: Code, provider: AnyProvider = None) -> dict[str, Any]:
    """Look a status or error code up, in one provider or across every provider: what to do now
    (`decision`: the one the best matches share, or each code set's under `ambiguous` where
    they decide differently), then each code matching it (the wire value exactly first, then
    an alias, then the wire value with case aside) with its decision, category, retryable,
    end_user_can_retry, description, the provider's messages, words for the end user, HTTP
    statuses, sources, the equivalents the catalog records, how many codes only share its
    category (list_equivalents names them), and the address of its page; close wire values when
    none matches."""
    with _told():
        return answers.lookup(code, provider)


def explain_payload(
    text: Annotated[
        str,
        Field(
            description="a provider's error body (JSON) or a whole HTTP response (status line, "
            f"headers, a blank line, the body), at most {answers.MAX_PAYLOAD} bytes of UTF-8"
        ),
    ],
    provider: AnyProvider = None,
) -> dict[str, Any]:
    """Explain a pasted error body or HTTP response, as `bankcodes explain -` does: what to do
    now in words (`what_to_do`) and the decision, then the kind of payload it is, the code that
    decides it and where it is, the HTTP status, the request id, and what the code means
    (`entry`); where it finds no code, why (`reason`)."""
    with _told():
        return answers.explain_payload(text, provider)


def list_equivalents(code: Code, provider: AnyProvider = None) -> dict[str, Any]:
    """The equivalents of a code in other providers: those the catalog records as the same
    meaning or the same customer action, with why, then those that only share its category."""
    with _told():
        return answers.equivalents(code, provider)


def list_providers() -> list[dict[str, Any]]:
    """The providers and open-banking standards of the catalog, with their code sets."""
    return answers.providers()


def list_code_sets(
    provider: Annotated[Provider, Field(description="the provider's id")],
    code_set: Annotated[
        str | None,
        Field(max_length=200, description="one code set's id, to list its codes as well"),
    ] = None,
) -> list[dict[str, Any]]:
    """A provider's code sets: id, title, description, the wire field that carries them, their
    Python class and sources; with code_set, that one with each of its codes' value, category,
    page and address on the reference site (doc_url, where the package carries the site's)."""
    with _told():
        return answers.code_sets(provider, code_set)


def list_codes(
    provider: AnyProvider = None,
    category: Annotated[
        Category | None, Field(description="a category of the taxonomy, such as rate_limited")
    ] = None,
    retryable: Annotated[
        bool | None, Field(description="only codes where trying again soon can succeed, or not")
    ] = None,
    end_user_can_retry: Annotated[
        bool | None, Field(description="only codes where the end user trying again can succeed")
    ] = None,
    actor: Annotated[
        Actor | None, Field(description="only codes this one acts on (as decide says)")
    ] = None,
) -> Annotated[CallToolResult, list[dict[str, Any]]]:
    """The codes of a provider or of a category (at least one of them given) that have each fact
    given, in catalog order, as `bankcodes list --json` lists them: provider, code set, value,
    category, retryable, end_user_can_retry, who acts, the next step, the wait and the attempts
    (as decide says), and the address of each code's page; the rows once, as the structured
    result, and a summary in words as its text."""
    with _told():
        found = answers.code_list(provider, category, retryable, end_user_can_retry, actor)
    said = TextContent(type="text", text=answers.summary(found))
    return CallToolResult(content=[said], structured_content={"result": found})


def code_page(provider: str, code_set: str, value: str) -> str:
    """A code's page in Markdown."""
    with _told(ResourceNotFoundError):
        return answers.page(provider, code_set, value)


class _Server(MCPServer):
    """The SDK's server, but for an argument a tool does not take: the SDK passes it over, so a
    misspelt `provider` would widen an answer to every provider. It is refused instead, naming
    the arguments the tool takes, and each tool's listed input schema says so. A name a client
    sends is shown cut short (`_cut`) where the SDK repeats it whole: a tool's that is none, a
    prompt's (the server has none; the SDK took time growing with the square of its length to
    refuse one), and a resource's address over MAX_ADDRESS characters."""

    async def list_tools(self) -> list[Tool]:
        listed = await super().list_tools()
        return [
            tool.model_copy(
                update={"input_schema": {**tool.input_schema, "additionalProperties": False}}
            )
            for tool in listed
        ]

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        takes = _TAKES.get(name)
        if takes is None:
            raise ToolError(f"no tool {_cut(name)}; the tools: {', '.join(_TAKES)}")
        unknown = sorted(set(arguments) - set(takes))
        if unknown:
            named = ", ".join(repr(argument[:100]) for argument in unknown[:5])
            named += f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            raise ToolError(
                f"{name} takes no argument {named}; it takes {', '.join(takes) or 'none'}"
            )
        return await super().call_tool(name, arguments, context)

    async def get_prompt(
        self, name: str, arguments: dict[str, Any] | None = None, context: Any = None
    ) -> Any:
        from mcp.shared.exceptions import MCPError
        from mcp_types import INVALID_PARAMS

        raise MCPError(code=INVALID_PARAMS, message=f"no prompt {_cut(name)}: the server has none")

    async def read_resource(self, uri: Any, context: Any = None) -> Any:
        address = str(uri)
        if len(address) > MAX_ADDRESS:
            from mcp.shared.exceptions import MCPError
            from mcp_types import INVALID_PARAMS

            said = f"no resource: an address of {len(address)} characters (at most {MAX_ADDRESS})"
            raise MCPError(code=INVALID_PARAMS, message=f"{said}, {_cut(address)}", data=None)
        return await super().read_resource(uri, context)


def _cut(name: object) -> str:
    """A name a client sent, as an error shows it: quoted as JSON, at most 100 characters."""
    text = str(name)
    return json.dumps(text[:100]) + ("…" if len(text) > 100 else "")


#: The longest resource address read: a code's page has a provider, a code set and a code (at
#: most answers.MAX_CODE characters, each percent-encoded as up to twelve) in it.
MAX_ADDRESS = 16 * answers.MAX_CODE


#: Each tool's function, and the arguments it takes (in its signature's order).
_TOOLS = (
    lookup_code,
    explain_payload,
    list_equivalents,
    list_providers,
    list_code_sets,
    list_codes,
)
_TAKES = {tool.__name__: tuple(inspect.signature(tool).parameters) for tool in _TOOLS}


def server() -> MCPServer:
    """The server, with its tools and a page for every code."""
    built = _Server(
        "bankcodes",
        version=bankcodes.__version__,
        instructions=INSTRUCTIONS,
        log_level="WARNING",
    )
    for tool in _TOOLS:
        built.add_tool(tool, annotations=READ_ONLY, structured_output=True)
    built.resource(
        answers.PAGE_URI,
        name="code_page",
        title="A code's page",
        description="What the catalog says of one code, in Markdown (its wire value "
        "percent-encoded)",
        mime_type="text/markdown",
    )(code_page)
    for uri, provider, member in answers.pages():
        code_set = type(member).code_set()
        built.add_resource(
            FunctionResource(
                uri=uri,
                name=f"{provider}/{code_set.id}/{member.value}",
                title=f"{member.value} ({provider} {code_set.title})",
                mime_type="text/markdown",
                fn=functools.partial(code_page, provider, code_set.id, str(member.value)),
            )
        )
    return built


def serve() -> None:
    """Answer on standard input and output until the client closes them."""
    import anyio

    anyio.run(_serve_stdio, server())


async def _serve_stdio(built: MCPServer) -> None:
    """The SDK's stdio transport, with one addition: a line it cannot read as a JSON-RPC
    message (which its reader hands on as an exception, and its session answers with nothing) is
    answered as JSON-RPC 2.0 asks, with a Parse error (-32700) for a line that is no JSON and an
    Invalid Request (-32600) for JSON that is no message, its id null (the id of a line that
    could not be read cannot be known)."""
    import anyio
    from mcp.server.stdio import stdio_server
    from mcp.shared.message import SessionMessage
    from mcp_types import INVALID_REQUEST, PARSE_ERROR, ErrorData, JSONRPCError

    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    async with stdio_server(stdin=_Checked(stdin)) as (read, write):  # type: ignore[arg-type]
        sender, receiver = anyio.create_memory_object_stream[SessionMessage | Exception](0)

        async def sort() -> None:
            async with sender:
                async for item in read:
                    if not isinstance(item, Exception):
                        await sender.send(item)
                        continue
                    unparsed = any(e.get("type") == "json_invalid" for e in _errors(item))
                    code, said = (
                        (PARSE_ERROR, "Parse error")
                        if unparsed
                        else (INVALID_REQUEST, "Invalid Request")
                    )
                    error = JSONRPCError(
                        jsonrpc="2.0", id=None, error=ErrorData(code=code, message=said)
                    )
                    await write.send(SessionMessage(error))

        async with anyio.create_task_group() as group:
            group.start_soon(sort)
            await built._lowlevel_server.run(  # the transport run_stdio_async gives it
                receiver, write, built._lowlevel_server.create_initialization_options()
            )


#: What a request whose id JSON-RPC and MCP do not allow is handed on as: a message the SDK's
#: reader refuses as no JSON-RPC message (not as unreadable JSON), answered as Invalid Request.
_INVALID_REQUEST = '{"jsonrpc": "2.0"}\n'
#: The longest message read, in characters: a pasted text at its longest (MAX_PAYLOAD bytes)
#: written as a JSON string of escapes (\u0000, six characters a byte), with room to spare.
MAX_MESSAGE = 8 * answers.MAX_PAYLOAD
#: How much of a longer message is read at a time, to be passed over.
_PASSED_OVER = 64 * 1024


class _Checked:
    """Standard input's lines as the SDK's reader takes them, but for a request whose id is not
    a string or an integer (an object, an array, true, 1.5, null), which the SDK's reader would
    take for a notification and leave unanswered, for a request whose method is longer than any
    of the protocol's (which it would answer repeating it whole), and for a line over
    MAX_MESSAGE characters,
    which is passed over unread (memory stays bounded): each is handed on as a message the
    reader refuses, so that it is answered with Invalid Request (-32600)."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self._stream = stream

    def __aiter__(self) -> Any:
        return self._iterate()

    async def _iterate(self) -> Any:
        import anyio

        while line := await anyio.to_thread.run_sync(self._stream.readline, MAX_MESSAGE + 1):
            if len(line.rstrip("\r\n")) > MAX_MESSAGE:
                while line and not line.endswith("\n"):
                    line = await anyio.to_thread.run_sync(self._stream.readline, _PASSED_OVER)
                yield _INVALID_REQUEST
                continue
            yield _INVALID_REQUEST if _bad_id(line) else line


def _bad_id(line: str) -> bool:
    """Whether `line` is a JSON-RPC request (an object with a method and an id) whose id is no
    string and no integer (a bool is none), or whose method is longer than MAX_METHOD."""
    try:
        message = json.loads(line)
    except (ValueError, RecursionError):
        return False  # the SDK's reader refuses it itself: a Parse error
    if not isinstance(message, dict) or "method" not in message or "id" not in message:
        return False
    found, method = message["id"], message["method"]
    if isinstance(method, str) and len(method) > MAX_METHOD:
        return True  # no method of the protocol's, which the SDK would echo whole
    return isinstance(found, bool) or not isinstance(found, str | int)


#: The longest method name a request may have (the protocol's are under 40 characters).
MAX_METHOD = 256


def _errors(error: Exception) -> list[dict[str, Any]]:
    """A validation error's list of errors (pydantic's), else none."""
    errors = getattr(error, "errors", None)
    try:
        found = errors() if callable(errors) else []
    except Exception:
        return []
    return [item for item in found if isinstance(item, dict)]
