"""The `guichet` console script: the desk without a sub-command, else the core CLI."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

# What Qt's X11 plugin loads on top of Qt itself; without it Qt aborts the process.
# Library → Debian package.
_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why the window cannot open here, in one line; None when it can (or cannot tell).

    Qt aborts the whole process (SIGABRT) when it finds no display or lacks a system
    library, so this is checked before Qt is started.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: Qt's own choice, nothing to check here
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return (
            "no display to open the desk on (DISPLAY is not set); "
            "sub-commands work without one (guichet --help)"
        )
    if display.startswith(":"):
        number = display[1:].split(".", 1)[0]
        if number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f"no X server answers on display {display}; sub-commands work without one"
    import ctypes.util  # only where X11 is used: looking libraries up takes a while

    missing = [lib for lib in _XCB_LIBRARIES if ctypes.util.find_library(lib) is None]
    if missing:
        packages = " ".join(_XCB_LIBRARIES[lib] for lib in missing)
        return (
            f"the desk needs system libraries that are missing ({', '.join(missing)}): "
            f"sudo apt-get install {packages}"
        )
    return None


def desk_words(words: Sequence[str]) -> SimpleNamespace | None:
    """A plain start of the desk (nothing, ``--demo``, ``--database PATH``, ``-d PATH``,
    ``--database=PATH``), read without the command line's parser, which such a start does
    not need; None for anything else: the parser reads (or refuses) it as always."""
    database: str | None = None
    demo = False
    rest = list(words)
    while rest:
        word = rest.pop(0)
        if not word.isprintable() or not _utf8(word):
            return None
        if word == "--demo":
            demo = True
        elif word in ("--database", "-d") and rest and rest[0] and not rest[0].startswith("-"):
            database = rest.pop(0)
            if not _utf8(database):
                return None
        elif word.startswith("--database=") and len(word) > len("--database="):
            database = word[len("--database=") :]
        else:
            return None
    return SimpleNamespace(command=None, database=database, demo=demo)


def _utf8(word: str) -> bool:
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fail(message: str) -> int:
    from core import cli

    return cli.fail(message)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args: SimpleNamespace | argparse.Namespace | None = desk_words(words)
    if args is None:
        from core import cli

        try:
            parsed = cli.parse(words)
        except cli.UsageError as exc:
            return cli.fail(str(exc))
        if parsed.command == "portal":
            from core.portal.server import serve

            return cli.main(words, serve_portal=serve)
        if parsed.command is not None:
            return cli.main(words)
        args = parsed
    problem = display_problem()
    if problem is not None:
        return _fail(problem)
    try:
        from core.config import load_settings
        from core.errors import GuichetError

        settings = load_settings(demo=args.demo, overrides={"database": args.database})
        from desktop.app import (
            run_desk,  # the demo database is made there, behind a progress window
        )
    except GuichetError as exc:
        return _fail(str(exc))
    except ImportError as exc:  # e.g. Qt's system libraries missing on a bare server
        return _fail(f"the desk cannot start ({exc}); sub-commands still work")
    return run_desk(settings, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
