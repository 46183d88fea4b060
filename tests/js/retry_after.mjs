// A Retry-After value of the shared corpus (tests/support/retry_after_cases.json) read by the
// compiled package's readRetryAfter at the case's moment: {"seconds": number}, or
// {"refused": the error's name and message}.
export async function verdict({ value, now }, load) {
  const { readRetryAfter } = await load("index.js");
  try {
    return { seconds: readRetryAfter(value, new Date(now)) };
  } catch (error) {
    return { refused: `${error.name}: ${error.message}` };
  }
}
