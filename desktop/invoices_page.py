"""The invoices page: every invoice and its credit note, filters, totals of the selection, export."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.bootstrap import Services
from core.dto import InvoiceList, InvoiceQuery, InvoiceRow
from core.errors import GuichetError
from desktop import msgbox, words
from desktop.debits_page import documents_folder
from desktop.invoice_list_model import InvoiceListModel
from desktop.operations import Change, Operations, invoices
from desktop.page_reads import PageReads
from desktop.plain_text import plain_labels

SEARCH_DELAY_MS = 250
PERIODS = ("all", "this_month", "last_month", "this_year", "last_year")
# The page shows this many rows; the totals and the export cover the whole selection.
SHOWN_ROWS = 1000


def period_bounds(period: str, today: date) -> tuple[date | None, date | None]:
    """First and last issue date of a period of the filter (None, None: any date)."""
    first_of_month = today.replace(day=1)
    if period == "this_month":
        return first_of_month, today
    if period == "last_month":
        end = first_of_month - timedelta(days=1)
        return end.replace(day=1), end
    if period == "this_year":
        return today.replace(month=1, day=1), today
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class InvoicesPage(QWidget):
    """Searches the invoices in the core (one read at a time) and shows the selection's totals."""

    invoiceRequested = Signal(str, str)  # number, whose it is ("Name (REF)")
    customerRequested = Signal(int, str)  # the customer's id and reference

    def __init__(
        self,
        services: Services,
        operations: Operations,
        *,
        language: str,
        today: Callable[[], date],
        notify: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPage")
        self._services = services
        self._operations = operations
        self._language = language
        self._today = today
        self._notify = notify
        self._result: InvoiceList | None = None
        self._reads = PageReads(
            operations,
            lambda: invoices.invoice_list(self._services, self.query()),
            loaded=self._on_invoices_loaded,
            failed=self._on_invoices_failed,
            visible=self.isVisible,
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(8)
        self.invoicesTitleLabel = QLabel(self.tr("Invoices"))
        self.invoicesTitleLabel.setObjectName("invoicesTitleLabel")
        outer.addWidget(self.invoicesTitleLabel)

        filters = QHBoxLayout()
        self.invoiceSearch = QLineEdit()
        self.invoiceSearch.setObjectName("invoiceSearch")
        self.invoiceSearch.setPlaceholderText(self.tr("Search: number, label, customer…"))
        self.invoiceSearch.setAccessibleName(self.tr("Search invoices"))
        self.invoiceSearch.setClearButtonEnabled(True)
        filters.addWidget(self.invoiceSearch, 2)
        self.invoiceStatusFilter = QComboBox()
        self.invoiceStatusFilter.setObjectName("invoiceStatusFilter")
        self.invoiceStatusFilter.setAccessibleName(self.tr("Status"))
        self.invoiceStatusFilter.addItem(self.tr("All statuses"), "")
        for code in ("due", "paid", "problem", "void", "refunded"):
            self.invoiceStatusFilter.addItem(words.invoice_status(code), code)
        filters.addWidget(self.invoiceStatusFilter)
        self.invoiceCollectionFilter = QComboBox()
        self.invoiceCollectionFilter.setObjectName("invoiceCollectionFilter")
        self.invoiceCollectionFilter.setAccessibleName(self.tr("Collection"))
        self.invoiceCollectionFilter.addItem(self.tr("All collections"), "")
        for code in ("automatic", "offline"):
            self.invoiceCollectionFilter.addItem(words.collection(code), code)
        filters.addWidget(self.invoiceCollectionFilter)
        self.invoicePeriodFilter = QComboBox()
        self.invoicePeriodFilter.setObjectName("invoicePeriodFilter")
        self.invoicePeriodFilter.setAccessibleName(self.tr("Issued"))
        names = {
            "all": self.tr("All dates"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
        }
        for code in PERIODS:
            self.invoicePeriodFilter.addItem(names[code], code)
        filters.addWidget(self.invoicePeriodFilter)
        self.invoiceOverdueCheck = QCheckBox(self.tr("Overdue only"))
        self.invoiceOverdueCheck.setObjectName("invoiceOverdueCheck")
        filters.addWidget(self.invoiceOverdueCheck)
        outer.addLayout(filters)

        self.invoiceListModel = InvoiceListModel(language=language, parent=self)
        self.invoiceListTable = QTableView()
        self.invoiceListTable.setObjectName("invoiceListTable")
        self.invoiceListTable.setAccessibleName(self.tr("Invoices"))
        self.invoiceListTable.setModel(self.invoiceListModel)
        self.invoiceListTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoiceListTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoiceListTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoiceListTable.verticalHeader().hide()
        self.invoiceListTable.verticalHeader().setDefaultSectionSize(26)
        self.invoiceListTable.setAlternatingRowColors(True)
        self.invoiceListTable.setWordWrap(False)
        header = self.invoiceListTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((115, 95, 95, 230, 190, 85, 75, 85, 150)):
            self.invoiceListTable.setColumnWidth(column, width)
        outer.addWidget(self.invoiceListTable, 1)

        bottom = QHBoxLayout()
        self.invoiceTotalsLabel = QLabel()
        self.invoiceTotalsLabel.setObjectName("invoiceTotalsLabel")
        self.invoiceTotalsLabel.setWordWrap(True)
        bottom.addWidget(self.invoiceTotalsLabel, 1)
        self.openInvoiceDetailsButton = QPushButton(self.tr("Details…"))
        self.openInvoiceDetailsButton.setObjectName("openInvoiceDetailsButton")
        self.openInvoiceDetailsButton.setToolTip(self.tr("The invoice whole (or double-click it)."))
        self.openInvoiceCustomerButton = QPushButton(self.tr("Open the customer"))
        self.openInvoiceCustomerButton.setObjectName("openInvoiceCustomerButton")
        self.openInvoiceCustomerButton.setToolTip(
            self.tr("Show this invoice's customer on the customers page.")
        )
        self.exportInvoicesButton = QPushButton(self.tr("Export…"))
        self.exportInvoicesButton.setObjectName("exportInvoicesButton")
        self.exportInvoicesButton.setToolTip(
            self.tr("Save the invoices of this selection as a CSV or Excel file.")
        )
        for button in (
            self.openInvoiceDetailsButton,
            self.openInvoiceCustomerButton,
            self.exportInvoicesButton,
        ):
            bottom.addWidget(button)
        outer.addLayout(bottom)

        self._searchTimer = QTimer(self)
        self._searchTimer.setSingleShot(True)
        self._searchTimer.setInterval(SEARCH_DELAY_MS)
        self._searchTimer.timeout.connect(self.reload)
        self.invoiceSearch.textChanged.connect(self._on_invoiceSearch_textChanged)
        self.invoiceSearch.returnPressed.connect(self._on_invoiceSearch_returnPressed)
        for combo in (self.invoiceStatusFilter, self.invoiceCollectionFilter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.invoicePeriodFilter.currentIndexChanged.connect(self._on_filter_changed)
        self.invoiceOverdueCheck.toggled.connect(self._on_filter_changed)
        self.invoiceListTable.activated.connect(self._on_invoiceListTable_activated)
        self.invoiceListTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.invoiceListModel.modelReset.connect(self._update_buttons)
        self.openInvoiceDetailsButton.clicked.connect(self._on_openInvoiceDetailsButton_clicked)
        self.openInvoiceCustomerButton.clicked.connect(self._on_openInvoiceCustomerButton_clicked)
        self.exportInvoicesButton.clicked.connect(self._on_exportInvoicesButton_clicked)
        operations.events.changed.connect(self._on_events_changed)
        plain_labels(self)
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------------
    def query(self, *, limit: int = SHOWN_ROWS) -> InvoiceQuery:
        """The filters as the core takes them."""
        start, end = period_bounds(self.invoicePeriodFilter.currentData(), self._today())
        return InvoiceQuery(
            status=self.invoiceStatusFilter.currentData() or "",
            collection=self.invoiceCollectionFilter.currentData() or "",
            overdue=self.invoiceOverdueCheck.isChecked(),
            start=start,
            end=end,
            text=self.invoiceSearch.text().strip(),
            limit=limit,
        )

    def reload(self) -> None:
        """Search again (one read at a time; a request meanwhile reads once more)."""
        self._reads.request()

    def is_loaded(self) -> bool:
        return self._reads.loaded and not self._reads.loading and not self._searchTimer.isActive()

    def selected_row(self) -> InvoiceRow | None:
        rows = self.invoiceListTable.selectionModel().selectedRows()
        return self.invoiceListModel.row_at(rows[0].row()) if rows else None

    def select_invoice(self, number: str) -> None:
        row = self.invoiceListModel.row_of(number)
        if row >= 0:
            self.invoiceListTable.selectRow(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reads.shown()

    def _on_events_changed(self, _change: Change) -> None:
        self._reads.changed()

    def _on_filter_changed(self, *_args: object) -> None:
        self._searchTimer.stop()
        self.reload()

    def _on_invoiceSearch_textChanged(self, _text: str) -> None:
        self._searchTimer.start()

    def _on_invoiceSearch_returnPressed(self) -> None:
        self._searchTimer.stop()
        self.reload()

    def _on_invoices_loaded(self, result: InvoiceList) -> None:
        selected = self.selected_row()
        self._result = result
        self.invoiceListModel.set_rows(result.rows)
        if selected is not None:
            self.select_invoice(selected.invoice.number)
        self.invoiceTotalsLabel.setText(self._totals_text(result))

    def _on_invoices_failed(self, exc: Exception) -> None:
        if isinstance(exc, GuichetError):
            self._say(i18n.error_text(exc, self._language))

    def _totals_text(self, result: InvoiceList) -> str:
        lang = self._language
        if result.count == 0:
            return self.tr("No invoice matches these filters.")
        text = (
            self.tr("%n invoice(s): net %1, VAT %2, total %3", "", result.count)
            .replace("%1", i18n.money(result.net_cents, "EUR", lang))
            .replace("%2", i18n.money(result.tax_cents, "EUR", lang))
            .replace("%3", i18n.money(result.amount_cents, "EUR", lang))
        )
        if result.count > len(result.rows):
            text += " — " + self.tr(
                "the %n newest are listed; the export holds them all.", "", len(result.rows)
            )
        return text

    # --- actions ----------------------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.openInvoiceDetailsButton.setEnabled(row is not None)
        self.openInvoiceCustomerButton.setEnabled(row is not None)
        self.exportInvoicesButton.setEnabled(self.invoiceListModel.rowCount() > 0)

    def _on_invoiceListTable_activated(self, _index: object) -> None:
        self._on_openInvoiceDetailsButton_clicked()

    def _on_openInvoiceDetailsButton_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.invoiceRequested.emit(
                row.invoice.number, f"{row.customer_name} ({row.customer_reference})"
            )

    def _on_openInvoiceCustomerButton_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.customerRequested.emit(row.customer_id, row.customer_reference)

    def _on_exportInvoicesButton_clicked(self) -> None:
        suggested = os.path.join(documents_folder(), f"factures-{self._today().isoformat()}.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the invoices"),
            suggested,
            self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith((".csv", ".xlsx")):
            path += ".xlsx" if "xlsx" in _filter else ".csv"
        self._operations.run(
            invoices.export(self._services, self.query(), path).success(
                lambda count: msgbox.information(
                    self,
                    self.tr("Export"),
                    self.tr("%n invoice(s) saved in %1.", "", count).replace("%1", path),
                )
            )
        )

    def _say(self, text: str) -> None:
        if self._notify is not None:
            self._notify(text)
