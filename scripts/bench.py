"""Run every measure in scripts/benchmarks/ on one big SQLite database and print one table.

    python3 scripts/bench.py                      # 1,000,000 customers, every measure
    python3 scripts/bench.py --only startup --customers 20000

The database is built once with `guichet demo-data` and reused while it holds enough
customers. Each measure module runs in its own process, so one module's imports and memory
never colour another's figures; baselines are measured in the same run, never remembered.
"""

from __future__ import annotations

import argparse
import json
import os
import pkgutil
import platform
import sqlite3
import subprocess
import sys
import time
import traceback
from contextlib import closing
from datetime import datetime
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
BENCHMARKS = SCRIPTS / "benchmarks"
for entry in (str(ROOT), str(SCRIPTS)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from benchmarks.common import Row, ratio  # noqa: E402

DEFAULT_CUSTOMERS = 1_000_000
_ROWS_MARK = "@@bench-rows@@ "  # the child's one line of results on stdout
_NOT_A_MEASURE = {"__init__", "common"}


def default_database(customers: int) -> Path:
    name = "1m" if customers == 1_000_000 else str(customers)
    return Path("/tmp") / f"guichet-bench-{name}.sqlite3"


def bench_environment() -> dict[str, str]:
    """The environment every child runs in: this checkout first, no personal config, no screen."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), str(SCRIPTS)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["GUICHET_CONFIG"] = str(Path("/nonexistent") / "guichet-bench.toml")
    return env


# --- the database ------------------------------------------------------------------------------
def count_customers(path: Path) -> int:
    if not path.is_file():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn, conn:
            return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])
    except sqlite3.Error:
        return 0


def ensure_database(path: Path, customers: int) -> int:
    """Reuse ``path`` when it holds ``customers`` customers, else add the missing ones."""
    have = count_customers(path)
    if have >= customers:
        print(f"reusing {path} ({have:,} customers)", file=sys.stderr, flush=True)
        return have
    if have == 0 and path.exists():
        path.unlink()  # not a Guichet database (or an empty one): start again
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    print(
        f"adding {customers - have:,} customers to {path} (guichet demo-data) …",
        file=sys.stderr,
        flush=True,
    )
    began = time.perf_counter()
    command = [sys.executable, "-m", "desktop", "demo-data", "--database", str(path)]
    command += ["--customers", str(customers - have), "--seed", str(have)]
    subprocess.run(command, check=True, env=bench_environment(), cwd=ROOT)
    print(f"built in {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
    return count_customers(path)


# --- the measures ------------------------------------------------------------------------------
def measure_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.iter_modules([str(BENCHMARKS)])
        if info.name not in _NOT_A_MEASURE and not info.name.startswith("_")
    )


def run_in_child(name: str, database: Path, customers: int) -> list[Row]:
    """Import benchmarks.<name> in a fresh process and run its ``measure``."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name]
    command += ["--database", str(database), "--customers", str(customers)]
    done = subprocess.run(
        command, env=bench_environment(), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    rows: list[Row] = []
    for line in done.stdout.splitlines():
        if line.startswith(_ROWS_MARK):
            rows = [Row(**fields) for fields in json.loads(line[len(_ROWS_MARK) :])]
        else:
            print(line, file=sys.stderr)  # what the measure said along the way
    if done.returncode != 0:
        raise RuntimeError(f"{name}: the measure stopped (exit {done.returncode})")
    return rows


def child(name: str, database: str, customers: int) -> int:
    import importlib

    module = importlib.import_module(f"benchmarks.{name}")
    measure = getattr(module, "measure", None)
    rows = [] if measure is None else measure(database, customers)
    fields = [
        {
            "measure": r.measure,
            "guichet": float(r.guichet),
            "baseline": None if r.baseline is None else float(r.baseline),
            "unit": r.unit,
            "goal": r.goal,
            "met": bool(r.met),
        }
        for r in rows
    ]
    sys.stdout.flush()
    print(_ROWS_MARK + json.dumps(fields, ensure_ascii=False), flush=True)
    return 0


# --- the table ---------------------------------------------------------------------------------
def number(value: float) -> str:
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def with_unit(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{number(value)} {unit}"


def table(rows: list[Row]) -> str:
    lines = [
        "| measure | Guichet | raw baseline | ratio | goal | met |",
        "|---|---:|---:|---:|---|:-:|",
    ]
    for row in rows:
        times = ratio(row)
        lines.append(
            f"| {row.measure} | {with_unit(row.guichet, row.unit)} "
            f"| {with_unit(row.baseline, row.unit)} "
            f"| {'—' if times is None else f'{times:.2f}×'} | {row.goal} "
            f"| {'yes' if row.met else '**no**'} |"
        )
    return "\n".join(lines)


def _first(path: str, prefix: str) -> str:
    try:
        with open(path, encoding="utf-8") as source:
            for line in source:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def machine() -> str:
    cpu = _first("/proc/cpuinfo", "model name")
    memory = _first("/proc/meminfo", "MemTotal")
    ram = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory != "?" else "?"
    versions = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    try:
        import importlib.metadata as metadata

        for dist in ("PySide6-Essentials", "SQLAlchemy"):
            versions.append(f"{dist.split('-')[0]} {metadata.version(dist)}")
    except Exception:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {ram} RAM, {platform.system()}; " + ", ".join(versions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="this measure module only (repeatable)"
    )
    parser.add_argument("--customers", type=int, default=DEFAULT_CUSTOMERS)
    parser.add_argument(
        "--database", help="SQLite file (default /tmp/guichet-bench-1m.sqlite3 for 1,000,000)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    database = Path(args.database) if args.database else default_database(args.customers)
    if args.child:
        return child(args.child, str(database), args.customers)

    names = measure_modules()
    if args.only:
        wanted = {n.strip() for item in args.only for n in item.split(",") if n.strip()}
        unknown = sorted(wanted - set(names))
        if unknown:
            print(
                f"bench: no measure named {', '.join(unknown)} (there are: {', '.join(names)})",
                file=sys.stderr,
            )
            return 2
        names = [n for n in names if n in wanted]
    customers = ensure_database(database, args.customers)

    rows: list[Row] = []
    failed: list[str] = []
    for name in names:
        print(f"measuring {name} …", file=sys.stderr, flush=True)
        began = time.perf_counter()
        try:
            rows += run_in_child(name, database, customers)
        except Exception as exc:
            traceback.print_exc()
            failed.append(f"{name} ({exc})")
        print(f"  {name}: {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)

    print(f"Measured {datetime.now():%Y-%m-%d %H:%M} on {customers:,} customers ({database}).")
    print(f"Machine: {machine()}.")
    print()
    print(table(rows))
    if failed:
        print()
        print("Not measured: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
