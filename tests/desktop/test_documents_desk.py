"""Documents at the desk: the invoice's PDF saved and printed, the payment letter previewed,
printed and saved; what comes out is read back (text, pages, the QR code a phone scans)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.documents import LetterDialog
from desktop.invoice_dialog import InvoiceDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from tests.conftest import customer_input
from tests.desktop.conftest import select_customer, select_invoice, settle


@pytest.fixture
def settings(settings):
    """The business's legal details, which documents must show."""
    return settings.with_overrides(
        business_address="8 rue des Acacias\n69003 Lyon",
        business_siret="123 456 782 00010",
        business_vat_number="FR11123456782",
        business_phone="04 78 00 00 00",
    )


def _billed_customer(services, clock, reference="CUST-000900"):
    clock.advance(days=-30)
    detail = services.customers.create(customer_input(reference=reference))
    services.customers.save(detail.id, detail.as_input(), payment_method="cheque",
                            expected_version=detail.version)  # fmt: skip
    services.billing.add_subscription(detail.id, label="Cotisation", amount_cents=2990,
                                      period="monthly", start="2026-10-21")  # fmt: skip
    services.billing.run()
    clock.advance(days=30)
    return services.customers.get(detail.id)


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _qr_codes(path, dpi=150) -> list[str]:
    page = pdfium.PdfDocument(str(path))[0]
    return [b.text for b in zxingcpp.read_barcodes(page.render(scale=dpi / 72).to_pil())]


def test_invoice_dialog_saves_the_factur_x_pdf_and_prints_it(
    qtbot, services, clock, make_window, drive, boxes, tmp_path
):
    detail = _billed_customer(services, clock)
    number = detail.invoices[0].number
    window = make_window("fr")
    select_customer(qtbot, window, detail.reference)
    shown: list[InvoiceDialog] = []
    drive(InvoiceDialog, shown.append)
    select_invoice(window, number)
    window.invoiceTable.setFocus()
    qtbot.keyClick(window.invoiceTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)
    dialog = shown[0]
    assert dialog.invoicePdfButton.text() == "PDF…"
    assert dialog.invoicePrintButton.text() == "Imprimer…"

    saved = tmp_path / "facture.pdf"
    dialog.document_actions.ask_save_path = lambda: str(saved)
    dialog.invoicePdfButton.click()
    qtbot.waitUntil(saved.exists, timeout=10000)
    settle(qtbot, window)
    text = _text(saved)
    assert number in text and "29,90" in text and "FACTURE" in text
    assert f"{number} enregistrée" in window.statusBar().currentMessage() or str(saved) in (
        window.statusBar().currentMessage()
    )

    printed = tmp_path / "printed.pdf"
    dialog.document_actions.ask_printer = lambda: _pdf_printer(printed)
    dialog.invoicePrintButton.click()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=10000)
    settle(qtbot, window)
    reader = PdfReader(str(printed))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4
    assert boxes.errors == []


def test_invoice_pdf_without_the_business_siret_names_the_setting(
    qtbot, services, clock, make_window, drive, boxes, tmp_path, monkeypatch
):
    detail = _billed_customer(services, clock)
    window = make_window("fr")
    # The desk's own services read the settings they were given: take the SIRET away there.
    ctx = window._services.documents.ctx
    monkeypatch.setattr(ctx, "settings", ctx.settings.with_overrides(business_siret=" "))
    select_customer(qtbot, window, detail.reference)
    shown: list[InvoiceDialog] = []
    drive(InvoiceDialog, shown.append)
    select_invoice(window, detail.invoices[0].number)
    window.invoiceTable.setFocus()
    qtbot.keyClick(window.invoiceTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)
    saved = tmp_path / "f.pdf"
    shown[0].document_actions.ask_save_path = lambda: str(saved)
    shown[0].invoicePdfButton.click()
    qtbot.waitUntil(lambda: len(boxes.errors) == 1, timeout=10000)
    assert "business_siret" in boxes.errors[0] and "factures" in boxes.errors[0]
    assert not saved.exists()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_link_dialog_letter_previews_prints_and_saves_a_scannable_letter(
    qtbot, services, clock, make_window, drive, boxes, tmp_path, language
):
    services.customers.create(customer_input(reference="CUST-000901", name="Anne Lefèvre"))
    window = make_window(language)
    select_customer(qtbot, window, "CUST-000901")
    boxes.choice = "card"
    links: list[PaymentLinkDialog] = []
    drive(PaymentLinkDialog, links.append)
    window.detailPane.newLinkButton.click()
    qtbot.waitUntil(lambda: len(links) == 1, timeout=15000)
    settle(qtbot, window)
    link_dialog = links[0]
    url = link_dialog.link_url()
    button = link_dialog.printLetterButton
    assert button.text() == ("Lettre…" if language == "fr" else "Letter…")

    letters: list[LetterDialog] = []
    drive(LetterDialog, letters.append)
    button.click()
    qtbot.waitUntil(lambda: len(letters) == 1, timeout=10000)
    letter = letters[0]
    assert letter.pages == 1
    assert not letter.letterPreview.pixmap().isNull()
    # The preview shows the page itself: its QR code reads back as the link.
    preview = letter.letterPreview.pixmap().toImage()
    assert [b.text for b in zxingcpp.read_barcodes(preview)] == [url]

    printed = tmp_path / "printed-letter.pdf"
    letter.document_actions.ask_printer = lambda: _pdf_printer(printed)
    letter.printLetterNowButton.click()
    assert printed.exists()
    assert _qr_codes(printed) == [url]  # what comes out of the printer scans

    saved = tmp_path / "letter.pdf"
    letter.document_actions.ask_save_path = lambda: str(saved)
    letter.saveLetterButton.click()
    assert _qr_codes(saved) == [url]
    text = _text(saved)
    assert "Anne Lefèvre" in text and url in text.replace("\n", "")
    # The letter speaks the customer's language (French here), whatever the desk's.
    assert "Objet : enregistrement" in text
    assert boxes.errors == []
    # No second link: the letter carries the link the dialog shows.
    assert services.customers.get("CUST-000901").pending_link is not None
