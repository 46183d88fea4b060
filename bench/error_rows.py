"""What from_exception costs on an error body no one should read whole: a 300 MB body and a
gzip bomb (1 MB inflating to 1 GiB), each on a response opened as a stream (requests'
`stream=True`) from a server on loopback, against the same call on a small error body in the
same process. Memory is the peak resident size the call adds to the process."""

from __future__ import annotations

import json
import tempfile
import zlib
from pathlib import Path

from bench.timing import Row, output

#: The measuring process: serves the three bodies on loopback, then times each call and reads
#: the peak resident size before and after it (KiB on Linux); prints JSON.
_MEASURED = r"""
import http.server, json, resource, sys, threading, time
import requests
import bankcodes

small = json.dumps({"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}).encode()
bomb = open(sys.argv[1], "rb").read()

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(400)
        if self.path == "/bomb":
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(bomb)))
            self.end_headers()
            self.wfile.write(bomb)
        elif self.path == "/huge":
            self.send_header("Content-Length", str(300 * 1024 * 1024))
            self.end_headers()
            chunk = b" " * (1024 * 1024)
            try:
                for _ in range(300):
                    self.wfile.write(chunk)
            except OSError:
                pass
        else:
            self.send_header("Content-Length", str(len(small)))
            self.end_headers()
            self.wfile.write(small)

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

def measured(path):
    response = requests.get(base + path, stream=True, timeout=30)
    error = requests.HTTPError(response=response)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    found = bankcodes.from_exception(error)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    response.close()
    return {"seconds": seconds, "kib": after - before, "read": found is not None}

measured("/small")  # warm: the first call imports what reading needs
print(json.dumps({path: measured("/" + path) for path in ("small", "huge", "bomb")}))
"""


def error_bodies() -> Row:
    """error bodies read within bounds"""
    with tempfile.TemporaryDirectory() as name:
        bomb = Path(name) / "bomb.gz"
        deflate = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = bytes(1024 * 1024)
        with bomb.open("wb") as out:
            for _ in range(1024):
                out.write(deflate.compress(zeros))
            out.write(deflate.flush())
        size = bomb.stat().st_size / 1e6
        found = json.loads(output("-c", _MEASURED, str(bomb)))
    small, huge, bomb_call = found["small"], found["huge"], found["bomb"]
    worst = max(huge["seconds"], bomb_call["seconds"])
    memory = max(huge["kib"], bomb_call["kib"]) / 1024
    met = worst < 0.1 and memory < 20 and small["read"] and not huge["read"]
    return Row(
        subject=f"from_exception of a 300 MB body and of a {size:.1f} MB gzip bomb (1 GiB "
        "inflated), each a requests response opened with stream=True",
        baseline="the same call on a 70-byte body",
        value=f"{worst * 1e3:.1f} ms, +{memory:.1f} MiB",
        goal="< 0.1 s, < 20 MiB more",
        met=bool(met),
        detail=f"300 MB body {huge['seconds'] * 1e3:.1f} ms, +{huge['kib'] / 1024:.1f} MiB; "
        f"gzip bomb {bomb_call['seconds'] * 1e3:.1f} ms, +{bomb_call['kib'] / 1024:.1f} MiB; "
        f"the small body {small['seconds'] * 1e3:.2f} ms (read: {small['read']})",
    )
