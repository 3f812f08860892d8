"""The direct-debits page: batches ("remises"), their pain.008 files, bank returns, settling."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStandardPaths
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.bootstrap import Services
from core.errors import GuichetError
from core.rules import MANDATE_KILLING_REASONS, REPRESENTABLE_REASONS
from desktop import msgbox, words
from desktop.debit_batch_dialog import DebitBatchDialog
from desktop.debit_batch_table_model import DebitBatchTableModel
from desktop.new_debit_batch_dialog import NewDebitBatchDialog
from desktop.operations import Change, Operations, debits
from desktop.page_reads import PageReads
from desktop.plain_text import plain_labels

if TYPE_CHECKING:
    from core.services.debits import (
        BatchDetail,
        BatchInfo,
        BatchPreview,
        ReturnChange,
        ReturnPreview,
    )

# A confirmation lists the debits a bank return changes; past this many it says how many more.
LISTED_RETURNS = 12


def documents_folder() -> str:
    """Where staff keep the files they exchange with the bank."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())


def export_file_name(batch: BatchInfo, folder: str) -> str:
    """prelevements-<collection date>.xml in ``folder``, numbered when that name is taken."""
    stem = f"prelevements-{batch.collection_date.isoformat()}"
    path = os.path.join(folder, f"{stem}.xml")
    number = 2
    while os.path.exists(path):
        path = os.path.join(folder, f"{stem}-{number}.xml")
        number += 1
    return path


class DebitsPage(QWidget):
    """Lists the batches and runs what staff do with them, each through one operation.

    The page reads the batches again on every "changed" while it is shown, and once when it
    is shown again after changes made meanwhile.
    """

    def __init__(
        self,
        services: Services,
        operations: Operations,
        *,
        language: str,
        notify: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debitsPage")
        self._services = services
        self._operations = operations
        self._language = language
        self._notify = notify
        self._select_after_load: str | None = None
        self._reads = PageReads(
            operations,
            lambda: debits.batches(self._services),
            loaded=self._on_batches_loaded,
            failed=self._on_batches_failed,
            visible=self.isVisible,
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(8)
        self.debitsTitleLabel = QLabel(self.tr("Direct debits"))
        self.debitsTitleLabel.setObjectName("debitsTitleLabel")
        outer.addWidget(self.debitsTitleLabel)

        buttons = QHBoxLayout()
        self.newDebitBatchButton = QPushButton(self.tr("New batch…"))
        self.newDebitBatchButton.setObjectName("newDebitBatchButton")
        self.newDebitBatchButton.setToolTip(
            self.tr("Gather the due SEPA invoices into a batch for a collection date you choose.")
        )
        self.exportDebitBatchButton = QPushButton(self.tr("Export…"))
        self.exportDebitBatchButton.setObjectName("exportDebitBatchButton")
        self.exportDebitBatchButton.setToolTip(
            self.tr(
                "Save the batch's pain.008 file, to upload to your bank (prepared or sent batch)."
            )
        )
        self.settleDebitBatchButton = QPushButton(self.tr("Mark batch settled…"))
        self.settleDebitBatchButton.setObjectName("settleDebitBatchButton")
        self.settleDebitBatchButton.setToolTip(
            self.tr("Once the bank has credited a sent batch: its debits not rejected become paid.")
        )
        self.cancelDebitBatchButton = QPushButton(self.tr("Cancel batch…"))
        self.cancelDebitBatchButton.setObjectName("cancelDebitBatchButton")
        self.cancelDebitBatchButton.setToolTip(
            self.tr("A prepared batch only: its invoices can go into another batch.")
        )
        self.openDebitBatchButton = QPushButton(self.tr("Details…"))
        self.openDebitBatchButton.setObjectName("openDebitBatchButton")
        self.openDebitBatchButton.setToolTip(self.tr("The batch's debits (or double-click it)."))
        self.importBankReturnButton = QPushButton(self.tr("Import a bank return…"))
        self.importBankReturnButton.setObjectName("importBankReturnButton")
        self.importBankReturnButton.setToolTip(
            self.tr("Read a pain.002 or camt.054 file from your bank: rejected or returned debits.")
        )
        for button in (
            self.newDebitBatchButton,
            self.exportDebitBatchButton,
            self.settleDebitBatchButton,
            self.cancelDebitBatchButton,
            self.openDebitBatchButton,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.importBankReturnButton)
        outer.addLayout(buttons)

        self.batchModel = DebitBatchTableModel(language=language, parent=self)
        self.debitBatchTable = QTableView()
        self.debitBatchTable.setObjectName("debitBatchTable")
        self.debitBatchTable.setAccessibleName(self.tr("Debit batches"))
        self.debitBatchTable.setModel(self.batchModel)
        self.debitBatchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debitBatchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.debitBatchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.debitBatchTable.verticalHeader().hide()
        self.debitBatchTable.verticalHeader().setDefaultSectionSize(26)
        self.debitBatchTable.setAlternatingRowColors(True)
        self.debitBatchTable.setWordWrap(False)
        header = self.debitBatchTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 160, 110, 70, 70, 120)):
            self.debitBatchTable.setColumnWidth(column, width)
        outer.addWidget(self.debitBatchTable, 1)

        self.debitBatchSummary = QLabel()
        self.debitBatchSummary.setObjectName("debitBatchSummary")
        self.debitBatchSummary.setWordWrap(True)
        outer.addWidget(self.debitBatchSummary)

        self.newDebitBatchButton.clicked.connect(self._on_newDebitBatchButton_clicked)
        self.exportDebitBatchButton.clicked.connect(self._on_exportDebitBatchButton_clicked)
        self.settleDebitBatchButton.clicked.connect(self._on_settleDebitBatchButton_clicked)
        self.cancelDebitBatchButton.clicked.connect(self._on_cancelDebitBatchButton_clicked)
        self.openDebitBatchButton.clicked.connect(self._on_openDebitBatchButton_clicked)
        self.importBankReturnButton.clicked.connect(self._on_importBankReturnButton_clicked)
        self.debitBatchTable.activated.connect(self._on_debitBatchTable_activated)
        self.debitBatchTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.batchModel.modelReset.connect(self._update_buttons)
        operations.events.changed.connect(self._on_events_changed)
        operations.busyChanged.connect(self._update_buttons)
        plain_labels(self)
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the batches again (one read at a time; a request meanwhile reads once more)."""
        self._reads.request()

    def selected_batch(self) -> BatchInfo | None:
        rows = self.debitBatchTable.selectionModel().selectedRows()
        return self.batchModel.batch_at(rows[0].row()) if rows else None

    def select_batch(self, reference: str) -> None:
        row = self.batchModel.row_of(reference)
        if row >= 0:
            self.debitBatchTable.selectRow(row)

    def is_loaded(self) -> bool:
        return self._reads.loaded and not self._reads.loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reads.shown()

    def _on_events_changed(self, _change: Change) -> None:
        self._reads.changed()

    def _on_batches_loaded(self, batches: list[BatchInfo]) -> None:
        selected = self.selected_batch()
        wanted = self._select_after_load or (selected.reference if selected else None)
        self._select_after_load = None
        self.batchModel.set_batches(batches)
        if wanted is not None and self.batchModel.row_of(wanted) >= 0:
            self.select_batch(wanted)
        elif batches:
            self.debitBatchTable.selectRow(0)  # the newest: usually the one to work on

    def _on_batches_failed(self, exc: Exception) -> None:
        if isinstance(exc, GuichetError):
            self._say(i18n.error_text(exc, self._language))

    # --- state of the buttons -------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        # Nothing is changed while a change runs, nor ever in a read-only database.
        idle = not self._operations.writing() and not self._operations.read_only
        batch = self.selected_batch()
        status = batch.status if batch is not None else None
        self.newDebitBatchButton.setEnabled(idle)
        self.importBankReturnButton.setEnabled(idle)
        self.exportDebitBatchButton.setEnabled(idle and status in ("prepared", "sent"))
        self.settleDebitBatchButton.setEnabled(idle and status == "sent")
        self.cancelDebitBatchButton.setEnabled(idle and status == "prepared")
        self.openDebitBatchButton.setEnabled(batch is not None)
        self.debitBatchSummary.setText(self._next_step(batch))

    def _next_step(self, batch: BatchInfo | None) -> str:
        if batch is None:
            if self._reads.loaded and self.batchModel.rowCount() == 0:
                return self.tr(
                    "No batch yet. “New batch…” gathers the due SEPA invoices to collect on a "
                    "date you choose."
                )
            return ""
        steps = {
            "prepared": self.tr(
                "Prepared: check its debits, then export the file and upload it to your bank. "
                "Until then it can be cancelled, and a payment recorded by hand takes its "
                "invoice out of it."
            ),
            "sent": self.tr(
                "Sent to the bank: its invoices can no longer be paid by hand. Import the bank's "
                "return file if debits are rejected, then mark the batch settled once the bank "
                "has credited it."
            ),
            "settled": self.tr("Settled: its debits that were not rejected are paid."),
            "cancelled": self.tr("Cancelled: its invoices can go into another batch."),
        }
        return f"{batch.reference} — {steps.get(batch.status, words.batch_status(batch.status))}"

    # --- helpers ---------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        if self._notify is not None:
            self._notify(text)

    def _date(self, day: date) -> str:
        return i18n.short_date(day, self._language)

    def _money(self, cents: int) -> str:
        return i18n.money(cents, "EUR", self._language)

    def _debits(self, count: int) -> str:
        return self.tr("%n debit(s)", "", count)

    def ask_export_path(self, batch: BatchInfo) -> str:
        """The save dialog, alone in its method so tests can answer it without blocking."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export batch %1").replace("%1", batch.reference),
            export_file_name(batch, documents_folder()),
            self.tr("SEPA file (*.xml)"),
            # The core never writes over a file: it says so itself, rather than after Qt has
            # asked whether to replace it.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path and not Path(path).suffix:
            path += ".xml"
        return path

    def ask_return_path(self) -> str:
        """The open dialog, alone in its method so tests can answer it without blocking."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a bank return"),
            documents_folder(),
            self.tr("Bank return (*.xml);;All files (*)"),
        )
        return path

    # --- a new batch ------------------------------------------------------------------------------
    def _on_newDebitBatchButton_clicked(self) -> None:
        if self._operations.writing():
            return
        self._operations.run(
            debits.earliest_collection_date(self._services).success(self._ask_collection_date)
        )

    def _ask_collection_date(self, earliest: date) -> None:
        day = NewDebitBatchDialog.ask(self, earliest=earliest, language=self._language)
        if day is None:
            return
        self._operations.run(debits.preview(self._services, day).success(self._confirm_batch))

    def _confirm_batch(self, preview: BatchPreview) -> None:
        """Say what the batch will hold before it is made."""
        day = preview.collection_date
        if not preview.count:
            self._on_prepared(day, None)
            return
        lines = [
            self.tr("A batch for %1: %2 (FRST %3, RCUR %4), %5.")
            .replace("%1", self._date(day))
            .replace("%2", self._debits(preview.count))
            .replace("%3", str(preview.frst))
            .replace("%4", str(preview.rcur))
            .replace("%5", self._money(preview.total_cents))
        ]
        if preview.represented:
            lines.append(
                self.tr(
                    "%n of them were rejected for lack of funds and are presented once more.",
                    "",
                    preview.represented,
                )
            )
        if preview.waiting:
            lines.append(
                self.tr(
                    "%n more debit(s) wait for a later batch: a mandate's first debit goes alone.",
                    "",
                    preview.waiting,
                )
            )
        if not msgbox.confirm(
            self, self.tr("New batch"), "\n\n".join(lines), self.tr("Prepare the batch")
        ):
            return
        self._operations.run(
            debits.prepare(self._services, day).success(lambda batch: self._on_prepared(day, batch))
        )

    def _on_prepared(self, day: date, batch: BatchInfo | None) -> None:
        title = self.tr("New batch")
        if batch is None:
            msgbox.information(
                self,
                title,
                self.tr(
                    "Nothing to collect on %1: no due SEPA invoice has a debit date on or before "
                    "it, or they are all in another batch already."
                ).replace("%1", self._date(day)),
            )
            return
        self._select_after_load = batch.reference
        self.select_batch(batch.reference)
        text = "\n\n".join(
            [
                self.tr("Batch %1 is prepared for %2: %3 (FRST %4, RCUR %5), %6.")
                .replace("%1", batch.reference)
                .replace("%2", self._date(batch.collection_date))
                .replace("%3", self._debits(batch.count))
                .replace("%4", str(batch.frst))
                .replace("%5", str(batch.rcur))
                .replace("%6", self._money(batch.total_cents)),
                self.tr("Check its debits, then export the file for your bank."),
            ]
        )
        msgbox.information(self, title, text)

    # --- the file for the bank -----------------------------------------------------------------
    def _on_exportDebitBatchButton_clicked(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.status not in ("prepared", "sent") or self._operations.writing():
            return
        path = self.ask_export_path(batch)
        if not path:
            return
        first = batch.status == "prepared"
        self._operations.run(
            debits.export(self._services, batch.reference, path).success(
                lambda after: self._on_exported(after, path, first)
            )
        )

    def _on_exported(self, batch: BatchInfo, path: str, first: bool) -> None:
        if not first:
            self._say(
                self.tr("Batch %1 written again to %2 (the same file).")
                .replace("%1", batch.reference)
                .replace("%2", path)
            )
            return
        self._say(self.tr("Batch %1 exported.").replace("%1", batch.reference))
        msgbox.information(
            self,
            self.tr("Export batch %1").replace("%1", batch.reference),
            "\n\n".join(
                [
                    self.tr("The file is saved: %1").replace("%1", path),
                    self.tr(
                        "Upload it to your bank (web banking or EBICS) before the collection "
                        "date, %1."
                    ).replace("%1", self._date(batch.collection_date)),
                    self.tr(
                        "The batch is now sent to the bank: its invoices can no longer be paid "
                        "by hand nor voided."
                    ),
                ]
            ),
        )

    # --- cancelling, settling --------------------------------------------------------------------
    def _on_cancelDebitBatchButton_clicked(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.status != "prepared" or self._operations.writing():
            return
        text = "\n\n".join(
            [
                self.tr("Cancel batch %1 (%2, %3)?")
                .replace("%1", batch.reference)
                .replace("%2", self._date(batch.collection_date))
                .replace("%3", self._debits(batch.count)),
                self.tr(
                    "No file has gone to the bank. Its invoices stay due and can go into "
                    "another batch."
                ),
            ]
        )
        if not msgbox.confirm(
            self, self.tr("Cancel batch"), text, self.tr("Cancel batch"), destructive=True
        ):
            return
        reference = batch.reference
        self._operations.run(
            debits.cancel(self._services, reference).success(
                lambda _after: self._say(self.tr("Batch %1 cancelled.").replace("%1", reference))
            )
        )

    def _on_settleDebitBatchButton_clicked(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.status != "sent" or self._operations.writing():
            return
        self._operations.run(
            debits.batch(self._services, batch.reference).success(self._confirm_settle)
        )

    def _confirm_settle(self, detail: BatchDetail) -> None:
        batch = detail.batch
        if batch.status != "sent":
            return  # someone else settled or changed it meanwhile; the list shows it
        pending = [line for line in detail.lines if line.status == "pending"]
        rejected = len(detail.lines) - len(pending)
        parts = [
            self.tr("Mark batch %1 settled?").replace("%1", batch.reference),
            self.tr("Do it once the bank has credited the batch to your account (%1).").replace(
                "%1", self._money(batch.total_cents)
            ),
            self.tr("%n invoice(s) become paid on %1.", "", len(pending)).replace(
                "%1", self._date(batch.collection_date)
            ),
        ]
        if rejected:
            parts.append(self.tr("%n rejected debit(s) stay unpaid.", "", rejected))
        parts.append(
            self.tr(
                "Import the bank's return files first. A debit returned later (e.g. refund "
                "requested by the debtor) still turns its invoice unpaid."
            )
        )
        if not msgbox.confirm(
            self, self.tr("Mark batch settled"), "\n\n".join(parts), self.tr("Mark settled")
        ):
            return
        reference = batch.reference
        paid = len(pending)
        self._operations.run(
            debits.settle(self._services, reference).success(
                lambda _after: self._say(
                    self.tr("Batch %1 settled: %n invoice(s) paid.", "", paid).replace(
                        "%1", reference
                    )
                )
            )
        )

    # --- the batch's debits -------------------------------------------------------------------------
    def _on_debitBatchTable_activated(self, index: QModelIndex) -> None:
        batch = self.batchModel.batch_at(index.row())
        if batch is not None:
            self._open(batch.reference)

    def _on_openDebitBatchButton_clicked(self) -> None:
        batch = self.selected_batch()
        if batch is not None:
            self._open(batch.reference)

    def _open(self, reference: str) -> None:
        self._operations.run(
            debits.batch(self._services, reference).success(
                lambda detail: DebitBatchDialog.ask(self, detail=detail, language=self._language)
            )
        )

    # --- bank returns ----------------------------------------------------------------------------------
    def _on_importBankReturnButton_clicked(self) -> None:
        if self._operations.writing():
            return
        path = self.ask_return_path()
        if not path:
            return
        self._operations.run(
            debits.read_return_file(self._services, path).success(self._confirm_import)
        )

    def _confirm_import(self, file: debits.BankReturnFile) -> None:
        preview = file.preview
        title = self.tr("Import a bank return")
        if preview.already_imported:
            msgbox.information(self, title, self._already_imported(file.path))
            return
        new = [change for change in preview.changes if not change.already]
        if not new:
            msgbox.information(
                self,
                title,
                self.tr(
                    "%1 reports no rejected or returned debit that is not already recorded: "
                    "nothing changes."
                ).replace("%1", Path(file.path).name),
            )
            return
        if not msgbox.confirm(self, title, self._return_text(file, new), self.tr("Import")):
            return
        self._operations.run(
            debits.import_return(self._services, file.data).success(
                lambda result: self._on_imported(file.path, result)
            )
        )

    def _already_imported(self, path: str) -> str:
        return self.tr("%1 has already been imported: importing it again changes nothing.").replace(
            "%1", Path(path).name
        )

    def _return_text(self, file: debits.BankReturnFile, new: list[ReturnChange]) -> str:
        preview = file.preview
        kinds = {"reject": self.tr("rejected"), "return": self.tr("returned after settlement")}
        lines = [
            "• "
            + " · ".join(
                [
                    change.invoice,
                    change.customer_reference,
                    words.bank_reason(change.reason_code),
                    kinds.get(change.kind, change.kind),
                ]
            )
            for change in new[:LISTED_RETURNS]
        ]
        if len(new) > LISTED_RETURNS:
            lines.append(self.tr("… and %n more", "", len(new) - LISTED_RETURNS))
        parts = [
            self.tr("Import this bank return (%1, %2)?")
            .replace("%1", preview.kind)
            .replace("%2", Path(file.path).name),
            self.tr("%n debit(s) came back unpaid:", "", len(new)) + "\n" + "\n".join(lines),
            self.tr(
                "Each of these invoices becomes unpaid, with the bank's reason on the "
                "customer's record."
            ),
        ]
        killed = sorted(
            {c.customer_reference for c in new if c.reason_code in MANDATE_KILLING_REASONS}
        )
        if killed:
            parts.append(
                self.tr(
                    "%n mandate(s) can no longer be used (%1): later invoices are issued for "
                    "offline payment, and the record offers a new link.",
                    "",
                    len(killed),
                ).replace("%1", ", ".join(killed))
            )
        if any(c.reason_code in REPRESENTABLE_REASONS for c in new):
            parts.append(
                self.tr(
                    "An invoice rejected for lack of funds (AM04, MS03) can go into one later "
                    "batch again."
                )
            )
        return "\n\n".join(parts)

    def _on_imported(self, path: str, result: ReturnPreview) -> None:
        if result.already_imported:  # imported elsewhere since it was read
            msgbox.information(self, self.tr("Import a bank return"), self._already_imported(path))
            return
        count = result.new_changes
        self._say(self.tr("Bank return imported: %n debit(s) marked unpaid.", "", count))
