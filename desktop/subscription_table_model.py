"""The open customer's subscriptions: label, price, period, next billing date, status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core import i18n
from desktop import words

if TYPE_CHECKING:
    from core.dto import SubscriptionInfo


def bills_again(sub: SubscriptionInfo) -> bool:
    """True when another invoice will be issued (suspended ones issue nothing meanwhile)."""
    if sub.status == "suspended":
        return False
    if sub.status == "terminated":
        return sub.terminated_on is not None and sub.next_billing_on < sub.terminated_on
    return True


class SubscriptionTableModel(QAbstractTableModel):
    COLUMNS = ("label", "price", "period", "next_billing_on", "status")

    def __init__(self, *, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._subscriptions: list[SubscriptionInfo] = []

    def set_subscriptions(
        self, subscriptions: tuple[SubscriptionInfo, ...] | list[SubscriptionInfo]
    ) -> None:
        self.beginResetModel()
        self._subscriptions = list(subscriptions)
        self.endResetModel()

    def subscription_at(self, row: int) -> SubscriptionInfo | None:
        return self._subscriptions[row] if 0 <= row < len(self._subscriptions) else None

    def row_of(self, subscription_id: int) -> int:
        for row, sub in enumerate(self._subscriptions):
            if sub.id == subscription_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._subscriptions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Label"),
            self.tr("Price"),
            self.tr("Period"),
            self.tr("Next invoice"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._subscriptions):
            return None
        sub = self._subscriptions[index.row()]
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        lang = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "label":
                return sub.label
            if column == "price":
                return i18n.money(sub.amount_cents, sub.currency, lang)
            if column == "period":
                return words.period(sub.period)
            if column == "next_billing_on":
                return i18n.short_date(sub.next_billing_on, lang) if bills_again(sub) else "—"
            if column == "status":
                if sub.status == "terminated" and sub.terminated_on is not None:
                    return self.tr("Terminated from %1").replace(
                        "%1", i18n.short_date(sub.terminated_on, lang)
                    )
                return words.subscription_status(sub.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == "next_billing_on":
            if sub.status == "suspended":
                return self.tr("Suspended: nothing is billed until it is resumed.")
            if not bills_again(sub):
                return self.tr("Terminated: nothing more is billed.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if sub.status == "suspended":
                return QBrush(QColor("#8a6d00"))
            if sub.status == "terminated":
                return QBrush(QColor("#5f6b7a"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "price":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return sub.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
