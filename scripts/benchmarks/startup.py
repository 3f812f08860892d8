"""Start-up of the desk against an empty PySide6 window; a payment link with its QR; `link create`.

Every figure is a separate process started from here, the way a person starts them, so
interpreter start and imports count. Python's bytecode cache is kept (in a folder of its
own, not beside the sources) as an installed package has it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import closing
from pathlib import Path

from benchmarks.common import Row, median

ROOT = Path(__file__).resolve().parent.parent.parent
STARTS = 7  # of each kind, alternated
LINKS = 30

# A window like the desk's, with nothing in it.
EMPTY_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()

    def ready():
        print("interactive", flush=True)
        app.quit()

    # Two turns of the event loop: the window's show and paint events are handled.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))
    app.exec()
    """
)

# The desk exactly as `guichet --database PATH` starts it; the window is watched from outside.
DESK = textwrap.dedent(
    """
    import sys
    import desktop.app as desk
    from desktop.__main__ import main
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    made = desk.build_window

    def build_window(*args, **kwargs):
        window = made(*args, **kwargs)

        def first_page():
            if window.customerModel.rowCount() > 0:
                print("first page", flush=True)
                QApplication.instance().quit()
            else:
                QTimer.singleShot(5, first_page)

        def ready():
            print("interactive", flush=True)
            first_page()

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))
        QTimer.singleShot(120_000, QApplication.instance().quit)
        return window

    desk.build_window = build_window
    sys.exit(main(["--database", sys.argv[1]]))
    """
)

# What `guichet link create` does at the least: start Python, write one row with sqlite3.
RAW_LINK = textwrap.dedent(
    """
    import secrets, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], timeout=10)
    conn.execute("CREATE TABLE IF NOT EXISTS bench_raw_links (token TEXT, customer TEXT)")
    conn.execute("INSERT INTO bench_raw_links VALUES (?, ?)", (secrets.token_hex(32), sys.argv[2]))
    conn.commit()
    print("http://127.0.0.1:8765/m/" + secrets.token_urlsafe(32))
    """
)


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "guichet-bench-pycache")
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["GUICHET_CONFIG"] = str(home / "guichet.toml")  # none: the defaults
    for kind in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{kind}_HOME"] = str(home / kind.lower())  # the desk's own settings and log
    return env


def timed_run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the start of ``command`` until each line it prints."""
    began = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        marks.setdefault(line.strip(), time.perf_counter() - began)
    marks["exit"] = time.perf_counter() - began
    if child.wait() != 0:
        raise RuntimeError(f"{command[1:3]} exited with {child.returncode}")
    return marks


def references(database: str, count: int) -> list[str]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn, conn:
        rows = conn.execute(
            "SELECT reference FROM customers WHERE anonymized_at IS NULL AND NOT greylisted"
            " ORDER BY random() LIMIT ?",
            (count,),
        ).fetchall()
    return [r[0] for r in rows]


def start_up(database: str, env: dict[str, str], folder: Path) -> list[Row]:
    empty, desk = folder / "empty_window.py", folder / "desk.py"
    empty.write_text(EMPTY_WINDOW, encoding="utf-8")
    desk.write_text(DESK, encoding="utf-8")
    # Once each unmeasured: the bytecode cache is written, the files are in the page cache.
    timed_run([sys.executable, str(empty)], env)
    timed_run([sys.executable, str(desk), database], env)
    bare: list[float] = []
    shown: list[float] = []
    page: list[float] = []
    for _ in range(STARTS):
        bare.append(timed_run([sys.executable, str(empty)], env)["interactive"])
        marks = timed_run([sys.executable, str(desk), database], env)
        shown.append(marks["interactive"])
        page.append(marks.get("first page", marks["exit"]))
    window, desk_window, first = median(bare), median(shown), median(page)
    return [
        Row(
            "start-up to an interactive window (shown, event loop idle), median",
            desk_window,
            window,
            "s",
            "≤ 2× an empty PySide6 window",
            desk_window <= 2 * window,
        ),
        Row(
            "start-up to the first customers on screen, median",
            first,
            window,
            "s",
            "none (shown for information)",
            True,
        ),
    ]


def link_command(database: str, env: dict[str, str], folder: Path) -> Row:
    raw = folder / "raw_link.py"
    raw.write_text(RAW_LINK, encoding="utf-8")
    scratch = folder / "raw.sqlite3"
    customers = references(database, STARTS + 1)
    guichet = [sys.executable, "-m", "desktop", "link", "create", "--method", "card"]
    timed_run(guichet + ["--database", database, customers[0]], env)  # bytecode cache
    ours: list[float] = []
    bare: list[float] = []
    for reference in customers[1:]:
        bare.append(timed_run([sys.executable, str(raw), str(scratch), reference], env)["exit"])
        ours.append(timed_run(guichet + ["--database", database, reference], env)["exit"])
    took, baseline = median(ours), median(bare)
    return Row(
        "`guichet link create` as a command, median",
        took,
        baseline,
        "s",
        "≤ 0.5 s",
        took <= 0.5,
    )


def link_in_desk(database: str, folder: Path) -> Row:
    """The desk's "New payment link": the service call, then the dialog with its QR, shown."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from core.bootstrap import open_services
    from core.config import Settings
    from core.errors import GuichetError
    from desktop.payment_link_dialog import PaymentLinkDialog

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's notes about sizes
    services = open_services(Settings(database=database, business_name="Bench"))
    raw = sqlite3.connect(folder / "raw.sqlite3", timeout=10)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_raw_links (token TEXT, customer TEXT)")

    def desk_once(reference: str) -> float | None:
        began = time.perf_counter()
        try:
            link = services.payments.create_link(reference, "card")
        except GuichetError:
            return None  # this customer cannot get one (closed, grey-listed…)
        dialog = PaymentLinkDialog(None, link=link, language="fr", business_name="Bench")
        dialog.show()
        app.processEvents()
        took = time.perf_counter() - began
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        return took * 1000

    def raw_once(reference: str) -> float:
        import secrets

        began = time.perf_counter()
        raw.execute("INSERT INTO bench_raw_links VALUES (?, ?)", (secrets.token_hex(32), reference))
        raw.commit()
        return (time.perf_counter() - began) * 1000

    customers = references(database, LINKS * 2)
    desk_once(customers[0])
    ours = [t for t in (desk_once(r) for r in customers[1:]) if t is not None][:LINKS]
    bare = [raw_once(r) for r in customers[:LINKS]]
    raw.close()
    services.close()
    took = median(ours)
    return Row(
        "payment link + its QR shown in the desk, median",
        took,
        median(bare),
        "ms",
        "≤ 20 ms",
        took <= 20,
    )


def measure(database: str, customers: int) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="guichet-bench-startup-"))
    try:
        env = environment(folder)
        rows = start_up(database, env, folder)
        rows.append(link_in_desk(database, folder))
        rows.append(link_command(database, env, folder))
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)
