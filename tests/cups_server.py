"""A private CUPS server for printing tests: ``cupsd`` on its own socket with a cups-pdf
queue, started once per test process and stopped when it ends (skipped, with the reason,
where CUPS or cups-pdf is not installed: .ci/run installs them)."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

QUEUE = "InspectorPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _cups_missing() -> str:
    for tool in ("cupsd", "lpadmin", "lp", "lpstat", "pdftotext"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} is not installed (apt-get install cups cups-client poppler-utils)"
    if not Path("/usr/lib/cups/backend/cups-pdf").exists() or not PPD.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "a private cupsd with the cups-pdf backend needs root here"
    return ""


_SERVER: dict[str, Path] = {}


def _start() -> Path:
    """Start the private cupsd once per test process (libcups and Qt remember the server
    they first talked to, so every test module shares it); stopped when the process ends."""
    if "root" in _SERVER:
        return _SERVER["root"]
    root = Path(tempfile.mkdtemp(prefix="inspector-cups-"))
    root.chmod(0o755)
    for sub in ("spool", "cache", "state", "log", "tmp"):
        (root / sub).mkdir()
    (root / "tmp").chmod(0o1777)
    sock = root / "cups.sock"
    allow = "  Order allow,deny\n  Allow all\n"
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nPreserveJobFiles Yes\nPreserveJobHistory Yes\n"
        "WebInterface No\nBrowsing No\n"
        f"<Location />\n{allow}</Location>\n<Location /admin>\n{allow}</Location>\n"
        f"<Policy default>\n  <Limit All>\n  {allow}  </Limit>\n</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"RequestRoot {root}/spool\nTempDir {root}/tmp\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nErrorLog {root}/log/error_log\n"
        f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        f"Printcap {root}/printcap\n"
        "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nSandboxing Relaxed\n"
    )
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    proc = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    started = time.time()

    def stop() -> None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)
        # cups-pdf writes each job to the owner's ~/PDF: remove this run's files only
        for made in (Path.home() / "PDF").glob("*job_*.pdf"):
            if made.stat().st_mtime >= started:
                made.unlink(missing_ok=True)

    atexit.register(stop)
    for _ in range(100):
        if sock.exists():
            break
        time.sleep(0.05)
    subprocess.run(
        ["lpadmin", "-h", str(sock), "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
        check=True,
        capture_output=True,
    )
    _SERVER["root"] = root
    return root


def run_cups():
    """The private cupsd with its cups-pdf queue, CUPS_SERVER pointing at it meanwhile.

    A generator for a fixture: ``cups = pytest.fixture(scope="module")(run_cups)``.
    """
    reason = _cups_missing()
    if reason:
        pytest.skip(reason)
    root = _start()
    old = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(root / "cups.sock")
    _set_server(str(root / "cups.sock"))
    try:
        yield root
    finally:
        if old is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old
        _set_server(old)


def _set_server(server: str | None) -> None:
    """Point this process's libcups (which Qt's print support uses) at ``server``.

    libcups reads CUPS_SERVER once, at its first use in the process, and keeps it; a
    test that opened a print dialog earlier in the session would otherwise leave Qt
    asking the system's CUPS, with no printer, and the print path would offer
    "save as PDF" instead of printing.
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("cups")
    if name is None:
        return
    lib = ctypes.CDLL(name)
    lib.cupsSetServer.argtypes = [ctypes.c_char_p]
    lib.cupsSetServer.restype = None
    lib.cupsSetServer(server.encode() if server else None)


def wait_done(job: str) -> None:
    for _ in range(300):
        done = subprocess.run(["lpstat", "-W", "completed", "-o"], capture_output=True, text=True)
        if job in done.stdout:
            return
        time.sleep(0.1)
    raise AssertionError(f"job {job} did not complete")
