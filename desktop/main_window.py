"""The desk's main window: navigation, searchable customer list, and the open record (layout and state)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
from core.errors import GuichetError, NotFound
from core.opening import database_label
from desktop import words
from desktop.customer_detail_pane import CustomerDetailPane
from desktop.customer_table_model import CustomerTableModel
from desktop.live_refresh import LiveRefresh
from desktop.operations import Change, ChangeKind, DeskEvents, Operations, customers
from desktop.plain_text import plain_labels
from desktop.portal_health import PortalHealth, PortalState
from desktop.record_actions import RecordActions

if TYPE_CHECKING:
    from core.dto import CustomerDetail
    from core.services.customers import CustomerService
    from desktop.debits_page import DebitsPage
    from desktop.invoices_page import InvoicesPage

SEARCH_DELAY_MS = 250
# The left menu's rows, in the order of the pages.
SECTIONS = ("customers", "invoices", "debits")
ACTION_NAMES = (
    "actionEdit",
    "actionNewPaymentLink",
    "actionRevokeLinks",
    "actionRemoveFromGreylist",
    "actionAnonymize",
    "actionDelete",
)


RECORD_WIDTH = 680  # the record's invoice and subscription tables show every column


class _CustomersOnFirstUse:
    """The customer service, built when the list first asks it something: that happens off
    the GUI thread, so the window shows before the ORM is loaded."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def __getattr__(self, name: str) -> object:
        return getattr(self._services.customers, name)


class MainWindow(QMainWindow):
    """Lays out the list and the record and keeps which customer is open.

    Changes go through ``operations`` (see ``desktop.operations``); the slots behind the
    actions are in ``RecordActions``, listening for others' changes in ``LiveRefresh``.
    """

    # The record pane now shows ``after`` (None: closed) instead of ``before``; ``cause`` is
    # the Change that made it read again, or None when staff opened it.
    recordShown = Signal(object, object, object)

    # The record's actions, also reachable by these names (tests, scripts, stylesheets).
    actionEdit: QAction
    actionNewPaymentLink: QAction
    actionRevokeLinks: QAction
    actionRemoveFromGreylist: QAction
    actionAnonymize: QAction
    actionDelete: QAction

    def __init__(
        self,
        services: Services,
        *,
        language: str,
        qsettings: QSettings,
        today: Callable[[], date] = date.today,
        owns_services: bool = True,
        read_only: bool = False,
        stylesheet: str = "",
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        if stylesheet:
            # Before the widgets are made: each is styled once as it comes, instead of all of
            # them again when a style sheet is set on a finished window.
            self.setStyleSheet(stylesheet)
        self._services = services
        self._language = language
        self._qsettings = qsettings
        self._today = today
        self._owns_services = owns_services
        self._select_after_load: int | None = None
        self._wanted_id: int | None = None  # the record shown, or about to be
        self._record_round = 0  # an answer for an older request is dropped
        self._focus_actions_for: int | None = None
        self._focus_before_busy: QWidget | None = None
        self._open_first_after_load = False  # Enter in the search box, before its results
        self._new_search = False  # the next full load answers a search staff typed
        self._closed = False
        self.read_only = read_only
        self.events = DeskEvents(self)
        self.operations = Operations(
            self, services, language=language, events=self.events, read_only=read_only
        )
        self.setWindowTitle(self._title())

        self._build_actions()
        self._build_ui()
        self._restore_state()

        self._searchTimer = QTimer(self)
        self._searchTimer.setObjectName("searchTimer")
        self._searchTimer.setSingleShot(True)
        self._searchTimer.setInterval(SEARCH_DELAY_MS)
        self._searchTimer.timeout.connect(self._on_searchTimer_timeout)

        self.recordActions = RecordActions(
            self, services, self.operations, language=language, today=today
        )
        self.liveRefresh = LiveRefresh(self, services, self.operations)
        self.portalHealth = PortalHealth(services.settings.portal_url, self)
        self.portalHealth.changed.connect(self._on_portalHealth_changed)
        self.events.changed.connect(self._on_events_changed)
        self.operations.busyChanged.connect(self._on_operations_busyChanged)

        plain_labels(self)
        self._update_actions(None)
        self._show_portal_state()
        self.liveRefresh.start()
        self.portalHealth.start()
        self.customerModel.reload()
        # Staff start by looking someone up.
        self.customerSearch.setFocus(Qt.FocusReason.OtherFocusReason)

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

        self.actionNewCustomer = QAction(self.tr("New customer…"), self)
        self.actionNewCustomer.setObjectName("actionNewCustomer")
        self.actionNewCustomer.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.addAction(self.actionNewCustomer)
        self.actionFind = QAction(self.tr("Find a customer"), self)
        self.actionFind.setObjectName("actionFind")
        self.actionFind.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F))
        self.actionFind.triggered.connect(self._on_actionFind_triggered)
        self.addAction(self.actionFind)

    def _title(self) -> str:
        """The open database first (several may be open side by side), then who works."""
        name = database_label(self._services.settings.database)
        if self.read_only:
            title = self.tr("%1 (read-only) — Guichet").replace("%1", name)
        else:
            title = self.tr("%1 — Guichet").replace("%1", name)
        operator = self._services.settings.operator
        return f"{title} · {operator}" if operator else title

    def _build_ui(self) -> None:
        central = QWidget()
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Shown only for a read-only database: staff see at once why nothing can be changed.
        self.readOnlyBanner = QLabel(
            self.tr(
                "This database is read-only: you can look everything up, but nothing can be "
                "changed. Ask for write access to the file and its folder, then open it again."
            )
        )
        self.readOnlyBanner.setObjectName("readOnlyBanner")
        self.readOnlyBanner.setWordWrap(True)
        self.readOnlyBanner.setVisible(self.read_only)
        outer.addWidget(self.readOnlyBanner)
        root = QHBoxLayout()
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        outer.addLayout(root, 1)

        # The left menu: one row per page of ``pages``, in the same order (see SECTIONS).
        self.sectionList = QListWidget()
        self.sectionList.setObjectName("sectionList")
        self.sectionList.setAccessibleName(self.tr("Navigation"))
        self.sectionList.addItem(self.tr("Customers"))
        self.sectionList.addItem(self.tr("Invoices"))
        self.sectionList.addItem(self.tr("Direct debits"))
        self.sectionList.setFixedWidth(150)
        root.addWidget(self.sectionList)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        root.addWidget(self.pages, 1)

        self.customersPage = QWidget()
        self.customersPage.setObjectName("customersPage")
        customers_layout = QVBoxLayout(self.customersPage)
        customers_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("customerSplitter")
        self.splitter.setChildrenCollapsible(False)
        customers_layout.addWidget(self.splitter)
        self.pages.addWidget(self.customersPage)

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
        self.customerSearch.installEventFilter(self)
        top.addWidget(self.customerSearch, 1)
        self.newCustomerButton = QPushButton(self.tr("New customer"))
        self.newCustomerButton.setObjectName("newCustomerButton")
        self.newCustomerButton.setToolTip(self.tr("New customer (Ctrl+N)"))
        top.addWidget(self.newCustomerButton)
        list_layout.addLayout(top)
        list_layout.addLayout(self._build_quick_filters())

        self.customerModel = CustomerTableModel(
            cast("CustomerService", _CustomersOnFirstUse(self._services)),
            language=self._language,
            parent=self,
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
        # Wide enough for the longest status ("Liste grise · Paiement hors ligne") and a
        # French method name; the list and the record share the window (see _size_to_screen).
        for column, width in enumerate(self._column_widths()):
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

        # Invoices and direct debits are made the first time they are opened (or asked for):
        # a start shows the customers, so it neither builds nor imports them. Until then an
        # empty widget holds each one's place in the stack.
        self._made_pages: dict[int, QWidget] = {}
        for _ in SECTIONS[1:]:
            self.pages.addWidget(QWidget())
        self.sectionList.currentRowChanged.connect(self._on_sectionList_currentRowChanged)
        self.sectionList.setCurrentRow(0)

        self.setCentralWidget(central)
        self.portalLabel = QLabel()
        self.portalLabel.setObjectName("portalLabel")
        self.portalLabel.setProperty("state", str(PortalState.CHECKING))
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
        self._size_to_screen()

    def _build_quick_filters(self) -> QHBoxLayout:
        """Checkable buttons above the list: each narrows it (with the search text, if any)."""
        row = QHBoxLayout()
        row.setSpacing(6)
        texts = {
            "greylisted": (
                self.tr("Grey list"),
                self.tr("Only customers the payment form refuses (grey list)"),
            ),
            "offline": (
                self.tr("Offline payment"),
                self.tr("Only customers who pay offline (cheque, transfer, cash, other)"),
            ),
            "unusable": (
                self.tr("Unusable method"),
                self.tr(
                    "Only customers whose card has expired or whose mandate lapsed or was rejected"
                ),
            ),
            "overdue": (
                self.tr("Overdue invoices"),
                self.tr("Only customers with an invoice past its due date and the grace days"),
            ),
        }
        self.quickFilterButtons: dict[str, QPushButton] = {}
        for key in CustomerTableModel.FILTERS:
            text, tip = texts[key]
            button = QPushButton(text)
            button.setObjectName("quickFilter" + key.capitalize())
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            # A click leaves the focus in the search box (Down, Enter); Tab still reaches it.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.toggled.connect(self._on_quickFilter_toggled)
            self.quickFilterButtons[key] = button
            setattr(self, button.objectName(), button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def quick_filters(self) -> tuple[str, ...]:
        return tuple(k for k, b in self.quickFilterButtons.items() if b.isChecked())

    def set_quick_filters(self, filters: Sequence[str]) -> None:
        """Check exactly these quick filters (one search for all of them)."""
        for key, button in self.quickFilterButtons.items():
            button.blockSignals(True)
            button.setChecked(key in filters)
            button.blockSignals(False)
        self._on_quickFilter_toggled()

    def _on_quickFilter_toggled(self, _checked: bool = False) -> None:
        filters = self.quick_filters()
        if filters != self.customerModel.filters():
            self._new_search = True
            self.customerModel.set_filters(filters)

    def _column_widths(self) -> tuple[int, ...]:
        """Reference, name, method, status, city, email, company: from the text they hold."""
        cells = self.customerTable.fontMetrics()
        header = self.customerTable.horizontalHeader().fontMetrics()
        model = self.customerModel

        def title(column: int) -> int:
            return header.horizontalAdvance(
                str(model.headerData(column, Qt.Orientation.Horizontal))
            )

        status = cells.horizontalAdvance(
            " · ".join((words.badge_greylisted(), words.badge_offline()))
        )
        method = max(
            cells.horizontalAdvance(i18n.method_name(code, self._language))
            for code in ("card", "sepa_debit", "bank_transfer", "cheque", "cash", "other")
        )
        return (
            cells.horizontalAdvance("CUST-000000") + 30,  # and the coloured dot
            max(125, title(1) + 24),
            max(method, title(2)) + 16,
            max(status, title(3)) + 14,
            max(110, title(4) + 24),
            190,
            130,
        )

    def _size_to_screen(self) -> None:
        """First start: use most of the screen (up to 1600×960), list and record side by side."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else None
        width, height = 1280, 800
        if available is not None and available.width() > 0:
            width = max(1024, min(1600, int(available.width() * 0.92)))
            height = max(700, min(960, int(available.height() * 0.9)))
        self.resize(width, height)
        content = width - self.sectionList.width()
        # The list shows up to its status column where the record keeps room for its
        # invoice table (about 680 pixels); on a small screen, 44 % as before.
        shown = max(int(content * 0.44), content - max(RECORD_WIDTH, content // 2))
        self.splitter.setSizes([shown, content - shown])

    # --- state -------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self._qsettings
        geometry = s.value("desk/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        section = s.value("desk/section")
        if section in SECTIONS:
            self.show_section(str(section))
        splitter = s.value("desk/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = s.value("desk/customerTableHeader")
        # A header saved with other columns (before the city) would hide the new ones.
        columns = ",".join(CustomerTableModel.COLUMNS)
        if header is not None and s.value("desk/customerTableColumns") == columns:
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
        s.setValue("desk/section", self.current_section())
        s.setValue("desk/customerTableHeader", self.customerTable.horizontalHeader().saveState())
        s.setValue("desk/customerTableColumns", ",".join(CustomerTableModel.COLUMNS))
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and workers; close the database if this window opened it."""
        if self._closed:
            return
        self._closed = True
        self.save_state()
        self.liveRefresh.stop()
        self.portalHealth.stop()
        self._searchTimer.stop()
        self.operations.shutdown()
        self.customerModel.shutdown()
        if self._owns_services:
            self._services.close()
        from desktop.gc_guard import collect_now

        collect_now()  # the window's cycles go now, on this thread

    # --- public helpers (status bar, the open record) ------------------------------------------------
    def show_status(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_portal_url(self, url: str) -> None:
        """The form was started at ``url`` (demo mode): watch it there."""
        self.portalHealth.portal_url = url
        self._show_portal_state()
        self.portalHealth.check()

    def portal_answers(self) -> bool | None:
        """Whether the payment form answered its last check; None before the first answer."""
        return self.portalHealth.answering()

    def _on_portalHealth_changed(self, _state: str) -> None:
        self._show_portal_state()

    def _show_portal_state(self) -> None:
        state = self.portalHealth.state()
        url = self.portalHealth.portal_url
        if state is PortalState.ANSWERING:
            text = self.tr("● Payment form answering at %1")
            tip = self.tr("Customers can use their payment links.")
        elif state is PortalState.NOT_ANSWERING:
            text = self.tr("● Payment form not answering at %1")
            tip = self.tr(
                "Customers cannot use their payment links until the form runs "
                "(guichet portal, or its service)."
            )
        else:
            text = self.tr("Payment form: checking %1…")
            tip = ""
        self.portalLabel.setText(text.replace("%1", url))
        self.portalLabel.setToolTip(tip)
        if self.portalLabel.property("state") != str(state):
            # Styled again for its new state (the label is made with the first one, so a
            # start does not ask Qt for its style and the many enums that come with it).
            self.portalLabel.setProperty("state", str(state))
            style = self.portalLabel.style()
            style.unpolish(self.portalLabel)
            style.polish(self.portalLabel)

    def show_section(self, name: str) -> None:
        """Open a page of the left menu: "customers", "invoices" or "debits"."""
        self.sectionList.setCurrentRow(SECTIONS.index(name))

    def current_section(self) -> str:
        return SECTIONS[max(0, self.sectionList.currentRow())]

    def current_detail(self) -> CustomerDetail | None:
        return self.detailPane.detail()

    def is_working(self) -> bool:
        """True while an operation (a change, opening a record) has not answered yet."""
        return self.operations.pending() > 0

    def open_customer(
        self, customer_id: int, *, cause: Change | None = None, focus_actions: bool = False
    ) -> None:
        """Show this customer's record once the core has answered (off the GUI thread)."""
        self._record_round += 1
        round_ = self._record_round
        self._wanted_id = customer_id
        self._focus_actions_for = customer_id if focus_actions else None
        self.operations.run(
            customers.open_record(self._services, customer_id)
            .success(lambda record: self._on_record_read(round_, record, cause))
            .failure(lambda exc: self._on_record_failed(round_, exc, cause))
        )

    def refresh(self) -> None:
        """Read the open record and the visible rows again, as after someone else's change."""
        self.events.changed.emit(Change(ChangeKind.ELSEWHERE))

    def _on_record_read(self, round_: int, record: customers.Record, cause: Change | None) -> None:
        if round_ != self._record_round:
            return  # staff have asked for another record since
        before = self.current_detail()
        self.detailPane.show_detail(record.detail, record.recent, record.upcoming)
        self._update_actions(record.detail)
        if self._focus_actions_for == record.detail.id:
            self._focus_actions_for = None
            self.actionsButton.setFocus()
        self.recordShown.emit(before, record.detail, cause)

    def _on_record_failed(self, round_: int, exc: Exception, cause: Change | None) -> None:
        if round_ != self._record_round or not isinstance(exc, GuichetError):
            return  # unexpected errors are already reported
        if isinstance(exc, NotFound):
            before = self.current_detail()
            self._close_record()
            self.recordShown.emit(before, None, cause)
        else:
            self.operations.report(exc)

    def _close_record(self) -> None:
        self._record_round += 1
        self._wanted_id = None
        self.detailPane.clear()
        self._update_actions(None)

    def _on_events_changed(self, change: Change) -> None:
        """Our own change or someone else's: the open record and the list read what changed."""
        kind = change.kind
        if kind is ChangeKind.CREATED and change.customer_id is not None:
            self._select_after_load = change.customer_id
            self.open_customer(change.customer_id, cause=change)
        elif kind is ChangeKind.DELETED and change.customer_id == self._wanted_id:
            self._close_record()
        elif self._wanted_id is not None and (
            change.any_customer or change.customer_id == self._wanted_id
        ):
            self.open_customer(self._wanted_id, cause=change)
        if kind in (ChangeKind.CREATED, ChangeKind.ANONYMISED, ChangeKind.DELETED):
            self.customerModel.reload()  # rows come, go or change place
        else:
            first, last = self._visible_rows()
            self.customerModel.refresh_range(first, last)

    def _on_operations_busyChanged(self, busy: bool) -> None:
        # Nothing else is changed while a change runs; the list and the search stay live.
        if busy:
            focus = QApplication.focusWidget()
            inside = focus is not None and self.detailPane.isAncestorOf(focus)
            self._focus_before_busy = focus if inside else None
        self.detailPane.setEnabled(not busy)
        self.newCustomerButton.setEnabled(not busy)
        self.actionNewCustomer.setEnabled(not busy)
        self._update_actions(self.current_detail())
        working = self.tr("Working…")
        if busy:
            self.statusBar().showMessage(working)
            return
        if self.statusBar().currentMessage() == working:
            self.statusBar().clearMessage()
        before, self._focus_before_busy = self._focus_before_busy, None
        # Disabling the pane sent the keyboard elsewhere: bring it back where it was.
        if before is not None and before.isVisible() and before.isEnabled():
            before.setFocus()

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

    def _update_actions(self, detail: CustomerDetail | None) -> None:
        a = self.actions_by_name
        if self.operations.writing():
            detail = None  # nothing to act on until the running change is done
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
        self._hold_read_only()

    def _hold_read_only(self) -> None:
        """A read-only database: every action that changes something stays off, and says why."""
        if not self.read_only:
            return
        why = self.tr("The database is read-only.")
        for action in (*self.actions_by_name.values(), self.actionNewCustomer):
            action.setEnabled(False)
            action.setToolTip(why)
        self.newCustomerButton.setEnabled(False)
        self.newCustomerButton.setToolTip(why)
        self.detailPane.set_read_only(True)

    # --- search and list ----------------------------------------------------------------------------
    def _on_sectionList_currentRowChanged(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            if row > 0:
                self._page(row)
            self.pages.setCurrentIndex(row)

    @property
    def invoicesPage(self) -> InvoicesPage:
        return cast("InvoicesPage", self._page(SECTIONS.index("invoices")))

    @property
    def debitsPage(self) -> DebitsPage:
        return cast("DebitsPage", self._page(SECTIONS.index("debits")))

    def make_every_page(self) -> None:
        """Make the pages not made yet (they are otherwise made when first opened)."""
        for index in range(1, len(SECTIONS)):
            self._page(index)

    def _page(self, index: int) -> QWidget:
        """The page at ``index`` of the stack, made now if this is the first time it is wanted."""
        made = self._made_pages.get(index)
        if made is not None:
            return made
        page: QWidget
        if SECTIONS[index] == "invoices":
            from desktop.invoices_page import InvoicesPage

            invoices_page = InvoicesPage(
                self._services,
                self.operations,
                language=self._language,
                today=self._today,
                notify=self.show_status,
            )
            invoices_page.invoiceRequested.connect(self.recordActions.open_invoice)
            invoices_page.customerRequested.connect(self._on_invoicesPage_customerRequested)
            page = invoices_page
        else:
            from desktop.debits_page import DebitsPage

            page = DebitsPage(
                self._services, self.operations, language=self._language, notify=self.show_status
            )
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self._made_pages[index] = page
        return page

    def _on_invoicesPage_customerRequested(self, customer_id: int, reference: str) -> None:
        """From an invoice to its customer: the customers page, the list found by reference."""
        self.show_section("customers")
        self.open_customer(customer_id)
        # The list shows the customer selected once it has searched (see _on_customerModel_loaded).
        self.customerSearch.setText(reference)
        self._searchTimer.stop()
        self._on_searchTimer_timeout()

    def _on_actionFind_triggered(self) -> None:
        self.show_section("customers")
        self.customerSearch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.customerSearch.selectAll()

    def _on_customerSearch_textChanged(self, _text: str) -> None:
        self._searchTimer.start()  # restarts: search once typing pauses

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.customerSearch
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._enter_results()
            return True
        return super().eventFilter(watched, event)

    def _enter_results(self) -> None:
        """From the search box into the list: its first row selected (and so opened)."""
        self.customerTable.setFocus(Qt.FocusReason.OtherFocusReason)
        self._open_first_row()

    def _on_customerSearch_returnPressed(self) -> None:
        self._searchTimer.stop()
        self._on_searchTimer_timeout()
        self.customerTable.setFocus()
        if self.customerModel.is_busy():
            self._open_first_after_load = True  # the rows shown are not this search's yet
        else:
            self._open_first_row()

    def _open_first_row(self) -> None:
        """The best match is the list's first row, in the order shown."""
        customer_id = self.customerModel.id_at(0)
        if customer_id is None:
            return
        self._select_row(0, load=customer_id != self._wanted_id)

    def _on_searchTimer_timeout(self) -> None:
        if self.customerSearch.text().strip() != self.customerModel.query():
            self._new_search = True
            self.customerModel.set_query(self.customerSearch.text())

    def _on_customerModel_modelAboutToBeReset(self) -> None:
        if self._select_after_load is None:
            self._select_after_load = self._wanted_id

    def _on_customerModel_loaded(self) -> None:
        # The first page comes first; every id (and so the count) may follow a moment later.
        shown = not self.customerModel.is_busy()
        complete = self.customerModel.is_complete()
        typed = self._new_search
        if complete:
            self.countLabel.setText(self.tr("%n customer(s)", "", self.customerModel.total()))
        elif shown:
            self.countLabel.clear()  # the count of this search follows
        if complete and self._new_search:
            self._new_search = False
            # A record the list no longer shows must not stay open (nor be edited by Ctrl+E).
            if self._wanted_id is not None and not self.customerModel.contains(self._wanted_id):
                before = self.current_detail()
                self._close_record()
                self._select_after_load = None
                self.recordShown.emit(before, None, None)
        if self._select_after_load is not None and shown:
            row = self.customerModel.row_of(self._select_after_load)
            if typed and row >= self.customerModel.first_page_size():
                row = -1  # staff look at the top of what they typed, not far down the list
            if row >= 0:
                self._select_row(row, load=self._wanted_id != self._select_after_load)
            if row >= 0 or complete:
                self._select_after_load = None
        if shown and self._open_first_after_load:
            self._open_first_after_load = False
            self._open_first_row()

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

    def _on_customerTable_currentRowChanged(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        customer_id = self.customerModel.id_at(current.row()) if current.isValid() else None
        if customer_id is not None and customer_id != self._wanted_id:
            self.open_customer(customer_id)

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
        customer_id = self.customerModel.id_at(index.row())
        if customer_id is not None:
            self.open_customer(customer_id, focus_actions=True)
