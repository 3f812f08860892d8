"""Composition root of the desk: settings → services → window, translator, logging, excepthook."""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from core import i18n
from core.config import Settings, load_settings, user_log_dir
from core.db import sqlite_file_missing
from core.errors import GuichetError
from core.opening import open_for_desk, port_in_use
from desktop import msgbox, words

if TYPE_CHECKING:
    from core.portal.server import PortalHandle

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
STYLESHEET = RESOURCES / "desk.qss"
ICON = RESOURCES / "icons" / "guichet.svg"
ORGANIZATION = "Guichet"
APPLICATION = "Guichet"
LANGUAGES = ("fr", "en")

log = logging.getLogger("guichet.desktop")

# Translators must outlive the call that installed them; one set per application.
_installed: list[QTranslator] = []
# The application and language they are for, and whether the desk's own loaded: asking
# again for the same (the start does, then the window) loads nothing twice.
_installed_for: list[tuple[int, str, bool]] = []


def choose_language(preferred: str | None = None) -> str:
    """settings.language when set, else French on a French system, else English."""
    if preferred in LANGUAGES:
        return preferred  # type: ignore[return-value]
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Swap the desk's (and Qt's own) translations for ``language``; True when the desk's loaded."""
    words.use_language(language)  # names of codes come from the core's catalogue
    if _installed_for and _installed_for[0][:2] == (id(app), language):
        return _installed_for[0][2]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    desk = QTranslator(app)
    loaded = desk.load(str(TRANSLATIONS / f"guichet_{language}.qm"))
    if loaded:
        app.installTranslator(desk)
        _installed.append(desk)
    else:
        log.warning("no desk translation for %s", language)
    _installed_for[:] = [(id(app), language, loaded)]
    return loaded


def default_qsettings() -> QSettings:
    return QSettings(ORGANIZATION, "Desk")


def build_window(
    database: str,
    *,
    operator: str,
    settings: Settings | None = None,
    language: str | None = None,
    qsettings: QSettings | None = None,
    clock: Callable[[], datetime] | None = None,
    pages_when_opened: bool = False,
) -> QMainWindow:
    """The wired window, without an event loop: the caller owns QApplication and shows it.

    Every page and its named widgets exist when it returns (CONTRACT's object names).
    ``pages_when_opened``: the invoices and debits pages are made when first opened
    instead, as the desk's own start does, so that the window shows sooner.
    """
    from desktop.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("build_window needs a QApplication")
    if settings is None:
        try:
            settings = load_settings()
        except GuichetError:
            settings = Settings(database=database)
    settings = settings.with_overrides(database=database, operator=operator)
    # A file Guichet may not write opens read-only (the window says so); see core.opening.
    opened = open_for_desk(settings, clock=clock) if clock else open_for_desk(settings)
    services = opened.services
    lang = choose_language(language or settings.language)
    install_translator(app, lang)

    # The core checks payment dates against its own business day, so the dialogs use it too.
    today = services.today

    from desktop.gc_guard import collect_on_gui_thread

    collect_on_gui_thread()
    window = MainWindow(
        services,
        language=lang,
        qsettings=qsettings or default_qsettings(),
        today=today,
        read_only=opened.read_only,
        stylesheet=STYLESHEET.read_text(encoding="utf-8") if STYLESHEET.is_file() else "",
    )
    if ICON.is_file():
        window.setWindowIcon(QIcon(str(ICON)))
    if not pages_when_opened:
        window.make_every_page()
    return window


# --- running -----------------------------------------------------------------------------------
def log_file() -> Path:
    return user_log_dir() / "guichet.log"


class _LogFile(logging.Handler):
    """The desk's rotating log file, opened with its first record: a start that logs nothing
    does not load logging.handlers (and the socket module behind it)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging() -> Path:
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("guichet")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return path


def apology(path: Path) -> tuple[str, str]:
    """Title and text for an unexpected error: where the details went, never what they are."""
    title = QCoreApplication.translate("Desk", "Sorry")
    text = QCoreApplication.translate(
        "Desk", "Something went wrong; the desk is still open. Details were written to %1."
    ).replace("%1", str(path))
    return title, text


def make_excepthook(
    path: Path, language: str = "en"
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Log the traceback to the log file; show staff one short apology, never the traceback."""
    showing = [False]

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, GuichetError):
            title = QCoreApplication.translate("Desk", "Not done")
            text = i18n.error_text(exc, language)
        else:
            log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
            title, text = apology(path)
        if showing[0] or QApplication.instance() is None:
            return
        showing[0] = True
        try:
            msgbox.error(QApplication.activeWindow(), title, text)
        finally:
            showing[0] = False

    return hook


def _portal_address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", parts.port or (443 if parts.scheme == "https" else 80)


def confirm_new_database(path: str) -> bool:
    """A database path that does not exist is often a typo: make a new one only when asked."""
    return msgbox.confirm(
        None,
        QCoreApplication.translate("Desk", "New database?"),
        QCoreApplication.translate("Desk", "No database at %1; create a new one?").replace(
            "%1", path
        ),
        QCoreApplication.translate("Desk", "Create it"),
    )


def start_demo_portal(
    settings: Settings, window: QMainWindow, language: str
) -> PortalHandle | None:
    """Serve the payment form beside the demo desk; a taken port is said by its number."""
    from core.portal.server import start_in_thread

    host, port = _portal_address(settings.portal_url)
    try:
        portal = start_in_thread(settings, host=host, port=port)
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE:
            taken = port_in_use(port)
            log.warning("payment form not started: %s", taken)
            print(f"guichet: {taken}", file=sys.stderr)
            title = QCoreApplication.translate("Desk", "Payment form")
            msgbox.error(window, title, i18n.error_text(taken, language))
        else:
            log.exception("payment form not started")
            window.show_status(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "Desk", "The payment form could not be started (see the log)."
                ),
                0,
            )
        return None
    window.set_portal_url(portal.url)  # type: ignore[attr-defined]
    return portal


def run_desk(settings: Settings, *, demo: bool = False) -> int:
    """Open the desk (and, in demo mode, the payment form beside it); returns the exit code."""
    path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    language = choose_language(settings.language)
    sys.excepthook = make_excepthook(path, language)
    install_translator(app, language)
    if demo:
        from desktop.demo_progress import DemoPreparation

        problem = DemoPreparation(settings).run()
        if problem is not None:
            if not isinstance(problem, GuichetError):
                raise problem
            msgbox.error(
                None,
                QCoreApplication.translate("Desk", "Guichet cannot open"),
                i18n.error_text(problem, language),
            )
            return 2
    missing = None if demo else sqlite_file_missing(settings.database)
    if missing is not None and not confirm_new_database(missing):
        return 0  # nothing made: the path was probably mistyped
    try:
        window = build_window(
            settings.database,
            operator=settings.operator,
            settings=settings,
            pages_when_opened=True,
        )
    except GuichetError as exc:
        msgbox.error(
            None,
            QCoreApplication.translate("Desk", "Guichet cannot open"),
            i18n.error_text(exc, language),
        )
        return 2
    window.show()
    portal = start_demo_portal(settings, window, language) if demo else None
    try:
        return app.exec()
    finally:
        window.shutdown()  # type: ignore[attr-defined]
        if portal is not None:
            portal.stop()
