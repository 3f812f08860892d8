"""Names and other typed text are shown as text, never interpreted as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_labels(root: QWidget) -> None:
    """Every label under ``root`` that was left to guess its format shows plain text.

    QLabel's default (AutoText) renders anything that looks like HTML: a customer named
    ``<h1>…<img src=…>`` would show a heading and load a local image. Labels that are
    meant to hold markup set RichText themselves and escape what they insert.
    """
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally (Qt renders tooltips as rich text when it can)."""
    if not text:
        return text
    return f"<qt>{escape(text)}</qt>"
