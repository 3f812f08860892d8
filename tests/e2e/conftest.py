"""Fixtures of the end-to-end tests: the real `guichet portal` process and headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
CREDITOR_ID = "FR72ZZZ123456"
BUSINESS = "Club E2E Lyon"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def guichet_exe() -> str:
    # The console script of the Python running the tests (a venv not on PATH), else PATH's.
    beside = Path(sys.executable).with_name("guichet")
    exe = str(beside) if beside.exists() else shutil.which("guichet")
    if exe is None:
        pytest.skip("the `guichet` console script is not installed (pip install -e .)")
    return exe


@pytest.fixture
def port() -> int:
    return _free_port()


@pytest.fixture
def database(tmp_path) -> Path:
    return tmp_path / "e2e.sqlite3"


@pytest.fixture
def env(tmp_path, port) -> dict[str, str]:
    values = dict(os.environ)
    values.update(
        GUICHET_CONFIG=str(tmp_path / "absent.toml"),  # the user's own settings stay out
        GUICHET_PORTAL_URL=f"http://127.0.0.1:{port}",
        GUICHET_CREDITOR_ID=CREDITOR_ID,
        GUICHET_BUSINESS_NAME=BUSINESS,
        GUICHET_OPERATOR="e2e",
    )
    return values


@pytest.fixture
def guichet(guichet_exe, database, env) -> Callable[..., str]:
    """Run one `guichet` sub-command on the test database; its stdout, or the test fails."""

    def run(*args: str) -> str:
        done = subprocess.run(
            [guichet_exe, *args, "--database", str(database)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"guichet {' '.join(args)}: {done.stderr}"
        return done.stdout

    return run


@pytest.fixture
def portal(guichet_exe, database, env, port, tmp_path):
    """`guichet portal` as a real process; yields its base URL and the path of its log."""
    log_path = tmp_path / "portal.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [guichet_exe, "portal", "--database", str(database), "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"guichet portal exited: {log_path.read_text(errors='replace')}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("guichet portal did not answer /healthz within 30 s")
            time.sleep(0.2)
        yield base, log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("chromium and chromedriver are needed for the end-to-end tests")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.add_argument("--window-size=390,844")
    options.binary_location = str(CHROMIUM)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    driver.implicitly_wait(2)  # after a submit, wait for the new page's elements
    try:
        yield driver
    finally:
        driver.quit()
