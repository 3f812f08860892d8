"""A PostgreSQL server for the tests: the one named by GUICHET_TEST_POSTGRESQL_URL, or a
throw-away cluster started in a temporary folder on 127.0.0.1 and stopped at the end.

Every test gets its own database, copied from a template migrated once per session.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ENV_URL = "GUICHET_TEST_POSTGRESQL_URL"
TEMPLATE = "guichet_test_template"
_serial = itertools.count(1)


def _bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: on the PATH, else Debian's versioned folders."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: [int(x) for x in Path(p).parent.name.split(".") if x.isdigit()],
        reverse=True,
    ):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """initdb + pg_ctl in a temporary folder (as the `postgres` user when we are root)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="guichet-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as_postgres: list[str] = []
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root.
            shutil.chown(self.folder, "postgres", "postgres")
            self._as_postgres = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as_postgres, *args],
            capture_output=True,
            text=True,
            cwd=self.folder,
            timeout=120,
        )
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()}\n{tail}")

    def start(self) -> str:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def find_server() -> tuple[str | None, Cluster | None, str]:
    """(admin URL, cluster to stop afterwards, why there is none)."""
    url = os.environ.get(ENV_URL)
    if url:
        return url, None, ""
    bin_dir = _bin_dir()
    if bin_dir is None:
        return None, None, f"no PostgreSQL server: set {ENV_URL} or install PostgreSQL (initdb)"
    cluster = Cluster(bin_dir)
    try:
        return cluster.start(), cluster, ""
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        cluster.stop()
        return None, None, f"the throw-away PostgreSQL cluster did not start: {exc}"


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host or None,
        port=parsed.port or None,
        user=parsed.username or None,
        password=parsed.password or None,
        dbname=parsed.database or "postgres",
        autocommit=True,
    )


def database_url(admin_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def make_template(admin_url: str) -> str:
    """A database migrated to the newest schema, that each test's database is copied from."""
    from core.db import make_engine

    name = f"{TEMPLATE}_{os.getpid()}"
    with _admin(admin_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    make_engine(database_url(admin_url, name)).dispose()
    return name


def drop_template(admin_url: str, name: str) -> None:
    with _admin(admin_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_database(admin_url: str, template: str | None) -> str:
    """A fresh database for one test (a copy of the template, or empty); returns its name."""
    name = f"guichet_test_{os.getpid()}_{next(_serial)}"
    with _admin(admin_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        source = f' TEMPLATE "{template}"' if template else ""
        if template and conn.info.server_version >= 150000:
            # Copying the files is several times faster than WAL_LOG for a small template.
            source += " STRATEGY FILE_COPY"
        conn.execute(f'CREATE DATABASE "{name}"{source}')
    return name


def drop_database(admin_url: str, name: str) -> None:
    with _admin(admin_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
