"""The `guichet` command line: every sub-command, working without a screen."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

from core import validation as v
from core.config import Settings, load_settings
from core.db import sqlite_file_missing
from core.errors import DuplicateEmail, GuichetError, PartialRun, RuleViolation, ValidationError

if TYPE_CHECKING:
    # What a command needs is imported when it runs: `guichet link create` must not load
    # the debit, billing or document machinery.
    from core.bootstrap import Services
    from core.dto import CreditNoteInfo, CustomerDetail, InvoiceInfo, SubscriptionInfo
    from core.services.debits import BatchInfo


class UsageError(Exception):
    """argparse refused the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def whole_number(text: str) -> int:
    """ASCII digits only: int() would also take "١٢", "1_000" and "+3"."""
    if not re.fullmatch(r"[0-9]+", text, flags=re.ASCII):
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number (digits 0-9)")
    return int(text)


def _count(n: int, noun: str) -> str:
    """English for the command line: "1 link", "2 links"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def progress_bar(total: int, unit: str, stream: TextIO | None = None) -> Any:
    """A progress bar on a terminal (stderr by default); none when the stream is not a
    terminal (a pipe, a log file): the command's final line says what was done."""
    from tqdm import tqdm

    out = stream if stream is not None else sys.stderr
    try:
        terminal = out.isatty()
    except (AttributeError, ValueError):  # closed, or not a real stream
        terminal = False
    return tqdm(
        total=total,
        unit=unit,
        unit_scale=True,
        file=out,
        disable=not terminal,
        mininterval=0.5,
        dynamic_ncols=True,
        leave=False,
    )


# Every command, in the order of ``guichet --help``.
COMMANDS = (
    "demo-data",
    "portal",
    "bill",
    "link",
    "payment-method",
    "invoice",
    "customer",
    "subscription",
    "debit",
    "export",
    "greylist",
    "db",
)


def build_parser(only: str | None = None, *, whole: bool = True) -> argparse.ArgumentParser:
    """The command line's parser. ``whole=False``: every command is named (``--help`` is the
    same) but only ``only``'s own arguments and sub-commands are made; a start of the desk
    or one command then does not pay for all of them."""

    def want(name: str) -> bool:
        return whole or name == only

    common = _Parser(add_help=False)
    common.add_argument("--database", "-d", help="SQLAlchemy URL or SQLite file path")

    parser = _Parser(
        prog="guichet",
        description="Guichet: the desk for subscribers and how they pay.",
        parents=[common],
    )
    parser.add_argument("--demo", action="store_true", help="open the desk on a demo database")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo-data", parents=[common], help="add N realistic customers")
    if want("demo-data"):
        demo.add_argument("--customers", type=whole_number, required=True)
        demo.add_argument("--seed", type=whole_number, default=0)

    portal = sub.add_parser("portal", parents=[common], help="serve the payment form")
    if want("portal"):
        portal.add_argument("--host", default=None)
        portal.add_argument("--port", type=whole_number, default=None)

    bill = sub.add_parser("bill", parents=[common], help="billing run")
    if want("bill"):
        bill.add_argument("--until", help="YYYY-MM-DD (default: today)")

    link = sub.add_parser("link", parents=[common], help="payment links")
    if want("link"):
        link_sub = link.add_subparsers(dest="link_command", required=True, parser_class=_Parser)
        create = link_sub.add_parser("create", parents=[common])
        create.add_argument("reference")
        create.add_argument("--method", required=True, choices=v.AUTOMATIC_METHODS)
        revoke = link_sub.add_parser("revoke", parents=[common])
        revoke.add_argument("reference")
        letter = link_sub.add_parser(
            "letter", parents=[common], help="a new link, as a letter (PDF)"
        )
        letter.add_argument("reference")
        letter.add_argument("--method", required=True, choices=v.AUTOMATIC_METHODS)
        letter.add_argument("--output", required=True, help="the PDF file to write")

    pm = sub.add_parser("payment-method", parents=[common], help="payment methods")
    if want("payment-method"):
        pm_sub = pm.add_subparsers(dest="pm_command", required=True, parser_class=_Parser)
        pm_set = pm_sub.add_parser("set", parents=[common])
        pm_set.add_argument("reference")
        pm_set.add_argument("--method", required=True, choices=v.OFFLINE_METHODS)

    inv = sub.add_parser("invoice", parents=[common], help="invoices")
    if want("invoice"):
        inv_sub = inv.add_subparsers(dest="invoice_command", required=True, parser_class=_Parser)
        pay = inv_sub.add_parser("pay", parents=[common])
        pay.add_argument("number", nargs="+", help="one or more invoices of one customer")
        pay.add_argument("--method", required=True, choices=v.OFFLINE_PAYMENT_KINDS)
        pay.add_argument("--date", required=True)
        pay.add_argument("--reference", default="")
        pay.add_argument("--notes", default="")
        void = inv_sub.add_parser("void", parents=[common])
        void.add_argument("number")
        void.add_argument("--reason", required=True)
        refund = inv_sub.add_parser("refund", parents=[common])
        refund.add_argument("number")
        refund.add_argument("--reason", required=True)
        ishow = inv_sub.add_parser("show", parents=[common])
        ishow.add_argument("number")
        ishow.add_argument("--json", action="store_true")
        ipdf = inv_sub.add_parser(
            "pdf", parents=[common], help="invoice or credit note as Factur-X PDF"
        )
        ipdf.add_argument("number", help="F… for an invoice, AV… for a credit note")
        ipdf.add_argument("--output", required=True, help="the PDF file to write")

    cust = sub.add_parser("customer", parents=[common], help="customers")
    if want("customer"):
        cust_sub = cust.add_subparsers(dest="customer_command", required=True, parser_class=_Parser)
        add = cust_sub.add_parser("add", parents=[common])
        add.add_argument("--reference", required=True)
        add.add_argument("--name", required=True)
        add.add_argument("--email", required=True)
        add.add_argument("--language", default="fr")
        add.add_argument("--country", default="FR")
        add.add_argument("--company", default="")
        add.add_argument("--address-line1", default="")
        add.add_argument("--postal-code", default="")
        add.add_argument("--city", default="")
        add.add_argument("--phone", default="")
        add.add_argument(
            "--allow-duplicate-email",
            action="store_true",
            help="add the customer even if another one already has this email",
        )
        lst = cust_sub.add_parser("list", parents=[common])
        lst.add_argument("--search", default="")
        lst.add_argument("--limit", type=whole_number, default=100)
        lst.add_argument("--json", action="store_true")
        show = cust_sub.add_parser("show", parents=[common])
        show.add_argument("reference")
        show.add_argument("--json", action="store_true")
        for name in ("delete", "anonymize"):
            p = cust_sub.add_parser(name, parents=[common])
            p.add_argument("reference")
            p.add_argument("--yes", action="store_true", help="confirm (required)")

    subs = sub.add_parser("subscription", parents=[common], help="subscriptions")
    if want("subscription"):
        subs_sub = subs.add_subparsers(
            dest="subscription_command", required=True, parser_class=_Parser
        )
        sadd = subs_sub.add_parser("add", parents=[common])
        sadd.add_argument("reference")
        sadd.add_argument("--label", required=True)
        sadd.add_argument("--amount-cents", required=True)
        sadd.add_argument("--period", required=True, choices=("monthly", "yearly"))
        sadd.add_argument("--start", required=True)
        sadd.add_argument("--currency", default="EUR")
        sadd.add_argument("--vat-rate", default=None, help="percent: 20, 10, 5.5, 2.1 or 0")
        slist = subs_sub.add_parser("list", parents=[common])
        slist.add_argument("reference")
        slist.add_argument("--json", action="store_true")
        sterm = subs_sub.add_parser("terminate", parents=[common])
        sterm.add_argument("id")
        sterm.add_argument("--on", default=None, help="YYYY-MM-DD: nothing billed from then")
        for name in ("suspend", "resume"):
            subs_sub.add_parser(name, parents=[common]).add_argument("id")
        schange = subs_sub.add_parser("change", parents=[common])
        schange.add_argument("id")
        schange.add_argument("--amount-cents", required=True)

    debit = sub.add_parser("debit", parents=[common], help="SEPA direct debit batches")
    if want("debit"):
        debit_sub = debit.add_subparsers(dest="debit_command", required=True, parser_class=_Parser)
        prepare = debit_sub.add_parser("prepare", parents=[common])
        prepare.add_argument("--collection-date", required=True, help="YYYY-MM-DD, a TARGET2 day")
        export = debit_sub.add_parser("export", parents=[common])
        export.add_argument("batch")
        export.add_argument("--output", required=True)
        for name in ("cancel", "settle"):
            debit_sub.add_parser(name, parents=[common]).add_argument("batch")
        imp = debit_sub.add_parser("import", parents=[common])
        imp.add_argument("file")
        imp.add_argument("--dry-run", action="store_true")
        dlist = debit_sub.add_parser("list", parents=[common])
        dlist.add_argument("--json", action="store_true")
        dshow = debit_sub.add_parser("show", parents=[common])
        dshow.add_argument("batch")
        dshow.add_argument("--json", action="store_true")

    exp = sub.add_parser("export", parents=[common], help="exports for the accountant")
    if want("export"):
        exp_sub = exp.add_subparsers(dest="export_command", required=True, parser_class=_Parser)
        einv = exp_sub.add_parser("invoices", parents=[common])
        einv.add_argument("--from", dest="start", required=True)
        einv.add_argument("--to", dest="end", required=True)
        einv.add_argument("--output", required=True, help="F.csv or F.xlsx")

    grey = sub.add_parser("greylist", parents=[common], help="grey list")
    if want("greylist"):
        grey_sub = grey.add_subparsers(dest="greylist_command", required=True, parser_class=_Parser)
        lift = grey_sub.add_parser("lift", parents=[common])
        lift.add_argument("reference")
    _add_db_commands(sub, common, full=want("db"))
    return parser


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds") + "Z"
    return value.isoformat()


def customer_json(c: CustomerDetail) -> dict[str, Any]:
    pm = c.payment_method
    return {
        "reference": c.reference,
        "name": c.name,
        "email": c.email,
        "language": c.language,
        "status": c.status,
        "greylisted": c.greylisted,
        "company": c.company,
        "country": c.country,
        "phone": c.phone,
        "vat_number": c.vat_number,
        "anonymized": c.anonymized,
        "version": c.version,
        "payment_method": None
        if pm is None
        else {
            "method": pm.method,
            "automatic": pm.automatic,
            "iban_masked": pm.iban_masked,
            "bic": pm.bic,
            "mandate_reference": pm.mandate_reference,
            "mandate_signed_on": _iso(pm.mandate_signed_on),
            "card_brand": pm.card_brand,
            "card_last4": pm.card_last4,
            "card_exp_month": pm.card_exp_month,
            "card_exp_year": pm.card_exp_year,
            "usable": pm.usable,
            "unusable_reason": pm.unusable_reason,
        },
        "links": [
            {
                "method": link.method,
                "state": link.state,
                "created_at": _iso(link.created_at),
                "created_by": link.created_by,
                "expires_at": _iso(link.expires_at),
            }
            for link in c.links
        ],
        "invoices": [invoice_json(inv) for inv in c.invoices],
        "credit_notes": [credit_note_json(n) for n in c.credit_notes],
        "subscriptions": [subscription_json(x) for x in c.subscriptions],
    }


def invoice_json(inv: InvoiceInfo) -> dict[str, Any]:
    return {
        "number": inv.number,
        "label": inv.label,
        "status": inv.status,
        "collection": inv.collection,
        "amount_cents": inv.amount_cents,
        "net_cents": inv.net_cents,
        "tax_cents": inv.tax_cents,
        "vat_rate": inv.vat_rate_bp / 100,
        "currency": inv.currency,
        "issued_on": _iso(inv.issued_on),
        "period_start": _iso(inv.period_start),
        "due_on": _iso(inv.due_on),
        "overdue": inv.overdue,
        "paid_on": _iso(inv.paid_on),
        "debit_on": _iso(inv.debit_on),
        "reason_code": inv.reason_code,
        "debit": None
        if inv.debit is None
        else {
            "batch": inv.debit.batch,
            "collection_date": _iso(inv.debit.collection_date),
            "sequence": inv.debit.sequence,
            "status": inv.debit.status,
            "reason_code": inv.debit.reason_code,
        },
        "payments": [
            {
                "method": p.method,
                "paid_on": _iso(p.paid_on),
                "reference": p.reference,
                "notes": p.notes,
                "recorded_by": p.recorded_by,
                "invoices": list(p.invoices),
            }
            for p in inv.payments
        ],
        "credit_notes": [credit_note_json(n) for n in inv.credit_notes],
    }


def credit_note_json(n: CreditNoteInfo) -> dict[str, Any]:
    return {
        "number": n.number,
        "invoice": n.invoice,
        "kind": n.kind,
        "amount_cents": n.amount_cents,
        "net_cents": n.net_cents,
        "tax_cents": n.tax_cents,
        "currency": n.currency,
        "issued_on": _iso(n.issued_on),
        "reason": n.reason,
    }


def _require_yes(args: argparse.Namespace, what: str) -> None:
    if not args.yes:
        raise RuleViolation("confirm_with_yes", action=what)


PortalServer = Callable[..., None]


def run_command(
    args: argparse.Namespace, settings: Settings, serve_portal: PortalServer | None = None
) -> int:
    if args.command == "portal":
        # The rest of core/ never imports core/portal/: the entry point injects the server.
        if serve_portal is None:
            raise GuichetError("portal_needs_entry_point")
        default = urlsplit(settings.portal_url)
        serve_portal(
            settings, host=args.host or "127.0.0.1", port=args.port or default.port or 8765
        )
        return 0
    if args.command == "db":
        return _db(args, settings)
    creates = args.command == "demo-data" or (
        args.command == "customer" and args.customer_command == "add"
    )
    missing = sqlite_file_missing(settings.database)
    if missing and not creates:
        # A typo in --database must not leave a new empty database behind.
        raise ValidationError("database", "file_missing", path=missing)
    from core.bootstrap import open_services

    services = open_services(settings)
    try:
        return _dispatch(args, services)
    finally:
        services.close()


def _dispatch(args: argparse.Namespace, s: Services) -> int:
    out = sys.stdout
    if args.command == "demo-data":
        from core.demo import add_demo_customers

        if args.customers <= 0:
            raise ValidationError("--customers", "not_positive")
        started = datetime.now()
        with progress_bar(args.customers, "customer") as bar:
            made = add_demo_customers(s, args.customers, seed=args.seed, progress=bar.update)
        seconds = (datetime.now() - started).total_seconds()
        print(f"added {_count(made, 'customer')} in {seconds:.1f} s", file=sys.stderr)
    elif args.command == "bill":
        issued = s.billing.run(args.until)
        paid, declined = s.billing.last_charges
        print(f"{len(issued)} invoice{'s' if len(issued) != 1 else ''} issued", file=out)
        if paid or declined:
            print(f"card charges: {paid} paid, {declined} declined", file=sys.stderr)
        for inv in issued:
            print(
                f"{inv.number}\t{inv.issued_on}\t{inv.amount_cents}\t{inv.currency}\t{inv.collection}",
                file=out,
            )
    elif args.command == "link":
        if args.link_command == "create":
            link = s.payments.create_link(args.reference, args.method)
            print(link.url, file=out)
        elif args.link_command == "letter":
            link = s.documents.write_letter(args.reference, args.method, args.output)
            print(link.url, file=out)
        else:
            count = s.payments.revoke_links(args.reference)
            print(f"{_count(count, 'link')} revoked", file=sys.stderr)
    elif args.command == "payment-method":
        s.payments.set_offline_method(args.reference, args.method)
    elif args.command == "invoice":
        if args.invoice_command == "pay":
            s.billing.record_payments(
                args.number,
                method=args.method,
                paid_on=args.date,
                reference=args.reference,
                notes=args.notes,
            )
        elif args.invoice_command == "void":
            print(s.billing.void(args.number, reason=args.reason).number, file=out)
        elif args.invoice_command == "refund":
            print(s.billing.refund(args.number, reason=args.reason).number, file=out)
        elif args.invoice_command == "pdf":
            s.documents.write_invoice_pdf(args.number, args.output)
        else:
            shown = s.billing.invoice(args.number)
            if args.json:
                json.dump(invoice_json(shown), out, ensure_ascii=False, indent=1)
                out.write("\n")
            else:
                print(
                    f"{shown.number}\t{shown.status}\t{shown.amount_cents}\t{shown.currency}",
                    file=out,
                )
    elif args.command == "customer":
        cc = args.customer_command
        if cc == "add":
            from core.dto import CustomerInput

            try:
                created = s.customers.create(
                    CustomerInput(
                        reference=args.reference,
                        name=args.name,
                        email=args.email,
                        language=args.language,
                        country=args.country,
                        company=args.company,
                        address_line1=args.address_line1,
                        postal_code=args.postal_code,
                        city=args.city,
                        phone=args.phone,
                    ),
                    allow_duplicate_email=args.allow_duplicate_email,
                )
            except DuplicateEmail as exc:
                # The same refusal, with the way to add them anyway on the command line.
                raise RuleViolation("duplicate_email_cli", **exc.params) from None
            print(created.reference, file=out)
        elif cc == "list":
            limit = args.limit
            if limit <= 0:
                raise ValidationError("--limit", "not_positive")
            page = s.customers.search(args.search, limit=min(limit, 1000), with_total=False)
            rows = [
                {
                    "reference": r.reference,
                    "name": r.name,
                    "email": r.email,
                    "company": r.company,
                    "payment_method": r.payment_method,
                    "greylisted": r.greylisted,
                }
                for r in page.rows
            ]
            if args.json:
                json.dump(rows, out, ensure_ascii=False, indent=1)
                out.write("\n")
            else:
                for r in rows:
                    print(f"{r['reference']}\t{r['name']}\t{r['email']}", file=out)
        elif cc == "show":
            detail = s.customers.get(args.reference)
            if args.json:
                json.dump(customer_json(detail), out, ensure_ascii=False, indent=1)
                out.write("\n")
            else:
                method = detail.payment_method.label("en") if detail.payment_method else "none"
                print(f"{detail.reference}\t{detail.name}\t{detail.email}\t{method}", file=out)
        elif cc == "delete":
            _require_yes(args, "delete")
            s.customers.delete(args.reference)
        elif cc == "anonymize":
            _require_yes(args, "anonymize")
            s.customers.anonymize(args.reference)
    elif args.command == "subscription":
        _subscription(args, s, out)
    elif args.command == "greylist":
        s.payments.lift_greylist(args.reference)
    elif args.command == "debit":
        _debit(args, s, out)
    elif args.command == "export":
        from core.exports import export_rows, write_export

        exported = export_rows(s.billing.ctx, args.start, args.end)
        write_export(exported, args.output)
        count = len(exported)
        print(f"{count} row{'s' if count != 1 else ''} written", file=sys.stderr)
    return 0


def subscription_json(sub: SubscriptionInfo) -> dict[str, Any]:
    return {
        "id": sub.id,
        "label": sub.label,
        "amount_cents": sub.amount_cents,
        "currency": sub.currency,
        "period": sub.period,
        "status": sub.status,
        "start_on": _iso(sub.start_on),
        "next_billing_on": _iso(sub.next_billing_on),
        "terminated_on": _iso(sub.terminated_on),
        "vat_rate": None if sub.vat_rate_bp is None else sub.vat_rate_bp / 100,
    }


def _subscription(args: argparse.Namespace, s: Services, out: Any) -> None:
    sc = args.subscription_command
    if sc == "add":
        made = s.billing.add_subscription(
            args.reference,
            label=args.label,
            amount_cents=args.amount_cents,
            period=args.period,
            start=args.start,
            currency=args.currency,
            vat_rate=args.vat_rate,
        )
        print(made.id, file=out)
    elif sc == "list":
        found = s.billing.subscriptions(args.reference)
        if args.json:
            json.dump([subscription_json(x) for x in found], out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            for x in found:
                print(f"{x.id}\t{x.label}\t{x.amount_cents}\t{x.period}\t{x.status}", file=out)
    elif sc == "terminate":
        s.billing.terminate_subscription(args.id, args.on)
    elif sc == "suspend":
        s.billing.suspend_subscription(args.id)
    elif sc == "resume":
        s.billing.resume_subscription(args.id)
    elif sc == "change":
        s.billing.change_subscription(args.id, amount_cents=args.amount_cents)


def batch_json(b: BatchInfo) -> dict[str, Any]:
    return {
        "reference": b.reference,
        "status": b.status,
        "collection_date": _iso(b.collection_date),
        "count": b.count,
        "total_cents": b.total_cents,
        "message_id": b.message_id,
        "frst": b.frst,
        "rcur": b.rcur,
        "exported_at": _iso(b.exported_at),
        "settled_at": _iso(b.settled_at),
    }


def _debit(args: argparse.Namespace, s: Services, out: Any) -> None:
    dc = args.debit_command
    if dc == "prepare":
        batch = s.debits.prepare(args.collection_date)
        if batch is not None:
            print(batch.reference, file=out)
    elif dc == "export":
        s.debits.export(args.batch, args.output)
    elif dc == "cancel":
        s.debits.cancel(args.batch)
    elif dc == "settle":
        s.debits.settle(args.batch)
    elif dc == "import":
        content = _read_file("file", args.file)
        result = s.debits.import_return(content, dry_run=args.dry_run)
        rejected = sum(1 for c in result.changes if c.kind == "reject" and not c.already)
        returned = sum(1 for c in result.changes if c.kind == "return" and not c.already)
        if result.already_imported:
            line = f"{result.kind}: already imported; nothing changed"
        else:
            verb = "would change" if args.dry_run else "changed"
            line = (
                f"{result.kind}: {rejected} rejected, {returned} returned; "
                f"{result.new_changes} invoice{'s' if result.new_changes != 1 else ''} {verb}"
            )
        print(line, file=out)
    elif dc == "list":
        batches = s.debits.batches()
        if args.json:
            json.dump([batch_json(b) for b in batches], out, indent=1)
            out.write("\n")
        else:
            for b in batches:
                print(
                    f"{b.reference}\t{b.collection_date}\t{b.status}\t{b.count}\t{b.total_cents}",
                    file=out,
                )
    elif dc == "show":
        detail = s.debits.batch(args.batch)
        data = batch_json(detail.batch)
        data["transactions"] = [
            {
                "invoice": t.invoice,
                "customer": t.customer_reference,
                "end_to_end_id": t.end_to_end_id,
                "sequence": t.sequence,
                "mandate_reference": t.mandate_reference,
                "amount_cents": t.amount_cents,
                "status": t.status,
                "reason_code": t.reason_code,
                "presentation": t.presentation,
            }
            for t in detail.lines
        ]
        if args.json:
            json.dump(data, out, indent=1)
            out.write("\n")
        else:
            for t in data["transactions"]:
                print(
                    f"{t['invoice']}\t{t['sequence']}\t{t['amount_cents']}\t{t['status']}", file=out
                )


def _add_db_commands(sub: Any, common: argparse.ArgumentParser, *, full: bool = True) -> None:
    dbp = sub.add_parser("db", parents=[common], help="create, upgrade, back up, restore, copy")
    if not full:
        return
    db_sub = dbp.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    db_sub.add_parser("init", parents=[common], help="create a new database")
    db_sub.add_parser("upgrade", parents=[common], help="bring the schema to this version")
    backup = db_sub.add_parser("backup", parents=[common], help="write a copy of the database")
    backup.add_argument("--output", required=True, help="a new file")
    restore = db_sub.add_parser("restore", parents=[common], help="put a backup in place")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="confirm (required)")
    copy = db_sub.add_parser("copy", parents=[common], help="copy into an empty PostgreSQL")
    copy.add_argument("--to", required=True, help="postgresql+psycopg://user@host/database")


def _db(args: argparse.Namespace, settings: Settings) -> int:
    """`guichet db …`: the work is in core.dbadmin; here, what it says."""
    from core import dbadmin

    dc, database = args.db_command, settings.database
    missing = sqlite_file_missing(database)
    if missing and dc in ("upgrade", "backup", "copy"):
        raise ValidationError("database", "file_missing", path=missing)
    if dc == "init":
        revision = dbadmin.init_database(database)
        print(f"created {dbadmin.describe(database)} (schema {revision})", file=sys.stderr)
    elif dc == "upgrade":
        up = dbadmin.upgrade_database(database)
        where = dbadmin.describe(database)
        if not up.changed:
            print(f"{where}: schema {up.after}, already current", file=sys.stderr)
        else:
            print(f"{where}: schema {up.before or 'none'} -> {up.after}", file=sys.stderr)
    elif dc == "backup":
        made = dbadmin.backup_database(database, args.output)
        counted = "" if made.customers is None else f", {_count(made.customers, 'customer')}"
        print(f"backup written: {made.path} ({made.size:,} bytes{counted})", file=sys.stderr)
    elif dc == "restore":
        done = dbadmin.restore_database(database, args.file, confirmed=args.yes)
        kept = (
            f"; the replaced database is kept as {done.replaced_kept}" if done.replaced_kept else ""
        )
        schema = done.after if done.before == done.after else f"{done.before} -> {done.after}"
        print(f"restored {args.file} into {done.database} (schema {schema}){kept}", file=sys.stderr)
    elif dc == "copy":
        report = dbadmin.copy_database(database, args.to, lambda line: print(line, file=sys.stderr))
        for t in report.tables:
            state = "equal" if t.equal else "DIFFERENT"
            print(
                f"{t.table}\t{t.source_rows}\t{t.target_rows}\t{t.target_sum[:16]}\t{state}",
                file=sys.stdout,
            )
        if report.differing:
            raise GuichetError(
                "copy_differs", tables=", ".join(report.differing), target=report.target
            )
        print(
            f"copied {_count(report.rows, 'row')} in {_count(len(report.tables), 'table')} "
            f"to {report.target} in {report.seconds:.1f} s; counts and checksums equal",
            file=sys.stdout,
        )
    return 0


def _read_file(field: str, path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(20_000_000)
    except OSError as exc:
        raise ValidationError(field, "cannot_read", path=path, why=exc.strerror) from None


def fail(message: str) -> int:
    """Scripts get exit code 2 and one line on stderr."""
    print(f"guichet: {' '.join(message.split())}", file=sys.stderr)
    return 2


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    args = list(sys.argv[1:] if argv is None else argv)
    _refuse_undecodable(args)
    chosen = _command_named(args)
    try:
        parsed = build_parser(chosen, whole=False).parse_args(args)
    except UsageError:
        parsed = None
    if parsed is None or parsed.command != chosen:
        # Not the command the words seemed to name: the whole parser decides (and words
        # any refusal), exactly as it always has.
        parsed = build_parser().parse_args(args)
    return parsed


def _command_named(args: list[str]) -> str | None:
    """The command these words name, at a glance (``parse`` checks it): the first word that is
    a command, not the value of ``--database``."""
    for i, arg in enumerate(args):
        if arg == "--":
            return None
        if arg in COMMANDS and (i == 0 or args[i - 1] not in ("--database", "-d")):
            return arg
    return None


def _refuse_undecodable(args: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates: refuse them by name."""
    for i, arg in enumerate(args):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            if arg.startswith("--") and "=" in arg:
                name = arg.split("=", 1)[0]
            elif i > 0 and args[i - 1].startswith("-"):
                name = args[i - 1]
            else:
                name = f"argument {i + 1}"
            raise UsageError(f"{name}: not valid UTF-8 text") from None


def _quiet_stdout() -> None:
    """The reader went away: later writes (and the flush at exit) go nowhere, silently."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None, *, serve_portal: PortalServer | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        args = parse(argv)
    except UsageError as exc:
        return fail(str(exc))
    try:
        settings = load_settings(
            demo=bool(getattr(args, "demo", False)), overrides={"database": args.database}
        )
        if args.command is None:
            return fail(
                "the desk needs the desktop front end: run 'guichet' from an install with it"
            )
        return run_command(args, settings, serve_portal)
    except PartialRun as exc:
        # Some work is committed: not exit 2, which promises that nothing changed.
        print(f"guichet: {exc}", file=sys.stderr)
        return 3
    except GuichetError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output is written after the work is committed: `guichet bill | head` closing the
        # pipe early is not a failure of the command (exit 2 would say nothing changed).
        _quiet_stdout()
        return 0
    except Exception as exc:  # never a traceback for a script: one line, exit 2
        logging.getLogger("guichet.cli").debug("unexpected", exc_info=True)
        return fail(f"unexpected error: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    sys.exit(main())
