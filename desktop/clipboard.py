"""The one place the desk touches the system clipboard."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def set_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def text() -> str:
    return QGuiApplication.clipboard().text()
