"""Bank reason codes: labels, the codes that end a mandate and those worth a second try."""

from __future__ import annotations

from core.sepa import reasons

DOMAIN_CODES = {
    "AC01", "AC04", "AC06", "AG01", "AM04", "BE05", "MD01", "MD02", "MD06", "MD07", "MS02",
    "MS03", "SL01",
}  # fmt: skip


def test_every_code_domain_lists_has_a_label():
    assert DOMAIN_CODES <= reasons.REASONS.keys()
    assert {"AC13", "AG02", "AM05", "CNOR", "DNOR", "FF01", "RC01", "RR01", "RR04"} <= set(
        reasons.REASONS
    )
    assert all(code.isalnum() and len(code) == 4 for code in reasons.REASONS)
    assert all(label and label == label.strip() for label in reasons.REASONS.values())


def test_rule_sets():
    assert reasons.MANDATE_UNUSABLE == {"AC01", "AC04", "AC06", "MD01", "MD07"}
    assert reasons.REPRESENTABLE == {"AM04", "MS03"}
    assert reasons.MANDATE_UNUSABLE <= reasons.REASONS.keys()
    assert reasons.REPRESENTABLE <= reasons.REASONS.keys()
    assert not reasons.MANDATE_UNUSABLE & reasons.REPRESENTABLE
    assert reasons.makes_mandate_unusable(" md01 ")
    assert not reasons.makes_mandate_unusable("AM04")
    assert reasons.allows_representation("AM04")
    assert not reasons.allows_representation("MD06")
    assert not reasons.allows_representation(None)


def test_labels_in_the_readers_language():
    assert reasons.label("AM04", "en") == "insufficient funds"
    assert reasons.label("am04", "en") == "insufficient funds"
    assert reasons.label("XY99", "fr") == "XY99"  # unknown codes are shown as they came
    assert reasons.label(None, "fr") == "—"
    assert reasons.is_known("MD06") and not reasons.is_known("XY99")


def test_labels_come_from_the_catalogue_in_french_too():
    # Every label has a French text (tests/core/test_catalogue.py checks the whole table).
    assert reasons.label("AM04", "fr") == "provision insuffisante"
    assert reasons.label("MD06", "fr") == "remboursement demandé par le débiteur"
