"""A Vite app in strict TypeScript around the README's one-provider snippet, as a frontend
developer would start one: `tsc --noEmit` over it, then `vite build` for production. The tests
build it from the packed tarball; `make bench` measures its JavaScript."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests.support.helpers import JS, NODE_BIN, OWN_LIBS_UNCHECKED, ROOT, TS_PRELUDE

VITE = JS / "node_modules" / ".bin" / "vite"

#: What marks the README's one-provider snippet.
SNIPPET = 'from "bankcodes/flinks"'


def readme_snippet() -> str:
    """The README's TypeScript block importing bankcodes/flinks (there is one)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks: list[str] = re.findall(r"```ts\n(.*?)```", readme, re.S)
    (snippet,) = [block for block in blocks if SNIPPET in block]
    return snippet


def scaffold(app: Path) -> None:
    """The app's files, beside its node_modules (where bankcodes is installed)."""
    app.mkdir(parents=True, exist_ok=True)
    (app / "package.json").write_text(
        json.dumps({"name": "app", "private": True, "type": "module"})
    )
    (app / "index.html").write_text(
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>app</title></head>\n'
        '<body><script type="module" src="/src/main.ts"></script></body>\n</html>\n'
    )
    (app / "src").mkdir(exist_ok=True)
    (app / "src" / "main.ts").write_text(readme_snippet())
    (app / "src" / "app.d.ts").write_text(TS_PRELUDE)
    config = {
        "compilerOptions": {
            "strict": True,
            "noEmit": True,
            "target": "es2022",
            "module": "preserve",
            "moduleResolution": "bundler",
            "lib": ["es2022", "dom"],
            "types": [],
            "skipLibCheck": False,
        },
        "include": ["src"],
    }
    (app / "tsconfig.json").write_text(json.dumps(config))


def build(app: Path) -> Path:
    """Type-check the app and build it for production; the one JavaScript file it ships."""
    for command in (
        [str(NODE_BIN / "tsc"), "-p", ".", OWN_LIBS_UNCHECKED],
        [str(VITE), "build", "--logLevel", "warn"],
    ):
        result = subprocess.run(command, cwd=app, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed in {app}:\n{result.stdout}{result.stderr}")
    (script,) = (app / "dist" / "assets").glob("*.js")
    return script
