"""Benchmark the desk's customer list on databases of several sizes (see benchmarks/search.py).

    python3 scripts/bench_search.py --sizes 100000 1000000

Each size gets its own database under --dir, built or topped up with demo customers, then
the measures of ``scripts/benchmarks/search.py`` (keystroke → first page against plain
sqlite3, jump to the last row, memory) run on it in a process of their own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def settings_for(path: Path):  # noqa: ANN201
    from core.config import Settings

    return Settings(
        database=str(path), business_name="Bench", creditor_id="FR72ZZZ123456", operator="bench"
    )


def ensure_database(path: Path, size: int) -> None:
    """Reuse a database of ``size`` customers, or top it up with demo customers."""
    from core.bootstrap import open_services
    from core.demo import add_demo_customers

    services = open_services(settings_for(path))
    try:
        have = services.customers.count("")
        if have < size:
            print(f"  adding {size - have:,} customers to {path} …", flush=True)
            started = time.perf_counter()
            add_demo_customers(services, size - have, seed=have)
            print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--dir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "guichet-bench"
    )
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        path = args.dir / f"bench-{size}.sqlite3"
        ensure_database(path, size)
        print(f"\n== {size:,} customers ({path})", flush=True)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "scripts")]))
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "benchmarks" / "search.py"),
                "--database",
                str(path),
                "--customers",
                str(size),
            ],
            check=True,
            env=env,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
