"""pain.008 direct debit files: built with lxml, checked against the official XSD, same bytes twice."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree
from text_unidecode import unidecode

from core import validation
from core.errors import ValidationError

VERSIONS = ("pain.008.001.02", "pain.008.001.08")
DEFAULT_VERSION = "pain.008.001.02"
SEQUENCES = ("FRST", "RCUR")  # also the order of the payment information blocks
CURRENCY = "EUR"
NOT_PROVIDED = "NOTPROVIDED"
NAME_MAX = 70
REMITTANCE_MAX = 140
ID_MAX = 35
# A payment information id is the message id plus "-FRST" or "-RCUR", within 35 characters.
MESSAGE_ID_MAX = ID_MAX - 5
FILE_FIELD = "sepa_file"

_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:"
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


@dataclass(frozen=True)
class Creditor:
    """The business that collects: settings ``business_name``, ``creditor_iban``, …"""

    name: str
    iban: str
    bic: str | None
    creditor_id: str


@dataclass(frozen=True)
class Debit:
    """One debit of one invoice; ``sequence`` is FRST for a mandate's first debit, else RCUR."""

    end_to_end_id: str
    amount_cents: int
    mandate_reference: str
    mandate_signed_on: date
    sequence: str
    debtor_name: str
    debtor_iban: str
    debtor_bic: str | None
    remittance: str = ""
    currency: str = CURRENCY


@dataclass(frozen=True)
class Batch:
    """One file: its message id and creation time are stored with the batch, never made up here.

    ``created_at`` is written to the second as given: naive stays without offset, aware keeps it.
    """

    message_id: str
    created_at: datetime
    collection_date: date
    version: str = DEFAULT_VERSION


def payment_info_id(message_id: str, sequence: str) -> str:
    """The id of a batch's FRST or RCUR block, derived so that a second export says the same."""
    return f"{message_id}-{sequence}"


# --- the SEPA character set ------------------------------------------------------------------
# EPC rulebooks allow only a-z A-Z 0-9 / - ? : ( ) . , ' + and space; banks refuse or garble
# anything else, so text is moved to its nearest Latin letters and the rest replaced.
_SEPA_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
_LOOK_ALIKES = {
    "&": "+",
    "_": "-",
    '"': "'",
    "`": "'",
    "[": "(",
    "]": ")",
    "{": "(",
    "}": ")",
    ";": ",",
    "!": ".",
    "\\": "/",
    "|": "/",
    "~": "-",
    "=": "-",
    "\u2013": "-",  # en dash, which unidecode would double
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u00b0": "o",  # "n°12" reads "no12", where unidecode would write "ndeg12"
}
_SPACES = re.compile(r" {2,}")


def _sepa_char(char: str) -> str:
    if char in _SEPA_CHARS:
        return char
    if char in _LOOK_ALIKES:
        return _LOOK_ALIKES[char]
    if char.isascii():
        return " "
    return "".join(_sepa_char(latin) if latin.isascii() else " " for latin in unidecode(char))


class _SepaTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character, then read in C."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _sepa_char(chr(code))
        return value


_TABLE = _SepaTable()


def sepa_text(value: str | None, max_length: int | None = None) -> str:
    """``value`` in the SEPA Latin character set: accents stripped, other signs replaced.

    Letters become their nearest Latin form (``Œ`` → ``OE``, ``ß`` → ``ss``, ``€`` → ``EUR``),
    a few signs their look-alike (``&`` → ``+``, ``_`` → ``-``), anything else a space;
    runs of spaces shrink to one and the text is cut to ``max_length``.
    """
    text = _SPACES.sub(" ", (value or "").translate(_TABLE)).strip()
    if max_length is not None:
        text = text[:max_length].rstrip()
    return text


_IDENTIFIER = re.compile(r"[A-Za-z0-9/\-?:().,'+]+")


def sepa_identifier(field: str, value: str | None, *, max_length: int = ID_MAX) -> str:
    """A message or end-to-end id as EPC wants it: no space, no leading, trailing or double '/'."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(field, "required")
    if len(cleaned) > max_length:
        raise ValidationError(field, "too_long", max_length=max_length)
    if (
        not _IDENTIFIER.fullmatch(cleaned)
        or cleaned.startswith("/")
        or cleaned.endswith("/")
        or "//" in cleaned
    ):
        raise ValidationError(field, "sepa_id_invalid", value=cleaned)
    return cleaned


def amount_text(amount_cents: int) -> str:
    """Cents as the decimal amount the file carries (2990 → "29.90"), without floats."""
    return f"{amount_cents // 100}.{amount_cents % 100:02d}"


# --- checking the input ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Row:
    end_to_end_id: str
    amount_cents: int
    mandate_reference: str
    mandate_signed_on: date
    sequence: str
    debtor_name: str
    debtor_iban: str
    debtor_bic: str | None
    remittance: str


def _compact(value: str | None) -> str:
    return (value or "").replace(" ", "").upper()


def _renamed(field: str, error: ValidationError) -> ValidationError:
    return ValidationError(field, error.code, **error.params)


def _checked_creditor(creditor: Creditor) -> Creditor:
    name = sepa_text(creditor.name, NAME_MAX)
    if not name:
        raise ValidationError("business_name", "required")
    try:
        account = validation.iban(creditor.iban)
    except ValidationError as error:
        raise _renamed("creditor_iban", error) from None
    bic: str | None = None
    if _compact(creditor.bic):
        try:
            bic = validation.bic(creditor.bic, account)
        except ValidationError as error:
            raise _renamed("creditor_bic", error) from None
    return Creditor(
        name=name,
        iban=account.compact,
        bic=bic,
        creditor_id=validation.creditor_id(creditor.creditor_id),
    )


def _checked_debit(debit: Debit) -> _Row:
    # Rows come from validated records; these checks name the field a bank would refuse,
    # where the schema would only say that the file is wrong.
    end_to_end_id = sepa_identifier("end_to_end_id", debit.end_to_end_id)
    if debit.sequence not in SEQUENCES:
        raise ValidationError(
            "sequence", "one_of", choices=list(SEQUENCES), end_to_end_id=end_to_end_id
        )
    if debit.currency != CURRENCY:
        raise ValidationError("currency", "one_of", choices=[CURRENCY], end_to_end_id=end_to_end_id)
    amount = validation.amount_cents(debit.amount_cents)
    name = sepa_text(debit.debtor_name, NAME_MAX)
    if not name:
        raise ValidationError("holder", "required", end_to_end_id=end_to_end_id)
    return _Row(
        end_to_end_id=end_to_end_id,
        amount_cents=amount,
        mandate_reference=validation.mandate_reference(debit.mandate_reference),
        mandate_signed_on=debit.mandate_signed_on,
        sequence=debit.sequence,
        debtor_name=name,
        debtor_iban=_compact(debit.debtor_iban),
        debtor_bic=_compact(debit.debtor_bic) or None,
        remittance=sepa_text(debit.remittance, REMITTANCE_MAX),
    )


def _blocks(debits: Iterable[Debit]) -> dict[str, list[_Row]]:
    blocks: dict[str, list[_Row]] = {sequence: [] for sequence in SEQUENCES}
    seen: set[str] = set()
    for debit in debits:
        row = _checked_debit(debit)
        if row.end_to_end_id in seen:
            raise ValidationError("end_to_end_id", "sepa_id_repeated", value=row.end_to_end_id)
        seen.add(row.end_to_end_id)
        blocks[row.sequence].append(row)
    for rows in blocks.values():
        # Sorted, so that the bytes do not depend on the order the rows were loaded in.
        rows.sort(key=lambda row: row.end_to_end_id)
    return {sequence: rows for sequence, rows in blocks.items() if rows}


# --- the document ------------------------------------------------------------------------------
class _Writer:
    """Appends elements in the namespace of one pain.008 version."""

    def __init__(self, version: str) -> None:
        self.namespace = _NAMESPACE + version
        self.bic_tag = "BIC" if version == "pain.008.001.02" else "BICFI"
        self._tags: dict[str, str] = {}

    def tag(self, name: str) -> str:
        qualified = self._tags.get(name)
        if qualified is None:
            qualified = self._tags[name] = f"{{{self.namespace}}}{name}"
        return qualified

    def root(self) -> Any:
        return etree.Element(self.tag("Document"), nsmap={None: self.namespace})

    def add(self, parent: Any, path: str, text: str | None = None, **attributes: str) -> Any:
        """Append the elements of ``path`` ("A/B/C"), each inside the previous one.

        The text and attributes go to the last one, which is returned.
        """
        *outer, last = path.split("/")
        for name in outer:
            parent = etree.SubElement(parent, self.tag(name))
        element = etree.SubElement(parent, self.tag(last), attributes)
        if text is not None:
            element.text = text
        return element

    def agent(self, parent: Any, name: str, bic: str | None) -> None:
        institution = self.add(parent, f"{name}/FinInstnId")
        if bic:
            self.add(institution, self.bic_tag, bic)
        else:
            # EPC: without a BIC the agent is given as "NOTPROVIDED".
            self.add(institution, "Othr/Id", NOT_PROVIDED)


def _texts(row: _Row) -> dict[str, str | None]:
    return {
        "end_to_end_id": row.end_to_end_id,
        "amount": amount_text(row.amount_cents),
        "mandate_reference": row.mandate_reference,
        "mandate_signed_on": row.mandate_signed_on.isoformat(),
        "debtor_bic": row.debtor_bic,
        "debtor_name": row.debtor_name,
        "debtor_iban": row.debtor_iban,
        "remittance": row.remittance or None,
    }


def _transaction(w: _Writer, parent: Any, texts: dict[str, str | None]) -> Any:
    tx = w.add(parent, "DrctDbtTxInf")
    w.add(tx, "PmtId/EndToEndId", texts["end_to_end_id"])
    w.add(tx, "InstdAmt", texts["amount"], Ccy=CURRENCY)
    mandate = w.add(tx, "DrctDbtTx/MndtRltdInf")
    w.add(mandate, "MndtId", texts["mandate_reference"])
    w.add(mandate, "DtOfSgntr", texts["mandate_signed_on"])
    w.agent(tx, "DbtrAgt", texts["debtor_bic"])
    w.add(tx, "Dbtr/Nm", texts["debtor_name"])
    w.add(tx, "DbtrAcct/Id/IBAN", texts["debtor_iban"])
    if texts["remittance"] is not None:
        w.add(tx, "RmtInf/Ustrd", texts["remittance"])
    return tx


class _Transactions:
    """Copies of one prepared transaction per shape: element by element was 4 times slower."""

    _MARK = "@"

    def __init__(self, w: _Writer) -> None:
        self._w = w
        self._shapes: dict[tuple[bool, bool], tuple[Any, list[tuple[int, str]]]] = {}

    def append(self, parent: Any, row: _Row) -> None:
        texts = _texts(row)
        shape = (texts["debtor_bic"] is not None, texts["remittance"] is not None)
        template, slots = self._shapes.get(shape) or self._prepare(shape, texts)
        copy = deepcopy(template)
        nodes = list(copy.iter())
        for index, key in slots:
            nodes[index].text = texts[key]
        parent.append(copy)

    def _prepare(
        self, shape: tuple[bool, bool], texts: dict[str, str | None]
    ) -> tuple[Any, list[tuple[int, str]]]:
        marked = {key: None if value is None else self._MARK + key for key, value in texts.items()}
        template = _transaction(self._w, self._w.root(), marked)
        slots = [
            (index, element.text[1:])
            for index, element in enumerate(template.iter())
            if element.text and element.text.startswith(self._MARK)
        ]
        self._shapes[shape] = (template, slots)
        return template, slots


def _payment_info(
    w: _Writer, parent: Any, creditor: Creditor, batch: Batch, message_id: str,
    sequence: str, rows: list[_Row],
) -> None:  # fmt: skip
    block = w.add(parent, "PmtInf")
    w.add(block, "PmtInfId", payment_info_id(message_id, sequence))
    w.add(block, "PmtMtd", "DD")
    w.add(block, "BtchBookg", "true")
    w.add(block, "NbOfTxs", str(len(rows)))
    w.add(block, "CtrlSum", amount_text(sum(row.amount_cents for row in rows)))
    kind = w.add(block, "PmtTpInf")
    w.add(kind, "SvcLvl/Cd", "SEPA")
    w.add(kind, "LclInstrm/Cd", "CORE")
    w.add(kind, "SeqTp", sequence)
    w.add(block, "ReqdColltnDt", batch.collection_date.isoformat())
    w.add(block, "Cdtr/Nm", creditor.name)
    w.add(block, "CdtrAcct/Id/IBAN", creditor.iban)
    w.agent(block, "CdtrAgt", creditor.bic)
    w.add(block, "ChrgBr", "SLEV")
    scheme = w.add(block, "CdtrSchmeId/Id/PrvtId/Othr")
    w.add(scheme, "Id", creditor.creditor_id)
    w.add(scheme, "SchmeNm/Prtry", "SEPA")
    transactions = _Transactions(w)
    for row in rows:
        transactions.append(block, row)


def _document(
    creditor: Creditor, batch: Batch, message_id: str, blocks: dict[str, list[_Row]],
    version: str,
) -> Any:  # fmt: skip
    w = _Writer(version)
    document = w.root()
    initiation = w.add(document, "CstmrDrctDbtInitn")
    header = w.add(initiation, "GrpHdr")
    w.add(header, "MsgId", message_id)
    w.add(header, "CreDtTm", batch.created_at.isoformat(timespec="seconds"))
    w.add(header, "NbOfTxs", str(sum(len(rows) for rows in blocks.values())))
    total = sum(row.amount_cents for rows in blocks.values() for row in rows)
    w.add(header, "CtrlSum", amount_text(total))
    w.add(header, "InitgPty/Nm", creditor.name)
    for sequence, rows in blocks.items():
        _payment_info(w, initiation, creditor, batch, message_id, sequence, rows)
    return document


def build(creditor: Creditor, batch: Batch, debits: Iterable[Debit]) -> bytes:
    """The pain.008 file of ``batch``, valid against the official XSD of ``batch.version``.

    One payment information block per sequence type (FRST first), each debit sorted by its
    end-to-end id; every id and time comes from ``batch``, so the same batch gives the same
    bytes. Raises ``ValidationError`` naming the field at fault, or ``sepa_file`` when the
    result does not match the schema.
    """
    version = batch.version
    if version not in VERSIONS:
        raise ValidationError("sepa_pain_version", "one_of", choices=list(VERSIONS))
    checked = _checked_creditor(creditor)
    message_id = sepa_identifier("message_id", batch.message_id, max_length=MESSAGE_ID_MAX)
    blocks = _blocks(debits)
    if not blocks:
        raise ValidationError(FILE_FIELD, "sepa_batch_empty")
    document = _document(checked, batch, message_id, blocks, version)
    # The declaration in double quotes, as EPC and bank samples write it (lxml uses single).
    data: bytes = _DECLARATION + etree.tostring(
        document, xml_declaration=False, encoding="UTF-8", pretty_print=True
    )
    if not _is_valid(document, version):
        validate_pain008(data, version)  # parsed again only to name the faulty line
        raise AssertionError("the schema judged the tree and its bytes differently")
    return data


# --- the official schema -----------------------------------------------------------------------
# Bank files never need a DTD, entities or the network: a parser that refuses them cannot be
# turned against the workstation (XXE, billion laughs).
SAFE_PARSER_OPTIONS: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}

# A validator keeps its error log on itself; one caller at a time.
_SCHEMA_LOCK = threading.Lock()


@cache
def _schema(version: str) -> etree.XMLSchema:
    # The XSD files published by ISO 20022, as shipped inside the sepaxml package.
    source = resources.files("sepaxml").joinpath("schemas", f"{version}.xsd")
    parser = etree.XMLParser(**SAFE_PARSER_OPTIONS)
    with resources.as_file(source) as path:
        return etree.XMLSchema(etree.parse(str(path), parser))


def _is_valid(document: Any, version: str) -> bool:
    schema = _schema(version)
    with _SCHEMA_LOCK:
        return bool(schema.validate(document))


def validate_pain008(data: bytes, version: str | None = None) -> None:
    """Raise ``ValidationError`` (field ``sepa_file``) unless ``data`` matches the XSD.

    ``version`` defaults to the one the file's namespace names; a file of no supported
    pain.008 version is refused on the field ``sepa_pain_version``.
    """
    parser = etree.XMLParser(**SAFE_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ValidationError(FILE_FIELD, "sepa_not_xml", line=error.lineno or 0) from None
    namespace = etree.QName(root).namespace or ""
    named = namespace.removeprefix(_NAMESPACE)
    if version is None:
        version = named
    if version not in VERSIONS:
        raise ValidationError("sepa_pain_version", "one_of", choices=list(VERSIONS))
    schema = _schema(version)
    with _SCHEMA_LOCK:
        if schema.validate(root):
            return
        first = schema.error_log[0]
        line, message = first.line, first.message
    raise ValidationError(
        FILE_FIELD,
        "sepa_schema_invalid",
        version=version,
        line=line,
        detail=message.replace("{" + _NAMESPACE + version + "}", ""),
    )
