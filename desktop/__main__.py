"""The `guichet` console script: the desk without a sub-command, else the core CLI."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

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


def main(argv: Sequence[str] | None = None) -> int:
    from core import cli

    try:
        args = cli.parse(argv)
    except cli.UsageError as exc:
        return cli.fail(str(exc))
    if args.command == "portal":
        from core.portal.server import serve

        return cli.main(argv, serve_portal=serve)
    if args.command is not None:
        return cli.main(argv)
    problem = display_problem()
    if problem is not None:
        return cli.fail(problem)
    try:
        from core.config import load_settings
        from core.errors import GuichetError

        settings = load_settings(demo=args.demo, overrides={"database": args.database})
        from desktop.app import (
            run_desk,  # the demo database is made there, behind a progress window
        )
    except GuichetError as exc:
        return cli.fail(str(exc))
    except ImportError as exc:  # e.g. Qt's system libraries missing on a bare server
        return cli.fail(f"the desk cannot start ({exc}); sub-commands still work")
    return run_desk(settings, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
