"""What every measure returns (Row) and the small helpers they share: ratio, median, p95, RSS.

Measure modules import this as ``from benchmarks.common import Row`` (scripts/bench.py puts
scripts/ and the repository root on sys.path).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    measure: str  # e.g. "search 1 letter: keystroke → first page, p95"
    guichet: float  # in `unit`
    baseline: float | None  # the raw baseline measured in the same run, same unit
    unit: str  # "ms", "s", "MiB", "invoices/s", "req/s", "rows"
    goal: str  # e.g. "≤ 50 ms and ≤ 3× raw"
    met: bool


def ratio(row: Row) -> float | None:
    """Guichet over its raw baseline (times: lower is better; throughputs: higher is better)."""
    if row.baseline is None or row.baseline == 0:
        return None
    return row.guichet / row.baseline


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def percentile(values: Iterable[float], fraction: float) -> float:
    """The value below which ``fraction`` of the samples fall (nearest rank, no interpolation)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no samples")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def p95(values: Iterable[float]) -> float:
    return percentile(values, 0.95)


def timed_ms(action: Callable[[], object], repeat: int, *, warmup: int = 1) -> list[float]:
    """Run ``action`` ``warmup`` times unmeasured, then ``repeat`` times; milliseconds each."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000.0)
    return samples


def _status_kib(field: str, pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return float(line.split()[1])
    raise LookupError(field)


def rss_mib(pid: int | None = None) -> float:
    """Resident memory now, in MiB (Linux /proc), of this process or of ``pid``."""
    return _status_kib("VmRSS", pid if pid is not None else "self") / 1024.0


def peak_rss_mib(pid: int | None = None) -> float:
    """The highest resident memory so far, in MiB (Linux /proc), of this process or of ``pid``."""
    return _status_kib("VmHWM", pid if pid is not None else "self") / 1024.0


def cpu_count() -> int:
    return os.cpu_count() or 1
