// A case of the shared corpus of decisions (tests/support/decision_cases.json) read by the
// compiled package's decide (a body, a code given alone, built as the package's own readers
// build one, or none, with the headers and the status of its response) and, for a response,
// decideError (the same response carried by an axios error, as a client throws one).
// Gives: {"decide": {next_step, actor, wait_seconds, max_attempts, state, ends_at, why, lead,
// concerns where the code names the connection or account it concerns, with its log fields},
// "decideError": {...}}, each reason of why as [part, says, source], lead in English and Arabic.

function given(CODE_SETS, { provider, code_set, value }) {
  const info = CODE_SETS[provider][code_set].info[value];
  const code = {
    path: "(given)",
    field: "(given)",
    codeSet: `${provider}.${code_set}`,
    code: value,
  };
  return { ...code, known: true, category: info.category, info };
}

function shown(decision, lead, asLogFields) {
  const concerns = decision.code?.concerns;
  const fields = concerns === undefined ? {} : asLogFields(decision.code);
  return {
    next_step: decision.nextStep,
    actor: decision.actor,
    wait_seconds: decision.waitSeconds,
    max_attempts: decision.maxAttempts,
    state: decision.state,
    ends_at: decision.endsAt === null ? null : decision.endsAt.toISOString(),
    why: decision.why.map((reason) => [reason.part, reason.says, reason.source]),
    lead: [lead(decision), lead(decision, "ar-SA")],
    // The connection or account the code concerns alone, and its log fields' words for it.
    ...(concerns === undefined
      ? {}
      : {
          concerns,
          concerns_logged: Object.fromEntries(
            Object.entries(fields).filter(([name]) => name.endsWith("_id")),
          ),
        }),
  };
}

export async function verdict(item, load) {
  const { decide, decideError, lead, asLogFields, CODE_SETS } = await load("index.js");
  const options = { provider: item.provider, headers: item.headers, now: new Date(item.now) };
  const subject = item.code ? given(CODE_SETS, item.code) : (item.body ?? null);
  const answer = {
    decide: shown(decide(subject, { ...options, status: item.status }), lead, asLogFields),
  };
  if (!item.code) {
    // An axios error, as the plaid client throws one: its response's headers a plain object (a
    // header given twice holds both values), which a fetch Response could not carry (a header
    // value outside Latin-1).
    const headers = {};
    for (const [name, value] of item.headers) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? [headers[key], value].flat() : value;
    }
    const response = { status: item.status ?? 400, data: item.body ?? "", headers };
    const error = Object.assign(new Error("Request failed"), { isAxiosError: true, response });
    const { headers: _, ...rest } = options;
    answer.decideError = shown(await decideError(error, rest), lead, asLogFields);
  }
  return answer;
}
