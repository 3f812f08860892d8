"""Bank returns of SEPA debits: pain.002 status reports and camt.054 notifications, read safely."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from lxml import etree

from core.errors import ValidationError
from core.sepa.pain008 import FILE_FIELD, SAFE_PARSER_OPTIONS

_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:"
PAIN002_VERSIONS = ("pain.002.001.03", "pain.002.001.10")
CAMT054_VERSIONS = ("camt.054.001.02", "camt.054.001.08")
SUPPORTED_VERSIONS = PAIN002_VERSIONS + CAMT054_VERSIONS
NOT_PROVIDED = "NOTPROVIDED"

FileKind = Literal["pain.002", "camt.054"]
# "reject": refused before settlement (pain.002); "return": taken back after it (camt.054).
ItemKind = Literal["reject", "return"]
# What one item covers: the whole original message, one payment information block of it,
# or one transaction.
Scope = Literal["message", "payment_info", "transaction"]


@dataclass(frozen=True)
class ReturnedDebit:
    """One refusal the bank reports; no ``end_to_end_id`` for a whole message or block."""

    end_to_end_id: str | None
    reason_code: str | None
    amount_cents: int | None
    kind: ItemKind
    scope: Scope = "transaction"
    original_message_id: str | None = None
    original_payment_info_id: str | None = None


@dataclass(frozen=True)
class ReturnFile:
    """What a return file says.

    Items keep the file's order. A group or block reject comes as one item of scope
    ``message`` or ``payment_info`` (every transaction under it is refused); transactions
    the bank also lists under it come after it with their own, more precise, reason.
    """

    kind: FileKind
    version: str
    message_id: str
    original_message_ids: tuple[str, ...]
    items: tuple[ReturnedDebit, ...]


def parse(data: bytes) -> ReturnFile:
    """Read a pain.002 or camt.054 file; refuse anything else with a ``ValidationError``."""
    root = _parse(data)
    version = _version(root)
    reader = _Reader(root, version)
    if version.startswith("pain.002."):
        return _pain002(reader, version)
    return _camt054(reader, version)


# --- reading XML safely ---------------------------------------------------------------------
def _parse(data: bytes) -> Any:
    parser = etree.XMLParser(**SAFE_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ValidationError(FILE_FIELD, "sepa_not_xml", line=error.lineno or 0) from None
    if root.getroottree().docinfo.doctype:
        # Bank files have no DOCTYPE; one here can only carry entities, which are not read.
        raise ValidationError(FILE_FIELD, "sepa_doctype")
    return root


def _version(root: Any) -> str:
    qname = etree.QName(root)
    namespace = qname.namespace or ""
    if not namespace.startswith(_NAMESPACE) or qname.localname != "Document":
        raise ValidationError(FILE_FIELD, "sepa_not_a_return", value=namespace or qname.localname)
    version = namespace.removeprefix(_NAMESPACE)
    if version in SUPPORTED_VERSIONS:
        return version
    if version.startswith(("pain.002.", "camt.054.")):
        raise ValidationError(
            FILE_FIELD, "sepa_version_unsupported", value=version, choices=list(SUPPORTED_VERSIONS)
        )
    raise ValidationError(FILE_FIELD, "sepa_not_a_return", value=version)


class _Reader:
    """Namespace-aware look-ups with paths written without prefixes ("GrpHdr/MsgId")."""

    def __init__(self, root: Any, version: str) -> None:
        self.root = root
        self.version = version
        self._namespace = _NAMESPACE + version
        self._paths: dict[str, str] = {}

    def _path(self, path: str) -> str:
        qualified = self._paths.get(path)
        if qualified is None:
            ns = "{" + self._namespace + "}"
            qualified = self._paths[path] = "/".join(ns + step for step in path.split("/"))
        return qualified

    def find(self, element: Any, path: str) -> Any:
        return element.find(self._path(path))

    def findall(self, element: Any, path: str) -> list[Any]:
        return list(element.iterfind(self._path(path)))

    def text(self, element: Any, *paths: str) -> str | None:
        """The stripped text of the first of ``paths`` that has one."""
        for path in paths:
            found = element.find(self._path(path))
            if found is not None and found.text and found.text.strip():
                return str(found.text.strip())
        return None

    def required(self, element: Any, path: str) -> str:
        value = self.text(element, path)
        if value is None:
            raise ValidationError(
                FILE_FIELD, "sepa_element_missing", element=path, version=self.version
            )
        return value

    def child(self, element: Any, path: str) -> Any:
        found = self.find(element, path)
        if found is None:
            raise ValidationError(
                FILE_FIELD, "sepa_element_missing", element=path, version=self.version
            )
        return found

    def reason(self, element: Any) -> str | None:
        """The first reason code under ``element`` (``…/Rsn/Cd``, else a proprietary one)."""
        code = self.text(element, "Rsn/Cd", "Rsn/Prtry")
        return code.upper() if code else None

    def amount_cents(self, element: Any, *paths: str) -> int | None:
        text = self.text(element, *paths)
        if text is None:
            return None
        try:
            cents = Decimal(text) * 100
        except InvalidOperation:
            cents = Decimal("NaN")
        if not cents.is_finite() or cents < 0 or cents != cents.to_integral_value():
            raise ValidationError(FILE_FIELD, "sepa_amount_invalid", value=text)
        return int(cents)


def _reference(value: str | None) -> str | None:
    return None if value is None or value.upper() == NOT_PROVIDED else value


def _originals(items: list[ReturnedDebit], *more: str | None) -> tuple[str, ...]:
    found = {item.original_message_id for item in items} | set(more)
    return tuple(sorted(value for value in found if value))


# --- pain.002: the bank's answer to a pain.008, before settlement ---------------------------------
def _pain002(r: _Reader, version: str) -> ReturnFile:
    report = r.child(r.root, "CstmrPmtStsRpt")
    message_id = r.required(report, "GrpHdr/MsgId")
    group = r.child(report, "OrgnlGrpInfAndSts")
    original = r.required(group, "OrgnlMsgId")
    group_rejected = r.text(group, "GrpSts") == "RJCT"
    group_reason = _status_reason(r, group)
    items: list[ReturnedDebit] = []
    if group_rejected:
        items.append(
            ReturnedDebit(
                end_to_end_id=None,
                reason_code=group_reason,
                amount_cents=None,
                kind="reject",
                scope="message",
                original_message_id=original,
            )
        )
    for block in r.findall(report, "OrgnlPmtInfAndSts"):
        block_id = r.text(block, "OrgnlPmtInfId")
        block_rejected = group_rejected or r.text(block, "PmtInfSts") == "RJCT"
        block_reason = _status_reason(r, block) or group_reason
        if r.text(block, "PmtInfSts") == "RJCT":
            items.append(
                ReturnedDebit(
                    end_to_end_id=None,
                    reason_code=block_reason,
                    amount_cents=None,
                    kind="reject",
                    scope="payment_info",
                    original_message_id=original,
                    original_payment_info_id=block_id,
                )
            )
        for tx in r.findall(block, "TxInfAndSts"):
            status = r.text(tx, "TxSts")
            # A transaction listed without a status shares the status of its block or group.
            if status != "RJCT" and not (status is None and block_rejected):
                continue
            items.append(
                ReturnedDebit(
                    end_to_end_id=_reference(r.text(tx, "OrgnlEndToEndId")),
                    reason_code=_status_reason(r, tx) or block_reason,
                    amount_cents=r.amount_cents(tx, "OrgnlTxRef/Amt/InstdAmt"),
                    kind="reject",
                    scope="transaction",
                    original_message_id=original,
                    original_payment_info_id=block_id,
                )
            )
    return ReturnFile(
        kind="pain.002",
        version=version,
        message_id=message_id,
        original_message_ids=_originals(items, original),
        items=tuple(items),
    )


def _status_reason(r: _Reader, element: Any) -> str | None:
    for info in r.findall(element, "StsRsnInf"):
        code = r.reason(info)
        if code:
            return code
    return None


# --- camt.054: bookings on the creditor's account, after settlement --------------------------------
def _camt054(r: _Reader, version: str) -> ReturnFile:
    notification = r.child(r.root, "BkToCstmrDbtCdtNtfctn")
    message_id = r.required(notification, "GrpHdr/MsgId")
    items: list[ReturnedDebit] = []
    for account in r.findall(notification, "Ntfctn"):
        for entry in r.findall(account, "Ntry"):
            items.extend(_camt_entry(r, entry))
    return ReturnFile(
        kind="camt.054",
        version=version,
        message_id=message_id,
        original_message_ids=_originals(items),
        items=tuple(items),
    )


def _camt_entry(r: _Reader, entry: Any) -> list[ReturnedDebit]:
    # The status is a code in .02 and a choice (Sts/Cd) from .08 on. A pending booking may
    # still be undone; it is read when the bank books it.
    if r.text(entry, "Sts", "Sts/Cd") == "PDNG":
        return []
    entry_side = r.text(entry, "CdtDbtInd")
    reversal = (r.text(entry, "RvslInd") or "").lower() in ("true", "1")
    details = r.findall(entry, "NtryDtls")
    batch = next((r.find(d, "Btch") for d in details if r.find(d, "Btch") is not None), None)
    transactions = [tx for d in details for tx in r.findall(d, "TxDtls")]
    items: list[ReturnedDebit] = []
    for tx in transactions:
        side = r.text(tx, "CdtDbtInd") or entry_side
        returned = r.find(tx, "RtrInf")
        # A collected debit comes back as money leaving the creditor's account: a debit
        # booking, flagged as the reversal of the earlier credit or carrying return details.
        if side != "DBIT" or (returned is None and not reversal):
            continue
        # The instructed amount is the invoice's; the booked one may include the bank's fees.
        amount = r.amount_cents(tx, "AmtDtls/InstdAmt/Amt", "AmtDtls/TxAmt/Amt", "Amt")
        if amount is None and len(transactions) == 1:
            amount = r.amount_cents(entry, "Amt")
        items.append(
            ReturnedDebit(
                end_to_end_id=_reference(r.text(tx, "Refs/EndToEndId")),
                reason_code=r.reason(returned) if returned is not None else None,
                amount_cents=amount,
                kind="return",
                scope="transaction",
                original_message_id=r.text(tx, "Refs/MsgId")
                or (r.text(batch, "MsgId") if batch is not None else None),
                original_payment_info_id=r.text(tx, "Refs/PmtInfId")
                or (r.text(batch, "PmtInfId") if batch is not None else None),
            )
        )
    if not transactions and entry_side == "DBIT" and reversal:
        # A reversed collection booked without details: kept, so that an import can say it
        # could not match it rather than skip it silently.
        items.append(
            ReturnedDebit(
                end_to_end_id=None,
                reason_code=None,
                amount_cents=r.amount_cents(entry, "Amt"),
                kind="return",
                scope="transaction",
                original_message_id=r.text(batch, "MsgId") if batch is not None else None,
                original_payment_info_id=r.text(batch, "PmtInfId") if batch is not None else None,
            )
        )
    return items
