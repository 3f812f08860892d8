"""pain.008 export: valid against the official XSD, exact counts and sums, same bytes twice."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from core.errors import ValidationError
from core.sepa.pain008 import (
    VERSIONS,
    Creditor,
    amount_text,
    build,
    payment_info_id,
    sepa_identifier,
    sepa_text,
    validate_pain008,
)

from .batches import CREDITOR, debit, sample_batch, sample_debits

SAMPLES = Path(__file__).parent / "samples"
SEPA_TEXT = re.compile(r"[A-Za-z0-9/\-?:().,'+ ]*")


def official_schema(version: str) -> etree.XMLSchema:
    """The ISO XSD as sepaxml ships it, loaded here independently of the code under test."""
    path = resources.files("sepaxml").joinpath("schemas", f"{version}.xsd")
    return etree.XMLSchema(etree.parse(str(path)))


def parsed(data: bytes) -> tuple[etree._Element, dict[str, str]]:
    root = etree.fromstring(data)
    return root, {"p": etree.QName(root).namespace}


def blocks(data: bytes) -> dict[str, dict]:
    root, ns = parsed(data)
    found = {}
    for block in root.iterfind("p:CstmrDrctDbtInitn/p:PmtInf", ns):
        amounts = [
            Decimal(a) for a in block.xpath("p:DrctDbtTxInf/p:InstdAmt/text()", namespaces=ns)
        ]
        found[block.findtext("p:PmtTpInf/p:SeqTp", namespaces=ns)] = {
            "id": block.findtext("p:PmtInfId", namespaces=ns),
            "count": int(block.findtext("p:NbOfTxs", namespaces=ns)),
            "sum": Decimal(block.findtext("p:CtrlSum", namespaces=ns)),
            "amounts": amounts,
            "ids": block.xpath("p:DrctDbtTxInf/p:PmtId/p:EndToEndId/text()", namespaces=ns),
        }
    return found


@pytest.mark.parametrize("version", VERSIONS)
def test_the_file_is_valid_against_the_official_schema(version):
    data = build(CREDITOR, sample_batch(version=version), sample_debits())
    root, _ = parsed(data)
    assert etree.QName(root).namespace == f"urn:iso:std:iso:20022:tech:xsd:{version}"
    schema = official_schema(version)
    assert schema.validate(root), schema.error_log
    validate_pain008(data)  # the module's own check says the same
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')


@pytest.mark.parametrize("version", VERSIONS)
def test_counts_and_sums_are_exact_per_block_and_in_the_header(version):
    data = build(CREDITOR, sample_batch(version=version), sample_debits())
    found = blocks(data)
    assert list(found) == ["FRST", "RCUR"]  # first debits first, each sequence in its own block
    assert found["FRST"]["ids"] == ["F2026-000140", "F2026-000141"]
    assert found["RCUR"]["ids"] == ["F2026-000139", "F2026-000142", "F2026-000143"]
    assert found["FRST"]["id"] == "REM-2026-000013-FRST"
    assert found["RCUR"]["id"] == payment_info_id("REM-2026-000013", "RCUR")
    assert found["FRST"]["sum"] == Decimal("59.90")
    assert found["RCUR"]["sum"] == Decimal("1294.36")
    for block in found.values():
        assert block["count"] == len(block["amounts"]) == len(block["ids"])
        assert block["sum"] == sum(block["amounts"])
    root, ns = parsed(data)
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:NbOfTxs", namespaces=ns) == "5"
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:CtrlSum", namespaces=ns) == "1354.26"


def test_one_sequence_gives_one_block():
    found = blocks(build(CREDITOR, sample_batch(), [debit(1), debit(2, 1)]))
    assert list(found) == ["RCUR"]
    assert found["RCUR"]["amounts"] == [Decimal("29.90"), Decimal("0.01")]


def test_the_same_batch_gives_the_same_bytes_whatever_the_order_of_its_debits():
    batch, debits = sample_batch(), sample_debits()
    first = build(CREDITOR, batch, debits)
    assert build(CREDITOR, batch, debits) == first
    assert build(CREDITOR, batch, reversed(debits)) == first
    # And the same as the file written when this test was made: nothing random, no clock.
    assert first == (SAMPLES / "pain008_batch.xml").read_bytes()
    assert (
        build(CREDITOR, sample_batch(version="pain.008.001.08"), debits)
        == (SAMPLES / "pain008v08_batch.xml").read_bytes()
    )


def test_versions_name_the_bank_code_as_their_schema_wants():
    v02 = build(CREDITOR, sample_batch(), sample_debits())
    v08 = build(CREDITOR, sample_batch(version="pain.008.001.08"), sample_debits())
    assert b"<BIC>AGRIFRPP</BIC>" in v02 and b"<BICFI>" not in v02
    assert b"<BICFI>AGRIFRPP</BICFI>" in v08 and b"<BIC>" not in v08
    # The debit without a BIC names its bank "NOTPROVIDED", as EPC asks.
    assert v02.count(b"<Id>NOTPROVIDED</Id>") == 1


def test_what_each_debit_carries():
    root, ns = parsed(build(CREDITOR, sample_batch(), sample_debits()))
    tx = root.xpath("//p:DrctDbtTxInf[p:PmtId/p:EndToEndId='F2026-000140']", namespaces=ns)[0]

    def text(path: str) -> str:
        return tx.findtext(path, namespaces=ns)

    assert text("p:InstdAmt") == "49.90"
    assert tx.find("p:InstdAmt", ns).get("Ccy") == "EUR"
    assert text("p:DrctDbtTx/p:MndtRltdInf/p:MndtId") == "CUST-000140-M01"
    assert text("p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr") == "2025-03-14"
    assert text("p:Dbtr/p:Nm") == "Jurgen Weiss"
    assert text("p:DbtrAcct/p:Id/p:IBAN") == "DE89370400440532013000"
    assert text("p:RmtInf/p:Ustrd") == "F2026-000140 Abonnement mensuel Premium"
    header = root.find("p:CstmrDrctDbtInitn/p:GrpHdr", ns)
    assert header.findtext("p:CreDtTm", namespaces=ns) == "2026-11-24T09:15:42"
    assert header.findtext("p:InitgPty/p:Nm", namespaces=ns) == "Club Guichet - Equipe Lyon"
    block = root.find("p:CstmrDrctDbtInitn/p:PmtInf", ns)
    assert block.findtext("p:ReqdColltnDt", namespaces=ns) == "2026-11-27"
    assert block.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=ns) == "FR7630006000011234567890189"
    assert block.findtext(".//p:CdtrSchmeId//p:Othr/p:Id", namespaces=ns) == "FR72ZZZ123456"
    assert block.findtext("p:PmtTpInf/p:LclInstrm/p:Cd", namespaces=ns) == "CORE"


def test_remittance_text_is_cleaned_and_cut_to_140():
    long_label = "Abonnement « Été » n°12 — Société Générale & Cie_2027 ; tarif: 29,90 € " * 4
    debits = [debit(7, remittance=f"F2026-000007 {long_label}")]
    root, ns = parsed(build(CREDITOR, sample_batch(), debits))
    text = root.findtext(".//p:RmtInf/p:Ustrd", namespaces=ns)
    assert len(text) <= 140
    assert SEPA_TEXT.fullmatch(text)
    assert text.startswith(
        "F2026-000007 Abonnement Ete no12 - Societe Generale + Cie-2027 , tarif: 29,90 EUR"
    )
    assert text == text.strip() and "  " not in text


def test_an_empty_remittance_is_left_out():
    assert b"RmtInf" not in build(CREDITOR, sample_batch(), [debit(7, remittance="  «» ")])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Élodie Müller-Straße", "Elodie Muller-Strasse"),
        ("Œuvre & Cie", "OEuvre + Cie"),
        ("Łódź ØRSTED æble", "Lodz ORSTED aeble"),
        ("l’été", "l'ete"),
        ("«Premium»\n\tmensuel", "Premium mensuel"),
        ("100 % #1 @home", "100 1 home"),
        ("中文", "Zhong Wen"),
        ("😀", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_sepa_text(value, expected):
    assert sepa_text(value) == expected


@given(st.text(max_size=300), st.integers(min_value=1, max_value=140))
def test_sepa_text_always_gives_the_sepa_character_set(value, max_length):
    cleaned = sepa_text(value, max_length)
    assert SEPA_TEXT.fullmatch(cleaned)
    assert len(cleaned) <= max_length
    assert cleaned == cleaned.strip() and "  " not in cleaned


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=99_999_999), st.sampled_from(["FRST", "RCUR"])
        ),
        min_size=1,
        max_size=25,
    )
)
def test_any_batch_has_exact_counts_and_sums(rows):
    debits = tuple(debit(n, amount, sequence) for n, (amount, sequence) in enumerate(rows))
    data = build(CREDITOR, sample_batch(), debits)
    found = blocks(data)
    for sequence in ("FRST", "RCUR"):
        wanted = [amount for amount, seq in rows if seq == sequence]
        if not wanted:
            assert sequence not in found
            continue
        assert found[sequence]["count"] == len(wanted)
        assert found[sequence]["sum"] == Decimal(amount_text(sum(wanted)))
    root, ns = parsed(data)
    total = root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:CtrlSum", namespaces=ns)
    assert Decimal(total) == Decimal(sum(amount for amount, _ in rows)) / 100


def test_amount_text():
    assert [amount_text(c) for c in (1, 10, 100, 2990, 123456789)] == [
        "0.01", "0.10", "1.00", "29.90", "1234567.89",
    ]  # fmt: skip


# --- refusals ------------------------------------------------------------------------------------
def refused(debits=None, *, creditor: Creditor = CREDITOR, **batch_overrides) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        build(
            creditor,
            sample_batch(**batch_overrides),
            sample_debits() if debits is None else debits,
        )
    return caught.value


def test_refusals_name_the_field_at_fault():
    error = refused(version="pain.008.001.09")
    assert (error.field, error.code) == ("sepa_pain_version", "one_of")
    error = refused([])
    assert (error.field, error.code) == ("sepa_file", "sepa_batch_empty")
    error = refused([debit(1), debit(1)])
    assert (error.field, error.code, error.params["value"]) == (
        "end_to_end_id", "sepa_id_repeated", "F2026-000001",
    )  # fmt: skip
    error = refused([debit(1, end_to_end_id="F2026 000001")])
    assert (error.field, error.code) == ("end_to_end_id", "sepa_id_invalid")
    error = refused([debit(1, sequence="OOFF")])
    assert (error.field, error.code) == ("sequence", "one_of")
    assert error.params["end_to_end_id"] == "F2026-000001"
    error = refused([debit(1, currency="USD")])
    assert (error.field, error.code) == ("currency", "one_of")
    error = refused([debit(1, amount_cents=0)])
    assert (error.field, error.code) == ("amount_cents", "not_positive")
    error = refused([debit(1, debtor_name="😀")])
    assert (error.field, error.code) == ("holder", "required")
    error = refused([debit(1, mandate_reference="CUST 1")])
    assert error.field == "mandate_reference"
    error = refused(message_id="R" * 31)
    assert (error.field, error.code, error.params["max_length"]) == ("message_id", "too_long", 30)
    error = refused(creditor=dataclasses.replace(CREDITOR, iban="FR7630006000011234567890188"))
    assert (error.field, error.code) == ("creditor_iban", "iban_invalid")
    error = refused(creditor=dataclasses.replace(CREDITOR, bic="NOPE"))
    assert (error.field, error.code) == ("creditor_bic", "bic_invalid")
    error = refused(creditor=dataclasses.replace(CREDITOR, creditor_id="FR00ZZZ000000"))
    assert error.field == "creditor_id"
    error = refused(creditor=dataclasses.replace(CREDITOR, name="  "))
    assert (error.field, error.code) == ("business_name", "required")


def test_a_creditor_without_bic_is_written_notprovided():
    data = build(dataclasses.replace(CREDITOR, bic=None), sample_batch(), sample_debits())
    root, ns = parsed(data)
    agent = root.find(".//p:PmtInf/p:CdtrAgt/p:FinInstnId", ns)
    assert agent.findtext("p:Othr/p:Id", namespaces=ns) == "NOTPROVIDED"


def test_what_the_schema_refuses_is_refused_with_its_line():
    # Debtor IBANs were validated when registered; a bad one still cannot reach the bank.
    error = refused([debit(1, debtor_iban="FR76-BAD")])
    assert (error.field, error.code) == ("sepa_file", "sepa_schema_invalid")
    assert error.params["version"] == "pain.008.001.02"
    assert error.params["line"] > 1
    assert "IBAN" in error.params["detail"] and "urn:iso" not in error.params["detail"]


def test_validate_refuses_a_tampered_file():
    data = (SAMPLES / "pain008_batch.xml").read_bytes()
    validate_pain008(data)
    with pytest.raises(ValidationError) as caught:
        validate_pain008(data.replace(b"<PmtMtd>DD</PmtMtd>", b"", 1))
    assert caught.value.code == "sepa_schema_invalid"
    with pytest.raises(ValidationError) as caught:
        validate_pain008(data[:500])
    assert caught.value.code == "sepa_not_xml"
    with pytest.raises(ValidationError) as caught:
        validate_pain008((SAMPLES / "pain002_group_reject.xml").read_bytes())
    assert caught.value.field == "sepa_pain_version"


def test_identifiers():
    assert sepa_identifier("message_id", " REM-2026/000001 ") == "REM-2026/000001"
    for bad in ("/REM", "REM/", "RE//M", "REM 1", "RÉM"):
        with pytest.raises(ValidationError) as caught:
            sepa_identifier("message_id", bad)
        assert caught.value.code == "sepa_id_invalid"
    with pytest.raises(ValidationError) as caught:
        sepa_identifier("message_id", "")
    assert caught.value.code == "required"


def test_an_aware_creation_time_keeps_its_offset():
    batch = sample_batch(created_at=datetime(2026, 11, 24, 9, 15, 42, 999, tzinfo=UTC))
    assert b"<CreDtTm>2026-11-24T09:15:42+00:00</CreDtTm>" in build(CREDITOR, batch, [debit(1)])
