"""Bank returns: what each pain.002 and camt.054 sample says, and the files that are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ValidationError
from core.sepa.returns import ReturnedDebit, parse

SAMPLES = Path(__file__).parent / "samples"


def sample(name: str):
    return parse((SAMPLES / name).read_bytes())


def refusal(data: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse(data)
    assert caught.value.field == "sepa_file"
    return caught.value


def test_a_group_reject_refuses_every_transaction_of_the_original_message():
    found = sample("pain002_group_reject.xml")
    assert (found.kind, found.version, found.message_id) == (
        "pain.002", "pain.002.001.03", "STS20261124-0731",
    )  # fmt: skip
    assert found.original_message_ids == ("REM-2026-000012",)
    assert found.items == (
        ReturnedDebit(
            end_to_end_id=None,
            reason_code="FF01",
            amount_cents=None,
            kind="reject",
            scope="message",
            original_message_id="REM-2026-000012",
        ),
    )


def test_a_transaction_reject_names_the_one_transaction_refused():
    found = sample("pain002_transaction_reject.xml")
    assert found.original_message_ids == ("REM-2026-000013",)
    assert found.items == (
        ReturnedDebit(
            end_to_end_id="F2026-000142",
            reason_code="AM04",
            amount_cents=2990,
            kind="reject",
            scope="transaction",
            original_message_id="REM-2026-000013",
            original_payment_info_id="REM-2026-000013-RCUR",
        ),
    )


def test_pain002_v10_block_reject_and_accepted_transactions():
    found = sample("pain002v10_block_reject.xml")
    assert found.version == "pain.002.001.10"
    block, tx = found.items
    assert (block.scope, block.end_to_end_id, block.reason_code, block.original_payment_info_id) == (
        "payment_info", None, "FF01", "REM-2026-000014-FRST",
    )  # fmt: skip
    # F2026-000152 is listed as accepted (ACSP): not a reject.
    assert (tx.scope, tx.end_to_end_id, tx.reason_code, tx.amount_cents, tx.kind) == (
        "transaction", "F2026-000151", "MD01", 4990, "reject",
    )  # fmt: skip


def test_a_camt054_return_after_settlement():
    found = sample("camt054_return_md06.xml")
    assert (found.kind, found.version, found.message_id) == (
        "camt.054", "camt.054.001.02", "C54-20270112-000019",
    )  # fmt: skip
    # The batch credit and the account fees are bookings, not returns.
    assert found.items == (
        ReturnedDebit(
            end_to_end_id="F2026-000139",
            reason_code="MD06",
            amount_cents=2990,  # the instructed amount, not the 30.40 booked with the fee
            kind="return",
            scope="transaction",
            original_message_id="REM-2026-000013",
            original_payment_info_id="REM-2026-000013-RCUR",
        ),
    )
    assert found.original_message_ids == ("REM-2026-000013",)


def test_a_camt054_v08_batched_return():
    found = sample("camt054v08_returns.xml")
    assert found.version == "camt.054.001.08"
    assert [(i.end_to_end_id, i.reason_code, i.amount_cents, i.kind) for i in found.items] == [
        ("F2027-000031", "AM04", 2990, "return"),
        ("F2027-000047", "AC04", 4900, "return"),
    ]  # the pending entry (MS02) is left until it is booked
    assert {i.original_message_id for i in found.items} == {"REM-2027-000004"}
    assert {i.original_payment_info_id for i in found.items} == {"REM-2027-000004-RCUR"}


# --- variants written inline: each differs from a sample by what it tests ---------------------------
PAIN002 = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
<GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2026-11-24T07:00:00</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>REM-1</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId>
%(group)s</OrgnlGrpInfAndSts>%(blocks)s</CstmrPmtStsRpt></Document>"""


def pain002(group: bytes = b"", blocks: bytes = b"") -> bytes:
    return PAIN002 % {b"group": group, b"blocks": blocks}


def test_transactions_listed_under_a_rejected_group_share_its_reason_unless_they_have_theirs():
    found = parse(
        pain002(
            b"<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>AG02</Cd></Rsn></StsRsnInf>",
            b"<OrgnlPmtInfAndSts><OrgnlPmtInfId>REM-1-RCUR</OrgnlPmtInfId>"
            b"<TxInfAndSts><OrgnlEndToEndId>F1</OrgnlEndToEndId></TxInfAndSts>"
            b"<TxInfAndSts><OrgnlEndToEndId>F2</OrgnlEndToEndId><TxSts>RJCT</TxSts>"
            b"<StsRsnInf><Rsn><Prtry>md01</Prtry></Rsn></StsRsnInf></TxInfAndSts>"
            b"</OrgnlPmtInfAndSts>",
        )
    )
    assert [(i.scope, i.end_to_end_id, i.reason_code) for i in found.items] == [
        ("message", None, "AG02"),
        ("transaction", "F1", "AG02"),
        ("transaction", "F2", "MD01"),
    ]


def test_an_accepting_report_has_nothing_to_apply():
    found = parse(pain002(b"<GrpSts>ACCP</GrpSts>"))
    assert found.items == ()
    assert found.original_message_ids == ("REM-1",)


def test_refuses_malformed_xml():
    error = refusal((SAMPLES / "malformed.xml").read_bytes())
    assert error.code == "sepa_not_xml"
    assert error.params["line"] > 1
    assert refusal(b"").code == "sepa_not_xml"
    assert refusal(b"PK\x03\x04 not xml at all").code == "sepa_not_xml"


def test_refuses_a_pain008_given_instead_of_a_return():
    error = refusal((SAMPLES / "pain008_batch.xml").read_bytes())
    assert (error.code, error.params["value"]) == ("sepa_not_a_return", "pain.008.001.02")


@pytest.mark.parametrize(
    ("data", "code", "value"),
    [
        (
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt/></Document>',
            "sepa_not_a_return",
            "camt.053.001.02",
        ),
        (b"<Document><CstmrPmtStsRpt/></Document>", "sepa_not_a_return", "Document"),
        (
            b'<html xmlns="http://www.w3.org/1999/xhtml"/>',
            "sepa_not_a_return",
            "http://www.w3.org/1999/xhtml",
        ),
        (
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.02"><pain.002.001.02/></Document>',
            "sepa_version_unsupported",
            "pain.002.001.02",
        ),
        (
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.13"><BkToCstmrDbtCdtNtfctn/></Document>',
            "sepa_version_unsupported",
            "camt.054.001.13",
        ),
    ],
)
def test_refuses_other_kinds_and_versions(data, code, value):
    error = refusal(data)
    assert (error.code, error.params["value"]) == (code, value)
    if code == "sepa_version_unsupported":
        assert "pain.002.001.03" in error.params["choices"]


def test_never_reads_external_entities():
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>'
        b"<GrpHdr><MsgId>&x;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>"
    )
    assert refusal(xxe).code == "sepa_doctype"
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<d>&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;</d>"
    )
    assert refusal(laughs).code in ("sepa_doctype", "sepa_not_xml")


def test_refuses_a_report_without_what_it_must_say():
    no_original = pain002().replace(b"<OrgnlMsgId>REM-1</OrgnlMsgId>", b"")
    error = refusal(no_original)
    assert (error.code, error.params["element"]) == ("sepa_element_missing", "OrgnlMsgId")
    no_group = b"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
        <GrpHdr><MsgId>S</MsgId></GrpHdr></CstmrPmtStsRpt></Document>"""
    assert refusal(no_group).params["element"] == "OrgnlGrpInfAndSts"
    assert (
        refusal(b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"/>').params[
            "element"
        ]
        == "BkToCstmrDbtCdtNtfctn"
    )


def test_refuses_an_amount_that_is_not_one():
    data = (SAMPLES / "pain002_transaction_reject.xml").read_bytes()
    error = refusal(data.replace(b">29.90<", b">29,90<"))
    assert (error.code, error.params["value"]) == ("sepa_amount_invalid", "29,90")
    assert refusal(data.replace(b">29.90<", b">29.905<")).code == "sepa_amount_invalid"
