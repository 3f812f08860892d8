"""The payment form's `GET /m/<token>` against a bare Starlette app on the same server settings.

Both servers are uvicorn with the payment form's own configuration (core.portal.server),
each in its own process, loaded by the same small HTTP/1.1 client (keep-alive
connections, in a process of its own). The link is opened once first, as a customer would,
so the measured GETs are what every later visit costs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import closing
from pathlib import Path

from benchmarks.common import Row

ROOT = Path(__file__).resolve().parent.parent.parent
CONNECTIONS = 16
SECONDS = 5.0
ROUNDS = 3  # alternated, the best of each kept (the machine is shared)

# The bare app: one route, a page of the same size, served with the form's uvicorn Config.
BARE = textwrap.dedent(
    """
    import sys
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse
    from starlette.routing import Route
    from core.portal.server import _config

    page = "x" * int(sys.argv[2])

    async def show(request):
        return HTMLResponse(page)

    app = Starlette(routes=[Route("/m/{token}", show, methods=["GET"])])
    uvicorn.Server(_config(app, "127.0.0.1", int(sys.argv[1]), None)).run()
    """
)

# A lean load generator: N keep-alive connections, each sending one GET after the other.
CLIENT = textwrap.dedent(
    """
    import asyncio, sys, time

    host, port, path = "127.0.0.1", int(sys.argv[1]), sys.argv[2]
    connections, seconds = int(sys.argv[3]), float(sys.argv[4])
    request = f"GET {path} HTTP/1.1\\r\\nHost: {host}:{port}\\r\\nAccept-Language: fr\\r\\n\\r\\n".encode()

    async def one(deadline, counts):
        reader, writer = await asyncio.open_connection(host, port)
        while time.perf_counter() < deadline:
            writer.write(request)
            status = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\\r\\n", b""):
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            counts[status.split()[1].decode()] = counts.get(status.split()[1].decode(), 0) + 1
        writer.close()

    async def main():
        counts = {}
        began = time.perf_counter()
        await asyncio.gather(*(one(began + seconds, counts) for _ in range(connections)))
        took = time.perf_counter() - began
        print(counts.get("200", 0) / took, dict(counts))

    asyncio.run(main())
    """
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the server stopped before answering")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not answer")


def load(port: int, path: str, client: Path, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, str(client), str(port), path, str(CONNECTIONS), str(SECONDS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rate, counts = done.stdout.split(" ", 1)
    if "'200'" not in counts:
        raise RuntimeError(f"no page served: {counts.strip()}")
    return float(rate)


def serve(command: list[str], port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(port, server)
    return server


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def opened_link(database: str) -> str:
    """A new card link of a customer of the database, opened once as its customer would."""
    import sqlite3

    from core.bootstrap import open_services
    from core.config import Settings

    services = open_services(Settings(database=database, business_name="Bench"))
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn, conn:
            found = conn.execute(
                "SELECT reference FROM customers WHERE anonymized_at IS NULL AND NOT greylisted"
                " ORDER BY id DESC LIMIT 50"
            ).fetchall()
        for (reference,) in found:
            try:
                link = services.payments.create_link(reference, "card")
            except Exception:
                continue
            token = link.url.rsplit("/", 1)[1]
            services.registration.open(token)  # the first visit writes "opened"
            return token
        raise RuntimeError("no customer can get a payment link")
    finally:
        services.close()


def measure(database: str, customers: int) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="guichet-bench-portal-"))
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "guichet-bench-pycache")
    env["PYTHONPATH"] = str(ROOT)
    env["GUICHET_CONFIG"] = str(folder / "guichet.toml")
    try:
        bare_script, client = folder / "bare.py", folder / "client.py"
        bare_script.write_text(BARE, encoding="utf-8")
        client.write_text(CLIENT, encoding="utf-8")
        token = opened_link(database)
        path = f"/m/{token}"

        ours_port, bare_port = free_port(), free_port()
        ours = serve(
            [sys.executable, "-m", "desktop", "portal", "--database", database]
            + ["--port", str(ours_port)],
            ours_port,
            env,
        )
        try:
            import urllib.request

            with urllib.request.urlopen(f"http://127.0.0.1:{ours_port}{path}") as answer:
                size = len(answer.read())
            bare = serve(
                [sys.executable, str(bare_script), str(bare_port), str(size)], bare_port, env
            )
            try:
                ours_rates, bare_rates = [], []
                for _ in range(ROUNDS):
                    bare_rates.append(load(bare_port, path, client, env))
                    ours_rates.append(load(ours_port, path, client, env))
            finally:
                stop(bare)
        finally:
            stop(ours)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rate, baseline = max(ours_rates), max(bare_rates)
    return [
        Row(
            f"payment form GET /m/<token> (already opened), {CONNECTIONS} connections",
            rate,
            baseline,
            "req/s",
            "≥ 0.5× a bare Starlette app, same server settings",
            rate >= 0.5 * baseline,
        )
    ]
