"""The direct-debits page driven as staff would: prepare, export, import a bank return, settle."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from core.services.debits import BatchDetail, BatchInfo, DebitLine
from desktop.app import install_translator
from desktop.debit_batch_dialog import DebitBatchDialog
from desktop.debit_batch_table_model import DebitBatchTableModel
from desktop.debit_line_table_model import DebitLineTableModel
from desktop.new_debit_batch_dialog import NewDebitBatchDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from tests.conftest import customer_input
from tests.desktop.conftest import VALID_IBAN, select_customer, select_invoice, settle
from tests.desktop.test_french_desk import _english_in

# English words of this page that the shared check of the French desk does not know.
DEBIT_ENGLISH = re.compile(
    r"\b(batch(es)?|debits?|export|settled?|bank|returns?|prepared|sent|cancel(led)?|"
    r"details|import|collection|unpaid|rejected)\b",
    re.IGNORECASE,
)
SAMPLES = Path(__file__).resolve().parents[1] / "core" / "sepa" / "samples"
CREDITOR_IBAN = "FR7630006000011234567890189"
SECOND_IBAN = "FR1420041010050500013M02606"
STATUS = DebitBatchTableModel.COLUMNS.index("status")
EARLIEST = date(2026, 11, 24)  # the clock says Friday 2026-11-20; two TARGET2 days later


@pytest.fixture
def settings(settings):
    """The test settings plus the account the debits credit (prepare needs it)."""
    return settings.with_overrides(creditor_iban=CREDITOR_IBAN, creditor_bic="AGRIFRPP")


def _sepa_customer(services, reference: str, name: str, iban: str):
    """A customer who signed a mandate on the form and was billed once (debit due 2026-11-23)."""
    detail = services.customers.create(
        customer_input(reference=reference, name=name, email=f"{reference.lower()}@example.fr")
    )
    token = services.payments.create_link(detail.id, "sepa_debit").url.rsplit("/", 1)[1]
    services.registration.register_sepa(token, holder=name, iban=iban, bic="", consent=True)
    services.billing.add_subscription(
        detail.id,
        label="Abonnement mensuel",
        amount_cents=2990,
        period="monthly",
        start="2026-11-20",
    )
    return detail


def _two_customers(services):
    first = _sepa_customer(services, "CUST-000501", "Élodie Martin", VALID_IBAN)
    second = _sepa_customer(services, "CUST-000502", "Paul Durand", SECOND_IBAN)
    issued = services.billing.run()
    assert len(issued) == 2 and {i.debit_on for i in issued} == {date(2026, 11, 23)}
    return first, second


def _bank_return(tmp_path, message_id: str, invoice: str, code: str = "AM04") -> Path:
    text = (SAMPLES / "pain002_transaction_reject.xml").read_text(encoding="utf-8")
    text = text.replace("REM-2026-000013", message_id).replace("F2026-000142", invoice)
    text = text.replace("<Cd>AM04</Cd>", f"<Cd>{code}</Cd>")
    path = tmp_path / f"retour-{invoice}-{code}.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _cells(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _open_debits(qtbot, window):
    window.sectionList.setCurrentRow(2)
    page = window.debitsPage
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(page.is_loaded, timeout=15000)
    settle(qtbot, window)
    return page


def _page_texts(page) -> list[str]:
    """What staff read on the page: title, summary, buttons and their tips, the table."""
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    for button in page.findChildren(QPushButton):
        texts += [button.text(), button.toolTip()]
    model = page.batchModel
    for column in range(model.columnCount()):
        texts.append(model.headerData(column, Qt.Orientation.Horizontal))
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            texts.append(tip)
    for row in range(model.rowCount()):
        texts += _cells(model, row)
        texts.append(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    return [t for t in texts if t]


def test_a_batch_from_preparing_to_settling_as_staff_do_it(
    qtbot, services, make_window, drive, boxes, monkeypatch, tmp_path, qtmodeltester
):
    first, second = _two_customers(services)
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000501")  # stays open behind the debits page
    page = _open_debits(qtbot, window)
    assert page.batchModel.rowCount() == 0
    assert "Aucune remise" in page.debitBatchSummary.text()
    assert not page.exportDebitBatchButton.isEnabled()

    # New batch: the calendar offers TARGET2 business days from the earliest one, by default.
    seen = {}

    def choose(dialog):
        edit = dialog.collectionDateEdit
        seen["default"] = edit.date()
        seen["minimum"] = edit.minimumDate()
        edit.setDate(QDate(2026, 11, 28))  # a Saturday
        ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen["saturday_ok"] = ok.isEnabled()
        seen["saturday_hint"] = dialog.collectionDateHint.text()
        edit.setDate(QDate(2026, 11, 24))
        seen["tuesday_ok"] = ok.isEnabled()
        return dialog.value()

    drive(NewDebitBatchDialog, choose)
    page.newDebitBatchButton.click()
    qtbot.waitUntil(lambda: page.batchModel.rowCount() == 1, timeout=15000)
    settle(qtbot, window)
    assert seen["default"] == seen["minimum"] == QDate(2026, 11, 24)
    assert not seen["saturday_ok"] and "30 nov. 2026" in seen["saturday_hint"]
    assert seen["tuesday_ok"]
    # Before it is made, staff read what the batch will hold.
    assert "2 prélèvements (FRST 2, RCUR 0), 59,80\u00a0€" in boxes.confirms[0]
    batch = services.debits.batches()[0]
    assert _cells(page.batchModel, 0) == [
        batch.reference,
        "24 nov. 2026",
        "2",
        "2",
        "0",
        "59,80\u00a0€",
        "préparée",
    ]
    assert batch.reference in boxes.infos[-1] and "2 prélèvements" in boxes.infos[-1]
    assert page.selected_batch().reference == batch.reference
    assert page.exportDebitBatchButton.isEnabled() and page.cancelDebitBatchButton.isEnabled()
    assert not page.settleDebitBatchButton.isEnabled()

    # Export: the save dialog suggests prelevements-<date>.xml in the documents folder.
    target = tmp_path / "banque" / "remise.xml"
    target.parent.mkdir()
    asked = {}

    def save_as(_parent, _title, suggested, _filter, **_kw):
        asked["suggested"] = suggested
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page.exportDebitBatchButton.click()
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: page.batchModel.index(0, STATUS).data() == "envoyée à la banque", timeout=10000
    )
    assert asked["suggested"].endswith("prelevements-2026-11-24.xml")
    assert target.read_bytes().startswith(b"<?xml")
    assert str(target) in boxes.infos[-1]
    assert page.settleDebitBatchButton.isEnabled() and not page.cancelDebitBatchButton.isEnabled()
    # Never over a file: the core refuses, staff read why in French.
    page.exportDebitBatchButton.click()
    settle(qtbot, window)
    assert len(boxes.errors) == 1 and "existe déjà" in boxes.errors[0]

    # The bank rejects the first customer's debit: staff see what changes before importing.
    invoice = services.customers.get(first.id).invoices[0].number
    message_id = services.debits.batch(batch.reference).batch.message_id
    returned = _bank_return(tmp_path, message_id, invoice)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(returned), ""))
    )
    page.importBankReturnButton.click()
    qtbot.waitUntil(lambda: len(boxes.confirms) == 2, timeout=15000)
    settle(qtbot, window)
    assert invoice in boxes.confirms[1] and "CUST-000501" in boxes.confirms[1]
    assert "AM04 — provision insuffisante" in boxes.confirms[1]
    assert window.statusBar().currentMessage() == "Retour banque importé : 1 prélèvement impayé."
    # The same file again: said so, nothing asked, nothing changed.
    page.importBankReturnButton.click()
    qtbot.waitUntil(lambda: "déjà été importé" in (boxes.infos or [""])[-1], timeout=15000)
    settle(qtbot, window)
    assert len(boxes.confirms) == 2

    # The batch's debits, one double-click away.
    lines = {}

    def read_lines(dialog):
        model = dialog.lineModel
        lines.update({model.index(r, 0).data(): _cells(model, r) for r in range(model.rowCount())})
        lines["totals"] = dialog.batchTotalsLabel.text()

    drive(DebitBatchDialog, read_lines)
    page.debitBatchTable.activated.emit(page.batchModel.index(0, 0))
    qtbot.waitUntil(lambda: "totals" in lines, timeout=15000)
    settle(qtbot, window)
    assert lines[invoice] == [
        invoice,
        "CUST-000501",
        "FRST",
        "29,90\u00a0€",
        "rejeté",
        "AM04 — provision insuffisante",
    ]
    assert "1 rejeté" in lines["totals"]

    # The record left open has read the change: unpaid, and why, in words.
    window.sectionList.setCurrentRow(0)
    assert window.customerReferenceLabel.text() == "CUST-000501"
    model = window.invoiceTable.model()
    row = model.row_of(services.customers.get(first.id).invoices[0].id)
    assert model.index(row, model.COLUMNS.index("status")).data() == "Impayée"
    collection = model.index(row, model.COLUMNS.index("collection"))
    assert collection.data() == "AM04 — provision insuffisante"
    tip = collection.data(Qt.ItemDataRole.ToolTipRole)
    assert batch.reference in tip and "FRST" in tip and "rejeté" in tip
    # The other invoice is with the bank: no payment by hand meanwhile.
    select_customer(qtbot, window, "CUST-000502")
    select_invoice(window, services.customers.get(second.id).invoices[0].number)
    assert not window.recordPaymentButton.isEnabled()
    assert batch.reference in window.recordPaymentButton.toolTip()

    # Settle: the debit not rejected is paid on the collection date; the rejected one is not.
    page = _open_debits(qtbot, window)
    page.select_batch(batch.reference)
    page.settleDebitBatchButton.click()
    qtbot.waitUntil(lambda: len(boxes.confirms) == 2, timeout=15000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.batchModel.index(0, STATUS).data() == "soldée", timeout=15000)
    assert "1 facture devient honorée le 24 nov. 2026" in boxes.confirms[2]
    assert "1 prélèvement rejeté reste impayé" in boxes.confirms[2]
    paid = services.customers.get(second.id).invoices[0]
    assert paid.status == "paid" and paid.paid_on == EARLIEST
    assert services.customers.get(first.id).invoices[0].status == "problem"
    assert not page.exportDebitBatchButton.isEnabled()
    assert not page.settleDebitBatchButton.isEnabled()

    # Nothing on the page, nor in what it asked and said, is English.
    shown = _page_texts(page) + boxes.confirms + boxes.infos + boxes.errors
    assert _english_in(shown) == []
    assert [t for t in shown if DEBIT_ENGLISH.search(t)] == []
    qtmodeltester.check(page.batchModel)


def test_nothing_to_collect_is_said_and_makes_no_batch(qtbot, services, make_window, drive, boxes):
    window = make_window("fr")
    page = _open_debits(qtbot, window)
    drive(NewDebitBatchDialog, lambda dialog: dialog.value())
    page.newDebitBatchButton.click()
    qtbot.waitUntil(lambda: len(boxes.infos) == 1, timeout=15000)
    settle(qtbot, window)
    assert "Rien à prélever le 24 nov. 2026" in boxes.infos[0]
    assert services.debits.batches() == [] and page.batchModel.rowCount() == 0


def test_a_file_that_is_no_bank_return_is_refused_in_one_message(
    qtbot, services, make_window, boxes, monkeypatch, tmp_path
):
    wrong = tmp_path / "notes.xml"
    wrong.write_text("pas du XML", encoding="utf-8")
    missing = tmp_path / "absent.xml"
    window = make_window("fr")
    page = _open_debits(qtbot, window)
    for path in (wrong, missing):
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a, p=path, **_k: (str(p), ""))
        )
        page.importBankReturnButton.click()
        settle(qtbot, window)
    assert len(boxes.errors) == 2 and boxes.confirms == []
    assert "XML" in boxes.errors[0]
    assert str(missing) in boxes.errors[1]


def test_a_prepared_batch_can_be_cancelled_and_its_invoices_batched_again(
    qtbot, services, make_window, boxes
):
    _two_customers(services)
    batch = services.debits.prepare(EARLIEST)
    window = make_window("en")
    page = _open_debits(qtbot, window)
    assert _cells(page.batchModel, 0)[:2] == [batch.reference, "24 Nov 2026"]
    assert page.batchModel.index(0, STATUS).data() == "prepared"
    page.cancelDebitBatchButton.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.batchModel.index(0, STATUS).data() == "cancelled", timeout=15000)
    assert "can go into another batch" in boxes.confirms[0]
    assert window.statusBar().currentMessage() == f"Batch {batch.reference} cancelled."
    assert not page.cancelDebitBatchButton.isEnabled()
    assert services.debits.prepare(EARLIEST) is not None


def test_the_page_follows_changes_made_elsewhere(qtbot, services, make_window):
    window = make_window("en")
    page = _open_debits(qtbot, window)
    assert page.batchModel.rowCount() == 0
    _two_customers(services)
    batch = services.debits.prepare(EARLIEST)  # the command line, or another desk
    window.refresh()
    qtbot.waitUntil(lambda: page.batchModel.rowCount() == 1, timeout=15000)
    assert page.selected_batch().reference == batch.reference


def test_a_refused_mandate_shows_on_the_record_with_a_new_link_at_hand(
    qtbot, services, make_window, drive, boxes, tmp_path
):
    first, _second = _two_customers(services)
    batch = services.debits.prepare(EARLIEST)
    services.debits.export(batch.reference, tmp_path / "remise.xml")
    invoice = services.customers.get(first.id).invoices[0].number
    closed = _bank_return(tmp_path, batch.message_id, invoice, code="AC04")
    services.debits.import_return(closed.read_bytes())

    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000501")
    summary = window.paymentMethodSummary.text()
    assert "Prélèvement SEPA" in summary and "Mandat rejeté" in summary
    warning = window.detailPane.paymentMethodUnusable
    assert warning.isVisible() and "AC04 — compte clôturé" in warning.text()
    button = window.detailPane.newLinkButton
    assert button.isVisible() and button.isEnabled()

    boxes.choice = "sepa_debit"
    dialogs = drive(PaymentLinkDialog, lambda dialog: None)
    button.click()
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=15000)
    settle(qtbot, window)
    assert services.customers.get(first.id).pending_link is not None


@pytest.mark.parametrize(
    ("reason", "fr", "en"),
    [
        ("expired_card", "Carte expirée", "Card expired"),
        ("mandate_rejected", "Mandat rejeté", "Mandate rejected"),
        ("lapsed_mandate", "Mandat caduc", "Mandate lapsed"),
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_unusable_method_is_named_in_the_summary(
    qtbot, services, make_window, reason, fr, en, language
):
    detail = _sepa_customer(services, "CUST-000501", "Élodie Martin", VALID_IBAN)
    window = make_window(language)
    select_customer(qtbot, window, "CUST-000501")
    detail = services.customers.get(detail.id)
    unusable = replace(
        detail, payment_method=replace(detail.payment_method, unusable_reason=reason)
    )
    window.detailPane.show_detail(unusable, [], [])
    assert (fr if language == "fr" else en) in window.paymentMethodSummary.text()
    assert window.detailPane.newLinkButton.isVisible()
    window.detailPane.show_detail(detail, [], [])
    assert not window.detailPane.newLinkButton.isVisible()
    assert not window.detailPane.paymentMethodUnusable.isVisible()


def test_the_new_batch_dialog_accepts_target2_days_only(qtbot):
    # Friday 2026-12-24 is open; the 25th and 26th are TARGET2 holidays, then a weekend.
    dialog = NewDebitBatchDialog(None, earliest=date(2026, 12, 22), language="en")
    qtbot.addWidget(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.value() == date(2026, 12, 22) and ok.isEnabled()
    dialog.collectionDateEdit.setDate(QDate(2026, 12, 25))
    assert not ok.isEnabled() and dialog.value() is None
    assert "28 Dec 2026" in dialog.collectionDateHint.text()
    dialog.collectionDateEdit.setDate(QDate(2026, 12, 21))  # before the earliest: refused
    assert dialog.collectionDateEdit.date() == QDate(2026, 12, 22)
    fmt = dialog.collectionDateEdit.calendarWidget().dateTextFormat(QDate(2026, 12, 25))
    assert fmt.fontStrikeOut()


def test_batch_and_line_models_pass_the_model_tester(qtmodeltester, qapp):
    install_translator(qapp, "en")  # the desk's words, and the names of codes, in English
    at = datetime(2026, 11, 20, 9, 30)
    batches = [
        BatchInfo(
            reference=f"R2026-00000{n}",
            status=status,
            collection_date=EARLIEST,
            count=2,
            total_cents=5980,
            message_id=f"GUICHET-R2026-00000{n}",
            created_at=at,
            exported_at=at if status != "prepared" else None,
            settled_at=at if status == "settled" else None,
            frst=1,
            rcur=1,
            version=1,
        )
        for n, status in enumerate(("prepared", "sent", "settled", "cancelled"), start=1)
    ]
    model = DebitBatchTableModel(language="fr")
    qtmodeltester.check(model)
    model.set_batches(batches)
    qtmodeltester.check(model)
    assert model.row_of("R2026-000003") == 2 and model.batch_at(9) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).count("<br>") == 1
    assert model.data(QModelIndex()) is None

    lines = DebitLineTableModel(language="en")
    detail = BatchDetail(
        batches[1],
        (
            DebitLine("F2026-000001", "CUST-000501", "F2026-000001", "RCUR", "CUST-000501-M01",
                      2990, "rejected", "AM04", 2),
            DebitLine("F2026-000002", "CUST-000502", "F2026-000002", "FRST", "CUST-000502-M01",
                      2990, "pending", None, 1),
        ),
    )  # fmt: skip
    lines.set_lines(detail.lines)
    qtmodeltester.check(lines)
    assert _cells(lines, 0)[2:] == [
        "RCUR (presented again)",
        "€29.90",
        "rejected",
        "AM04 — insufficient funds",
    ]
