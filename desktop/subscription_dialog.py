"""Subscription forms: a new subscription, a new price, the date of a termination; each says what follows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.dto import SubscriptionInfo
from core.rules import FRENCH_VAT_RATES_BP
from desktop import words
from desktop.plain_text import plain_labels

MAX_PRICE_EUROS = 1_000_000


@dataclass(frozen=True)
class NewSubscription:
    label: str
    amount_cents: int
    period: str
    start: date
    vat_rate: str | None  # percent; None: the business's default rate


def _qlocale(language: str) -> QLocale:
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _date_edit(name: str, language: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setLocale(_qlocale(language))
    edit.setDate(_qdate(value))
    return edit


def _price_spin(name: str, language: str, cents: int) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setLocale(_qlocale(language))
    spin.setDecimals(2)
    spin.setRange(0.01, MAX_PRICE_EUROS)
    spin.setSuffix(" €")
    spin.setValue(cents / 100)
    return spin


def _cents(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


def _buttons(dialog: QDialog, confirm: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.setObjectName("buttonBox")
    box.button(QDialogButtonBox.StandardButton.Ok).setText(confirm)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SubscriptionDialog", "Cancel")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _impact_label() -> QLabel:
    label = QLabel()
    label.setObjectName("subscriptionImpactLabel")
    label.setWordWrap(True)
    return label


class NewSubscriptionDialog(QDialog):
    """Label, price (VAT included), period, first billing date, VAT rate."""

    def __init__(
        self, parent: QWidget | None = None, *, customer_name: str, language: str, today: date
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("New subscription"))
        self._language = language
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Subscription for %1").replace("%1", customer_name)))
        form = QFormLayout()
        self.subscriptionLabelEdit = QLineEdit()
        self.subscriptionLabelEdit.setObjectName("subscriptionLabelEdit")
        self.subscriptionLabelEdit.setMaxLength(200)
        self.subscriptionLabelEdit.setPlaceholderText(self.tr("e.g. Monthly membership"))
        form.addRow(self.tr("Label"), self.subscriptionLabelEdit)
        self.subscriptionAmountSpin = _price_spin("subscriptionAmountSpin", language, 2990)
        form.addRow(self.tr("Price (VAT included)"), self.subscriptionAmountSpin)
        self.subscriptionPeriodCombo = QComboBox()
        self.subscriptionPeriodCombo.setObjectName("subscriptionPeriodCombo")
        for code in ("monthly", "yearly"):
            self.subscriptionPeriodCombo.addItem(words.period(code), code)
        form.addRow(self.tr("Period"), self.subscriptionPeriodCombo)
        self.subscriptionStartEdit = _date_edit("subscriptionStartEdit", language, today)
        form.addRow(self.tr("First invoice on"), self.subscriptionStartEdit)
        self.subscriptionVatCombo = QComboBox()
        self.subscriptionVatCombo.setObjectName("subscriptionVatCombo")
        self.subscriptionVatCombo.addItem(self.tr("Default rate"), None)
        for bp in FRENCH_VAT_RATES_BP:
            self.subscriptionVatCombo.addItem(words.vat_rate(bp), f"{bp / 100:g}")
        form.addRow(self.tr("VAT"), self.subscriptionVatCombo)
        layout.addLayout(form)
        self.subscriptionImpactLabel = _impact_label()
        layout.addWidget(self.subscriptionImpactLabel)
        self.buttonBox = _buttons(self, self.tr("Add subscription"))
        layout.addWidget(self.buttonBox)
        self._ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for signal in (
            self.subscriptionLabelEdit.textChanged,
            self.subscriptionAmountSpin.valueChanged,
            self.subscriptionPeriodCombo.currentIndexChanged,
            self.subscriptionStartEdit.dateChanged,
        ):
            signal.connect(self._update)
        self._update()
        self.resize(460, 0)
        plain_labels(self)

    def _update(self, *_args: object) -> None:
        value = self.value()
        self._ok.setEnabled(bool(value.label))
        every = (
            self.tr("then every month") if value.period == "monthly" else self.tr("then every year")
        )
        self.subscriptionImpactLabel.setText(
            self.tr("First invoice on %1 for %2, %3, until it is terminated.")
            .replace("%1", i18n.short_date(value.start, self._language))
            .replace("%2", i18n.money(value.amount_cents, "EUR", self._language))
            .replace("%3", every)
        )

    def value(self) -> NewSubscription:
        return NewSubscription(
            label=self.subscriptionLabelEdit.text().strip(),
            amount_cents=_cents(self.subscriptionAmountSpin),
            period=self.subscriptionPeriodCombo.currentData(),
            start=_pydate(self.subscriptionStartEdit.date()),
            vat_rate=self.subscriptionVatCombo.currentData(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> NewSubscription | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SubscriptionPriceDialog(QDialog):
    """The new price, from the next invoice on; issued invoices keep theirs."""

    def __init__(
        self, parent: QWidget | None = None, *, subscription: SubscriptionInfo, language: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionPriceDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Change the price"))
        self._sub = subscription
        self._language = language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        current = QLabel(
            f"{subscription.label} · "
            f"{i18n.money(subscription.amount_cents, subscription.currency, language)} · "
            f"{words.period(subscription.period)}"
        )
        current.setWordWrap(True)
        form.addRow(self.tr("Subscription"), current)
        self.subscriptionAmountSpin = _price_spin(
            "subscriptionAmountSpin", language, subscription.amount_cents
        )
        form.addRow(self.tr("New price (VAT included)"), self.subscriptionAmountSpin)
        layout.addLayout(form)
        self.subscriptionImpactLabel = _impact_label()
        layout.addWidget(self.subscriptionImpactLabel)
        self.buttonBox = _buttons(self, self.tr("Change the price"))
        layout.addWidget(self.buttonBox)
        self._ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.subscriptionAmountSpin.valueChanged.connect(self._update)
        self._update()
        self.resize(460, 0)
        plain_labels(self)

    def _update(self, *_args: object) -> None:
        sub, lang = self._sub, self._language
        cents = self.value()
        self._ok.setEnabled(cents != sub.amount_cents)
        self.subscriptionImpactLabel.setText(
            self.tr(
                "From the next invoice (%1): %2 instead of %3. Invoices already issued keep "
                "their price."
            )
            .replace("%1", i18n.short_date(sub.next_billing_on, lang))
            .replace("%2", i18n.money(cents, sub.currency, lang))
            .replace("%3", i18n.money(sub.amount_cents, sub.currency, lang))
        )

    def value(self) -> int:
        return _cents(self.subscriptionAmountSpin)

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> int | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TerminateSubscriptionDialog(QDialog):
    """From which date nothing is billed; the periods before it still are."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        subscription: SubscriptionInfo,
        language: str,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("terminateSubscriptionDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Terminate a subscription"))
        self._sub = subscription
        self._language = language
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Terminate %1 (%2, %3)?")
            .replace("%1", subscription.label)
            .replace("%2", i18n.money(subscription.amount_cents, subscription.currency, language))
            .replace("%3", words.period(subscription.period))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        start = subscription.start_on or today
        self.terminateDateEdit = _date_edit("terminateDateEdit", language, max(today, start))
        self.terminateDateEdit.setMinimumDate(_qdate(start))
        form.addRow(self.tr("Nothing billed from"), self.terminateDateEdit)
        layout.addLayout(form)
        self.subscriptionImpactLabel = _impact_label()
        layout.addWidget(self.subscriptionImpactLabel)
        self.buttonBox = _buttons(self, self.tr("Terminate"))
        layout.addWidget(self.buttonBox)
        self.terminateDateEdit.dateChanged.connect(self._update)
        self._update()
        self.resize(480, 0)
        plain_labels(self)

    def _update(self, *_args: object) -> None:
        sub, lang = self._sub, self._language
        day = self.value()
        if sub.next_billing_on < day:
            billed = self.tr(
                "Periods that start before that date are still billed (next invoice: %1)."
            ).replace("%1", i18n.short_date(sub.next_billing_on, lang))
        else:
            billed = self.tr("No further invoice is issued.")
        self.subscriptionImpactLabel.setText(
            "\n".join(
                [
                    self.tr("Nothing is billed from %1.").replace("%1", i18n.short_date(day, lang)),
                    billed,
                    self.tr(
                        "Invoices already issued stay as they are. A termination is final: "
                        "to bill again, add a new subscription."
                    ),
                ]
            )
        )

    def value(self) -> date:
        return _pydate(self.terminateDateEdit.date())

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> date | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
