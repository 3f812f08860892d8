"""Every message box of the desk goes through here, so tests can answer them without blocking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("messageBox")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # texts carry customers' names
    box.setText(text)
    return box


def error(parent: QWidget | None, title: str, text: str) -> None:
    """A short, blocking error message (never a traceback)."""
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def confirm(
    parent: QWidget | None, title: str, text: str, confirm_label: str, *, destructive: bool = False
) -> bool:
    """Ask before doing something; the confirm button names the action. Cancel is the default."""
    box = _box(
        parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text
    )
    ok = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]]
) -> str | None:
    """One button per (code, label); returns the chosen code, or None on cancel."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    buttons = {
        code: box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for code, label in choices
    }
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((code for code, button in buttons.items() if button is clicked), None)
