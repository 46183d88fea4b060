// What a call that must fail rejects with (or throws), for scripts that read a client's errors.
export async function rejection(call) {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}
