"""Soak one offscreen desk through a working day and report activity, refcounts and memory as JSON."""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import random
import sys
import time
import traceback
from collections import deque
from datetime import timedelta
from pathlib import Path

# A soak never opens real windows, whatever the caller's environment says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from core.bootstrap import Services, open_services  # noqa: E402
from core.config import DEMO_CREDITOR_ID, Settings  # noqa: E402
from core.demo import EN_LAST, FR_CITIES, FR_FIRST, FR_LAST, add_demo_customers  # noqa: E402
from desktop import msgbox  # noqa: E402
from desktop.app import build_window  # noqa: E402
from desktop.customer_edit_dialog import CustomerEditDialog  # noqa: E402
from desktop.offline_payment_dialog import OfflinePaymentDialog  # noqa: E402
from desktop.payment_link_dialog import PaymentLinkDialog  # noqa: E402

try:  # only to check a few QR codes end to end; the soak runs without it
    import zxingcpp
except ImportError:  # pragma: no cover
    zxingcpp = None

WARMUP_STEPS = 50
SNAPSHOT_EVERY = 100
WAIT_S = 20.0
# Typing-like queries: names, cities, references, mail domains, nothing, and no match at all.
QUERIES = (
    [name.lower()[:n] for name in FR_LAST[:12] for n in (3, len(name))]
    + [first[:4] for first in FR_FIRST[:10]]
    + [city for _postal, city in FR_CITIES[:8]]
    + [last.lower() for last in EN_LAST[:6]]
    + ["CUST-0001", "CUST-00002", "CUST-000150", "example.co.uk", "boulangerie", "zzqx", ""]
)
# Every edit must really change the city, so there is always another one to pick.
CITIES = ("Lyon", "Nantes", "Rennes", "Brest", "Dijon", "Annecy", "Orléans", "Sète", "Nice")


class Stuck(Exception):
    """The desk did not reach the state a step waits for (or would have blocked on a modal)."""


def rss_mib() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):  # not Linux: the peak is the best there is
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def soak_settings(database: Path) -> Settings:
    # Explicit settings: the soak never reads the user's guichet.toml.
    return Settings(
        database=str(database),
        business_name="Club Soak",
        creditor_id=DEMO_CREDITOR_ID,
        operator="soak",
    )


def subscribe(services: Services, references: list[str]) -> None:
    """A monthly subscription started a year ago: about a dozen due invoices each after a run."""
    today = services.billing.ctx.today()
    for n, reference in enumerate(references):
        services.billing.add_subscription(
            reference,
            label="Abonnement Club",
            amount_cents=2990 + 100 * (n % 5),
            period="monthly",
            start=today - timedelta(days=365 - n % 28),
        )
    services.billing.run()


def make_database(path: Path, customers: int, seed: int) -> None:
    """Demo customers, a third of them billed monthly for a year (made only when empty)."""
    services = open_services(soak_settings(path))
    try:
        if services.customers.count("") > 0:
            return
        add_demo_customers(services, customers, seed=seed)
        rows = services.customers.rows(services.customers.search_ids("")[:customers])
        subscribe(services, [row.reference for row in rows[::3]])
    finally:
        services.close()


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise Stuck("the desk would block on a modal dialog, menu or message box")


def forbid_blocking() -> None:
    """Any exec() of a dialog, menu or static box raises instead of waiting for a click forever."""
    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QMenu):
        cls.exec = _blocked
    for name in ("information", "warning", "critical", "question", "about"):
        setattr(QMessageBox, name, _blocked)
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        setattr(QFileDialog, name, _blocked)
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        setattr(QInputDialog, name, _blocked)


class SoakDesk:
    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        self.app = app
        self.args = args
        self.rng = random.Random(args.seed)
        self.settings = soak_settings(args.database)
        # A second connection, like another desk or the command line: billing runs, references.
        self.services = open_services(self.settings)
        self.references = [
            row.reference
            for row in self.services.customers.rows(self.services.customers.search_ids("")[:1000])
        ]
        # make_database bills every third customer, in reference order.
        self.payers: deque[str] = deque(self.references[::3])
        self.next_subscriber = 0
        self.counts = dict.fromkeys(
            (
                "links",
                "links_with_qr",
                "qr_decoded",
                "searches",
                "edits",
                "payments",
                "scrolls",
                "records_opened",
                "billing_runs",
            ),
            0,
        )
        self.errors: list[str] = []
        self.link_method = "card"
        self.series: list[dict[str, float]] = []
        self._answer_dialogs()
        self.qsettings = QSettings(
            str(Path(args.database).with_suffix(".desk.ini")), QSettings.Format.IniFormat
        )
        self.window = build_window(
            str(args.database),
            operator="soak",
            settings=self.settings,
            language="fr",
            qsettings=self.qsettings,
        )
        # The day is the desk's alone: no payment form runs beside it, and the warning that the
        # form does not answer (shown before each link) is not what this run looks for.
        self.window.portal_answers = lambda: None  # type: ignore[method-assign]
        self.window.show()
        self.idle("the first page")

    # --- answering the desk's questions without exec() -------------------------------------
    def _answer_dialogs(self) -> None:
        desk = self

        def link_ask(cls, parent, **kwargs):  # noqa: ANN001, ANN003, ANN202
            return desk.drive_link(cls(parent, **kwargs))

        def edit_ask(cls, parent, **kwargs):  # noqa: ANN001, ANN003, ANN202
            return desk.drive_edit(cls(parent, **kwargs))

        def payment_ask(cls, parent, **kwargs):  # noqa: ANN001, ANN003, ANN202
            return desk.drive_payment(cls(parent, **kwargs))

        PaymentLinkDialog.ask = classmethod(link_ask)
        CustomerEditDialog.ask = classmethod(edit_ask)
        OfflinePaymentDialog.ask = classmethod(payment_ask)
        msgbox.choose = lambda _p, _t, _text, _choices: self.link_method
        # A conflict or confirmation is not part of the day: say no and count it.
        msgbox.confirm = lambda _p, _t, text, _label, **_kw: self._note(f"confirm: {text}", False)
        msgbox.error = lambda _p, _t, text: self._note(f"error: {text}", None)
        msgbox.information = lambda _p, _t, text: None
        forbid_blocking()

    def _note(self, text: str, answer: object) -> object:
        self.errors.append(text)
        return answer

    def _finish(self, dialog: QDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        # Outside exec() nothing runs deferred deletes: without this every dialog would stay.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def drive_link(self, dialog: PaymentLinkDialog) -> None:
        try:
            dialog.show()
            self.settle()  # shown and painted, QR included
            pixmap = dialog.paymentLinkQr.pixmap()
            url = dialog.link_url()
            self.counts["links"] += 1
            if not pixmap.isNull() and pixmap.width() >= 21 and "/m/" in url:
                self.counts["links_with_qr"] += 1
            if zxingcpp is not None and self.counts["links"] % 100 == 1:
                found = zxingcpp.read_barcodes(pixmap.toImage())
                if [r.text for r in found] == [url]:
                    self.counts["qr_decoded"] += 1
                else:
                    self.errors.append(f"QR does not read back as {url}")
            dialog.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
        finally:
            self._finish(dialog)

    def drive_edit(self, dialog: CustomerEditDialog):  # noqa: ANN201
        try:
            dialog.show()
            self.settle()
            if self.counts["edits"] % 2:
                field = dialog.phoneEdit
                # The demo's own French mobile ranges: valid whatever the customer's country.
                value = f"+33 6{self.rng.choice('0124578')} {self.rng.randrange(10**7):07d}"
            else:
                field = dialog.cityEdit
                value = self.rng.choice([c for c in CITIES if c != field.text()])
            field.selectAll()
            type_text(field, value)
            dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
            # The save runs off the GUI thread; the dialog closes itself once the core answered.
            self.wait_until(lambda: not dialog.is_saving(), "the save")
            result = (
                dialog.save_result() if dialog.result() == QDialog.DialogCode.Accepted else None
            )
            if result is None:
                self.errors.append(f"edit not saved: {dialog.formErrorLabel.text()}")
                return None
            if field is dialog.phoneEdit:
                saved = result.customer.phone
                same = _digits(saved) == _digits(value)  # saved in E.164, typed with spaces
            else:
                saved = result.customer.city
                same = saved == value
            if same:
                self.counts["edits"] += 1
            else:
                self.errors.append(f"edit saved {saved!r}, typed {value!r}")
            return result
        finally:
            self._finish(dialog)

    def drive_payment(self, dialog: OfflinePaymentDialog):  # noqa: ANN201
        try:
            dialog.show()
            self.settle()
            combo = dialog.paymentKindCombo
            combo.setCurrentIndex(self.counts["payments"] % combo.count())
            type_text(dialog.paymentReferenceEdit, f"SOAK-{self.counts['payments']:05d}")
            dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
            accepted = dialog.result() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted else None
        finally:
            self._finish(dialog)

    # --- waiting ---------------------------------------------------------------------------
    def idle(self, what: str) -> None:
        """Until every operation the window started has answered and the list has its rows."""
        window = self.window
        self.wait_until(
            lambda: not window.is_working() and not window.customerModel.is_busy(), what
        )
        self.settle()

    def settle(self) -> None:
        self.app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def wait_until(self, predicate, what: str, timeout: float = WAIT_S) -> None:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while True:
            self.app.processEvents()
            if predicate():
                return
            if time.monotonic() > deadline:
                raise Stuck(f"waited {timeout:.0f} s for {what}")
            # Sleep, not spin: the search worker needs the GIL to answer.
            time.sleep(0.001)

    # --- activities ------------------------------------------------------------------------
    def type_search(self, text: str) -> None:
        """Type into the search box and press Enter (no debounce wait), until the table shows it."""
        box = self.window.customerSearch
        model = self.window.customerModel
        box.clear()
        if text:
            type_text(box, text)
        QTest.keyClick(box, Qt.Key.Key_Return)
        self.wait_until(
            lambda: model.query() == text.strip() and not model.is_busy(), f"search {text!r}"
        )
        self.settle()  # the view repaints the new rows

    def search(self) -> None:
        self.type_search(self.rng.choice(QUERIES))
        self.counts["searches"] += 1

    def open_record(self, reference: str) -> None:
        self.type_search(reference)
        model = self.window.customerModel
        row = next(
            (r for r in range(model.rowCount()) if model.row_at(r).reference == reference), -1
        )
        if row < 0:
            raise Stuck(f"the search does not find {reference}")
        self.window.customerTable.selectRow(row)
        self.wait_until(
            lambda: self.window.customerReferenceLabel.text() == reference, f"record {reference}"
        )
        self.idle(f"record {reference}")
        self.counts["records_opened"] += 1

    def link(self) -> None:
        reference = self.rng.choice(self.references)
        self.open_record(reference)
        self.link_method = "sepa_debit" if self.counts["links"] % 2 else "card"
        shown = self.counts["links"]
        self.window.actionNewPaymentLink.trigger()
        # The link is made off the GUI thread; its dialog opens when the core has answered.
        self.idle(f"a payment link for {reference}")
        if self.counts["links"] == shown:
            self.errors.append(f"no payment link dialog for {reference}")

    def edit(self) -> None:
        reference = self.rng.choice(self.references)
        self.open_record(reference)
        self.window.actionEdit.trigger()
        self.idle(f"the edit of {reference}")

    def payment(self) -> None:
        window = self.window
        invoices = window.detailPane.invoiceModel
        while True:
            if not self.payers:
                self.bill_more()
            reference = self.payers[0]
            self.open_record(reference)
            row = next(
                (r for r in range(invoices.rowCount()) if invoices.invoice_at(r).status == "due"),
                -1,
            )
            if row >= 0:
                break
            self.payers.popleft()  # all paid: the next subscriber
        invoice = invoices.invoice_at(row)
        window.invoiceTable.selectRow(row)
        if not window.recordPaymentButton.isEnabled():
            raise Stuck(f"cannot record a payment on due invoice {invoice.number}")
        window.recordPaymentButton.click()
        self.idle(f"the payment of {invoice.number}")
        self.payers.rotate(-1)  # the next payment is another customer's
        after = window.current_detail()
        status = next((i.status for i in after.invoices if i.id == invoice.id), None)
        if status == "paid":
            self.counts["payments"] += 1
        else:
            self.errors.append(f"invoice {invoice.number} is {status} after recording a payment")

    def bill_more(self) -> None:
        """No due invoice left: subscribe more customers and run billing, as the office would."""
        start = self.next_subscriber
        chosen = [self.references[(start + n) % len(self.references)] for n in range(1, 60, 3)]
        self.next_subscriber = (start + 60) % len(self.references)
        subscribe(self.services, chosen)
        self.payers.extend(chosen)
        self.counts["billing_runs"] += 1

    def scroll(self) -> None:
        table = self.window.customerTable
        model = self.window.customerModel
        if self.window.customerSearch.text():
            self.type_search("")
        table.scrollToBottom()
        self.settle()
        self.wait_until(lambda: not model.is_busy(), "the next page")
        table.scrollToBottom()
        self.settle()
        table.scrollToTop()
        self.settle()
        self.counts["scrolls"] += 1

    # --- the day ---------------------------------------------------------------------------
    def snapshot(self, step: int) -> None:
        self.settle()
        gc.collect()  # cycles that still hold None/True/False are noise here, not a leak
        self.series.append(
            {
                "step": step,
                "none": sys.getrefcount(None),
                "true": sys.getrefcount(True),
                "false": sys.getrefcount(False),
                "rss_mib": round(rss_mib(), 1),
            }
        )

    def schedule(self) -> list[str]:
        a = self.args
        steps = (
            ["link"] * a.links
            + ["search"] * a.searches
            + ["edit"] * a.edits
            + ["payment"] * a.payments
            + ["scroll"] * a.scrolls
        )
        self.rng.shuffle(steps)
        return steps

    def run(self) -> None:
        actions = {
            "link": self.link,
            "search": self.search,
            "edit": self.edit,
            "payment": self.payment,
            "scroll": self.scroll,
        }
        steps = self.schedule()
        self.snapshot(0)
        began = time.perf_counter()
        for number, name in enumerate(steps, start=1):
            actions[name]()
            if number == WARMUP_STEPS or number % SNAPSHOT_EVERY == 0:
                self.snapshot(number)
                last = self.series[-1]
                if number % 500 == 0:
                    print(
                        f"step {number}/{len(steps)} {time.perf_counter() - began:.0f} s "
                        f"None={last['none']} True={last['true']} False={last['false']} "
                        f"rss={last['rss_mib']} MiB",
                        file=sys.stderr,
                        flush=True,
                    )
        if self.series[-1]["step"] != len(steps):
            self.snapshot(len(steps))

    def close(self) -> None:
        self.window.shutdown()
        self.window.close()
        self.window.deleteLater()
        self.settle()
        self.services.close()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses into ``widget``, accents included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def report(
    desk: SoakDesk | None, args: argparse.Namespace, exceptions: list[str], **extra: object
) -> dict:
    series = desk.series if desk else []
    warm = next((s for s in series if s["step"] == WARMUP_STEPS), series[0] if series else None)
    end = series[-1] if series else None
    targets = {
        "links_with_qr": args.links,
        "searches": args.searches,
        "edits": args.edits,
        "payments": args.payments,
        "scrolls": args.scrolls,
    }
    counts = desk.counts if desk else {}
    out = {
        "counts": counts,
        "targets": targets,
        "reached": all(counts.get(k, 0) >= v for k, v in targets.items()),
        "warmup_step": WARMUP_STEPS,
        "refcount_series": {
            "step": [s["step"] for s in series],
            "none": [s["none"] for s in series],
            "true": [s["true"] for s in series],
            "false": [s["false"] for s in series],
        },
        "rss_series_mib": [s["rss_mib"] for s in series],
        "deltas": {
            key: (end[key] - warm[key]) if warm and end else None
            for key in ("none", "true", "false")
        },
        "rss_mib": {
            "warmup": warm["rss_mib"] if warm else None,
            "end": end["rss_mib"] if end else None,
            "growth": round(end["rss_mib"] - warm["rss_mib"], 1) if warm and end else None,
        },
        "error_count": len(desk.errors) if desk else 0,
        "errors": desk.errors[:20] if desk else [],
        "exception_count": len(exceptions),
        "exceptions": exceptions[:5],
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
    }
    out.update(extra)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--links", type=int, default=500)
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--payments", type=int, default=300)
    parser.add_argument("--scrolls", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261120)
    args = parser.parse_args(argv)
    # A fatal error in the binding (e.g. none_dealloc) still says where Python was.
    faulthandler.enable()
    started = time.perf_counter()
    args.database.parent.mkdir(parents=True, exist_ok=True)
    make_database(args.database, args.customers, args.seed)
    setup_s = time.perf_counter() - started

    # Anything that falls back to a default QSettings writes beside the database, not in $HOME.
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(args.database.parent / "qsettings"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    desk: SoakDesk | None = None
    failure = ""
    exceptions: list[str] = []

    def hook(kind, exc, tb) -> None:  # noqa: ANN001
        # An exception escaping a slot does not stop Qt: count it, and show it on stderr.
        exceptions.append(f"{kind.__name__}: {exc}")
        sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
    try:
        desk = SoakDesk(app, args)
        desk.run()
    except Stuck as exc:
        failure = f"stuck: {exc}"
    except Exception as exc:  # still report how far the day got
        traceback.print_exc()
        failure = f"{type(exc).__name__}: {exc}"
    finally:
        if desk is not None:
            desk.close()
    result = report(
        desk,
        args,
        exceptions,
        failure=failure,
        setup_s=round(setup_s, 1),
        elapsed_s=round(time.perf_counter() - started, 1),
    )
    print(json.dumps(result), flush=True)
    ok = result["reached"] and not failure and not exceptions
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
