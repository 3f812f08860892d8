"""The open customer: header with badges and actions, contact, address, payment method, subscriptions, invoices, activity."""

from __future__ import annotations

from html import escape, unescape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import addresses, i18n
from core.rules import MANDATE_KILLING_REASONS
from desktop import words
from desktop.invoice_table_model import InvoiceTableModel
from desktop.plain_text import tooltip
from desktop.subscription_table_model import SubscriptionTableModel

if TYPE_CHECKING:
    from core.dto import (
        ActivityItem,
        CustomerDetail,
        InvoiceInfo,
        LinkInfo,
        PaymentMethodInfo,
        SubscriptionInfo,
        UpcomingItem,
    )


def _label(name: str = "", *, selectable: bool = True, wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _readable_phone(value: str, country: str) -> str:
    """+33612345678 (as stored) → +33 6 12 34 56 78."""
    if not value:
        return ""
    import phonenumbers  # its tables load when the first record is shown, not at start

    try:
        parsed = phonenumbers.parse(value, country or None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _rows(pairs: list[tuple[str, str]]) -> str:
    """A two-column HTML table; values are already escaped."""
    cells = "".join(
        f"<tr><td style='color:#5f6b7a;padding-right:10px;white-space:nowrap'>{escape(k)}</td>"
        f"<td style='white-space:nowrap'>{val}</td></tr>"
        for k, val in pairs
        if val
    )
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


# Room for the header (a shortened name, Modifier, Actions); the rest scrolls.
MINIMUM_WIDTH = 380


class ElidedLabel(QLabel):
    """One line that ends in "…" when too narrow; the whole text is in its tooltip.

    A plain QLabel asks for its whole text's width, so a very long name would push the
    buttons beside it out of the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(tooltip(text) or "")
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(80, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        if shown != self.text():
            self.setText(shown)


class CustomerDetailPane(QStackedWidget):
    """Shows one ``CustomerDetail``; the window owns the actions and the core calls."""

    def __init__(
        self, actions: dict[str, QAction], *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        self.setAccessibleName(self.tr("Customer record"))
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._language = language
        self._detail: CustomerDetail | None = None
        self._read_only = False

        self.emptyLabel = QLabel(self.tr("Select a customer in the list, or create one."))
        self.emptyLabel.setObjectName("detailEmptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.addWidget(self.emptyLabel)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("detailBody")
        scroll.setWidget(body)
        # The header sits above the scroll area: however narrow the pane, its buttons stay in view.
        record = QWidget()
        record.setObjectName("detailRecord")
        record_layout = QVBoxLayout(record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.setSpacing(0)
        self.addWidget(record)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(8)

        # Header: name, reference, badges, actions.
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.nameLabel = ElidedLabel()
        self.nameLabel.setObjectName("customerNameLabel")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.nameLabel)
        sub = QHBoxLayout()
        sub.setSpacing(10)
        self.customerReferenceLabel = QLabel()
        self.customerReferenceLabel.setObjectName("customerReferenceLabel")
        self.customerReferenceLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        sub.addWidget(self.customerReferenceLabel)
        self.badgesLabel = QLabel()
        self.badgesLabel.setObjectName("customerBadges")
        self.badgesLabel.setTextFormat(Qt.TextFormat.RichText)
        sub.addWidget(self.badgesLabel)
        sub.addStretch(1)
        titles.addLayout(sub)
        header.addLayout(titles, 1)
        self.actionsButton = QToolButton()
        self.actionsButton.setObjectName("actionsButton")
        self.actionsButton.setText(self.tr("Actions") + " \u25be")
        self.actionsButton.setAccessibleName(self.tr("Actions on this customer"))
        self.actionsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actionsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.actionsButton)
        menu.setObjectName("actionsMenu")
        menu.setToolTipsVisible(True)
        for key in (
            "actionEdit",
            "actionNewPaymentLink",
            "actionRevokeLinks",
            "actionRemoveFromGreylist",
        ):
            menu.addAction(actions[key])
        menu.addSeparator()
        menu.addAction(actions["actionAnonymize"])
        menu.addAction(actions["actionDelete"])
        self.actionsButton.setMenu(menu)
        self.editButton = QToolButton()
        self.editButton.setObjectName("editButton")
        self.editButton.setDefaultAction(actions["actionEdit"])
        self.editButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        header.addWidget(self.editButton, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.actionsButton, 0, Qt.AlignmentFlag.AlignTop)
        header.setContentsMargins(12, 8, 12, 0)
        record_layout.addLayout(header)
        record_layout.addWidget(scroll, 1)

        self.greylistWarning = QLabel()
        self.greylistWarning.setObjectName("greylistWarning")
        self.greylistWarning.setWordWrap(True)
        self.greylistWarning.hide()

        # Contact above the billing address, the payment method beside both.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        contact = QGroupBox(self.tr("Contact"))
        contact.setObjectName("contactSection")
        self.contactSummary = _label("contactSummary")
        QVBoxLayout(contact).addWidget(self.contactSummary)
        address = QGroupBox(self.tr("Billing address"))
        address.setObjectName("addressSection")
        self.addressSummary = _label("addressSummary")
        QVBoxLayout(address).addWidget(self.addressSummary)
        method = QGroupBox(self.tr("Payment method"))
        method.setObjectName("paymentMethodSection")
        method_layout = QVBoxLayout(method)
        method_layout.addWidget(self.greylistWarning)
        self.paymentMethodSummary = _label("paymentMethodSummary")
        method_layout.addWidget(self.paymentMethodSummary)
        # A method that can no longer be charged: why, and the way out in one click.
        self.paymentMethodUnusable = QLabel()
        self.paymentMethodUnusable.setObjectName("paymentMethodUnusable")
        self.paymentMethodUnusable.setWordWrap(True)
        self.paymentMethodUnusable.hide()
        method_layout.addWidget(self.paymentMethodUnusable)
        self._newLinkAction = actions["actionNewPaymentLink"]
        self.newLinkButton = QPushButton(self.tr("New link…"))
        self.newLinkButton.setObjectName("newLinkButton")
        self.newLinkButton.setToolTip(
            self.tr("Send the customer a payment link to register a new method.")
        )
        self.newLinkButton.clicked.connect(self._newLinkAction.trigger)
        self._newLinkAction.changed.connect(self._on_newLinkAction_changed)
        self.newLinkButton.hide()
        link_row = QHBoxLayout()
        link_row.addWidget(self.newLinkButton)
        link_row.addStretch(1)
        method_layout.addLayout(link_row)
        # A mandate signed while invoices wait for an offline payment: offer the debit.
        self.debitOfferLabel = QLabel()
        self.debitOfferLabel.setObjectName("debitOfferLabel")
        self.debitOfferLabel.setWordWrap(True)
        self.debitOfferLabel.hide()
        method_layout.addWidget(self.debitOfferLabel)
        self.moveToDebitButton = QPushButton()
        self.moveToDebitButton.setObjectName("moveToDebitButton")
        self.moveToDebitButton.hide()
        debit_row = QHBoxLayout()
        debit_row.addWidget(self.moveToDebitButton)
        debit_row.addStretch(1)
        method_layout.addLayout(debit_row)
        # Earlier methods and every link, newest first (the summary above shows the current).
        history_title = QLabel(self.tr("History of methods and links"))
        history_title.setObjectName("paymentHistoryTitle")
        history_title.setProperty("role", "hint")
        method_layout.addWidget(history_title)
        self.paymentHistoryList = QListWidget()
        self.paymentHistoryList.setObjectName("paymentHistoryList")
        self.paymentHistoryList.setAccessibleName(self.tr("History of methods and links"))
        self.paymentHistoryList.setWordWrap(True)
        self.paymentHistoryList.setAlternatingRowColors(True)
        self.paymentHistoryList.setMinimumHeight(72)
        self.paymentHistoryList.setMaximumHeight(150)
        history_title.setBuddy(self.paymentHistoryList)
        method_layout.addWidget(self.paymentHistoryList)
        method_layout.addStretch(1)
        grid.addWidget(contact, 0, 0)
        grid.addWidget(address, 1, 0)
        grid.addWidget(method, 0, 1, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        outer.addLayout(grid)

        subscriptions = QGroupBox(self.tr("Subscriptions"))
        subscriptions.setObjectName("subscriptionSection")
        sub_layout = QVBoxLayout(subscriptions)
        self.subscriptionModel = SubscriptionTableModel(language=language, parent=self)
        self.subscriptionTable = QTableView()
        self.subscriptionTable.setObjectName("subscriptionTable")
        self.subscriptionTable.setAccessibleName(self.tr("Subscriptions"))
        self.subscriptionTable.setModel(self.subscriptionModel)
        self.subscriptionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriptionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subscriptionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subscriptionTable.verticalHeader().hide()
        self.subscriptionTable.setAlternatingRowColors(True)
        self.subscriptionTable.setWordWrap(False)
        self.subscriptionTable.verticalHeader().setDefaultSectionSize(24)
        sub_header = self.subscriptionTable.horizontalHeader()
        sub_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sub_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        sub_header.setMinimumSectionSize(70)
        sub_header.setStretchLastSection(False)
        self.subscriptionTable.setMinimumHeight(84)
        self.subscriptionTable.setMaximumHeight(140)
        sub_layout.addWidget(self.subscriptionTable)
        sub_buttons = QHBoxLayout()
        self.addSubscriptionButton = QPushButton(self.tr("Add…"))
        self.addSubscriptionButton.setObjectName("addSubscriptionButton")
        self.addSubscriptionButton.setToolTip(self.tr("Add a subscription to this customer."))
        self.changeSubscriptionButton = QPushButton(self.tr("Change price…"))
        self.changeSubscriptionButton.setObjectName("changeSubscriptionButton")
        self.suspendSubscriptionButton = QPushButton(self.tr("Suspend…"))
        self.suspendSubscriptionButton.setObjectName("suspendSubscriptionButton")
        self.resumeSubscriptionButton = QPushButton(self.tr("Resume…"))
        self.resumeSubscriptionButton.setObjectName("resumeSubscriptionButton")
        self.terminateSubscriptionButton = QPushButton(self.tr("Terminate…"))
        self.terminateSubscriptionButton.setObjectName("terminateSubscriptionButton")
        for button in (
            self.addSubscriptionButton,
            self.changeSubscriptionButton,
            self.suspendSubscriptionButton,
            self.resumeSubscriptionButton,
            self.terminateSubscriptionButton,
        ):
            button.setEnabled(False)
            sub_buttons.addWidget(button)
        sub_buttons.addStretch(1)
        sub_layout.addLayout(sub_buttons)
        outer.addWidget(subscriptions, 1)

        invoices = QGroupBox(self.tr("Invoices"))
        invoices.setObjectName("invoiceSection")
        inv_layout = QVBoxLayout(invoices)
        self.invoiceModel = InvoiceTableModel(language=language, parent=self)
        self.invoiceTable = QTableView()
        self.invoiceTable.setObjectName("invoiceTable")
        self.invoiceTable.setAccessibleName(self.tr("Invoices"))
        self.invoiceTable.setModel(self.invoiceModel)
        self.invoiceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several due invoices of the customer can be paid by one cheque or transfer.
        self.invoiceTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.invoiceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoiceTable.verticalHeader().hide()
        self.invoiceTable.setAlternatingRowColors(True)
        self.invoiceTable.setWordWrap(False)
        self.invoiceTable.verticalHeader().setDefaultSectionSize(24)
        self.invoiceTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.invoiceTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.invoiceTable.horizontalHeader().setMinimumSectionSize(70)
        self.invoiceTable.setMinimumWidth(560)  # the label column must stay readable
        self.invoiceTable.setMinimumHeight(110)
        inv_layout.addWidget(self.invoiceTable)
        inv_buttons = QHBoxLayout()
        self.openInvoiceButton = QPushButton(self.tr("Details…"))
        self.openInvoiceButton.setObjectName("openInvoiceButton")
        self.openInvoiceButton.setToolTip(
            self.tr("The invoice whole: amounts, payments, credit notes, history (or Enter).")
        )
        self.recordPaymentButton = QPushButton(self.tr("Record payment…"))
        self.recordPaymentButton.setObjectName("recordPaymentButton")
        self.voidInvoiceButton = QPushButton(self.tr("Void…"))
        self.voidInvoiceButton.setObjectName("voidInvoiceButton")
        self.refundInvoiceButton = QPushButton(self.tr("Refund…"))
        self.refundInvoiceButton.setObjectName("refundInvoiceButton")
        for button in (
            self.openInvoiceButton,
            self.recordPaymentButton,
            self.voidInvoiceButton,
            self.refundInvoiceButton,
        ):
            button.setEnabled(False)
            inv_buttons.addWidget(button)
        inv_buttons.addStretch(1)
        inv_layout.addLayout(inv_buttons)
        outer.addWidget(invoices, 2)

        activity = QHBoxLayout()
        recent = QGroupBox(self.tr("Recent activity"))
        recent.setObjectName("recentActivitySection")
        self.recentActivityList = QListWidget()
        self.recentActivityList.setObjectName("recentActivityList")
        self.recentActivityList.setAccessibleName(self.tr("Recent activity"))
        self.recentActivityList.setWordWrap(True)
        self.recentActivityList.setAlternatingRowColors(True)
        QVBoxLayout(recent).addWidget(self.recentActivityList)
        upcoming = QGroupBox(self.tr("Upcoming activity"))
        upcoming.setObjectName("upcomingActivitySection")
        self.upcomingActivityList = QListWidget()
        self.upcomingActivityList.setObjectName("upcomingActivityList")
        self.upcomingActivityList.setAccessibleName(self.tr("Upcoming activity"))
        self.upcomingActivityList.setWordWrap(True)
        self.upcomingActivityList.setAlternatingRowColors(True)
        QVBoxLayout(upcoming).addWidget(self.upcomingActivityList)
        activity.addWidget(recent, 3)
        activity.addWidget(upcoming, 2)
        outer.addLayout(activity, 2)
        for lst in (self.recentActivityList, self.upcomingActivityList):
            lst.setMinimumHeight(96)
            lst.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.invoiceTable.selectionModel().selectionChanged.connect(
            self._on_invoiceTable_selectionChanged
        )
        self.invoiceModel.modelReset.connect(self._on_invoiceTable_selectionChanged)
        self.subscriptionTable.selectionModel().selectionChanged.connect(
            self._on_subscriptionTable_selectionChanged
        )
        self.subscriptionModel.modelReset.connect(self._on_subscriptionTable_selectionChanged)

    # --- public API -----------------------------------------------------------------------------
    def detail(self) -> CustomerDetail | None:
        return self._detail

    def clear(self) -> None:
        self._detail = None
        self.invoiceModel.set_invoices([])
        self.subscriptionModel.set_subscriptions([])
        self.setCurrentIndex(0)

    def selected_invoices(self) -> list[InvoiceInfo]:
        rows = sorted(index.row() for index in self.invoiceTable.selectionModel().selectedRows())
        found = (self.invoiceModel.invoice_at(row) for row in rows)
        return [inv for inv in found if inv is not None]

    def selected_invoice(self) -> InvoiceInfo | None:
        """The one invoice selected (None when none, or several)."""
        chosen = self.selected_invoices()
        return chosen[0] if len(chosen) == 1 else None

    def select_invoice(self, invoice_id: int) -> None:
        row = self.invoiceModel.row_of(invoice_id)
        if row >= 0:
            self.invoiceTable.selectRow(row)

    def select_invoices(self, invoice_ids: list[int]) -> None:
        selection = self.invoiceTable.selectionModel()
        selection.clearSelection()
        for invoice_id in invoice_ids:
            row = self.invoiceModel.row_of(invoice_id)
            if row >= 0:
                selection.select(
                    self.invoiceModel.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def selected_subscription(self) -> SubscriptionInfo | None:
        rows = self.subscriptionTable.selectionModel().selectedRows()
        return self.subscriptionModel.subscription_at(rows[0].row()) if rows else None

    def select_subscription(self, subscription_id: int) -> None:
        row = self.subscriptionModel.row_of(subscription_id)
        if row >= 0:
            self.subscriptionTable.selectRow(row)

    def show_detail(
        self, detail: CustomerDetail, recent: list[ActivityItem], upcoming: list[UpcomingItem]
    ) -> None:
        selected = [inv.id for inv in self.selected_invoices()]
        chosen_sub = self.selected_subscription()
        self._detail = detail
        lang = self._language
        self.nameLabel.set_full_text(detail.name)
        self.customerReferenceLabel.setText(detail.reference)
        self.badgesLabel.setText(self._badges_html(detail))
        self.contactSummary.setText(self._contact_html(detail))
        self.addressSummary.setText(self._address_html(detail))
        self.paymentMethodSummary.setText(self._method_html(detail))
        unusable = self._unusable_text(detail)
        self.paymentMethodUnusable.setText(unusable)
        self.paymentMethodUnusable.setVisible(bool(unusable))
        self.newLinkButton.setVisible(bool(unusable))
        self._show_debit_offer(detail)
        self._fill_history(detail)
        self.greylistWarning.setVisible(detail.greylisted)
        if detail.greylisted:
            self.greylistWarning.setText(
                self.tr(
                    "Grey list: the payment form refuses this customer after %1 failed attempts. "
                    "Check with them, then use Actions › Remove from grey list."
                ).replace("%1", str(detail.failed_attempts))
            )
        self.invoiceModel.set_invoices(detail.invoices)
        if selected:
            self.select_invoices(selected)
        self.subscriptionModel.set_subscriptions(detail.subscriptions)
        if chosen_sub is not None:
            self.select_subscription(chosen_sub.id)
        elif detail.subscriptions:
            self.subscriptionTable.selectRow(0)
        self._on_subscriptionTable_selectionChanged()

        self.recentActivityList.clear()
        for item in recent:
            text = f"{i18n.short_datetime(item.at, lang)} · {item.actor_text(lang)} — {item.text(lang)}"
            self.recentActivityList.addItem(text)
        if not recent:
            self._placeholder(self.recentActivityList, self.tr("No activity yet."))
        self.upcomingActivityList.clear()
        for up in upcoming:
            # Billing days and mandate lapses are calendar dates, not instants: no time zone shift.
            if up.kind in ("invoice", "mandate_lapse", "no_method"):
                when = i18n.short_date(up.at.date(), lang)
            else:
                when = i18n.short_datetime(up.at, lang)
            self.upcomingActivityList.addItem(f"{when} — {up.text(lang)}")
        if not upcoming:
            self._placeholder(self.upcomingActivityList, self.tr("Nothing in the coming days."))
        self.setCurrentIndex(1)

    # --- rendering ---------------------------------------------------------------------------------
    def _placeholder(self, lst: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        lst.addItem(item)

    def _badges_html(self, detail: CustomerDetail) -> str:
        badges = []
        if detail.anonymized:
            badges.append(("#5f6b7a", self.tr("Anonymised")))
        if detail.status == "suspended":
            badges.append(("#8a6d00", self.tr("Suspended")))
        if detail.greylisted:
            badges.append(("#b3261e", words.badge_greylisted()))
        if detail.pending_link is not None:
            badges.append(("#1f5fa8", words.badge_awaiting()))
        if detail.payment_method is not None and not detail.payment_method.automatic:
            badges.append(("#6b4f00", words.badge_offline()))
        return " ".join(
            f"<span style='background:{color};color:white'>&nbsp;{escape(text)}&nbsp;</span>"
            for color, text in badges
        )

    def _contact_html(self, d: CustomerDetail) -> str:
        return _rows(
            [
                (self.tr("Email"), escape(d.email) or "—"),
                (self.tr("Phone"), escape(_readable_phone(d.phone, d.country)) or "—"),
                (self.tr("Language"), escape(words.language_name(d.language))),
                (self.tr("VAT"), escape(d.vat_number)),
            ]
        )

    def _address_html(self, d: CustomerDetail) -> str:
        # Laid out as the country's post reads it, the same as on invoices and letters.
        lines = addresses.address_lines(
            {
                "name": " ".join(p for p in (d.first_name, d.last_name) if p),
                "company": d.company,
                "address_line1": d.address_line1,
                "address_line2": d.address_line2,
                "postal_code": d.postal_code,
                "city": d.city,
                "region": d.region,
                "country": d.country,
            },
            language=self._language,
        )
        return "<br>".join(escape(line) for line in lines if line) or "—"

    def address_text(self) -> str:
        """The billing address as shown, one line each (for tests and copying)."""
        return unescape(self.addressSummary.text().replace("<br>", "\n"))

    def _show_debit_offer(self, d: CustomerDetail) -> None:
        found = d.debit_candidates
        offer = bool(found) and not d.anonymized
        self.debitOfferLabel.setVisible(offer)
        self.moveToDebitButton.setVisible(offer)
        if not offer:
            return
        currency = found[0].currency
        total = i18n.money(sum(inv.amount_cents for inv in found), currency, self._language)
        self.debitOfferLabel.setText(
            self.tr(
                "A SEPA mandate is signed, and %n open invoice(s) (%1) still wait(s) for an "
                "offline payment: %2.",
                "",
                len(found),
            )
            .replace("%1", total)
            .replace("%2", ", ".join(inv.number for inv in found))
        )
        self.moveToDebitButton.setText(
            self.tr("Move %n open invoice(s) to direct debit", "", len(found))
        )
        self.moveToDebitButton.setEnabled(not self._read_only)

    def _fill_history(self, d: CustomerDetail) -> None:
        """Every method the customer had and every link made, newest first."""
        entries: list[tuple[object, str]] = []
        if d.payment_method is not None:
            entries.append((d.payment_method.created_at, self._method_entry(d.payment_method)))
        for pm in d.method_history:
            entries.append((pm.created_at, self._method_entry(pm)))
        for link in d.links:
            entries.append((link.created_at, self._link_entry(link)))
        entries.sort(key=lambda e: e[0], reverse=True)  # type: ignore[arg-type,return-value]
        self.paymentHistoryList.clear()
        for _at, text in entries:
            self.paymentHistoryList.addItem(text)
        if not entries:
            self._placeholder(self.paymentHistoryList, self.tr("No method and no link yet."))

    def _who(self, created_by: str) -> str:
        if created_by == "customer (link)":
            return self.tr("the customer, through a link")
        return created_by or "—"

    def _method_entry(self, pm: PaymentMethodInfo) -> str:
        lang = self._language
        since = i18n.short_date(pm.created_at.date(), lang)
        if pm.status == "default":
            text = (
                self.tr("%1 — in use since %2 (set by %3)")
                .replace("%2", since)
                .replace("%3", self._who(pm.created_by))
            )
        else:
            until = i18n.short_date(pm.superseded_at.date(), lang) if pm.superseded_at else "—"
            text = (
                self.tr("%1 — from %2 to %3 (set by %4)")
                .replace("%2", since)
                .replace("%3", until)
                .replace("%4", self._who(pm.created_by))
            )
        return text.replace("%1", pm.label(lang))

    def _link_entry(self, link: LinkInfo) -> str:
        lang = self._language
        when = {
            "completed": link.completed_at,
            "revoked": link.revoked_at,
            "expired": link.expires_at,
            "opened": link.opened_at,
        }.get(link.state)
        state = words.link_state(link.state)
        if when is not None:
            state = f"{state} {i18n.short_datetime(when, lang)}"
        if link.live:
            state += " · " + self.tr("expires %1").replace(
                "%1", i18n.short_datetime(link.expires_at, lang)
            )
        return (
            self.tr("Payment link (%1) made %2 by %3: %4")
            .replace("%1", i18n.method_name(link.method, lang))
            .replace("%2", i18n.short_datetime(link.created_at, lang))
            .replace("%3", link.created_by or "—")
            .replace("%4", state)
        )

    def _method_html(self, d: CustomerDetail) -> str:
        lang = self._language
        pm = d.payment_method
        parts: list[str] = []
        if pm is None:
            none = self.tr("No payment method")
            parts.append(f"<b>{escape(none)}</b>")
            parts.append(escape(self.tr("Invoices are issued without automatic debit.")))
        else:
            name = escape(i18n.method_name(pm.method, lang))
            if pm.unusable_reason:
                why = escape(words.unusable_reason(pm.unusable_reason))
                parts.append(f"<b>{name}</b> · <b style='color:#b3261e'>{why}</b>")
            else:
                kind = self.tr("automatic") if pm.automatic else self.tr("offline")
                parts.append(f"<b>{name}</b> · {escape(kind)}")
            rows: list[tuple[str, str]] = []
            if pm.method == "sepa_debit":
                signed = i18n.short_date(pm.mandate_signed_on, lang)
                rows += [
                    (self.tr("Holder"), escape(pm.holder or "")),
                    (self.tr("IBAN"), escape(pm.iban_masked or "")),
                    (self.tr("BIC"), escape(pm.bic or "")),
                    (self.tr("Mandate (RUM)"), escape(pm.mandate_reference or "")),
                    (self.tr("Signed on"), escape(signed)),
                    (self.tr("Creditor ID"), escape(pm.creditor_id or "")),
                ]
            elif pm.method == "card":
                expiry = (
                    f"{pm.card_exp_month:02d}/{pm.card_exp_year}"
                    if pm.card_exp_month and pm.card_exp_year
                    else ""
                )
                rows += [
                    (
                        self.tr("Card"),
                        escape(f"{pm.card_brand or ''} •••• {pm.card_last4 or ''}".strip()),
                    ),
                    (self.tr("Expires"), escape(expiry)),
                    (self.tr("Holder"), escape(pm.holder or "")),
                ]
            else:
                rows.append((self.tr("Since"), escape(i18n.short_date(pm.created_at.date(), lang))))
            parts.append(_rows(rows))
        link = d.links[0] if d.links else None
        if link is not None:
            method = i18n.method_name(link.method, lang)
            if link.live:
                text = (
                    self.tr("Payment link (%1) %2 — made %3 by %4, expires %5")
                    .replace("%1", method)
                    .replace("%2", words.link_state(link.state))
                    .replace("%3", i18n.short_datetime(link.created_at, lang))
                    .replace("%4", link.created_by)
                    .replace("%5", i18n.short_datetime(link.expires_at, lang))
                )
                parts.append(f"<span style='color:#1f5fa8'>{escape(text)}</span>")
        # Links that are over: in the history below.
        return "<br>".join(parts)

    def _unusable_text(self, d: CustomerDetail) -> str:
        """Why the default method can no longer be charged, and what follows; "" when it can."""
        pm = d.payment_method
        if pm is None or pm.usable:
            return ""
        if pm.unusable_reason == "expired_card":
            why = self.tr("The card has expired: it can no longer be charged.")
        elif pm.unusable_reason == "lapsed_mandate":
            why = self.tr(
                "The mandate has lapsed (not used for 36 months): it can no longer be debited."
            )
        else:
            code = next(
                (
                    inv.reason_code
                    for inv in d.invoices
                    if inv.reason_code in MANDATE_KILLING_REASONS
                ),
                None,
            )
            why = self.tr("The bank refused a debit on this mandate: it can no longer be used.")
            if code:
                why = self.tr(
                    "The bank refused a debit on this mandate (%1): it can no longer be used."
                ).replace("%1", words.bank_reason(code))
        return (
            why
            + " "
            + self.tr(
                "New invoices are issued for offline payment until the customer registers a "
                "new method through a link."
            )
        )

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: the buttons that change invoices or subscriptions stay off."""
        self._read_only = read_only
        self.moveToDebitButton.setEnabled(not read_only)
        self._on_invoiceTable_selectionChanged()
        self._on_subscriptionTable_selectionChanged()

    def _write_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.recordPaymentButton,
            self.voidInvoiceButton,
            self.refundInvoiceButton,
            self.addSubscriptionButton,
            self.changeSubscriptionButton,
            self.suspendSubscriptionButton,
            self.resumeSubscriptionButton,
            self.terminateSubscriptionButton,
        )

    def _hold_read_only(self) -> None:
        if not self._read_only:
            return
        why = self.tr("The database is read-only.")
        for button in self._write_buttons():
            button.setEnabled(False)
            button.setToolTip(why)

    def _on_newLinkAction_changed(self) -> None:
        self.newLinkButton.setEnabled(self._newLinkAction.isEnabled())

    def _on_invoiceTable_selectionChanged(self, *_args: object) -> None:
        chosen = self.selected_invoices()
        invoice = chosen[0] if len(chosen) == 1 else None
        all_due = bool(chosen) and all(inv.status == "due" for inv in chosen)
        # The bank holds a sent debit: the core refuses a hand payment or a void until it answers.
        held = next(
            (
                inv.debit
                for inv in chosen
                if inv.debit is not None
                and inv.debit.status == "pending"
                and inv.debit.batch_status == "sent"
            ),
            None,
        )
        hint = (
            self.tr("In batch %1, sent to the bank: wait for the bank's answer.").replace(
                "%1", held.batch
            )
            if held is not None
            else ""
        )
        if not hint and len(chosen) > 1 and not all_due:
            hint = self.tr("Only due invoices can be paid.")
        self.openInvoiceButton.setEnabled(invoice is not None)
        self.recordPaymentButton.setEnabled(all_due and held is None)
        self.voidInvoiceButton.setEnabled(
            invoice is not None and invoice.status == "due" and held is None
        )
        self.recordPaymentButton.setToolTip(hint)
        self.voidInvoiceButton.setToolTip(hint)
        self.refundInvoiceButton.setEnabled(invoice is not None and invoice.status == "paid")
        self._hold_read_only()

    def _on_subscriptionTable_selectionChanged(self, *_args: object) -> None:
        detail = self._detail
        live = detail is not None and not detail.anonymized
        sub = self.selected_subscription()
        status = sub.status if sub is not None else None
        self.addSubscriptionButton.setEnabled(live)
        self.changeSubscriptionButton.setEnabled(live and status in ("active", "suspended"))
        self.suspendSubscriptionButton.setEnabled(live and status == "active")
        self.resumeSubscriptionButton.setEnabled(live and status == "suspended")
        self.terminateSubscriptionButton.setEnabled(live and status in ("active", "suspended"))
        self._hold_read_only()
