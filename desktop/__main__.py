"""The `guichet` console script: the desk without a sub-command, else the core CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


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
    try:
        from core.config import load_settings
        from core.errors import GuichetError

        settings = load_settings(demo=args.demo)
        if args.database:
            settings = settings.with_overrides(database=args.database)
        if args.demo:
            from core.demo import ensure_demo_database

            ensure_demo_database(settings)
        from desktop.app import run_desk
    except GuichetError as exc:
        return cli.fail(str(exc))
    except ImportError as exc:  # e.g. Qt's system libraries missing on a bare server
        return cli.fail(f"the desk cannot start ({exc}); sub-commands still work")
    return run_desk(settings, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
