"""A4 pages of invoices, credit notes and payment letters, drawn with fpdf2.

fpdf2 is pure Python (no system libraries), makes a page in milliseconds, embeds the
subset of a TrueType font that PDF/A requires, and writes PDF/A-3B that the factur-x
library accepts to embed the XML in. The font (DejaVu Sans, bundled) covers French,
English and every name a customer may have in Latin, Greek or Cyrillic script.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core import addresses, i18n
from core.documents.model import InvoiceDocument, LetterDocument, Party

FONTS = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
FONT = "DejaVu"
_INK = (25, 25, 25)
_MUTED = (90, 90, 90)
_RULE = (160, 160, 160)
# A French window envelope (DL, window on the right): the address block starts 110 mm from
# the left edge and 50 mm from the top of the sheet, 85 mm wide, at most 35 mm high.
WINDOW_X, WINDOW_Y, WINDOW_W, WINDOW_H = 110.0, 50.0, 85.0, 35.0
LEFT, RIGHT = 18.0, 192.0


def _t(code: str, language: str, **params: Any) -> str:
    return i18n.say("document", code, params, language)


def _date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, format="long", locale=i18n.locale_for(language))


def _money(cents: int, currency: str, language: str) -> str:
    return i18n.money(cents, currency, language)


def _rate(bp: int, language: str) -> str:
    from babel.numbers import format_percent

    return format_percent(bp / 10000, format="#,##0.##%", locale=i18n.locale_for(language))


@functools.cache
def _font_files() -> tuple[str, str]:
    return str(FONTS / "DejaVuSans.ttf"), str(FONTS / "DejaVuSans-Bold.ttf")


def _new_pdf(title: str, author: str, language: str, when: datetime) -> Any:
    from fpdf import FPDF  # deferred: only documents need it

    pdf = FPDF(orientation="P", unit="mm", format="A4", enforce_compliance="PDFA_3B")
    regular, bold = _font_files()
    pdf.add_font(FONT, "", regular)
    pdf.add_font(FONT, "B", bold)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Guichet")
    pdf.set_lang("fr-FR" if language == "fr" else "en-GB")
    pdf.set_creation_date(when)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(LEFT, 16, 210 - RIGHT)
    pdf.set_text_color(*_INK)
    return pdf


def address_lines(party: Party, *, seller_country: str = "FR", language: str = "fr") -> list[str]:
    """The lines of a postal address as the post of the country reads them (the record
    shows the same lines); the country is named, in capitals, when it is not the seller's."""
    return addresses.address_lines(
        {
            "name": party.name,
            "company": party.company,
            "address_line1": party.address_lines[0] if party.address_lines else "",
            "address_line2": "\n".join(party.address_lines[1:]),
            "postal_code": party.postal_code,
            "city": party.city,
            "region": party.region,
            "country": party.country,
        },
        language=language,
        home_country=seller_country,
        country_upper=True,
    )


def _seller_header(pdf: Any, seller: Party, language: str) -> None:
    pdf.set_xy(LEFT, 16)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(95, 7, seller.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(*_MUTED)
    for line in (*seller.address_lines, f"{seller.postal_code} {seller.city}".strip()):
        if line:
            pdf.cell(95, 4.4, line, new_x="LMARGIN", new_y="NEXT")
    contact = " · ".join(x for x in (seller.phone, seller.email) if x)
    if contact:
        pdf.cell(95, 4.4, contact, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*_INK)


def _legal_footer(pdf: Any, seller: Party, language: str) -> None:
    parts = [seller.name]
    if seller.siret:
        parts.append(_t("seller_siret", language, siret=seller.siret))
    if seller.vat_number:
        parts.append(_t("seller_vat", language, vat=seller.vat_number))
    pdf.set_auto_page_break(False)  # the footer sits in the bottom margin
    pdf.set_xy(LEFT, 297 - 16)
    pdf.set_font(FONT, "", 7.5)
    pdf.set_text_color(*_MUTED)
    pdf.cell(RIGHT - LEFT, 4, " · ".join(parts), align="C")
    pdf.set_text_color(*_INK)


def _address_block(pdf: Any, party: Party, *, seller_country: str, language: str) -> None:
    lines = address_lines(party, seller_country=seller_country, language=language)
    pdf.set_xy(WINDOW_X, WINDOW_Y)
    pdf.set_font(FONT, "", 10.5)
    step = min(5.0, WINDOW_H / max(len(lines), 1))
    for i, line in enumerate(lines):
        pdf.set_x(WINDOW_X)
        pdf.set_font(FONT, "B" if i == 0 else "", 10.5)
        pdf.cell(WINDOW_W, step, _fit(pdf, line, WINDOW_W), new_x="LEFT", new_y="NEXT")


def _fit(pdf: Any, text: str, width: float) -> str:
    """Cut a line that does not fit its box, with an ellipsis, rather than overflow it."""
    if pdf.get_string_width(text) <= width - 1:
        return text
    while text and pdf.get_string_width(text + "…") > width - 1:
        text = text[:-1]
    return text + "…"


# --- invoices and credit notes ---------------------------------------------------------------
def invoice_pdf(doc: InvoiceDocument) -> bytes:
    """The visible pages of an invoice or credit note (the XML is embedded afterwards)."""
    lang = doc.language
    credit = doc.kind == "credit_note"
    title = _t("credit_note_title" if credit else "invoice_title", lang)
    when = datetime.combine(doc.issued_on, datetime.min.time())
    pdf = _new_pdf(f"{title} {doc.number}", doc.seller.name, lang, when)
    pdf.add_page()
    _seller_header(pdf, doc.seller, lang)
    _address_block(pdf, doc.buyer, seller_country=doc.seller.country, language=lang)
    if doc.buyer.vat_number:
        pdf.set_xy(WINDOW_X, WINDOW_Y + WINDOW_H + 1)
        pdf.set_font(FONT, "", 8.5)
        pdf.cell(WINDOW_W, 4.5, _t("customer_vat", lang, vat=doc.buyer.vat_number))

    # Title and the facts of the document, on the left under the seller.
    pdf.set_xy(LEFT, 52)
    pdf.set_font(FONT, "B", 20)
    pdf.cell(85, 10, title.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 11)
    pdf.cell(85, 6, _t("number", lang, number=doc.number), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9.5)
    facts = [_t("issued_on", lang, date=_date(doc.issued_on, lang))]
    starts = [ln.period_start for ln in doc.lines if ln.period_start]
    ends = [ln.period_end for ln in doc.lines if ln.period_end]
    if starts and ends:
        facts.append(_t("period", lang, start=_date(min(starts), lang), end=_date(max(ends), lang)))
    if doc.due_on and not credit:
        facts.append(_t("due_on", lang, date=_date(doc.due_on, lang)))
    facts.append(_t("customer_reference", lang, reference=doc.customer_reference))
    if credit and doc.preceding_number:
        facts.append(
            _t("credit_for", lang, number=doc.preceding_number,
               date=_date(doc.preceding_issued_on, lang))
        )  # fmt: skip
    for fact in facts:
        pdf.multi_cell(88, 5, fact, align="L", new_x="LMARGIN", new_y="NEXT")
    if credit and doc.reason:
        pdf.multi_cell(88, 5, _t("credit_reason", lang, reason=doc.reason), align="L",
                       new_x="LMARGIN", new_y="NEXT")  # fmt: skip

    # The lines.
    pdf.set_y(max(pdf.get_y() + 8, 100))
    widths = (70, 12, 36, 18, 38)
    heads = ("col_description", "col_quantity", "col_unit_price", "col_vat", "col_net")
    pdf.set_font(FONT, "B", 8.5)
    pdf.set_fill_color(236, 236, 236)
    for width, head in zip(widths, heads, strict=True):
        align = "L" if head == "col_description" else "R"
        pdf.cell(width, 7, _t(head, lang), border="B", align=align, fill=True)
    pdf.ln(7)
    pdf.set_font(FONT, "", 9.5)
    for line in doc.lines:
        label = line.label or title
        if line.period_start and line.period_end:
            label += "\n" + _t("period", lang, start=_date(line.period_start, lang),
                               end=_date(line.period_end, lang))  # fmt: skip
        y = pdf.get_y()
        pdf.multi_cell(widths[0], 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
        bottom = pdf.get_y()
        pdf.set_xy(LEFT + widths[0], y)
        net = _money(line.net_cents, doc.currency, lang)
        rate = "—" if doc.vat_exempt else _rate(line.vat_rate_bp, lang)
        for width, value in zip(widths[1:], ("1", net, rate, net), strict=True):
            pdf.cell(width, 5, value, align="R")
        pdf.set_y(max(bottom, y + 5) + 1.5)
    pdf.set_draw_color(*_RULE)
    pdf.line(LEFT, pdf.get_y(), RIGHT, pdf.get_y())

    # Totals, right-aligned.
    pdf.ln(3)
    rows = [(_t("total_net", lang), _money(doc.net_cents, doc.currency, lang), False)]
    if not doc.vat_exempt:
        rows.append(
            (_t("total_vat", lang, rate=_rate(doc.vat_rate_bp, lang)),
             _money(doc.tax_cents, doc.currency, lang), False)
        )  # fmt: skip
    rows.append((_t("total_gross", lang), _money(doc.total_cents, doc.currency, lang), True))
    if credit:
        rows.append(
            (_t("credited_amount", lang), _money(doc.total_cents, doc.currency, lang), True)
        )
    elif doc.paid_cents:
        rows.append((_t("paid_amount", lang), _money(doc.paid_cents, doc.currency, lang), False))
        rows.append((_t("amount_due", lang), _money(doc.due_cents, doc.currency, lang), True))
    for label, value, strong in rows:
        pdf.set_x(RIGHT - 95)
        pdf.set_font(FONT, "B" if strong else "", 10 if strong else 9.5)
        pdf.cell(60, 6, label, align="R")
        pdf.cell(35, 6, value, align="R", new_x="LMARGIN", new_y="NEXT")

    # How it is paid, then the legal mentions.
    pdf.ln(6)
    pdf.set_font(FONT, "", 9.5)
    for paragraph in _payment_text(doc):
        pdf.multi_cell(RIGHT - LEFT, 5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font(FONT, "", 8)
    pdf.set_text_color(*_MUTED)
    for mention in _mentions(doc):
        pdf.multi_cell(RIGHT - LEFT, 4, mention, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.set_text_color(*_INK)
    _legal_footer(pdf, doc.seller, lang)
    return bytes(pdf.output())


def _payment_text(doc: InvoiceDocument) -> list[str]:
    lang, pay = doc.language, doc.payment
    if doc.kind == "credit_note":
        return []
    if doc.status == "paid" and doc.paid_on:
        return [_t("paid_on", lang, date=_date(doc.paid_on, lang))]
    if doc.status in ("void", "refunded"):
        return []
    when = _date(pay.debit_on or doc.due_on, lang)
    if pay.automatic and pay.method == "sepa_debit":
        return [_t("pay_sepa", lang, date=when, mandate=pay.mandate_reference or "—",
                   creditor=pay.creditor_id or "—")]  # fmt: skip
    if pay.automatic and pay.method == "card":
        return [_t("pay_card", lang, date=when)]
    due = _date(doc.due_on, lang)
    if pay.creditor_iban:
        return [_t("pay_transfer", lang, date=due, iban=pay.creditor_iban,
                   bic=pay.creditor_bic or "—", number=doc.number)]  # fmt: skip
    return [_t("pay_offline", lang, date=due, number=doc.number)]


def _mentions(doc: InvoiceDocument) -> list[str]:
    lang = doc.language
    found = []
    if doc.vat_exempt:
        found.append(_t("vat_exempt", lang))
    if doc.kind == "invoice":
        found.append(_t("terms", lang, days=doc.payment_terms_days))
        if doc.buyer.is_business:
            found.append(_t("late_penalties", lang))
    return found


# --- the payment letter ------------------------------------------------------------------------
def qr_modules(data: str) -> list[list[bool]]:
    """The QR code's modules (True is dark), without the quiet zone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def draw_qr(pdf: Any, data: str, x: float, y: float, size: float) -> None:
    """A sharp vector QR code: one black rectangle per horizontal run of dark modules, with
    a white quiet zone of four modules around it inside ``size``."""
    modules = qr_modules(data)
    count = len(modules)
    unit = size / (count + 8)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row, cells in enumerate(modules):
        col = 0
        while col < count:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < count and cells[col]:
                col += 1
            pdf.rect(x + (start + 4) * unit, y + (row + 4) * unit, (col - start) * unit, unit,
                     style="F")  # fmt: skip


def letter_pdf(doc: LetterDocument) -> bytes:
    lang = doc.language
    method = i18n.method_name(doc.method, lang)
    when = datetime.combine(doc.written_on, datetime.min.time())
    pdf = _new_pdf(_t("letter_subject", lang, method=method), doc.seller.name, lang, when)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _seller_header(pdf, doc.seller, lang)
    _address_block(pdf, doc.buyer, seller_country=doc.seller.country, language=lang)

    pdf.set_font(FONT, "", 10)
    pdf.set_xy(WINDOW_X, WINDOW_Y + WINDOW_H + 8)
    written = _date(doc.written_on, lang)
    place = (
        _t("letter_place_date", lang, city=doc.seller.city, date=written)
        if doc.seller.city
        else _t("letter_date", lang, date=written)
    )
    pdf.cell(WINDOW_W, 5, place)
    pdf.set_xy(LEFT, 108)
    pdf.set_font(FONT, "B", 10.5)
    pdf.multi_cell(RIGHT - LEFT, 5.5, align="L", text= _t("letter_subject", lang, method=method),
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(4)
    pdf.set_font(FONT, "", 10.5)
    pdf.multi_cell(RIGHT - LEFT, 5.5, align="L", text= _t("letter_greeting", lang, customer=doc.buyer.name),
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(2)
    pdf.multi_cell(RIGHT - LEFT, 5.5, align="L", text=
                   _t("letter_body", lang, method=method, business=doc.seller.name),
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(5)
    # The link in full, on its own line(s), in a box; then the QR code of exactly that link.
    pdf.set_font(FONT, "B", 9.5)
    pdf.set_fill_color(244, 244, 244)
    pdf.multi_cell(RIGHT - LEFT, 6, doc.url, border=1, align="C", fill=True,
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    top = pdf.get_y() + 5
    size = 50.0
    draw_qr(pdf, doc.url, (210 - size) / 2, top, size)
    pdf.set_xy(LEFT, top + size + 5)
    pdf.set_font(FONT, "", 10.5)
    expires = i18n.short_datetime(doc.expires_at, lang)
    pdf.multi_cell(RIGHT - LEFT, 5.5, align="L", text= _t("letter_expiry", lang, expires=expires),
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    contact = _contact(doc.seller, lang)
    if contact:
        pdf.ln(2)
        pdf.multi_cell(RIGHT - LEFT, 5.5, align="L", text= _t("letter_help", lang, contact=contact),
                       new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(5)
    pdf.cell(RIGHT - LEFT, 5.5, _t("letter_closing", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "B", 10.5)
    pdf.cell(RIGHT - LEFT, 5.5, doc.seller.name)
    _legal_footer(pdf, doc.seller, lang)
    return bytes(pdf.output())


def _contact(seller: Party, language: str) -> str:
    parts = []
    if seller.phone:
        parts.append(_t("contact_phone", language, phone=seller.phone))
    if seller.email:
        parts.append(_t("contact_email", language, email=seller.email))
    return ", ".join(parts)
