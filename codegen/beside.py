"""Work run beside a generation: the checks of a spec whose model resolved, which a generation
runs in a forked process while it renders (where the system forks; at once elsewhere), and
whose problems it waits for before it puts anything in place."""

from __future__ import annotations

import os
import pickle
import threading
import traceback
from collections.abc import Callable

from codegen.errors import Problem


class ChecksFailed(RuntimeError):
    """The checks run beside a generation ended with an error (its traceback), not problems."""


def start(find: Callable[[], list[Problem]]) -> Callable[[], list[Problem]]:
    """Start `find` beside the caller; what waits for its problems (raising ChecksFailed, with
    its traceback, when it failed), and may be called again."""
    if not hasattr(os, "fork"):
        found = find()
        return lambda: found
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # the forked process: its answer, then its end, with nothing run at exit
        try:
            os.close(reading)
            try:
                answer: tuple[str, object] = ("problems", find())
            except BaseException:
                answer = ("failed", traceback.format_exc())
            with os.fdopen(writing, "wb") as sent:
                sent.write(pickle.dumps(answer))
        finally:
            os._exit(0)
    os.close(writing)
    answers: list[tuple[str, object]] = []
    answering = threading.Lock()

    def wait() -> list[Problem]:
        with answering:  # the first caller reads the answer; the others wait for it
            if not answers:
                answers.append(_answer(reading, child))
        kind, value = answers[0]
        if kind == "failed":
            raise ChecksFailed(str(value))
        assert isinstance(value, list), "the problems, as the forked process sends them"
        return value

    return wait


def _answer(reading: int, child: int) -> tuple[str, object]:
    """What the forked process `child` sent through `reading`, once it has ended."""
    with os.fdopen(reading, "rb") as received:
        data = received.read()
    status = os.waitpid(child, 0)[1]
    said = f"the checks ended with status {os.waitstatus_to_exitcode(status)}"
    found: tuple[str, object] = pickle.loads(data) if data else ("failed", said)
    return found
