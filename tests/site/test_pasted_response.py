"""A pasted HTTP response is split alike by `bankcodes explain -` (Python) and the site's decoder
(site/decoder/pasted.ts, run here in Node): the status and headers of its last head and the body
after the first blank line; a body alone has neither status nor headers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bankcodes._cli_pasted import split_head
from tests.support.helpers import NODE_BIN, ROOT, assembled_package

#: (input, status, body) as a person pastes it: curl -si's output, a proxy's, a file saved with
#: a byte order mark, a head with no body, and what is no response.
CASES = [
    ('HTTP/1.1 400 Bad Request\r\n\r\n{"a": 1}', 400, '{"a": 1}'),
    ('HTTP/2 429 \r\ncontent-type: application/json\r\n\r\n{"a": 1}', 429, '{"a": 1}'),
    # The first blank line ends the headers, whatever line ends the body has.
    ('HTTP/1.1 400 X\nA: b\n\n{"a": 1}\r\n\r\n', 400, '{"a": 1}\r\n\r\n'),
    ('HTTP/1.1 400 X\nA: b\n\r\n{"a": 1}', 400, '{"a": 1}'),
    ('\ufeffHTTP/1.1 400 X\r\n\r\n{"a": 1}', 400, '{"a": 1}'),
    ('  \nHTTP/1.1 400 X\r\n\r\n{"a": 1}', 400, '{"a": 1}'),
    # curl -si through a proxy, and after 100 Continue: the last head's status.
    ("HTTP/1.1 200 Connection established\r\n\r\nHTTP/2 400 \r\na: b\r\n\r\n{}", 400, "{}"),
    ("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 401 Unauthorized\r\n\r\n{}", 401, "{}"),
    ("HTTP/1.1 401 Unauthorized", 401, ""),
    ("HTTP/1.1 400 X\nContent-Type: application/json\n{}", 400, ""),
    ("HTTP/1.1 4O4 Not Found\r\n\r\n{}", None, "HTTP/1.1 4O4 Not Found\r\n\r\n{}"),
    ("HTTP/1.1 600 X\r\n\r\n{}", None, "HTTP/1.1 600 X\r\n\r\n{}"),
    ('{"a": 1}', None, '{"a": 1}'),
    # A request pasted as it arrived (a webhook with its request line): its headers and body, no
    # status; with a request line alone, no body.
    (
        'POST /plaid/webhook HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{"a": 1}',
        None,
        '{"a": 1}',
    ),
    ("PUT /hooks/x?y=1 HTTP/2\n\n{}", None, "{}"),
    ("POST /hooks/x HTTP/1.1", None, ""),
    # A line that only looks like a request's: a lower-case method, or no target.
    ("post /x HTTP/1.1\r\n\r\n{}", None, "post /x HTTP/1.1\r\n\r\n{}"),
    ("POST HTTP/1.1\r\n\r\n{}", None, "POST HTTP/1.1\r\n\r\n{}"),
    # A URL pasted alone, with a query (a redirect to the app): the JSON of its parameters, each
    # by its last value in the order first met, '+' a space and %-escapes read as UTF-8 (an
    # escape that is no UTF-8, U+FFFD), a key with no '=' empty; its fragment is not read.
    (
        "tink://callback?error=USER_CANCELLED&error_reason=USER_CANCELLED",
        None,
        '{"error":"USER_CANCELLED","error_reason":"USER_CANCELLED"}',
    ),
    ("  ?b=1&a=2&b=3&2=x\n", None, '{"b":"3","a":"2","2":"x"}'),
    ("https://app.example/cb?e=a+b%20c%C3&x#f=1", None, '{"e":"a b c\ufffd","x":""}'),
    # No query, or words around the URL: no URL alone.
    ("https://app.example/cb", None, "https://app.example/cb"),
    ("see https://app.example/cb?e=x", None, "see https://app.example/cb?e=x"),
]

DRIVER = """
import { readFileSync } from "node:fs";
import { repeatedKeys, requestIdsOfNobody, splitResponse } from "./pasted.mjs";
const [cases, bodies, nobodys] = JSON.parse(readFileSync(process.argv[2], "utf8"));
const split = cases.map((text) => splitResponse(text));
const ids = nobodys.map(([headers, data]) => requestIdsOfNobody(headers, data));
process.stdout.write(JSON.stringify([...split, bodies.map((body) => repeatedKeys(body)), ids]));
"""

#: Bodies that give a key more than once, and the keys named (in the order met, five at most):
#: nested, in a list, a key that only looks repeated inside a string, escapes that spell it.
REPEATED = [
    ('{"error_code": "A", "error_code": "B"}', ["error_code"]),
    (
        '{"a": {"b": 1, "b": 2}, "c": [{"d": 1, "d": 2}], "e": "{\\"x\\": 1, \\"x\\": 2}"}',
        ["b", "d"],
    ),
    ('{"a": 1, "\\u0061": 2}', ["a"]),
    ('{"a": 1, "b": {"a": 2}}', []),
    ("{" + ", ".join(f'"k{n}": 1, "k{n}": 2' for n in range(7)) + "}", [f"k{n}" for n in range(5)]),
]


@pytest.fixture(scope="module")
def node_split(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    folder = tmp_path_factory.mktemp("pasted")
    package = assembled_package(folder / "package")
    subprocess.run(
        [
            str(NODE_BIN / "esbuild"),
            str(ROOT / "site" / "decoder" / "pasted.ts"),
            "--format=esm",
            "--bundle",
            # The package's readers (of JSON, of a signed JWT's payload), from the package as it
            # is assembled, as the decoder's build takes them.
            f"--alias:bankcodes-package={package / 'src'}",
            f"--outfile={folder / 'pasted.mjs'}",
            "--log-level=warning",
        ],
        check=True,
    )
    (folder / "driver.mjs").write_text(DRIVER)
    texts = [case[0] for case in CASES] + [case[0] for case in HEADER_CASES]
    nobodys = [[headers, data] for headers, data, _ in NOBODYS]
    cases = [texts, [body for body, _ in REPEATED], nobodys]
    (folder / "cases.json").write_text(json.dumps(cases))
    run = subprocess.run(
        ["node", str(folder / "driver.mjs"), str(folder / "cases.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[Any] = json.loads(run.stdout)
    return found


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)))
def test_python_and_the_decoder_split_a_response_alike(
    node_split: list[Any], number: int, case: tuple[str, int | None, str]
) -> None:
    text, status, body = case
    split_status, headers, split_body = split_head(text.encode())
    assert (split_status, split_body) == (status, body.encode())
    split = {key: value for key, value in node_split[number].items() if key != "pairs"}
    assert split == {"status": status, "headers": headers, "body": body}


#: (input, headers) as a person pastes them: names in any case, the first of a repeated one,
#: spaces around the colon, a line that is no header, a lone CR between lines.
HEADER_CASES = [
    ("HTTP/1.1 429 X\r\nRequest-Id: req_1\r\nrequest-id: req_2\r\n\r\n{}", {"request-id": "req_1"}),
    ("HTTP/2 400\nA :  b \nnot a header\nC:\n\n{}", {"a": "b", "c": ""}),
    ("HTTP/2 400\nA: b\rC: d\n\n{}", {"a": "b", "c": "d"}),
    ("HTTP/1.1 100 Continue\r\nA: b\r\n\r\nHTTP/2 400\r\nC: d\r\n\r\n{}", {"c": "d"}),
    ('{"a": 1}', {}),
    ("POST /plaid/webhook HTTP/1.1\r\nPlaid-Verification: eyJ\r\n\r\n{}", {
        "plaid-verification": "eyJ",
    }),
    # Only spaces and tabs are trimmed (RFC 9110's optional whitespace): a control character, a
    # next-line or a byte order mark stays in the value, where a decision refuses it.
    ("HTTP/1.1 429 X\r\nRetry-After: 30\x1f\r\nA: \x1c1\x85\r\nB:\t\ufeff2 \r\n\r\n", {
        "retry-after": "30\x1f", "a": "\x1c1\x85", "b": "\ufeff2",
    }),
    # A header after 250 others is read (as many lines as a decision reads headers).
    (
        "HTTP/1.1 429 X\r\n"
        + "".join(f"X-{n}: {n}\r\n" for n in range(250))
        + "Retry-After: 30\r\n\r\n",
        {**{f"x-{n}": str(n) for n in range(250)}, "retry-after": "30"},
    ),
    # An obsolete folded line (RFC 9112, section 5.2) continues the one before, read as a space.
    ("HTTP/1.1 429 X\r\nRetry-After: 1\r\n 20\r\nC: d\r\n\t e\r\n\r\n", {
        "retry-after": "1 20", "c": "d e",
    }),
    # Each obs-fold is one space, however many lines and whatever spaces and tabs begin them
    # (RFC 9112 §5.2: "replace each received obs-fold with one or more SP octets"); a folded
    # line of spaces alone adds nothing, the spaces inside a line stay, and a value folded from
    # an empty first line starts at its first part.
    ("HTTP/1.1 429 X\r\nA: 1\r\n 2\r\n\t\t3\r\n \t \r\n  4  5 \r\nB:\r\n  x\r\n\r\n", {
        "a": "1 2 3 4  5", "b": "x",
    }),
    # A thousand folded lines: a thousand and one parts.
    (
        "HTTP/1.1 429 X\r\nLink: <a>\r\n" + " <b>\r\n" * 1000 + "\r\n{}",
        {"link": "<a>" + " <b>" * 1000},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "headers"), HEADER_CASES)
def test_python_and_the_decoder_read_the_headers_alike(
    node_split: list[Any], text: str, headers: dict[str, str]
) -> None:
    assert split_head(text.encode())[1] == headers
    number = len(CASES) + [case[0] for case in HEADER_CASES].index(text)
    assert node_split[number]["headers"] == headers


@pytest.mark.subprocess
def test_a_head_with_no_body_is_said_to_have_none() -> None:
    """A response with no body is valid input: its status decides where it says what the
    response stands for (a 401: RFC 9110, 15.5.2), as `decide -` decides it (exit 0); one whose
    status says nothing (a 404) is not decided (exit 1)."""
    for status, exit_code in ((b"401 Unauthorized", 0), (b"404 Not Found", 1)):
        run = subprocess.run(
            [str(Path(sys.executable).parent / "bankcodes"), "explain", "-"],
            input=b"HTTP/1.1 " + status + b"\r\n\r\n",
            capture_output=True,
            check=False,
        )
        assert run.returncode == exit_code
        assert run.stderr.decode().strip() == (
            f"an HTTP {status[:3].decode()} response with no body (a blank line ends its headers)"
        )


def test_many_heads_are_split_to_the_last() -> None:
    """Ten thousand heads in a row (a paste of 100 Continue after 100 Continue): the last one's
    status, each head found from where the one before ended."""
    text = "HTTP/1.1 100 Continue\r\n\r\n" * 10_000 + 'HTTP/1.1 429 X\r\nA: b\r\n\r\n{"a": 1}'
    assert split_head(text.encode()) == (429, {"a": "b"}, b'{"a": 1}')


def test_python_and_the_decoder_name_the_same_repeated_keys(
    node_split: list[Any],
) -> None:
    """A key given twice is read by its last value in both languages; both name it."""
    from bankcodes._cli_pasted import repeated_keys

    for body, keys in REPEATED:
        assert list(repeated_keys(body.encode())) == keys, body
    assert node_split[-2] == [keys for _, keys in REPEATED]


#: (headers, body, the request ids read) of a response whose body is nobody's: names of any
#: case that say they hold one, a header the catalog names for a kind's request id (UAE Open
#: Finance's x-fapi-interaction-id), values read as request ids are (1 to 200 characters, no
#: lone surrogate), names that only look like one, and five at most.
NOBODYS: list[tuple[dict[str, str], object, list[dict[str, str]]]] = [
    (
        {"x-request-id": "gw-7f3a", "content-type": "application/json"},
        {"code": 404, "requestId": "body-81c2"},
        [
            {"header": "x-request-id", "value": "gw-7f3a"},
            {"field": "requestId", "value": "body-81c2"},
        ],
    ),
    (
        {"x-fapi-interaction-id": "f3a1", "x-correlation-id": "c1", "traceid": "t1"},
        {"trace_id": "t2", "Correlation-Id": "c2", "request_id": 12, "x_request_id": "no"},
        [
            {"header": "x-fapi-interaction-id", "value": "f3a1"},
            {"header": "x-correlation-id", "value": "c1"},
            {"header": "traceid", "value": "t1"},
            {"field": "trace_id", "value": "t2"},
            {"field": "Correlation-Id", "value": "c2"},
        ],
    ),
    (
        {"request-id": "", "x-request-ids": "a", "x-amzn-requestid": "b", "request": "c"},
        {"REQUESTID": "x" * 201, "reque\u017ft_id": "d", "requestId": "\ud800", "id": "e"},
        [],
    ),
    (
        {"x-trace-id": "0", "x-correlation-id": "1"},
        [{"requestId": "in a list"}],
        [{"header": "x-trace-id", "value": "0"}, {"header": "x-correlation-id", "value": "1"}],
    ),
    (
        {"request-id": "1", "Request_ID": "2", "trace-id": "3", "traceId": "4", "x-trace_id": "5"},
        {"requestid": "6"},
        [
            {"header": "request-id", "value": "1"},
            {"header": "Request_ID", "value": "2"},
            {"header": "trace-id", "value": "3"},
            {"header": "traceId", "value": "4"},
            {"header": "x-trace_id", "value": "5"},
        ],
    ),
]  # fmt: skip


def test_python_and_the_decoder_read_the_same_request_ids_of_a_body_that_is_nobodys(
    node_split: list[Any],
) -> None:
    from bankcodes._cli_pasted import request_ids_of_nobody

    for headers, data, found in NOBODYS:
        assert request_ids_of_nobody(headers, data) == found, headers
    assert node_split[-1] == [found for _, _, found in NOBODYS]
