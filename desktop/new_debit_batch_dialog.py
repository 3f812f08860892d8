"""Choose a new batch's collection date: a TARGET2 business day, no sooner than the bank allows."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.sepa import calendar as target2
from desktop.plain_text import plain_labels

# Far enough for any planning; the calendar greys out every closed day up to there.
HORIZON_DAYS = 366


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class NewDebitBatchDialog(QDialog):
    """Returns the chosen collection date; the window prepares the batch."""

    def __init__(self, parent: QWidget | None = None, *, earliest: date, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("newDebitBatchDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("New batch"))
        self._language = language
        self._earliest = earliest
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The batch gathers every due SEPA invoice whose debit date falls on or before "
                "the collection date and that is in no other batch."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.collectionDateEdit = QDateEdit()
        self.collectionDateEdit.setObjectName("collectionDateEdit")
        self.collectionDateEdit.setCalendarPopup(True)
        locale = (
            QLocale(QLocale.Language.French, QLocale.Country.France)
            if language == "fr"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.collectionDateEdit.setLocale(locale)
        # The weekday in full: staff see at once that a date is a Saturday.
        self.collectionDateEdit.setDisplayFormat("dddd dd/MM/yyyy")
        self.collectionDateEdit.setMinimumDate(_qdate(earliest))
        self.collectionDateEdit.setMaximumDate(_qdate(earliest + timedelta(days=HORIZON_DAYS)))
        self.collectionDateEdit.setDate(_qdate(earliest))
        self._grey_closed_days()
        form.addRow(self.tr("Collection date"), self.collectionDateEdit)
        layout.addLayout(form)

        self.collectionDateHint = QLabel()
        self.collectionDateHint.setObjectName("collectionDateHint")
        self.collectionDateHint.setWordWrap(True)
        layout.addWidget(self.collectionDateHint)

        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.setObjectName("buttonBox")
        self._ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Prepare the batch"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.collectionDateEdit.dateChanged.connect(self._on_collectionDateEdit_dateChanged)
        self._on_collectionDateEdit_dateChanged(self.collectionDateEdit.date())
        # Wrapped labels take their height from their width: fix the width, the height follows.
        for label in (intro, self.collectionDateHint):
            label.setFixedWidth(460)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        plain_labels(self)

    def _grey_closed_days(self) -> None:
        calendar = self.collectionDateEdit.calendarWidget()
        closed = QTextCharFormat()
        closed.setForeground(QColor("#9aa3ad"))
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(weekday, closed)
        holiday = QTextCharFormat(closed)
        holiday.setFontStrikeOut(True)
        day = self._earliest
        for _ in range(HORIZON_DAYS + 1):
            if day.weekday() < 5 and not target2.is_target2_day(day):
                calendar.setDateTextFormat(_qdate(day), holiday)
            day += timedelta(days=1)

    def _on_collectionDateEdit_dateChanged(self, day: QDate) -> None:
        chosen = _date(day)
        lang = self._language
        if target2.is_target2_day(chosen):
            text = self.tr(
                "Banks collect on TARGET2 business days; the earliest possible date is %1."
            ).replace("%1", i18n.short_date(self._earliest, lang))
            self.collectionDateHint.setProperty("role", "hint")
            self._ok.setEnabled(True)
        else:
            text = self.tr(
                "%1 is not a TARGET2 business day: banks do not collect then. The next one is %2."
            )
            text = text.replace("%1", i18n.short_date(chosen, lang)).replace(
                "%2", i18n.short_date(target2.next_target2_day(chosen), lang)
            )
            self.collectionDateHint.setProperty("role", "fieldError")
            self._ok.setEnabled(False)
        self.collectionDateHint.setText(text)
        # The role decides the colour in the stylesheet: make it look again.
        self.collectionDateHint.style().unpolish(self.collectionDateHint)
        self.collectionDateHint.style().polish(self.collectionDateHint)

    def value(self) -> date | None:
        chosen = _date(self.collectionDateEdit.date())
        if chosen < self._earliest or not target2.is_target2_day(chosen):
            return None
        return chosen

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> date | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
