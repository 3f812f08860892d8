<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="80"/>
        <source>Customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="84"/>
        <source>Select a customer in the list, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="128"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="129"/>
        <source>Actions on this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="163"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="167"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="171"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="185"/>
        <location filename="../../desktop/customer_detail_pane.py" line="191"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="209"/>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="211"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="213"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="223"/>
        <location filename="../../desktop/customer_detail_pane.py" line="227"/>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="231"/>
        <location filename="../../desktop/customer_detail_pane.py" line="235"/>
        <source>Upcoming activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="285"/>
        <source>Grey list: the payment form refuses this customer after %1 failed attempts. Check with them, then use Actions › Remove from grey list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="298"/>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="308"/>
        <source>Nothing in the coming days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="320"/>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="322"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="337"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="338"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="339"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="340"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="356"/>
        <source>No payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="358"/>
        <source>Invoices are issued without automatic debit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="360"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="360"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="366"/>
        <location filename="../../desktop/customer_detail_pane.py" line="385"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="367"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="368"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="369"/>
        <source>Mandate (RUM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="370"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="371"/>
        <source>Creditor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="381"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="384"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="388"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="395"/>
        <source>Payment link (%1) %2 — made %3 by %4, expires %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="406"/>
        <source>Last payment link (%1): %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="127"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="127"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="143"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="145"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="147"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="151"/>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="154"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="156"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="160"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="164"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="178"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="180"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="182"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="185"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="188"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="191"/>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="194"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="196"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="199"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="203"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="205"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="207"/>
        <source>A new address applies to future invoices only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="225"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="226"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="263"/>
        <source>A reference is given on save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="270"/>
        <source>No payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="274"/>
        <source>%1 (the customer registers it through a payment link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="347"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="349"/>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="351"/>
        <source>This is not a valid phone number for the chosen country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="353"/>
        <source>This is not a valid VAT number (check digits do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="401"/>
        <source>The payment method does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="420"/>
        <source>On save, a payment link is made: the customer registers their %1 themselves. You can copy it, show its QR code or email it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="425"/>
        <source>%1: invoices are issued without automatic debit; you record each payment when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="451"/>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="453"/>
        <source>Someone changed this customer since you opened it; nothing was saved.
Reload their version? Your edits in this dialog will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="456"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="168"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="173"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="172"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="170"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="147"/>
        <location filename="../../desktop/operations/__init__.py" line="182"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="129"/>
        <source>Sorry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="130"/>
        <source>Something went wrong; the desk is still open. Details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="182"/>
        <source>Guichet cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="197"/>
        <source>The payment form could not be started (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="46"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="48"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="49"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="51"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../desktop/live_refresh.py" line="112"/>
        <source>%1 was updated elsewhere (another desk or the customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/live_refresh.py" line="119"/>
        <source>%1 registered a payment method through their link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>Guichet — customers and how they pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="115"/>
        <source>New payment link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="116"/>
        <source>Revoke links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="117"/>
        <source>Remove from grey list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="131"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135"/>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="151"/>
        <location filename="../../desktop/main_window.py" line="191"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>Search: name, reference, email, company, city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182"/>
        <source>New customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="314"/>
        <source>Payment form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="426"/>
        <source>Anonymised record: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="432"/>
        <source>No payment link is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="467"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflinePaymentDialog</name>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="43"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="46"/>
        <source>Invoice %1 · %2 · issued %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="54"/>
        <source>Recording this payment cancels the planned automatic debit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="64"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="82"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="87"/>
        <source>e.g. cheque number, transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="89"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="94"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="101"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLinkDialog</name>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="68"/>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="73"/>
        <source>Send this link to %1 (%2) to register their %3. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="87"/>
        <source>Payment link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="91"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="93"/>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="101"/>
        <source>QR code of the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="105"/>
        <source>Expires %1 · works only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="114"/>
        <source>Save QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="118"/>
        <source>Email to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="126"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="183"/>
        <source>Payment link copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="193"/>
        <location filename="../../desktop/payment_link_dialog.py" line="203"/>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="194"/>
        <source>The QR code could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="201"/>
        <source>%1-payment-link.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="203"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="197"/>
        <source>QR code saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="32"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../desktop/record_actions.py" line="142"/>
        <source>Customer %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="144"/>
        <source>Customer %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="157"/>
        <source>As a company, it keeps its company name (%1), which becomes its name, and its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="160"/>
        <source>As an individual, only the country is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="163"/>
        <source>Anonymise %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="167"/>
        <source>The email, phone, activity history and payment links are erased, and so are the bank and card details of its payment methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="172"/>
        <source>The reference and the invoices stay (legal records). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="177"/>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="184"/>
        <source>Customer %1 anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="198"/>
        <source>Delete %1 (%2) permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="202"/>
        <source>The record, its payment methods, payment links, subscriptions and activity are erased. It has no invoice. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="208"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="214"/>
        <source>Customer %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="235"/>
        <source>Which payment method should %1 register through the link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="239"/>
        <source>The link already waiting will be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="242"/>
        <source>Warning: this customer is grey-listed; the form will refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="246"/>
        <source>New payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="258"/>
        <source>%1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="264"/>
        <source>Revoke the payment links of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="268"/>
        <source>These links stop working at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="272"/>
        <source>You can make a new link afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="275"/>
        <source>Revoke links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="280"/>
        <source>%n payment link(s) revoked.</source>
        <translation>
            <numerusform>%n payment link revoked.</numerusform>
            <numerusform>%n payment links revoked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="289"/>
        <source>Remove %1 (%2) from the grey list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="294"/>
        <source>They can use the payment form again and their count of failed attempts (%1) goes back to zero. New failures can put them back on the grey list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="299"/>
        <source>Grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="299"/>
        <source>Remove from grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="306"/>
        <source>%1 removed from the grey list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="325"/>
        <source>Invoice %1 marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="336"/>
        <source>Void invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="338"/>
        <source>Invoice %1 will be void: it will no longer be due and no debit will be made. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="340"/>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="347"/>
        <source>Invoice %1 voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="359"/>
        <source>Refund invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="360"/>
        <source>Invoice %1 will be marked as refunded in full (%2). Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="363"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="370"/>
        <source>Invoice %1 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktop/words.py" line="35"/>
        <source>Grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="39"/>
        <source>Awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="43"/>
        <source>Offline payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
