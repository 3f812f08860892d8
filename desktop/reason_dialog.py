"""Asks why (void, refund): a required free-text reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.plain_text import plain_labels


class ReasonDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str,
        prompt: str,
        confirm_label: str,
        cancel_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setModal(True)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reasonEdit = QPlainTextEdit()
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setAccessibleName(self.tr("Reason"))
        layout.addWidget(self.reasonEdit)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.setObjectName("buttonBox")
        self._ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(confirm_label)
        self._ok.setEnabled(False)
        # "Close" where the action itself says "cancel" (voiding): never two different "Annuler".
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            cancel_label or self.tr("Cancel")
        )
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.reasonEdit.textChanged.connect(self._on_reasonEdit_textChanged)
        self.resize(420, 220)
        plain_labels(self)

    def _on_reasonEdit_textChanged(self) -> None:
        self._ok.setEnabled(bool(self.value()))

    def value(self) -> str:
        return self.reasonEdit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> str | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
