"""The desk's main window: navigation, searchable customer list, and the open record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.bootstrap import Services
from core.dto import CustomerDetail, CustomerInput, SaveResult
from core.errors import GuichetError, NotFound
from desktop import msgbox, words
from desktop.customer_detail_pane import CustomerDetailPane
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.customer_table_model import CustomerTableModel
from desktop.offline_payment_dialog import OfflinePaymentDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from desktop.plain_text import plain_labels
from desktop.reason_dialog import ReasonDialog

SEARCH_DELAY_MS = 250
POLL_INTERVAL_MS = 2000
ACTION_NAMES = (
    "actionEdit",
    "actionNewPaymentLink",
    "actionRevokeLinks",
    "actionRemoveFromGreylist",
    "actionAnonymize",
    "actionDelete",
)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        *,
        language: str,
        qsettings: QSettings,
        today: Callable[[], date] = date.today,
        owns_services: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._services = services
        self._language = language
        self._qsettings = qsettings
        self._today = today
        self._owns_services = owns_services
        self._select_after_load: int | None = None
        self._marker = 0
        self._closed = False
        operator = services.settings.operator
        title = self.tr("Guichet — customers and how they pay")
        self.setWindowTitle(f"{title} · {operator}" if operator else title)

        self._build_actions()
        self._build_ui()
        self._restore_state()

        self._searchTimer = QTimer(self)
        self._searchTimer.setObjectName("searchTimer")
        self._searchTimer.setSingleShot(True)
        self._searchTimer.setInterval(SEARCH_DELAY_MS)
        self._searchTimer.timeout.connect(self._on_searchTimer_timeout)

        self._pollTimer = QTimer(self)
        self._pollTimer.setObjectName("pollTimer")
        self._pollTimer.setInterval(POLL_INTERVAL_MS)
        self._pollTimer.timeout.connect(self._on_pollTimer_timeout)

        plain_labels(self)
        self._update_actions(None)
        self._marker = self._safe_marker()
        self.customerModel.reload()
        self._pollTimer.start()

    # --- construction ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        texts = {
            "actionEdit": self.tr("Edit…"),
            "actionNewPaymentLink": self.tr("New payment link…"),
            "actionRevokeLinks": self.tr("Revoke links…"),
            "actionRemoveFromGreylist": self.tr("Remove from grey list…"),
            "actionAnonymize": self.tr("Anonymise…"),
            "actionDelete": self.tr("Delete…"),
        }
        self.actions_by_name: dict[str, QAction] = {}
        for name in ACTION_NAMES:
            action = QAction(texts[name], self)
            action.setObjectName(name)
            self.actions_by_name[name] = action
            self.addAction(action)
            setattr(self, name, action)
        self.actionEdit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.actionEdit.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actionEdit.triggered.connect(self._on_actionEdit_triggered)
        self.actionNewPaymentLink.triggered.connect(self._on_actionNewPaymentLink_triggered)
        self.actionRevokeLinks.triggered.connect(self._on_actionRevokeLinks_triggered)
        self.actionRemoveFromGreylist.triggered.connect(self._on_actionRemoveFromGreylist_triggered)
        self.actionAnonymize.triggered.connect(self._on_actionAnonymize_triggered)
        self.actionDelete.triggered.connect(self._on_actionDelete_triggered)

        self.actionNewCustomer = QAction(self.tr("New customer…"), self)
        self.actionNewCustomer.setObjectName("actionNewCustomer")
        self.actionNewCustomer.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.actionNewCustomer.triggered.connect(self._on_actionNewCustomer_triggered)
        self.addAction(self.actionNewCustomer)
        self.actionFind = QAction(self.tr("Find a customer"), self)
        self.actionFind.setObjectName("actionFind")
        self.actionFind.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F))
        self.actionFind.triggered.connect(self._on_actionFind_triggered)
        self.addAction(self.actionFind)

    def _build_ui(self) -> None:
        central = QWidget()
        central.setObjectName("central")
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.addItem(self.tr("Customers"))
        self.navigation.setCurrentRow(0)
        self.navigation.setFixedWidth(116)
        root.addWidget(self.navigation)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        root.addWidget(self.pages, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("customerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.pages.addWidget(self.splitter)

        list_panel = QWidget()
        list_panel.setObjectName("customerListPanel")
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(10, 10, 6, 6)
        top = QHBoxLayout()
        self.customerSearch = QLineEdit()
        self.customerSearch.setObjectName("customerSearch")
        self.customerSearch.setPlaceholderText(
            self.tr("Search: name, reference, email, company, city…")
        )
        self.customerSearch.setAccessibleName(self.tr("Search customers"))
        self.customerSearch.setClearButtonEnabled(True)
        self.customerSearch.textChanged.connect(self._on_customerSearch_textChanged)
        self.customerSearch.returnPressed.connect(self._on_customerSearch_returnPressed)
        top.addWidget(self.customerSearch, 1)
        self.newCustomerButton = QPushButton(self.tr("New customer"))
        self.newCustomerButton.setObjectName("newCustomerButton")
        self.newCustomerButton.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.newCustomerButton.clicked.connect(self._on_newCustomerButton_clicked)
        top.addWidget(self.newCustomerButton)
        list_layout.addLayout(top)

        self.customerModel = CustomerTableModel(
            self._services.customers, language=self._language, parent=self
        )
        self.customerTable = QTableView()
        self.customerTable.setObjectName("customerTable")
        self.customerTable.setAccessibleName(self.tr("Customers"))
        self.customerTable.setModel(self.customerModel)
        self.customerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Indicator first: enabling sorting re-applies it, which must match the model's order.
        self.customerTable.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.customerTable.setSortingEnabled(True)
        self.customerTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.customerTable.horizontalHeader().setStretchLastSection(True)
        self.customerTable.verticalHeader().hide()
        self.customerTable.verticalHeader().setDefaultSectionSize(26)
        self.customerTable.setAlternatingRowColors(True)
        self.customerTable.setWordWrap(False)
        for column, width in enumerate((118, 140, 152, 150, 190, 130)):
            self.customerTable.setColumnWidth(column, width)
        list_layout.addWidget(self.customerTable, 1)
        self.countLabel = QLabel()
        self.countLabel.setObjectName("customerCountLabel")
        list_layout.addWidget(self.countLabel)
        self.splitter.addWidget(list_panel)

        self.detailPane = CustomerDetailPane(self.actions_by_name, language=self._language)
        self.splitter.addWidget(self.detailPane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 710])
        # Short aliases so callers find the contract's object names on the window itself.
        self.customerDetail = self.detailPane
        self.customerReferenceLabel = self.detailPane.customerReferenceLabel
        self.paymentMethodSummary = self.detailPane.paymentMethodSummary
        self.greylistWarning = self.detailPane.greylistWarning
        self.actionsButton = self.detailPane.actionsButton
        self.invoiceTable = self.detailPane.invoiceTable
        self.recordPaymentButton = self.detailPane.recordPaymentButton
        self.recentActivityList = self.detailPane.recentActivityList
        self.upcomingActivityList = self.detailPane.upcomingActivityList

        self.setCentralWidget(central)
        self.portalLabel = QLabel()
        self.portalLabel.setObjectName("portalLabel")
        self.portalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.portalLabel)

        self.customerTable.selectionModel().currentRowChanged.connect(
            self._on_customerTable_currentRowChanged
        )
        self.customerTable.activated.connect(self._on_customerTable_activated)
        self.customerTable.horizontalHeader().sortIndicatorChanged.connect(
            self._on_customerTableHeader_sortIndicatorChanged
        )
        self.customerModel.modelAboutToBeReset.connect(self._on_customerModel_modelAboutToBeReset)
        self.customerModel.loaded.connect(self._on_customerModel_loaded)
        self.customerModel.failed.connect(self._on_customerModel_failed)
        self.customerModel.methodRegistered.connect(self._on_customerModel_methodRegistered)
        self.detailPane.recordPaymentButton.clicked.connect(self._on_recordPaymentButton_clicked)
        self.detailPane.voidInvoiceButton.clicked.connect(self._on_voidInvoiceButton_clicked)
        self.detailPane.refundInvoiceButton.clicked.connect(self._on_refundInvoiceButton_clicked)
        self._size_to_screen()

    def _size_to_screen(self) -> None:
        """First start: use most of the screen (up to 1600×960), list and record side by side."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else None
        width, height = 1280, 800
        if available is not None and available.width() > 0:
            width = max(1024, min(1600, int(available.width() * 0.92)))
            height = max(700, min(960, int(available.height() * 0.9)))
        self.resize(width, height)
        content = width - self.navigation.width()
        self.splitter.setSizes([int(content * 0.44), int(content * 0.56)])

    # --- state -------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self._qsettings
        geometry = s.value("desk/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = s.value("desk/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = s.value("desk/customerTableHeader")
        if header is not None:
            view_header = self.customerTable.horizontalHeader()
            view_header.blockSignals(True)  # the first search, below, already uses this order
            view_header.restoreState(header)
            view_header.blockSignals(False)
            self.customerModel.set_sort(
                view_header.sortIndicatorSection(), view_header.sortIndicatorOrder()
            )
            view_header.blockSignals(True)
            view_header.setSortIndicator(
                self.customerModel.sort_column(), self.customerModel.sort_order()
            )
            view_header.blockSignals(False)

    def save_state(self) -> None:
        s = self._qsettings
        s.setValue("desk/geometry", self.saveGeometry())
        s.setValue("desk/splitter", self.splitter.saveState())
        s.setValue("desk/customerTableHeader", self.customerTable.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and the search worker; close the database if this window opened it."""
        if self._closed:
            return
        self._closed = True
        self.save_state()
        self._pollTimer.stop()
        self._searchTimer.stop()
        self.customerModel.shutdown()
        if self._owns_services:
            self._services.close()

    # --- public helpers (status bar, the open record) ------------------------------------------------
    def show_status(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_portal_url(self, url: str) -> None:
        self.portalLabel.setText(self.tr("Payment form: %1").replace("%1", url))

    def current_detail(self) -> CustomerDetail | None:
        return self.detailPane.detail()

    def open_customer(self, customer_id: int) -> None:
        try:
            detail = self._services.customers.get(customer_id)
            recent = self._services.activity.recent(customer_id)
            upcoming = self._services.activity.upcoming(customer_id)
        except NotFound:
            self.detailPane.clear()
            self._update_actions(None)
            return
        except GuichetError as exc:
            self._error(exc)
            return
        self.detailPane.show_detail(detail, recent, upcoming)
        self._update_actions(detail)

    def _refresh(self) -> None:
        """After our own change or someone else's: the open record and the visible rows."""
        self._marker = self._safe_marker()
        detail = self.current_detail()
        if detail is not None:
            self.open_customer(detail.id)
        first, last = self._visible_rows()
        self.customerModel.refresh_range(first, last)

    def _visible_rows(self) -> tuple[int, int]:
        view = self.customerTable
        first = view.rowAt(0)
        last = view.rowAt(view.viewport().height() - 1)
        rows = self.customerModel.rowCount()
        if first < 0:
            first = 0
        if last < 0:
            last = rows - 1
        return first, max(first, last)

    def _safe_marker(self) -> int:
        try:
            return self._services.customers.latest_change()
        except GuichetError:
            return self._marker

    def _error(self, exc: GuichetError) -> None:
        msgbox.error(self, self.tr("Not done"), i18n.error_text(exc, self._language))

    def _update_actions(self, detail: CustomerDetail | None) -> None:
        a = self.actions_by_name
        has = detail is not None
        anonymized = bool(detail and detail.anonymized)
        a["actionEdit"].setEnabled(has and not anonymized)
        a["actionNewPaymentLink"].setEnabled(has and not anonymized)
        frozen = self.tr("Anonymised record: it can no longer be changed.") if anonymized else ""
        a["actionEdit"].setToolTip(frozen)
        a["actionNewPaymentLink"].setToolTip(frozen)
        live = bool(detail and detail.pending_link is not None)
        a["actionRevokeLinks"].setEnabled(live)
        a["actionRevokeLinks"].setToolTip(
            "" if live or not has else self.tr("No payment link is waiting.")
        )
        a["actionRemoveFromGreylist"].setVisible(bool(detail and detail.greylisted))
        a["actionRemoveFromGreylist"].setEnabled(bool(detail and detail.greylisted))
        for name, blocker in (
            ("actionDelete", words.delete_blocker(detail) if detail else None),
            ("actionAnonymize", words.anonymize_blocker(detail) if detail else None),
        ):
            a[name].setEnabled(has and blocker is None)
            a[name].setToolTip(blocker or "")
        self.actionsButton.setEnabled(has)

    # --- search and list ----------------------------------------------------------------------------
    def _on_actionFind_triggered(self) -> None:
        self.customerSearch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.customerSearch.selectAll()

    def _on_customerSearch_textChanged(self, _text: str) -> None:
        self._searchTimer.start()  # restarts: search once typing pauses

    def _on_customerSearch_returnPressed(self) -> None:
        self._searchTimer.stop()
        self._on_searchTimer_timeout()
        self.customerTable.setFocus()

    def _on_searchTimer_timeout(self) -> None:
        if self.customerSearch.text().strip() != self.customerModel.query():
            self.customerModel.set_query(self.customerSearch.text())

    def _on_customerModel_modelAboutToBeReset(self) -> None:
        detail = self.current_detail()
        if self._select_after_load is None and detail is not None:
            self._select_after_load = detail.id

    def _on_customerModel_loaded(self) -> None:
        if not self.customerModel.is_busy():
            self.countLabel.setText(self.tr("%n customer(s)", "", self.customerModel.total()))
        if self._select_after_load is not None:
            row = self.customerModel.row_of(self._select_after_load)
            if row >= 0:
                self._select_row(
                    row,
                    load=self.current_detail() is None
                    or self.current_detail().id != self._select_after_load,
                )
            self._select_after_load = None

    def _select_row(self, row: int, *, load: bool) -> None:
        index = self.customerModel.index(row, 0)
        selection = self.customerTable.selectionModel()
        if not load:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not load:
            selection.blockSignals(False)
            self.customerTable.viewport().update()
        self.customerTable.scrollTo(index)

    def _on_customerModel_failed(self, exc: object) -> None:
        if isinstance(exc, GuichetError):
            self.show_status(i18n.error_text(exc, self._language))
        else:
            raise exc  # type: ignore[misc]  # unexpected: the excepthook logs it

    def _on_customerModel_methodRegistered(self, reference: str) -> None:
        self.show_status(
            self.tr("%1 registered a payment method through their link.").replace("%1", reference),
            10000,
        )

    def _on_customerTable_currentRowChanged(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        row = self.customerModel.row_at(current.row()) if current.isValid() else None
        if row is None:
            return
        detail = self.current_detail()
        if detail is None or detail.id != row.id:
            self.open_customer(row.id)

    def _on_customerTableHeader_sortIndicatorChanged(
        self, section: int, _order: Qt.SortOrder
    ) -> None:
        if section in CustomerTableModel.SORT_KEYS:
            return
        # Method and badges cannot be sorted in SQL: put the indicator back where the sort is.
        header = self.customerTable.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.customerModel.sort_column(), self.customerModel.sort_order())
        header.blockSignals(False)

    def _on_customerTable_activated(self, index: QModelIndex) -> None:
        row = self.customerModel.row_at(index.row())
        if row is not None:
            self.open_customer(row.id)
            self.actionsButton.setFocus()

    # --- live refresh ---------------------------------------------------------------------------------
    def _on_pollTimer_timeout(self) -> None:
        marker = self._safe_marker()
        if marker == self._marker:
            return
        self._marker = marker
        before = self.current_detail()
        self._refresh()
        after = self.current_detail()
        if (
            before is not None
            and after is not None
            and before.id == after.id
            and before.pending_link is not None
            and after.pending_link is None
            and after.payment_method is not None
            and after.payment_method.automatic
            and (
                before.payment_method is None or before.payment_method.id != after.payment_method.id
            )
        ):
            self._on_customerModel_methodRegistered(after.reference)
        elif (
            before is not None
            and after is not None
            and before.id == after.id
            and before.version != after.version
        ):
            self.show_status(
                self.tr("%1 was updated elsewhere (another desk or the customer).").replace(
                    "%1", after.reference
                )
            )

    # --- customer actions -------------------------------------------------------------------------------
    def _on_newCustomerButton_clicked(self) -> None:
        self._on_actionNewCustomer_triggered()

    def _on_actionNewCustomer_triggered(self) -> None:
        def submit(data: CustomerInput, method: str | None, _version: int | None) -> SaveResult:
            return self._services.customers.save(
                None, data, expected_version=None, payment_method=method
            )

        result = CustomerEditDialog.ask(self, language=self._language, submit=submit)
        if result is not None:
            self._after_save(result, created=True)

    def _on_actionEdit_triggered(self) -> None:
        detail = self.current_detail()
        if detail is None or detail.anonymized:
            return
        customer_id = detail.id

        def submit(data: CustomerInput, method: str | None, version: int | None) -> SaveResult:
            return self._services.customers.save(
                customer_id, data, expected_version=version, payment_method=method
            )

        def preview(method: str) -> str:
            return self._services.payments.preview_change(customer_id, method).text(self._language)

        def reload() -> CustomerDetail:
            return self._services.customers.get(customer_id)

        result = CustomerEditDialog.ask(
            self,
            language=self._language,
            submit=submit,
            detail=detail,
            preview=preview,
            reload=reload,
        )
        if result is not None:
            self._after_save(result, created=False)

    def _after_save(self, result: SaveResult, *, created: bool) -> None:
        customer = result.customer
        if created:
            self._select_after_load = customer.id
            self.open_customer(customer.id)
            self.customerModel.reload()
            self.show_status(self.tr("Customer %1 created.").replace("%1", customer.reference))
        else:
            self._refresh()
            self.show_status(self.tr("Customer %1 saved.").replace("%1", customer.reference))
        if result.link is not None:
            self._show_link(result.link)

    def _show_link(self, link) -> None:  # noqa: ANN001
        PaymentLinkDialog.ask(
            self,
            link=link,
            language=self._language,
            business_name=self._services.settings.business_name,
            notify=self.show_status,
        )

    def _on_actionNewPaymentLink_triggered(self) -> None:
        detail = self.current_detail()
        if detail is None:
            return
        method = self._choose_link_method(detail)
        if method is None:
            return
        try:
            link = self._services.payments.create_link(detail.id, method)
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self._show_link(link)

    def _choose_link_method(self, detail: CustomerDetail) -> str | None:
        """Card or SEPA: the edit dialog's method list does the same; here a quick choice."""
        card = i18n.method_name("card", self._language)
        sepa = i18n.method_name("sepa_debit", self._language)
        text = self.tr("Which payment method should %1 register through the link?").replace(
            "%1", detail.name
        )
        if detail.pending_link is not None:
            text += "\n" + self.tr("The link already waiting will be revoked.")
        if detail.greylisted:
            text += "\n" + self.tr(
                "Warning: this customer is grey-listed; the form will refuse them."
            )
        return msgbox.choose(
            self, self.tr("New payment link"), text, [("sepa_debit", sepa), ("card", card)]
        )

    def _on_actionRevokeLinks_triggered(self) -> None:
        detail = self.current_detail()
        if detail is None:
            return
        live = [link for link in detail.links if link.live]
        lines = [
            "• "
            + self.tr("%1, expires %2")
            .replace("%1", i18n.method_name(link.method, self._language))
            .replace("%2", i18n.short_datetime(link.expires_at, self._language))
            for link in live
        ]
        text = (
            self.tr("Revoke the payment links of %1 (%2)?")
            .replace("%1", detail.name)
            .replace("%2", detail.reference)
            + "\n\n"
            + self.tr("These links stop working at once:")
            + "\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("You can make a new link afterwards.")
        )
        if not msgbox.confirm(
            self, self.tr("Revoke links"), text, self.tr("Revoke links"), destructive=True
        ):
            return
        try:
            count = self._services.payments.revoke_links(detail.id)
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self.show_status(self.tr("%n payment link(s) revoked.", "", count))

    def _on_actionRemoveFromGreylist_triggered(self) -> None:
        detail = self.current_detail()
        if detail is None or not detail.greylisted:
            return
        text = (
            self.tr("Remove %1 (%2) from the grey list?")
            .replace("%1", detail.name)
            .replace("%2", detail.reference)
            + "\n\n"
            + self.tr(
                "They can use the payment form again and their count of failed attempts "
                "(%1) goes back to zero. New failures can put them back on the grey list."
            ).replace("%1", str(detail.failed_attempts))
        )
        if not msgbox.confirm(self, self.tr("Grey list"), text, self.tr("Remove from grey list")):
            return
        try:
            self._services.payments.lift_greylist(detail.id)
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self.show_status(self.tr("%1 removed from the grey list.").replace("%1", detail.reference))

    def _on_actionAnonymize_triggered(self) -> None:
        detail = self.current_detail()
        if detail is None:
            return
        if detail.anonymize_blocker:
            self._error(GuichetError(words.anonymize_blocker(detail) or detail.anonymize_blocker))
            return
        if detail.company.strip():
            keeps = self.tr(
                "As a company, it keeps its company name (%1), which becomes its name, and its address."
            ).replace("%1", detail.company)
        else:
            keeps = self.tr("As an individual, only the country is kept.")
        text = "\n\n".join(
            [
                self.tr("Anonymise %1 (%2)?")
                .replace("%1", detail.name)
                .replace("%2", detail.reference),
                self.tr(
                    "The email, phone, activity history and payment links are erased, and so are "
                    "the bank and card details of its payment methods."
                ),
                keeps,
                self.tr(
                    "The reference and the invoices stay (legal records). This cannot be undone."
                ),
            ]
        )
        if not msgbox.confirm(
            self, self.tr("Anonymise"), text, self.tr("Anonymise"), destructive=True
        ):
            return
        try:
            self._services.customers.anonymize(detail.id)
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self.customerModel.reload()
        self.show_status(self.tr("Customer %1 anonymised.").replace("%1", detail.reference))

    def _on_actionDelete_triggered(self) -> None:
        detail = self.current_detail()
        if detail is None:
            return
        if detail.delete_blocker:
            self._error(GuichetError(words.delete_blocker(detail) or detail.delete_blocker))
            return
        text = "\n\n".join(
            [
                self.tr("Delete %1 (%2) permanently?")
                .replace("%1", detail.name)
                .replace("%2", detail.reference),
                self.tr(
                    "The record, its payment methods, payment links, subscriptions and activity "
                    "are erased. It has no invoice. This cannot be undone."
                ),
            ]
        )
        if not msgbox.confirm(self, self.tr("Delete"), text, self.tr("Delete"), destructive=True):
            return
        try:
            reference = self._services.customers.delete(detail.id)
        except GuichetError as exc:
            self._error(exc)
            return
        self.detailPane.clear()
        self._update_actions(None)
        self.customerModel.reload()
        self._marker = self._safe_marker()
        self.show_status(self.tr("Customer %1 deleted.").replace("%1", reference))

    # --- invoices ----------------------------------------------------------------------------------------
    def _on_recordPaymentButton_clicked(self) -> None:
        invoice = self.detailPane.selected_invoice()
        if invoice is None or invoice.status != "due":
            return
        payment = OfflinePaymentDialog.ask(
            self, invoice=invoice, language=self._language, today=self._today()
        )
        if payment is None:
            return
        try:
            self._services.billing.record_payment(
                invoice.id,
                method=payment.method,
                paid_on=payment.paid_on,
                reference=payment.reference,
                notes=payment.notes,
            )
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self.show_status(self.tr("Invoice %1 marked as paid.").replace("%1", invoice.number))

    def _on_voidInvoiceButton_clicked(self) -> None:
        invoice = self.detailPane.selected_invoice()
        if invoice is None or invoice.status != "due":
            return
        reason = ReasonDialog.ask(
            self,
            title=self.tr("Void invoice %1").replace("%1", invoice.number),
            prompt=self.tr(
                "Invoice %1 will be void: it will no longer be due and no debit will be made. Why?"
            ).replace("%1", invoice.number),
            confirm_label=self.tr("Void invoice"),
        )
        if not reason:
            return
        try:
            self._services.billing.void(invoice.id, reason=reason)
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self.show_status(self.tr("Invoice %1 voided.").replace("%1", invoice.number))

    def _on_refundInvoiceButton_clicked(self) -> None:
        invoice = self.detailPane.selected_invoice()
        if invoice is None or invoice.status != "paid":
            return
        amount = i18n.money(invoice.amount_cents, invoice.currency, self._language)
        reason = ReasonDialog.ask(
            self,
            title=self.tr("Refund invoice %1").replace("%1", invoice.number),
            prompt=self.tr("Invoice %1 will be marked as refunded in full (%2). Why?")
            .replace("%1", invoice.number)
            .replace("%2", amount),
            confirm_label=self.tr("Refund"),
        )
        if not reason:
            return
        try:
            self._services.billing.refund(invoice.id, reason=reason)
        except GuichetError as exc:
            self._error(exc)
            return
        self._refresh()
        self.show_status(self.tr("Invoice %1 refunded.").replace("%1", invoice.number))
