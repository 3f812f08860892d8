"""PDF documents at the desk: pages as images for the preview, printing through Qt, saving.

The core makes the PDF (vector, Factur-X for invoices); the desk never redraws a
document. Printing renders each page at the printer's resolution (at most 600 dpi) and
paints it full page, so what prints is what the PDF shows.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.errors import GuichetError
from core.files import write_atomically
from desktop import msgbox

MAX_PRINT_DPI = 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentActions", text)


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # own the pixels: the bitmap's buffer goes with it
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def paint(printer: QPrinter, pdf: bytes) -> int:
    """Print every page of ``pdf`` on ``printer`` (already set up); returns the pages printed."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(images)


def documents_folder() -> str:
    """Where staff keep documents (never the program's working folder)."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder:
            return folder
    return ""


class DocumentActions:
    """Save and print one PDF document for a dialog; the file choosers and the print dialog
    sit in their own methods so that tests answer them without a blocking window."""

    def __init__(self, parent: QWidget, title: str, file_name: str) -> None:
        self._parent = parent
        self._title = title
        self._file_name = file_name

    def ask_save_path(self) -> str:
        suggested = os.path.join(documents_folder(), self._file_name)
        path, _filter = QFileDialog.getSaveFileName(
            self._parent,
            _tr("Save as PDF"),
            suggested,
            _tr("PDF document (*.pdf)"),
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(_tr("Print %1").replace("%1", self._title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def save(self, pdf: bytes, language: str) -> str:
        """Ask where, then write the whole file (or nothing); returns the path written."""
        path = self.ask_save_path()
        return path if path and self.write(path, pdf, language) else ""

    def write(self, path: str, pdf: bytes, language: str) -> bool:
        """Write the whole file at ``path`` (or nothing, saying why); True when written."""
        try:
            write_atomically(path, pdf)
        except GuichetError as exc:
            msgbox.error(self._parent, _tr("Save as PDF"), i18n.error_text(exc, language))
            return False
        return True

    def print(self, pdf: bytes) -> bool:
        printer = self.ask_printer()
        if printer is None:
            return False
        if paint(printer, pdf) == 0:
            msgbox.error(
                self._parent,
                _tr("Print"),
                _tr("The printer could not be opened; nothing was printed."),
            )
            return False
        return True


class LetterDialog(QDialog):
    """The payment letter as it will print: preview, print, or save as PDF."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        pdf: bytes,
        title: str,
        file_name: str,
        language: str,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setModal(True)
        self.setWindowTitle(title)
        self._pdf = pdf
        self._language = language
        self._notify = notify
        self.document_actions = DocumentActions(self, title, file_name)

        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setObjectName("letterPreviewArea")
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.letterPreview = QLabel()
        self.letterPreview.setObjectName("letterPreview")
        self.letterPreview.setAccessibleName(self.tr("Preview of the letter"))
        ratio = self.devicePixelRatioF() or 1.0
        pages = page_images(pdf, 72 * ratio)  # one screen pixel per point: a page is ~600 px
        if pages:
            pixmap = QPixmap.fromImage(pages[0])
            pixmap.setDevicePixelRatio(ratio)
            self.letterPreview.setPixmap(pixmap)
        self.pages = len(pages)
        scroll.setWidget(self.letterPreview)
        scroll.setMinimumSize(640, 600)
        layout.addWidget(scroll, 1)

        row = QHBoxLayout()
        self.printLetterNowButton = QPushButton(self.tr("Print…"))
        self.printLetterNowButton.setObjectName("printLetterNowButton")
        self.printLetterNowButton.clicked.connect(self._on_print)
        row.addWidget(self.printLetterNowButton)
        self.saveLetterButton = QPushButton(self.tr("Save as PDF…"))
        self.saveLetterButton.setObjectName("saveLetterButton")
        self.saveLetterButton.clicked.connect(self._on_save)
        row.addWidget(self.saveLetterButton)
        row.addStretch(1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttonBox.rejected.connect(self.reject)
        row.addWidget(self.buttonBox)
        layout.addLayout(row)

    def _on_print(self) -> None:
        self.document_actions.print(self._pdf)

    def _on_save(self) -> None:
        path = self.document_actions.save(self._pdf, self._language)
        if path and self._notify is not None:
            self._notify(self.tr("Letter saved: %1").replace("%1", path))

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> None:  # noqa: ANN003
        cls(parent, **kwargs).exec()
