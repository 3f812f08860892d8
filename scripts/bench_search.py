"""Benchmark the desk's customer list: search-to-table-updated and scroll-to-end times on big databases."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from core.bootstrap import Services, open_services  # noqa: E402
from core.config import Settings  # noqa: E402
from desktop.customer_table_model import CustomerTableModel  # noqa: E402

# What staff type, letter by letter (each prefix is one search once typing pauses).
TYPED = ["martin", "dupont", "lyon", "CUST-00042", "boulangerie", "smith", "example.fr", "zzqx"]


def settings_for(path: Path) -> Settings:
    return Settings(
        database=str(path),
        business_name="Bench",
        creditor_id="FR72ZZZ123456",
        operator="bench",
    )


def ensure_database(path: Path, size: int) -> Services:
    """Reuse a database of ``size`` customers, or top it up with demo customers."""
    services = open_services(settings_for(path))
    have = services.customers.count("")
    if have < size:
        from core.demo import add_demo_customers

        print(f"  adding {size - have:,} customers to {path} …", flush=True)
        started = time.perf_counter()
        add_demo_customers(services, size - have, seed=have)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return services


def wait_loaded(model: CustomerTableModel, start, timeout_s: float = 600.0) -> float:  # noqa: ANN001
    """Run ``start()`` and return seconds until the model said ``loaded`` and the view painted."""
    loop = QEventLoop()
    model.loaded.connect(loop.quit)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout_s * 1000))
    began = time.perf_counter()
    start()
    loop.exec()
    QApplication.processEvents()  # the view repaints the new rows
    elapsed = time.perf_counter() - began
    model.loaded.disconnect(loop.quit)
    guard.stop()
    return elapsed


def wait_idle(model: CustomerTableModel) -> None:
    """Until the search behind the first page (all the ids) has arrived too."""
    while model.is_busy():
        wait_loaded(model, lambda: None)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def bench(path: Path, size: int, *, page_size: int, scroll_budget_s: float) -> None:
    services = ensure_database(path, size)
    print(f"\n== {services.customers.count(''):,} customers ({path})")
    view = QTableView()
    model = CustomerTableModel(services.customers, language="fr", page_size=page_size)
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    try:
        began = time.perf_counter()
        first = wait_loaded(model, model.reload)
        wait_idle(model)
        every = time.perf_counter() - began
        print(
            f"first page, no filter: {first * 1000:.0f} ms on screen, "
            f"{every * 1000:.0f} ms until all {model.total():,} ids are known"
        )
        timings: list[float] = []
        for query in TYPED:
            per_query = []
            for n in range(1, len(query) + 1):
                prefix = query[:n]
                per_query.append(wait_loaded(model, lambda p=prefix: model.set_query(p)))
            timings += per_query
            print(
                f"  typed {query!r:>14}: last {per_query[-1] * 1000:7.0f} ms, "
                f"worst prefix {max(per_query) * 1000:7.0f} ms, {model.total():,} matches"
            )
        print(
            f"search-to-table-updated over {len(timings)} searches: "
            f"median {statistics.median(timings) * 1000:.0f} ms, p95 {percentile(timings, 0.95) * 1000:.0f} ms"
        )
        for column, key in CustomerTableModel.SORT_KEYS.items():
            t = wait_loaded(model, lambda c=column: (model.set_query(""), model.sort(c)))
            began = time.perf_counter()
            wait_idle(model)
            rest = time.perf_counter() - began
            print(
                f"  sort by {key:<9} (no filter): {t * 1000:.0f} ms on screen, +{rest * 1000:.0f} ms for all ids"
            )
        wait_loaded(model, lambda: (model.set_query(""), model.sort(0)))
        wait_idle(model)

        # Scroll to the end: the view asks for pages as the scroll bar reaches the bottom.
        began = time.perf_counter()
        pages = 0
        while model.rowCount() < model.total() and time.perf_counter() - began < scroll_budget_s:
            if model.canFetchMore():
                wait_loaded(model, model.fetchMore)
            else:  # the view already asked for the next page: wait for it
                wait_loaded(model, lambda: None)
            view.scrollToBottom()
            pages += 1
        elapsed = time.perf_counter() - began
        done = model.rowCount() >= model.total()
        state = "reached the end" if done else f"stopped after the {scroll_budget_s:.0f} s budget"
        print(
            f"scroll to end: {model.rowCount():,}/{model.total():,} rows in {pages} pages, "
            f"{elapsed:.1f} s ({state})"
        )
    finally:
        model.shutdown()
        view.close()
        view.setModel(None)
        view.deleteLater()
        model.deleteLater()
        QApplication.processEvents()
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--dir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "guichet-bench"
    )
    parser.add_argument("--page-size", type=int, default=200)
    parser.add_argument(
        "--scroll-budget", type=float, default=300.0, help="seconds allowed to scroll to the end"
    )
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for size in args.sizes:
        bench(
            args.dir / f"bench-{size}.sqlite3",
            size,
            page_size=args.page_size,
            scroll_budget_s=args.scroll_budget,
        )
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
