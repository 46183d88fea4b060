"""The MCP server's answers that list codes: list_codes and its filters, and the count of the
codes that only share a looked-up code's category."""

from __future__ import annotations

import json

import pytest

from tests.mcp.test_mcp_server import Client, client

__all__ = ["client"]  # the server the module shares, started once


def test_which_codes_are_retryable_is_one_call(client: Client) -> None:
    """ "Which Basiq codes are retryable?": one call, the codes in catalog order, each with what
    acting on it takes and its page."""
    import bankcodes

    listed = client.answer("list_codes", provider="basiq", retryable=True)["result"]
    expected = [
        (type(member).code_set().id, member.value)
        for code_set in bankcodes.basiq.CODE_SETS
        for member in code_set
        if member.retryable
    ]
    assert [(row["code_set"], row["value"]) for row in listed] == expected
    first = listed[0]
    assert first["retryable"] is True and first["provider"] == "basiq"
    assert {"end_user_can_retry", "actor", "category"} <= first.keys()
    assert first["page"].endswith(f"/basiq/{first['code_set']}/{first['value']}")
    result = client.tool("list_codes", retryable=True)
    (content,) = result.content
    assert result.is_error and content.type == "text"
    assert "give a provider or a category" in content.text


def test_a_looked_up_code_counts_what_only_shares_its_category(client: Client) -> None:
    """UK Open Banking's Resource.NotFound shares integration_error with hundreds of codes: the
    answer counts them (list_equivalents names them)."""
    found = client.answer("lookup_code", code="UK.OBIE.Resource.NotFound")
    (answer,) = found["answers"]
    assert "equivalents" not in answer
    same = answer["same_category"]
    assert same["category"] == answer["category"] and same["codes"] > 100
    assert len(json.dumps(found)) < 6000
    named = client.answer("list_equivalents", code="UK.OBIE.Resource.NotFound")["answers"][0]
    assert sum(len(values) for values in named["same_category_only"].values()) == same["codes"]


def test_an_argument_no_tool_takes_is_refused_by_name(client: Client) -> None:
    """A misspelt `provider` is refused, naming it and the arguments the tool takes, rather than
    passed over (which would widen the answer to every provider); the listed input schemas say
    that no other argument is taken."""
    result = client.tool("lookup_code", code="ITEM_LOGIN_REQUIRED", provder="plaid")
    (content,) = result.content
    assert result.is_error and content.type == "text"
    assert content.text.startswith("lookup_code takes no argument 'provder'")
    assert "it takes code, provider" in content.text
    listed = client.run(client.session.list_tools).tools
    assert listed and all(tool.input_schema["additionalProperties"] is False for tool in listed)
    one = client.answer("lookup_code", code="ITEM_LOGIN_REQUIRED", provider="plaid")
    assert [answer["provider"] for answer in one["answers"]] == ["plaid"]


def test_a_resource_address_too_long_is_refused_cut_short(client: Client) -> None:
    """An address longer than any code's page is refused as no resource, shown cut short (the
    SDK's own answer repeated the address whole, twice)."""
    from mcp.shared.exceptions import MCPError

    address = "bankcodes://codes/plaid/error_code/" + "A" * 5000
    with pytest.raises(MCPError) as refused:
        client.run(client.session.read_resource, address)
    said = refused.value.error.message
    assert said.startswith(f"no resource: an address of {len(address)} characters (at most 4096)")
    assert len(said) < 200 and refused.value.error.data is None


def test_a_code_that_is_a_number_is_found_by_its_name(client: Client) -> None:
    """MX sends a member's connection status as a number, named beside it in its webhooks and
    pages (EXPIRED is 19, CHALLENGED 3): the name finds it, matched by name, case aside."""
    found = client.answer("lookup_code", code="expired", provider="mx")
    (answer,) = found["answers"]
    assert (answer["match"], answer["value"], answer["code_set"]) == (
        "name",
        19,
        "connection_status",
    )


def test_a_name_that_is_none_is_refused_cut_short(client: Client) -> None:
    """A prompt (the server has none) and a tool that is none, each named with 100,000
    characters: refused at once, the name cut to 100 characters (the SDK repeated it whole, and
    took time growing with the square of its length to refuse a prompt)."""
    from mcp.shared.exceptions import MCPError

    with pytest.raises(MCPError) as refused:
        client.run(client.session.get_prompt, "p" * 100_000)
    said = refused.value.error.message
    assert said == f'no prompt "{"p" * 100}"…: the server has none'
    result = client.tool("y" * 100_000)
    (content,) = result.content
    assert result.is_error and content.type == "text"
    assert content.text.startswith(f'no tool "{"y" * 100}"…; the tools: lookup_code, ')


def test_which_codes_to_retry_and_when_is_one_call(client: Client) -> None:
    """ "Which Tink errors should I retry, and when?": one call, each code with its next step.
    Tink's legacy errorCode 429 is a rate limit (HTTP's Too Many Requests): retry later; Belvo's
    unexpected_error, its errors page says, is retried "a maximum of three times"; Yapily's
    FAILED is an authorisation's (retry) and a payment's (the institution rejected it: tell the
    customer), each row with its code set's decision."""
    listed = client.answer("list_codes", provider="tink", retryable=True)["result"]
    rows = {(row["code_set"], row["value"]): row for row in listed}
    limited = rows["legacy_error_code", "429"]
    assert (limited["next_step"], limited["wait_seconds"]) == ("retry_later", None)
    assert {row["next_step"] for row in listed} == {"retry", "retry_later"}
    (belvo,) = [
        row
        for row in client.answer("list_codes", provider="belvo", retryable=True)["result"]
        if row["value"] == "unexpected_error"
    ]
    assert (belvo["next_step"], belvo["max_attempts"]) == ("retry", 3)
    yapily = client.answer("list_codes", provider="yapily")["result"]
    failed = [(row["code_set"], row["next_step"]) for row in yapily if row["value"] == "FAILED"]
    assert failed == [("authorisation_status", "retry"), ("payment_status", "tell_customer")]


def test_a_looked_up_code_leads_with_what_to_do_in_words(client: Client) -> None:
    """Plaid's RATE_LIMIT: retry later; Yapily's FAILED: each code set with what it says."""
    answer = client.answer("lookup_code", code="RATE_LIMIT", provider="plaid")
    assert next(iter(answer)) == "what_to_do"
    assert answer["what_to_do"] == "Retry later, backing off between attempts — your service acts."
    answer = client.answer("lookup_code", code="FAILED", provider="yapily")
    assert answer["what_to_do"] == (
        "FAILED is in 2 code sets, which decide differently: yapily.authorisation_status: "
        "Retry now — your service acts. yapily.payment_status: There is nothing to retry: tell "
        "the customer “Your bank declined the request. Contact your bank for details.”"
    )


def test_a_list_sends_its_rows_once(client: Client) -> None:
    """ "Which Tink errors should I retry, and when?" cost 37,995 bytes: the rows in the
    structured result and again as one text item each. The rows are sent once, in the
    structured result, each with its next step and wait; the text is one short summary that
    counts them by next step, in words."""
    result = client.tool("list_codes", provider="tink", retryable=True)
    assert not result.is_error and result.structured_content is not None
    listed = result.structured_content["result"]
    assert all({"next_step", "wait_seconds"} <= row.keys() for row in listed)
    (content,) = result.content
    assert content.type == "text" and len(content.text) < 300
    steps: dict[str, int] = {}
    for row in listed:
        steps[row["next_step"]] = steps.get(row["next_step"], 0) + 1
    # Tink's retryable codes are retried now or later (test_which_codes_to_retry_and_when).
    counted = f"{steps['retry']} retry now; {steps['retry_later']} retry later"
    assert content.text.startswith(f"{len(listed)} codes: {counted}"), content.text
    sent = len(result.model_dump_json(by_alias=True, exclude_none=True))
    rows = len(json.dumps(result.structured_content, separators=(",", ":")))
    assert sent < rows + 600, (sent, rows)
