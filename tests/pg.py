"""A real PostgreSQL server for the tests, on loopback, for the whole session.

The server binaries are looked up under /usr/lib/postgresql/*/bin (Debian's
``postgresql`` package; ``.ci/run`` installs it). As root, the cluster is
created and run as the ``postgres`` user. Tests that need it skip only when no
server binary exists. Each test gets a fresh database.

Use from a test module::

    from pg import office_db_url, postgres_server  # noqa: F401  (fixtures)
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def find_bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    for c in candidates:
        d = Path(c).parent
        if (d / "initdb").exists() and (d / "postgres").exists():
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="inspector-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "postgres"
        self._runuser: str | None = None
        self._su: str | None = None
        if os.geteuid() == 0:  # initdb refuses root: run the server as ``postgres``
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            os.chmod(self.root, 0o700)
            self._runuser = shutil.which("runuser")
            self._su = None if self._runuser else shutil.which("su")

    def _run(self, *args: str) -> None:
        if self._runuser:
            cmd = [self._runuser, "-u", "postgres", "--", *args]
        elif self._su:
            cmd = [self._su, "postgres", "-c", shlex.join(args)]
        else:
            cmd = list(args)
        subprocess.run(cmd, check=True, capture_output=True, timeout=120, cwd=self.root)

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server():
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binary under /usr/lib/postgresql/*/bin")
    server = PostgresServer(bin_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def office_db_url(request) -> str | None:
    """None for the default SQLite file, or the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    request.applymarker(pytest.mark.postgres)
    server = request.getfixturevalue("postgres_server")
    return server.create_database()
