"""Every human text of the core, the form and the desk's non-widget parts, by code.

A code names what is said; its English sentence below is the gettext msgid, extracted by
``pybabel extract`` (keywords ``N_`` and ``Nn_``) into ``resources/locale``. Parameters
fill ``{name}`` placeholders; an entry given as ``Nn_(singular, plural)`` is chosen with
``ngettext`` on its ``count`` parameter. Nothing here is translated: ``core.i18n`` says a
code in the reader's language.
"""

from __future__ import annotations


def N_(msgid: str) -> str:
    """Mark a sentence for extraction; it is translated where it is shown."""
    return msgid


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a sentence with a plural form; ``count`` picks the form where it is shown."""
    return singular, plural


Entry = str | tuple[str, str]

# --- why an input is refused: shown after the field's name ("Email: is required") ---------
VALIDATION: dict[str, Entry] = {
    "required": N_("is required"),
    "too_long": N_("is too long (at most {max_length} characters)"),
    "reference_characters": N_("may hold only letters, digits, '-', '_' and '.'"),
    "email_invalid": N_("is not a valid email address"),
    "language_invalid": N_("must be French (fr) or English (en)"),
    "country_invalid": N_("'{value}' is not an ISO 3166-1 alpha-2 country code"),
    "phone_not_a_number": N_("'{value}' is not a phone number"),
    "phone_invalid_for_country": N_("'{value}' is not a valid phone number for {country}"),
    "vat_invalid": N_("'{value}' is not a valid VAT number"),
    "iban_invalid": N_("is not a valid IBAN"),
    "bic_unknown_bank": N_("is required (the bank of this IBAN is not known)"),
    "bic_invalid": N_("is not a valid BIC"),
    "bic_other_country": N_("{bic} is a bank in {bic_country}, not in {iban_country}"),
    "mandate_reference_characters": N_(
        "must be 1 to 35 characters among A-Z a-z 0-9 / - ? : ( ) . , ' +"
    ),
    "mandate_reference_slashes": N_("must not start or end with '/' nor hold '//'"),
    "creditor_id_missing": N_("is not set: configure the SEPA creditor identifier"),
    "creditor_id_invalid": N_("'{value}' is not a valid SEPA creditor identifier"),
    "in_future": N_("cannot be in the future"),
    "not_whole_cents": N_("must be a whole number of cents"),
    "not_whole_number": N_("must be a whole number"),
    "not_positive": N_("must be greater than zero"),
    "too_large": N_("is too large"),
    "one_of": N_("must be one of {choices}"),
    "not_a_date": N_("'{value}' is not a date (YYYY-MM-DD)"),
    "status_invalid": N_("must be active or suspended"),
    "postal_code_invalid": N_(
        "'{value}' is not a valid postal code for {country} (for example: {example})"
    ),
    "period_invalid": N_("must be monthly or yearly"),
    "reference_taken": N_("'{value}' is already used by another customer"),
    "reference_retired": N_("'{value}' belonged to a deleted customer and is never reused"),
    "link_wants_card": N_("this link asks for a card"),
    "link_wants_sepa": N_("this link asks for a SEPA mandate"),
    "consent_missing": N_("the mandate must be accepted"),
    "expiry_not_numbers": N_("expiry month and year must be numbers"),
    "file_missing": N_("{path} does not exist"),
    "not_toml": N_("{path} is not valid TOML ({why})"),
    "unknown_setting": N_("'{key}' is not a setting of Guichet (in {path})"),
    "boolean_invalid": N_("must be true or false"),
    "before_from": N_("cannot be before the start of the period ({start})"),
    "before_start": N_("cannot be before the subscription's start ({start})"),
    "vat_rate_invalid": N_("'{value}' is not a French VAT rate (20, 10, 5.5, 2.1 or 0)"),
    "not_text": N_("must be text (in quotes in guichet.toml)"),
    "not_utf8": N_("is not valid UTF-8 text"),
    "sepa_schema_invalid": N_(
        "does not match the official {version} schema (line {line}: {detail})"
    ),
    "sepa_batch_empty": N_("holds no debit to collect"),
    "sepa_id_invalid": N_(
        "'{value}' must be 1 to 35 characters among A-Z a-z 0-9 / - ? : ( ) . , ' + "
        "with no leading, trailing or double '/'"
    ),
    "sepa_id_repeated": N_("'{value}' appears more than once in the file"),
    "sepa_not_xml": N_("is not a well-formed XML file (line {line})"),
    "sepa_doctype": N_(
        "declares a document type (DOCTYPE), which bank files never do; it was not read"
    ),
    "sepa_not_a_return": N_("is not a pain.002 or camt.054 bank return ('{value}')"),
    "sepa_version_unsupported": N_("{value} is not a supported version (supported: {choices})"),
    "sepa_element_missing": N_("has no {element} element, which a {version} message must have"),
    "sepa_amount_invalid": N_("'{value}' is not a valid amount"),
    "not_target2_day": N_(
        "is not a TARGET2 business day (banks do not collect then); the next one is {next}"
    ),
    "collection_too_soon": N_("is too soon for the bank; the earliest collection date is {next}"),
    "file_exists": N_("{path} already exists; choose another name"),
    "url_invalid": N_("'{value}' is not a database URL ({why})"),
    "not_postgresql_url": N_(
        "{value} is not a PostgreSQL database; write postgresql+psycopg://user@host/database"
    ),
    "cannot_write": N_("{path} cannot be written ({why})"),
    "siret_invalid": N_("'{value}' is not a valid SIRET or SIREN number"),
    "vat_other_siren": N_("'{value}' is not the VAT number of the SIREN in business_siret"),
    "setting_needed_invoice": N_(
        "is not set, and invoices must show it: set '{key}' in guichet.toml or GUICHET_{env}"
    ),
    "setting_needed_letter": N_(
        "is not set, and letters must show it: set '{key}' in guichet.toml or GUICHET_{env}"
    ),
    "cannot_read": N_("{path} cannot be read ({why})"),
    "unknown_transaction": N_("names a debit Guichet never sent ({key}); nothing was imported"),
    # The card gateway's refusals (the form shows them in the customer's words).
    "card_declined": N_("the card was declined"),
    "card_number_invalid": N_("is not a valid card number"),
    "card_expired": N_("the card has expired or its expiry date is not valid"),
    "cvc_invalid": N_("is not a valid security code"),
}

# --- a business rule forbids the action: the sentence names the rule ---------------------
RULES: dict[str, Entry] = {
    "anonymised_subscribe": N_(
        "Rule 'anonymised is final': an anonymised customer cannot subscribe."
    ),
    "anonymised_edit": N_("Rule 'anonymised is final': an anonymised customer cannot be edited."),
    "anonymised_link": N_(
        "Rule 'anonymised is final': an anonymised customer cannot receive a payment link."
    ),
    "anonymised_method": N_(
        "Rule 'anonymised is final': an anonymised customer's payment method cannot change."
    ),
    "terminate_once": N_("Rule 'terminate once': this subscription is already terminated."),
    "record_payment_only_on_due": N_(
        "Rule 'payments on due invoices only': invoice {number} is {status}."
    ),
    "void_only_due": N_("Rule 'void only a due invoice': invoice {number} is {status}."),
    "refund_only_paid": N_("Rule 'refund only a paid invoice': invoice {number} is {status}."),
    "problem_only_due": N_(
        "Rule 'only a due invoice can become unpaid': invoice {number} is {status}."
    ),
    "no_change": N_("The payment method is already {method}: nothing to change."),
    "revoke_live_only": N_("Rule 'revoke a live link only': this link is already {state}."),
    "greylist_lift_only_listed": N_("This customer is not on the grey list."),
    "delete_without_invoices": Nn_(
        "Rule 'delete only without invoices': this customer has {count} invoice, which is a "
        "legal record; anonymise instead.",
        "Rule 'delete only without invoices': this customer has {count} invoices, which are "
        "legal records; anonymise instead.",
    ),
    "anonymise_once": N_("Rule 'anonymise once': this customer is already anonymised."),
    "anonymise_open_invoices": Nn_(
        "Rule 'anonymise only when settled': {count} invoice is still due or unpaid.",
        "Rule 'anonymise only when settled': {count} invoices are still due or unpaid.",
    ),
    "anonymise_active_subscriptions": Nn_(
        "Rule 'anonymise only when settled': {count} subscription is not terminated.",
        "Rule 'anonymise only when settled': {count} subscriptions are not terminated.",
    ),
    "confirm_with_yes": N_("{action} is permanent: add --yes to confirm."),
    "bill_ahead": N_(
        "Rule 'no invoice ahead of its date': the billing date cannot be in the future."
    ),
    "batch_state": N_("Batch {batch} is {batch_status}: this cannot be done with it."),
    "cancel_only_prepared": N_(
        "Rule 'cancel only a prepared batch': batch {batch} is {batch_status}; the bank holds it."
    ),
    "suspend_only_active": N_("Rule 'suspend an active subscription': {label} is not active."),
    "resume_only_suspended": N_(
        "Rule 'resume a suspended subscription': {label} is not suspended."
    ),
    "terminated_is_final": N_("Rule 'a terminated subscription is final': {label} is terminated."),
    "one_customer_per_payment": N_(
        "Rule 'one payment, one customer': these invoices belong to different customers."
    ),
    "settle_only_sent": N_("Rule 'settle only a sent batch': batch {batch} is {batch_status}."),
    "bank_holds_order": N_(
        "Rule 'a sent debit belongs to the bank': invoice {number} is in batch {batch}, "
        "already sent; wait for the bank's answer."
    ),
    "duplicate_email": N_(
        "Another customer already has the email {email}: {name} ({reference}). Nothing was saved."
    ),
    "duplicate_email_cli": N_(
        "Another customer already has the email {email}: {name} ({reference}). Nothing was "
        "saved; add --allow-duplicate-email to add this customer anyway."
    ),
    "no_invoice_to_debit": N_(
        "No open offline invoice of this customer can move to direct debit now."
    ),
    "no_mandate_to_debit": N_(
        "This customer has no usable SEPA mandate: their invoices cannot move to direct debit."
    ),
}

# --- other errors -----------------------------------------------------------------------------
ERRORS: dict[str, Entry] = {
    "customer_not_found": N_("No customer {key}."),
    "invoice_not_found": N_("No invoice {key}."),
    "subscription_not_found": N_("No subscription {key}."),
    "link_not_found": N_("No payment link {key}."),
    "batch_not_found": N_("No debit batch {key}."),
    "customer_changed": N_(
        "Customer {reference} was changed by someone else since you opened it; nothing was "
        "saved. Reload to see their changes."
    ),
    "record_changed": N_("Someone else changed this record meanwhile; reload it and try again."),
    "busy": N_(
        "The database is busy (another workstation or a billing run is writing); nothing was "
        "changed. Try again in a moment."
    ),
    "newer_schema": N_(
        "This database was made by a newer version of Guichet (its schema is {revision}); this "
        "is Guichet {version}, which reads schemas up to {supported}. Install the newer version "
        "to open it."
    ),
    "database_read_only": N_(
        "The database {path} is read-only (Guichet may not write to it or to its folder) and "
        "cannot be read either. Ask for write access to it, or copy it to a folder of yours."
    ),
    "read_only_needs_upgrade": N_(
        "The database {path} is read-only and was made by an older version of Guichet: it must "
        "be upgraded before this version can open it, and that needs write access. Ask for "
        "write access to it, or copy it to a folder of yours."
    ),
    "database_is_read_only": N_("This database is open read-only: nothing can be changed in it."),
    "port_in_use": N_(
        "The payment form cannot start: port {port} is already used by another program. Close "
        "that program, or set portal_url to another port."
    ),
    "billing_running": N_(
        "A billing run is already under way on another workstation; nothing was issued here. "
        "Try again once it has finished."
    ),
    "database_exists": Nn_(
        "{database} already holds a database ({count} table); nothing was created.",
        "{database} already holds a database ({count} tables); nothing was created.",
    ),
    "database_not_a_file": N_("{database} is not a database file."),
    "database_in_use": N_(
        "{database} is open in a desk or the payment form: close them, then restore again; "
        "nothing was changed."
    ),
    "cannot_connect": N_("Cannot connect to {database}: {why}"),
    "driver_missing": N_(
        'The PostgreSQL driver is not installed: pip install "psycopg[binary]>=3.2".'
    ),
    "pg_tool_missing": N_(
        "{tool} is not installed: install the PostgreSQL client programs (Debian: "
        "postgresql-client) on this machine."
    ),
    "pg_tool_failed": N_("{tool} failed: {why}"),
    "backup_damaged": N_("{path} is damaged ({detail}); nothing was changed."),
    "backup_not_sqlite": N_("{path} is not a SQLite database; nothing was changed."),
    "backup_not_pg_dump": N_(
        "{path} is not a PostgreSQL backup made by pg_dump; nothing was changed."
    ),
    "backup_not_guichet": N_(
        "{path} is not a Guichet database (it has no {table} table); nothing was changed."
    ),
    "backup_newer_schema": N_(
        "{path} was made by a newer version of Guichet (schema {revision}; this version "
        "knows schemas up to {head}); nothing was changed."
    ),
    "restore_needs_yes": N_(
        "Restoring {path} would replace the database {database} (customers now: {count}; "
        "in the backup: {backup_count}): add --yes to confirm."
    ),
    "restore_needs_yes_pg": N_(
        "Restoring {path} would replace every table of the database {database}: add --yes "
        "to confirm."
    ),
    "copy_needs_sqlite": N_("db copy reads a SQLite database; {database} is not one."),
    "copy_target_not_empty": N_(
        "{target} is not empty (table {table}): db copy writes only into an empty "
        "database; nothing was copied."
    ),
    "copy_failed": N_("The copy into {target} failed and was undone: {why}"),
    "copy_differs": N_(
        "The copy differs from the source in {tables}; it was undone, nothing was kept in {target}."
    ),
    "portal_needs_entry_point": N_("The payment form is served by the 'guichet' command."),
    "link_unavailable": N_("Payment link {state}."),
    "access_restricted": N_("Access to the payment form is restricted (grey list)."),
    "partial_run": Nn_(
        "The database stayed busy: {count} invoice was issued and kept; run the billing "
        "again to finish (it never issues anything twice).",
        "The database stayed busy: {count} invoices were issued and kept; run the billing "
        "again to finish (it never issues anything twice).",
    ),
}

# --- the activity log: one line per event, said in the reader's language -------------------
ACTIVITY: dict[str, Entry] = {
    "customer_created": N_("Record created"),
    "customer_updated": N_("Record changed: {changes}"),
    "customer_anonymised": N_("Anonymised on {date} by {actor}"),
    "method_offline": N_("Payment method: {old} → {new}"),
    "invoices_to_offline": Nn_(
        "Invoice switched to offline collection: {numbers}",
        "Invoices switched to offline collection: {numbers}",
    ),
    "invoices_to_debit": Nn_(
        "Invoice moved to direct debit (mandate {rum}): {numbers}",
        "Invoices moved to direct debit (mandate {rum}): {numbers}",
    ),
    "link_created": N_("Payment link made ({method}), expires {expires}"),
    "link_revoked": N_("Payment link revoked ({method})"),
    "links_revoked": Nn_("{count} payment link revoked", "{count} payment links revoked"),
    "link_opened": N_("Payment link opened by the customer"),
    "method_registered": N_("Payment method registered via link: {old} → {new}"),
    "registration_failed": Nn_(
        "Registration failed ({reason}), {count} in a row",
        "Registration failed ({reason}), {count} in a row",
    ),
    "greylisted": Nn_(
        "Customer grey-listed after {count} failure", "Customer grey-listed after {count} failures"
    ),
    "greylist_lifted": N_("Removed from the grey list"),
    "invoice_issued": N_("Invoice {number} issued: {amount} ({collection})"),
    "invoice_paid": N_("Invoice {number} paid ({method}, {date})"),
    "invoice_paid_debit_cancelled": N_(
        "Invoice {number} paid ({method}, {date}); the automatic debit is cancelled"
    ),
    "invoice_voided": N_("Invoice {number} voided: {reason}"),
    "invoice_refunded": N_("Invoice {number} refunded: {reason}"),
    "invoice_problem": N_("Invoice {number} unpaid: {reason}"),
    "subscription_added": N_("Subscription added: {label}, {amount}"),
    "card_charged": N_("Invoice {number} paid by card ({amount})"),
    "card_declined": N_("Invoice {number} unpaid: card charge declined ({reason})"),
    "batch_prepared": Nn_(
        "Debit batch {batch} prepared: {count} debit, {amount}, on {date}",
        "Debit batch {batch} prepared: {count} debits, {amount}, on {date}",
    ),
    "batch_exported": N_("Debit batch {batch} exported for the bank"),
    "batch_cancelled": N_("Debit batch {batch} cancelled"),
    "batch_settled": N_("Debit batch {batch} settled"),
    "invoice_paid_by_debit": N_("Invoice {number} paid by direct debit ({amount}, {date})"),
    "debit_rejected": N_("Invoice {number} unpaid: debit rejected by the bank ({reason})"),
    "debit_returned": N_("Invoice {number} unpaid: debit returned by the bank ({reason})"),
    "debit_returned_after_credit": N_(
        "Debit of invoice {number} returned by the bank ({reason}); the invoice already has "
        "a credit note"
    ),
    "subscription_terminated": N_("Subscription terminated: {label}, nothing billed from {date}"),
    "subscription_suspended": N_("Subscription suspended: {label}"),
    "subscription_resumed": N_("Subscription resumed: {label}, next invoice on {date}"),
    "subscription_changed": N_("Subscription price changed: {label}, {old} → {amount}"),
}

# Why a registration on the form failed, as written in the activity log.
FAILURE_REASONS: dict[str, Entry] = {
    "rejected IBAN": N_("IBAN refused"),
    "card declined": N_("card declined"),
    "card card_number": N_("invalid card number"),
    "card expiry": N_("card expired"),
    "card cvc": N_("invalid security code"),
    "card invalid_token": N_("card unknown to the gateway"),
}

# --- upcoming activity ------------------------------------------------------------------------
UPCOMING: dict[str, Entry] = {
    "invoice": N_("Invoice to issue: {label}, {amount} ({collection})"),
    "link_expiry": N_("Payment link ({method}) expires"),
    "card_expiry": N_("Card {brand} •••• {last4} expires within 30 days: ask for a new card"),
    "card_expired": N_("Card {brand} •••• {last4} has expired: new invoices are offline"),
    "invoice_problem": N_("Invoice {number} unpaid ({amount}): record a payment when it comes"),
    "invoice_rejected": N_(
        "Invoice {number} unpaid ({amount}), {reason}: record a payment or ask for a new method"
    ),
    "debit_due": N_("Invoice {number} will be debited ({amount})"),
    "invoice_overdue": N_("Invoice {number} is overdue ({amount}, due {date}): chase the payment"),
    "mandate_lapse": N_("SEPA mandate {rum} lapses (36 months unused)"),
    "no_method": N_("No payment method: the next invoice will be offline"),
}

# --- what a change of payment method will do (the edit dialog says it before saving) ---------
IMPACT: dict[str, Entry] = {
    "unchanged": N_("No change."),
    "automatic": N_(
        "A payment link will be made: the customer registers their payment method ({method}) "
        "themselves. The current method stays until then."
    ),
    "greylisted": N_("Warning: this customer is on the grey list; the form will refuse them."),
    "offline": N_(
        "{method}: future invoices are issued without automatic debit; you record each "
        "payment when it arrives."
    ),
    "open_invoices": Nn_(
        "{count} open invoice awaiting debit ({amounts}) switches to offline collection.",
        "{count} open invoices awaiting debit ({amounts}) switch to offline collection.",
    ),
    "link_revoked": N_("The pending link ({method}, expires {expires}) will be revoked."),
}

# --- names of codes -----------------------------------------------------------------------------
METHODS: dict[str, Entry] = {
    "card": N_("Card"),
    "sepa_debit": N_("SEPA Direct Debit"),
    "bank_transfer": N_("Bank transfer"),
    "cheque": N_("Cheque"),
    "cash": N_("Cash"),
    "other": N_("Other"),
}
INVOICE_STATUSES: dict[str, Entry] = {
    "due": N_("Due"),
    "paid": N_("Paid"),
    "problem": N_("Unpaid"),
    "void": N_("Void"),
    "refunded": N_("Refunded"),
}
COLLECTIONS: dict[str, Entry] = {
    "automatic": N_("Automatic debit"),
    "offline": N_("Offline"),
}
BATCH_STATUSES: dict[str, Entry] = {
    "prepared": N_("prepared"),
    "sent": N_("sent to the bank"),
    "settled": N_("settled"),
    "cancelled": N_("cancelled"),
}
DEBIT_STATUSES: dict[str, Entry] = {
    "pending": N_("awaiting the bank"),
    "rejected": N_("rejected"),
    "settled": N_("collected"),
}
SUBSCRIPTION_STATUSES: dict[str, Entry] = {
    "active": N_("Active"),
    "suspended": N_("Suspended"),
    "terminated": N_("Terminated"),
}
PERIODS: dict[str, Entry] = {
    "monthly": N_("Monthly"),
    "yearly": N_("Yearly"),
}
UNUSABLE_REASONS: dict[str, Entry] = {
    "expired_card": N_("Card expired"),
    "mandate_rejected": N_("Mandate rejected"),
    "lapsed_mandate": N_("Mandate lapsed"),
}
LINK_STATES: dict[str, Entry] = {
    "pending": N_("pending"),
    "opened": N_("opened by the customer"),
    "completed": N_("completed"),
    "expired": N_("expired"),
    "revoked": N_("revoked"),
    "unknown": N_("unknown"),
    "used": N_("used"),
}
LANGUAGES: dict[str, Entry] = {
    "fr": N_("French"),
    "en": N_("English"),
}
ACTORS: dict[str, Entry] = {
    "customer": N_("Customer (via link)"),
    "system": N_("System"),
}
FIELDS: dict[str, Entry] = {
    "name": N_("Name"),
    "email": N_("Email"),
    "language": N_("Language"),
    "status": N_("Status"),
    "note": N_("Note"),
    "company": N_("Company"),
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "address_line1": N_("Address"),
    "address_line2": N_("Address (line 2)"),
    "postal_code": N_("Postal code"),
    "city": N_("City"),
    "region": N_("Region"),
    "country": N_("Country"),
    "phone": N_("Phone"),
    "vat_number": N_("VAT number"),
    "reference": N_("Reference"),
    "payment_method": N_("Payment method"),
    "method": N_("Payment method"),
    "date": N_("Payment date"),
    "notes": N_("Notes"),
    "reason": N_("Reason"),
    "label": N_("Label"),
    "amount_cents": N_("Amount"),
    "currency": N_("Currency"),
    "period": N_("Period"),
    "start": N_("Start"),
    "until": N_("Until"),
    "iban": N_("IBAN"),
    "bic": N_("BIC"),
    "holder": N_("Holder"),
    "consent": N_("Consent"),
    "card_number": N_("Card number"),
    "exp_month": N_("Expiry"),
    "exp_year": N_("Expiry"),
    "cvc": N_("Security code"),
    "creditor_id": N_("SEPA creditor identifier (ICS)"),
    "mandate_reference": N_("Mandate reference (RUM)"),
    "mandate_signed_on": N_("Mandate signature date"),
    "database": N_("Database"),
    "business_name": N_("Business name"),
    "collection_date": N_("Collection date"),
    "on": N_("Date"),
    "from": N_("From"),
    "to": N_("To"),
    "vat_rate": N_("VAT rate"),
    "message_id": N_("Message id"),
    "end_to_end_id": N_("End-to-end id"),
    "sequence": N_("Sequence type"),
    "output": N_("Output file"),
    "bank_return": N_("Bank return"),
    "sepa_file": N_("SEPA file"),
    "creditor_iban": N_("Creditor IBAN"),
    "creditor_bic": N_("Creditor BIC"),
    "sepa_pain_version": N_("pain.008 version"),
    "debit_notice_days": N_("Debit notice (days)"),
    "debit_lead_days": N_("Debit lead time (TARGET2 days)"),
    "config": N_("Settings file"),
    "sort": N_("Sort"),
    "link_ttl_hours": N_("Link lifetime (hours)"),
    "greylist_threshold": N_("Grey-list threshold"),
    "upcoming_hours": N_("Upcoming window (hours)"),
    "business_address": N_("Business address"),
    "business_siret": N_("Business SIRET"),
    "business_vat_number": N_("Business VAT number"),
    "business_email": N_("Business email"),
    "business_phone": N_("Business phone"),
    "invoice": N_("Invoice"),
}

# --- invoices, credit notes and payment letters (PDF), in the customer's language ----------------
DOCUMENTS: dict[str, Entry] = {
    "invoice_title": N_("Invoice"),
    "credit_note_title": N_("Credit note"),
    "number": N_("No. {number}"),
    "issued_on": N_("Date of issue: {date}"),
    "period": N_("Period: {start} to {end}"),
    "period_from": N_("Period from {start}"),
    "due_on": N_("Due date: {date}"),
    "customer_reference": N_("Customer reference: {reference}"),
    "customer_vat": N_("VAT number: {vat}"),
    "seller_siret": N_("SIRET: {siret}"),
    "seller_vat": N_("VAT number: {vat}"),
    "credit_for": N_("Credit note for invoice {number} of {date}"),
    "credit_reason": N_("Reason: {reason}"),
    "col_description": N_("Description"),
    "col_quantity": N_("Qty"),
    "col_unit_price": N_("Unit price excl. VAT"),
    "col_vat": N_("VAT"),
    "col_net": N_("Amount excl. VAT"),
    "total_net": N_("Total excl. VAT"),
    "total_vat": N_("VAT {rate}"),
    "total_gross": N_("Total incl. VAT"),
    "paid_amount": N_("Already paid"),
    "amount_due": N_("Amount due"),
    "credited_amount": N_("Amount credited"),
    "paid_on": N_("Paid on {date}."),
    "pay_sepa": N_(
        "Paid by SEPA direct debit on {date} or shortly after (mandate {mandate}, "
        "creditor identifier {creditor})."
    ),
    "pay_card": N_("Charged to your registered card on {date} or shortly after."),
    "pay_transfer": N_(
        "To pay by {date}. Bank transfer to IBAN {iban}, BIC {bic}, reference {number}."
    ),
    "pay_offline": N_("To pay by {date}, quoting reference {number}."),
    "vat_exempt": N_("VAT not applicable, art. 293 B of the French General Tax Code."),
    "late_penalties": N_(
        "Late payment: penalties at three times the French legal interest rate, and a fixed "
        "recovery indemnity of 40 € (art. L441-10 of the French Commercial Code). "
        "No discount for early payment."
    ),
    "terms": N_("Payment terms: {days} days from the date of issue."),
    "page": N_("Page {page} of {pages}"),
    "letter_place_date": N_("{city}, {date}"),
    "letter_date": N_("{date}"),
    "letter_subject": N_("Subject: registering your payment method ({method})"),
    "letter_greeting": N_("Dear {customer},"),
    "letter_body": N_(
        "To register your payment method ({method}) with {business}, open the secure "
        "link below in a browser, or scan the QR code with your phone's camera. The form "
        "asks for your details and confirms when they are registered."
    ),
    "letter_expiry": N_("This link is personal, works once and expires on {expires}."),
    "letter_help": N_("For any question, contact us: {contact}."),
    "letter_closing": N_("Kind regards,"),
    "contact_email": N_("email {email}"),
    "contact_phone": N_("phone {phone}"),
}

# --- the mail a clerk sends with a payment link -------------------------------------------------
MAIL: dict[str, Entry] = {
    "subject": N_("{business}: register your payment method"),
    "body": N_(
        "Hello {customer},\n\n"
        "To register your payment method ({method}), open this secure link:\n"
        "{url}\n\n"
        "This link is personal, works once and expires on {expires}.\n\n"
        "Kind regards,\n{business}"
    ),
}

# --- the payment form (core/portal), by the keys its templates use ---------------------
PORTAL: dict[str, Entry] = {
    "title.form": N_("Payment method — {business}"),
    "title.done": N_("Payment method registered — {business}"),
    "form.greeting": N_("Hello {customer},"),
    "form.intro.sepa_debit": N_(
        "{business} invites you to set up SEPA Direct Debit to pay your invoices. Enter your bank account and sign the mandate."
    ),
    "form.intro.card": N_(
        "{business} invites you to register the card that will pay your invoices."
    ),
    "form.method.sepa_debit": N_("SEPA Direct Debit"),
    "form.method.card": N_("Card"),
    "form.expires": N_("This link is valid until {expires}."),
    "form.customer_reference": N_("Customer reference"),
    "form.errors_summary": N_("The form could not be accepted. Please check the marked fields."),
    "form.stale": N_(
        "This form has expired or was not sent from this page. Nothing was saved: check your details and submit again."
    ),
    "form.optional": N_("optional"),
    "field.holder": N_("Account holder"),
    "field.holder.card": N_("Name on card"),
    "field.iban": N_("IBAN"),
    "field.iban.hint": N_("It is on your bank details, e.g. {example}."),
    "field.bic": N_("BIC"),
    "field.bic.hint": N_(
        "Leave it empty if you do not know it: it is filled in from the IBAN when the bank is known."
    ),
    "field.card_number": N_("Card number"),
    "field.expiry": N_("Expiry date"),
    "field.exp_month": N_("Expiry month (MM)"),
    "field.exp_year": N_("Expiry year (YY)"),
    "field.exp_year.placeholder": N_("YY"),
    "field.cvc": N_("CVC"),
    "field.cvc.hint": N_("CVC: the security code, the 3 digits on the back of the card."),
    "mandate.heading": N_("SEPA Direct Debit mandate"),
    "mandate.text": N_(
        "By signing this mandate form, you authorise (A) {business} to send instructions to your bank to debit your account and (B) your bank to debit your account in accordance with the instructions from {business}. As part of your rights, you are entitled to a refund from your bank under the terms and conditions of your agreement with your bank. A refund must be claimed within 8 weeks starting from the date on which your account was debited. Your rights are explained in a statement that you can obtain from your bank."
    ),
    "mandate.creditor": N_("Creditor"),
    "mandate.debtor": N_("Debtor"),
    "mandate.creditor_id": N_("SEPA creditor identifier"),
    "mandate.reference": N_("Mandate reference"),
    "mandate.payment_type": N_("Type of payment"),
    "mandate.recurrent": N_("Recurrent"),
    "mandate.date": N_("Date of signature"),
    "mandate.consent": N_(
        "I have read the mandate above and authorise {business} to debit my account under its terms."
    ),
    "test.banner": N_("TEST gateway — no real payment"),
    "test.cards": N_(
        "Use the test card 4242\xa04242\xa04242\xa04242, any future expiry date and any 3-digit security code. The card 4000\xa00000\xa00000\xa00002 is declined."
    ),
    "submit.sepa_debit": N_("Sign the mandate"),
    "submit.card": N_("Save the card"),
    "form.privacy.sepa_debit": N_(
        "Your bank details go straight to {business} and are used only to pay your invoices."
    ),
    "form.privacy.card": N_(
        "Your card number goes to the payment gateway: {business} keeps only the card type, its last 4 digits and its expiry date."
    ),
    "done.heading": N_("All set, thank you!"),
    "done.sepa_debit": N_(
        "Your SEPA Direct Debit mandate is signed. {business} will now collect your invoices from this account."
    ),
    "done.card": N_("Your card is saved. {business} will use it to pay your invoices."),
    "done.account": N_("Account"),
    "done.card_label": N_("Registered card"),
    "done.keep": N_("Keep the mandate reference: it appears on your bank statements."),
    "done.close": N_("You may close this page."),
    "error.unknown.title": N_("This payment link is not valid"),
    "error.unknown.body": N_(
        "Check that you copied the whole link. If it still does not work, ask the business that sent it to you for a new link."
    ),
    "error.expired.title": N_("This payment link has expired"),
    "error.expired.body": N_(
        "For your security a link is valid for a few days only. Contact {business} to receive a new one."
    ),
    "error.revoked.title": N_("This payment link has been cancelled"),
    "error.revoked.body": N_(
        "It was replaced or switched off. Contact {business} if you need a new link."
    ),
    "error.used.title": N_("This payment link has already been used"),
    "error.used.body": N_(
        "A link works only once. To change your payment method, contact {business}."
    ),
    "error.restricted.title": N_("Your access to the payment form has been restricted"),
    "error.restricted.body": N_(
        "After several unsuccessful attempts the form is locked for your security. Contact {business} to unlock it."
    ),
    "error.throttled.title": N_("Too many attempts"),
    "error.throttled.body": N_("Please wait a minute before trying again."),
    "error.too_large.title": N_("Request too large"),
    "error.too_large.body": N_("The form sent was too long. Go back and try again."),
    "error.not_found.title": N_("Page not found"),
    "error.not_found.body": N_("This address matches no page. Use the payment link you received."),
    "error.bad_request.title": N_("Bad request"),
    "error.bad_request.body": N_(
        "The form received was incomplete or malformed. Open the payment link again and retry."
    ),
    "error.method_not_allowed.title": N_("Not allowed"),
    "error.method_not_allowed.body": N_("This page cannot be used this way."),
    "error.busy.title": N_("Busy for a moment"),
    "error.busy.body": N_("Nothing was saved. Try again in a few seconds."),
    "error.server.title": N_("Something went wrong"),
    "error.server.body": N_(
        "Nothing was saved. Try again in a few minutes; if it keeps happening, contact {business}."
    ),
    "error.code": N_("Code: {status}"),
    "problem.holder.required": N_("Enter the holder's name."),
    "problem.holder.too_long": N_("This name is too long."),
    "problem.iban.required": N_("Enter your IBAN."),
    "problem.iban.invalid": N_("This IBAN is not valid: check it against your bank details."),
    "problem.bic.required": N_("Enter the BIC: it cannot be worked out from this IBAN's bank."),
    "problem.bic.invalid": N_("This BIC is not valid: check it against your bank details."),
    "problem.bic.other_country": N_(
        "{bic} is a bank in {bic_country}, not in {iban_country}: check the BIC, or leave it empty."
    ),
    "problem.consent.required": N_("Tick the box to sign the mandate."),
    "problem.card_number.required": N_("Enter the card number."),
    "problem.card_number.invalid": N_("This card number is not valid."),
    "problem.card_number.declined": N_("This card was declined. Try another card."),
    "problem.expiry.required": N_("Enter the expiry date (month and year)."),
    "problem.expiry.invalid": N_("This expiry date is not valid or has passed."),
    "problem.cvc.required": N_("Enter the security code."),
    "problem.cvc.invalid": N_("The security code is not valid (3 or 4 digits)."),
    "problem.general": N_(
        "This payment method cannot be registered at the moment. Contact {business}."
    ),
    "footer.secure": N_("Secure page of {business}"),
    "contact.heading": N_("To reach {business}"),
    "contact.email": N_("Email"),
    "contact.phone": N_("Phone"),
}

# --- why a bank sent a direct debit back (ISO 20022 external reason codes) ----------------
# External status/return reason codes as the EPC SDD rulebook uses them; the label is the
# English msgid, said in the reader's language by ``label``.
BANK_REASONS: dict[str, Entry] = {
    "AC01": N_("account identifier incorrect (invalid IBAN)"),
    "AC04": N_("account closed"),
    "AC06": N_("account blocked, or blocked for direct debits by the debtor"),
    "AC13": N_("debtor account is a consumer account"),
    "AG01": N_("direct debit forbidden on this account for regulatory reasons"),
    "AG02": N_("operation code or transaction code incorrect, invalid file format"),
    "AM04": N_("insufficient funds"),
    "AM05": N_("duplicate collection"),
    "BE05": N_("creditor identifier incorrect"),
    "CNOR": N_("creditor bank is not registered under this BIC in the clearing system"),
    "DNOR": N_("debtor bank is not registered under this BIC in the clearing system"),
    "ED05": N_("settlement of the collection failed"),
    "FF01": N_("invalid file format"),
    "MD01": N_("no mandate, or mandate revoked"),
    "MD02": N_("mandate data missing or incorrect"),
    "MD06": N_("refund requested by the debtor"),
    "MD07": N_("debtor deceased"),
    "MS02": N_("refused by the debtor (reason not given)"),
    "MS03": N_("reason not specified by the bank"),
    "RC01": N_("bank identifier (BIC) incorrect"),
    "RR01": N_("regulatory reason: debtor account or identification missing"),
    "RR02": N_("regulatory reason: debtor name or address missing"),
    "RR03": N_("regulatory reason: creditor name or address missing"),
    "RR04": N_("regulatory reason"),
    "SL01": N_("specific service offered by the debtor's bank (e.g. debit blocked by a filter)"),
}

# Every table, by the prefix of its codes.
TABLES: dict[str, dict[str, Entry]] = {
    "validation": VALIDATION,
    "rule": RULES,
    "error": ERRORS,
    "activity": ACTIVITY,
    "failure": FAILURE_REASONS,
    "upcoming": UPCOMING,
    "impact": IMPACT,
    "method": METHODS,
    "invoice_status": INVOICE_STATUSES,
    "collection": COLLECTIONS,
    "link_state": LINK_STATES,
    "batch_status": BATCH_STATUSES,
    "subscription_status": SUBSCRIPTION_STATUSES,
    "period": PERIODS,
    "unusable_reason": UNUSABLE_REASONS,
    "debit_status": DEBIT_STATUSES,
    "language": LANGUAGES,
    "actor": ACTORS,
    "field": FIELDS,
    "mail": MAIL,
    "portal": PORTAL,
    "bank_reason": BANK_REASONS,
    "document": DOCUMENTS,
}
