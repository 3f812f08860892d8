"""Shows a new payment link once: copyable text, a crisp QR code, its expiry, copy/save/email."""

from __future__ import annotations

import os
from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.dto import NewLink
from desktop import clipboard, msgbox, qr
from desktop.documents import LetterDialog
from desktop.plain_text import plain_labels

QR_LOGICAL_WIDTH = 240
SAVED_PIXELS_PER_MODULE = 10


class PaymentLinkDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        link: NewLink,
        language: str,
        business_name: str = "",
        notify: Callable[[str], None] | None = None,
        letter: Callable[[NewLink, Callable[[bytes], None]], None] | None = None,
    ) -> None:
        """``letter(link, then)`` makes the link's letter off the GUI thread, then calls ``then``."""
        super().__init__(parent)
        self.setObjectName("paymentLinkDialog")
        self._letter = letter
        self.setModal(True)
        self._link = link
        self._language = language
        self._business = business_name
        self._notify = notify
        self._matrix: list[list[bool]] | None = None
        self.setWindowTitle(self.tr("Payment link"))

        layout = QVBoxLayout(self)
        method = i18n.method_name(link.method, language)
        intro = QLabel(
            self.tr("Send this link to %1 (%2) to register their %3. It is shown only now.")
            .replace("%1", _esc(link.customer_name))
            .replace("%2", _esc(link.customer_reference))
            .replace("%3", method)
        )
        intro.setObjectName("paymentLinkIntro")
        intro.setTextFormat(Qt.TextFormat.RichText)  # the names are escaped above
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.paymentLinkText = QLineEdit(link.url)
        self.paymentLinkText.setObjectName("paymentLinkText")
        self.paymentLinkText.setReadOnly(True)
        self.paymentLinkText.setAccessibleName(self.tr("Payment link address"))
        self.paymentLinkText.setMinimumWidth(420)
        self.paymentLinkText.setCursorPosition(0)
        row.addWidget(self.paymentLinkText, 1)
        self.copyLinkButton = QPushButton(self.tr("Copy"))
        self.copyLinkButton.setObjectName("copyLinkButton")
        self.copyLinkButton.setAccessibleName(self.tr("Copy the link"))
        self.copyLinkButton.clicked.connect(self._on_copyLinkButton_clicked)
        row.addWidget(self.copyLinkButton)
        layout.addLayout(row)

        self.paymentLinkQr = QLabel()
        self.paymentLinkQr.setObjectName("paymentLinkQr")
        self.paymentLinkQr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paymentLinkQr.setAccessibleName(self.tr("QR code of the payment link"))
        layout.addWidget(self.paymentLinkQr, 1)

        self.linkExpiryLabel = QLabel(
            self.tr("Expires %1 · works only once").replace(
                "%1", i18n.short_datetime(link.expires_at, language)
            )
        )
        self.linkExpiryLabel.setObjectName("linkExpiryLabel")
        self.linkExpiryLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.linkExpiryLabel)

        buttons = QHBoxLayout()
        self.saveQrButton = QPushButton(self.tr("Save QR code…"))
        self.saveQrButton.setObjectName("saveQrButton")
        self.saveQrButton.clicked.connect(self._on_saveQrButton_clicked)
        buttons.addWidget(self.saveQrButton)
        self.emailLinkButton = QPushButton(self.tr("Email to the customer…"))
        self.emailLinkButton.setObjectName("emailLinkButton")
        self.emailLinkButton.setEnabled(bool(link.customer_email))
        self.emailLinkButton.clicked.connect(self._on_emailLinkButton_clicked)
        buttons.addWidget(self.emailLinkButton)
        self.printLetterButton = QPushButton(self.tr("Letter…"))
        self.printLetterButton.setObjectName("printLetterButton")
        self.printLetterButton.setToolTip(
            self.tr("A letter with this link and its QR code, to print or post")
        )
        self.printLetterButton.setEnabled(letter is not None)
        self.printLetterButton.clicked.connect(self._on_printLetterButton_clicked)
        buttons.addWidget(self.printLetterButton)
        buttons.addStretch(1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttonBox.rejected.connect(self.reject)
        buttons.addWidget(self.buttonBox)
        layout.addLayout(buttons)
        self._render_qr()
        plain_labels(self)

    def link_url(self) -> str:
        return self.paymentLinkText.text()

    def _qr_matrix(self) -> list[list[bool]]:
        # Computed once per dialog: choosing the code's mask is most of the drawing's cost,
        # and a move to another screen or a save only needs the same modules again.
        if self._matrix is None:
            self._matrix = qr.qr_matrix(self.link_url())
        return self._matrix

    def _render_qr(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        image = qr.matrix_image_for_width(self._qr_matrix(), QR_LOGICAL_WIDTH, ratio)
        self.paymentLinkQr.setPixmap(QPixmap.fromImage(image))
        self.paymentLinkQr.setMinimumSize(image.size() / ratio)

    def showEvent(self, event) -> None:  # noqa: ANN001
        # Wide enough to read the whole link, measured once the stylesheet's font applies.
        self.paymentLinkText.ensurePolished()
        width = self.paymentLinkText.fontMetrics().horizontalAdvance(self.link_url()) + 24
        if width > self.paymentLinkText.width():
            self.paymentLinkText.setMinimumWidth(min(width, 820))
            self.adjustSize()
        self.paymentLinkText.setCursorPosition(0)
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: ANN001
        super().changeEvent(event)
        if event.type() == event.Type.DevicePixelRatioChange:
            self._render_qr()

    def save_qr_to(self, path: str) -> bool:
        """Write the QR as a PNG (10 pixels per module, quiet zone included)."""
        image = qr.matrix_image(self._qr_matrix(), pixels_per_module=SAVED_PIXELS_PER_MODULE)
        return image.save(path, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding wants str

    def mailto_url(self) -> QUrl:
        """A mailto: with subject and body in the customer's language."""
        # What the customer reads, in the customer's language (not the staff's UI language).
        lang = i18n.normalize(self._link.customer_language)
        subject_text, body = i18n.mail_draft(
            lang,
            business=self._business or "",
            customer=self._link.customer_name,
            method=self._link.method,
            url=self._link.url,
            expires=i18n.short_datetime(self._link.expires_at, lang),
        )
        subject_text = subject_text.lstrip(": ").strip()
        text = (
            f"mailto:{quote(self._link.customer_email, safe='@')}"
            f"?subject={quote(subject_text, safe='')}&body={quote(body, safe='')}"
        )
        return QUrl.fromEncoded(text.encode("ascii"))

    def _on_copyLinkButton_clicked(self) -> None:
        clipboard.set_text(self.link_url())
        if self._notify is not None:
            self._notify(self.tr("Payment link copied to the clipboard."))

    def _on_saveQrButton_clicked(self) -> None:
        path = self.ask_save_path()
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            if not self.save_qr_to(path):
                msgbox.error(
                    self,
                    self.tr("Save QR code"),
                    self.tr("The QR code could not be saved to %1.").replace("%1", path),
                )
            elif self._notify is not None:
                self._notify(self.tr("QR code saved: %1").replace("%1", path))

    def ask_save_path(self) -> str:
        """The file chooser, alone in its method so tests can answer it without blocking."""
        name = self.tr("%1-payment-link.png").replace("%1", self._link.customer_reference)
        suggested = os.path.join(_pictures_folder(), name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save QR code"), suggested, self.tr("PNG image (*.png)")
        )
        return path

    def _on_emailLinkButton_clicked(self) -> None:
        if QDesktopServices.openUrl(self.mailto_url()):
            return
        text = self.tr(
            "No e-mail program could be opened. Copy the link and send it from your mailbox."
        )
        if self._notify is not None:
            self._notify(text)
        else:
            msgbox.error(self, self.tr("Email to the customer"), text)

    def _on_printLetterButton_clicked(self) -> None:
        if self._letter is not None:
            self.printLetterButton.setEnabled(False)  # one letter at a time
            self._letter(self._link, self._show_letter)

    def _show_letter(self, pdf: bytes) -> None:
        self.printLetterButton.setEnabled(True)
        LetterDialog.ask(
            self,
            pdf=pdf,
            title=self.tr("Letter to %1").replace("%1", self._link.customer_name),
            file_name=self.tr("%1-payment-letter.pdf").replace("%1", self._link.customer_reference),
            language=self._language,
            notify=self._notify,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> None:  # noqa: ANN003
        cls(parent, **kwargs).exec()


def _pictures_folder() -> str:
    """Where staff keep images (the working folder is the program's, not theirs)."""
    for location in (
        QStandardPaths.StandardLocation.PicturesLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder:
            return folder
    return ""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
