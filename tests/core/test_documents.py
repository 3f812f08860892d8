"""Invoices and credit notes as Factur-X PDF, and the payment letter, read back as a user would:
the text of the page, the XML an accounting program extracts, the QR code a phone scans."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import facturx
import pypdfium2 as pdfium
import pytest
import zxingcpp
from lxml import etree
from pypdf import PdfReader

from core.config import load_settings
from core.errors import ValidationError
from tests.core.conftest import dump

BUSINESS = {
    "GUICHET_BUSINESS_ADDRESS": "8 rue des Acacias;69003 Lyon",
    "GUICHET_BUSINESS_SIRET": "12345678200010",
    "GUICHET_BUSINESS_VAT_NUMBER": "FR11123456782",
    "GUICHET_BUSINESS_EMAIL": "accueil@club.example",
    "GUICHET_BUSINESS_PHONE": "04 78 00 00 00",
    "GUICHET_CREDITOR_IBAN": "FR7630006000011234567890189",
    "GUICHET_CREDITOR_BIC": "AGRIFRPP",
}
NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}


@pytest.fixture
def business(monkeypatch):
    for key, value in BUSINESS.items():
        monkeypatch.setenv(key, value)


def _add(cli, reference, *extra, name="Jean Dupont", language="fr"):
    code, _, err = cli("customer", "add", "--reference", reference, "--name", name,
                       "--email", f"{reference.lower()}@example.fr", "--language", language,
                       "--address-line1", "12 rue des Lilas", "--postal-code", "69003",
                       "--city", "Lyon", *extra)  # fmt: skip
    assert code == 0, err


def _invoice(cli, reference, amount="4990"):
    code, out, err = cli("subscription", "add", reference, "--label", "Tennis, mensuel",
                         "--amount-cents", amount, "--period", "monthly",
                         "--start", "2026-11-01")  # fmt: skip
    assert code == 0, err
    code, out, err = cli("bill", "--until", "2026-11-01")
    assert code == 0, err
    return re.findall(r"^(F\d{4}-\d{6})\t", out, re.M)[-1]


def _text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def _xml(path):
    name, xml = facturx.get_xml_from_pdf(path.read_bytes(), check_xsd=True)
    assert name == "factur-x.xml"
    return etree.fromstring(xml)


def _amount(root, tag: str) -> Decimal:
    return Decimal(root.xpath(f"//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:{tag}",
                              namespaces=NS)[0].text)  # fmt: skip


def test_invoice_pdf_holds_number_amounts_mentions_and_valid_en16931_xml(cli, business, tmp_path):
    _add(cli, "CUST-1", "--company", "Lilas SARL")
    number = _invoice(cli, "CUST-1")
    out = tmp_path / "f.pdf"
    code, stdout, err = cli("invoice", "pdf", number, "--output", str(out))
    assert (code, stdout, err) == (0, "", "")

    text = _text(out)
    for expected in (number, "FACTURE", "49,90", "41,58", "8,32", "Total TTC", "TVA 20",
                     "SIRET : 123 456 782 00010", "FR11123456782", "Lilas SARL",
                     "Date d'échéance", "40 €", "Pas d'escompte", "Tennis, mensuel",
                     "FR7630006000011234567890189"):  # fmt: skip
        assert expected in text, expected

    root = _xml(out)
    assert root.xpath("//rsm:ExchangedDocument/ram:TypeCode", namespaces=NS)[0].text == "380"
    assert root.xpath("//rsm:ExchangedDocument/ram:ID", namespaces=NS)[0].text == number
    code, shown, _ = cli("invoice", "show", number, "--json")
    import json

    shown = json.loads(shown)
    assert _amount(root, "GrandTotalAmount") == Decimal(shown["amount_cents"]) / 100
    assert _amount(root, "TaxBasisTotalAmount") == Decimal("41.58")
    assert _amount(root, "TaxTotalAmount") == Decimal("8.32")
    assert _amount(root, "DuePayableAmount") == Decimal("49.90")
    # A PDF/A-3 that names its Factur-X level, as the standard asks.
    xmp = PdfReader(str(out)).trailer["/Root"]["/Metadata"].get_data().decode()
    assert "EN 16931" in xmp and "pdfaid:part" in xmp
    assert re.search(r"pdfaid:part(>|=\")3", xmp)


def test_credit_note_pdf_is_type_381_and_points_at_its_invoice(cli, business, tmp_path):
    _add(cli, "CUST-2", name="Mary Shelley", language="en")
    number = _invoice(cli, "CUST-2", amount="1200")
    code, credit, err = cli("invoice", "void", number, "--reason", "Wrong price")
    credit = credit.strip()
    assert code == 0 and credit.startswith("AV"), err
    out = tmp_path / "av.pdf"
    assert cli("invoice", "pdf", credit, "--output", str(out))[0] == 0

    text = _text(out)
    for expected in ("CREDIT NOTE", credit, f"Credit note for invoice {number}", "€12.00",
                     "Wrong price", "Total incl. VAT"):  # fmt: skip
        assert expected in text, expected
    assert "FACTURE" not in text  # the customer's language, English here
    root = _xml(out)
    assert root.xpath("//rsm:ExchangedDocument/ram:TypeCode", namespaces=NS)[0].text == "381"
    assert root.xpath("//ram:InvoiceReferencedDocument/ram:IssuerAssignedID",
                      namespaces=NS)[0].text == number  # fmt: skip
    assert _amount(root, "GrandTotalAmount") == Decimal("12.00")
    assert _amount(root, "TaxBasisTotalAmount") + _amount(root, "TaxTotalAmount") == Decimal("12")


def test_vat_exempt_business_prints_the_293_b_mention(cli, business, monkeypatch, tmp_path):
    monkeypatch.setenv("GUICHET_VAT_EXEMPT", "true")
    monkeypatch.delenv("GUICHET_BUSINESS_VAT_NUMBER")
    _add(cli, "CUST-3")
    number = _invoice(cli, "CUST-3", amount="3000")
    out = tmp_path / "f.pdf"
    code, _, err = cli("invoice", "pdf", number, "--output", str(out))
    assert code == 0, err
    text = _text(out)
    assert "TVA non applicable, art. 293 B du CGI" in text
    assert "40 €" not in text  # a consumer: no B2B late-payment mentions
    root = _xml(out)
    assert root.xpath("//ram:ApplicableTradeTax/ram:CategoryCode", namespaces=NS)[0].text == "E"
    assert _amount(root, "TaxTotalAmount") == 0


def _decode_qr(pdf_bytes: bytes, dpi: int = 150) -> list[str]:
    page = pdfium.PdfDocument(pdf_bytes)[0]
    image = page.render(scale=dpi / 72).to_pil()
    return [b.text for b in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("method", ["sepa_debit", "card"])
def test_letter_prints_the_new_url_and_its_qr_decodes_to_exactly_it(cli, business, tmp_path,
                                                                     method):  # fmt: skip
    _add(cli, "CUST-4", name="Anne Lefèvre")
    out = tmp_path / "letter.pdf"
    code, stdout, err = cli("link", "letter", "CUST-4", "--method", method, "--output", str(out))
    assert code == 0, err
    url = stdout.strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:8765/m/[A-Za-z0-9_-]{43}", url)
    assert _decode_qr(out.read_bytes()) == [url]
    text = _text(out)
    assert url in text.replace("\n", "")
    for expected in ("Anne Lefèvre", "12 rue des Lilas", "69003 Lyon", "expire le",
                     "04 78 00 00 00", "Objet"):  # fmt: skip
        assert expected in text, expected
    assert len(PdfReader(str(out)).pages) == 1
    # The link is the customer's live one (a letter is a link like any other).
    code, shown, _ = cli("customer", "show", "CUST-4", "--json")
    assert '"pending"' in shown or '"state": "pending"' in shown


def test_bad_input_one_line_exit_2_no_file_and_nothing_changed(cli, business, monkeypatch,
                                                               db_path, tmp_path):  # fmt: skip
    _add(cli, "CUST-5")
    number = _invoice(cli, "CUST-5")
    before = dump(db_path)
    out = tmp_path / "x.pdf"

    code, stdout, err = cli("invoice", "pdf", "F2026-999999", "--output", str(out))
    assert (code, stdout) == (2, "") and err.count("\n") == 1 and "F2026-999999" in err
    code, _, err = cli("invoice", "pdf", number, "--output", str(tmp_path / "no" / "x.pdf"))
    assert code == 2 and err.count("\n") == 1 and "cannot be written" in err

    monkeypatch.delenv("GUICHET_BUSINESS_SIRET")
    code, _, err = cli("invoice", "pdf", number, "--output", str(out))
    assert code == 2 and "business_siret" in err and err.count("\n") == 1
    # A letter that cannot name the business makes no link either.
    code, stdout, err = cli("link", "letter", "CUST-5", "--method", "card", "--output", str(out))
    assert (code, stdout) == (2, "") and "business_siret" in err
    assert not out.exists()
    assert list(tmp_path.glob("*.partial")) == [] and list(tmp_path.glob(".*.partial")) == []
    assert dump(db_path) == before


def test_business_identifiers_are_checked_when_settings_are_read(monkeypatch, tmp_path):
    monkeypatch.setenv("GUICHET_CONFIG", str(tmp_path / "none.toml"))
    with pytest.raises(ValidationError) as bad:
        load_settings(environ={"GUICHET_BUSINESS_SIRET": "12345678200011"})
    assert bad.value.field == "business_siret"
    with pytest.raises(ValidationError) as bad:
        load_settings(environ={"GUICHET_BUSINESS_VAT_NUMBER": "FR00123456782"})
    assert bad.value.field == "business_vat_number"
    with pytest.raises(ValidationError) as bad:  # a valid number, of another company
        load_settings(environ={"GUICHET_BUSINESS_SIRET": "12345678200010",
                               "GUICHET_BUSINESS_VAT_NUMBER": "FR40303265045"})  # fmt: skip
    assert bad.value.code == "vat_other_siren"
    good = load_settings(environ={"GUICHET_BUSINESS_SIRET": "123456782",
                                  "GUICHET_BUSINESS_VAT_NUMBER": "fr 11 123456782"})  # fmt: skip
    assert (good.business_siret, good.business_vat_number) == ("123 456 782", "FR11123456782")


def test_a_paid_invoice_says_so_and_owes_nothing(cli, business, tmp_path):
    _add(cli, "CUST-6")
    number = _invoice(cli, "CUST-6", amount="2000")
    assert cli("invoice", "pay", number, "--method", "cheque", "--date", "2026-11-05")[0] == 0
    out = tmp_path / "p.pdf"
    assert cli("invoice", "pdf", number, "--output", str(out))[0] == 0
    assert "Payée le 5 novembre 2026" in _text(out)
    root = _xml(out)
    assert _amount(root, "DuePayableAmount") == 0
    assert _amount(root, "TotalPrepaidAmount") == Decimal("20.00")


def test_pdf_bytes_survive_a_round_trip_through_memory(services, customer):
    """The service's bytes are a whole PDF (the desk saves and prints them as they are)."""
    from dataclasses import replace

    from core.services.documents import DocumentService
    from core.services.payments import PaymentService

    ctx = replace(
        services.documents.ctx,
        settings=services.settings.with_overrides(
            business_address="1 place Bellecour\n69002 Lyon", business_siret="123 456 782"
        ),
    )
    link, data = DocumentService(ctx, PaymentService(ctx)).letter(customer.reference, "card")
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _decode_qr(data) == [link.url]
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
