<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="137"/>
        <source>Customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="143"/>
        <source>Select a customer in the list, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="193"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="194"/>
        <source>Actions on this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="230"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="234"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="238"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="251"/>
        <source>New link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="254"/>
        <source>Send the customer a payment link to register a new method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="277"/>
        <location filename="../../desktop/customer_detail_pane.py" line="283"/>
        <source>History of methods and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="298"/>
        <location filename="../../desktop/customer_detail_pane.py" line="304"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="322"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="324"/>
        <source>Add a subscription to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="325"/>
        <source>Change price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="327"/>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="329"/>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="331"/>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="346"/>
        <location filename="../../desktop/customer_detail_pane.py" line="352"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="371"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="374"/>
        <source>The invoice whole: amounts, payments, credit notes, history (or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="376"/>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="378"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="380"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="395"/>
        <location filename="../../desktop/customer_detail_pane.py" line="399"/>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="403"/>
        <location filename="../../desktop/customer_detail_pane.py" line="407"/>
        <source>Upcoming activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="496"/>
        <source>Grey list: the payment form refuses this customer after %1 failed attempts. Check with them, then use Actions › Remove from grey list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="515"/>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="525"/>
        <source>Nothing in the coming days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="537"/>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="539"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="554"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="555"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="556"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="557"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/customer_detail_pane.py" line="593"/>
        <source>A SEPA mandate is signed, and %n open invoice(s) (%1) still wait(s) for an offline payment: %2.</source>
        <translation>
            <numerusform>A SEPA mandate is signed, and %n open invoice (%1) still waits for an offline payment: %2.</numerusform>
            <numerusform>A SEPA mandate is signed, and %n open invoices (%1) still wait for an offline payment: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/customer_detail_pane.py" line="602"/>
        <source>Move %n open invoice(s) to direct debit</source>
        <translation>
            <numerusform>Move %n open invoice to direct debit</numerusform>
            <numerusform>Move %n open invoices to direct debit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="620"/>
        <source>No method and no link yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="624"/>
        <source>the customer, through a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="632"/>
        <source>%1 — in use since %2 (set by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="639"/>
        <source>%1 — from %2 to %3 (set by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="658"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="662"/>
        <source>Payment link (%1) made %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="674"/>
        <source>No payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="676"/>
        <source>Invoices are issued without automatic debit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="683"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="683"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="689"/>
        <location filename="../../desktop/customer_detail_pane.py" line="708"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="690"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="691"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="692"/>
        <source>Mandate (RUM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="693"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="694"/>
        <source>Creditor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="704"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="707"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="711"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="718"/>
        <source>Payment link (%1) %2 — made %3 by %4, expires %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="735"/>
        <source>The card has expired: it can no longer be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="738"/>
        <source>The mandate has lapsed (not used for 36 months): it can no longer be debited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="749"/>
        <source>The bank refused a debit on this mandate: it can no longer be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="752"/>
        <source>The bank refused a debit on this mandate (%1): it can no longer be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="758"/>
        <source>New invoices are issued for offline payment until the customer registers a new method through a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="785"/>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="809"/>
        <source>In batch %1, sent to the bank: wait for the bank&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="816"/>
        <source>Only due invoices can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="145"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="152"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="152"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="168"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="171"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="174"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="177"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="181"/>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="184"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="186"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="190"/>
        <source>Customer&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="191"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="192"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="193"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="196"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="200"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="199"/>
        <source>For staff only; the customer never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="203"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="207"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="221"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="223"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="225"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="228"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="231"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="234"/>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="237"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="239"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="241"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="245"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="249"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="251"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="253"/>
        <source>A new address applies to future invoices only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="267"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="276"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="277"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="320"/>
        <source>Leave the reference empty to get the next one on save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="324"/>
        <source>Given on save (CUST-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="332"/>
        <source>A reference never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="337"/>
        <source>No payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="341"/>
        <source>%1 (the customer registers it through a payment link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="425"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="427"/>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="429"/>
        <source>This is not a valid phone number for the chosen country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="431"/>
        <source>This is not a valid VAT number (check digits do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="479"/>
        <source>The payment method does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="498"/>
        <source>On save, a payment link is made: the customer registers their %1 themselves. You can copy it, show its QR code or email it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="503"/>
        <source>%1: invoices are issued without automatic debit; you record each payment when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="535"/>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="537"/>
        <source>Someone changed this customer since you opened it; nothing was saved.
Reload their version? Your edits in this dialog will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="540"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="552"/>
        <source>Another customer already has the email %1:
%2 (%3).

Save anyway (two records, one email), or cancel to change it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="559"/>
        <source>Email already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="559"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="587"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="589"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="588"/>
        <source>You have changed this form. Close it and lose your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="265"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="266"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="269"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="271"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="270"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="267"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="268"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebitBatchDialog</name>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="34"/>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="37"/>
        <source>Batch %1 · collection on %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debit_batch_dialog.py" line="46"/>
        <source>%n debit(s)</source>
        <translation>
            <numerusform>%n debit</numerusform>
            <numerusform>%n debits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="48"/>
        <source>FRST %1 · RCUR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debit_batch_dialog.py" line="56"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="65"/>
        <source>Debits of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="79"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebitBatchTableModel</name>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="57"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="58"/>
        <source>Collection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="59"/>
        <source>Debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="60"/>
        <source>FRST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="61"/>
        <source>RCUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="62"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="68"/>
        <source>Number of debits in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="69"/>
        <source>First debits on a mandate (FRST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="70"/>
        <source>Recurring debits (RCUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="114"/>
        <source>Message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="115"/>
        <source>Prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="119"/>
        <source>Exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="125"/>
        <source>Settled on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebitLineTableModel</name>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="44"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="45"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="46"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="47"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="49"/>
        <source>Bank&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="69"/>
        <source>%1 (presented again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="78"/>
        <source>Mandate (RUM): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebitsPage</name>
    <message>
        <location filename="../../desktop/debits_page.py" line="101"/>
        <source>Direct debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="106"/>
        <source>New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="109"/>
        <source>Gather the due SEPA invoices into a batch for a collection date you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="111"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="115"/>
        <source>Save the batch&apos;s pain.008 file, to upload to your bank (prepared or sent batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="118"/>
        <source>Mark batch settled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="121"/>
        <source>Once the bank has credited a sent batch: its debits not rejected become paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="123"/>
        <source>Cancel batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="126"/>
        <source>A prepared batch only: its invoices can go into another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="128"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="130"/>
        <source>The batch&apos;s debits (or double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="131"/>
        <source>Import a bank return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="134"/>
        <source>Read a pain.002 or camt.054 file from your bank: rejected or returned debits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="151"/>
        <source>Debit batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="242"/>
        <source>No batch yet. “New batch…” gathers the due SEPA invoices to collect on a date you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="248"/>
        <source>Prepared: check its debits, then export the file and upload it to your bank. Until then it can be cancelled, and a payment recorded by hand takes its invoice out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="253"/>
        <source>Sent to the bank: its invoices can no longer be paid by hand. Import the bank&apos;s return file if debits are rejected, then mark the batch settled once the bank has credited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="257"/>
        <source>Settled: its debits that were not rejected are paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="258"/>
        <source>Cancelled: its invoices can go into another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="274"/>
        <source>%n debit(s)</source>
        <translation>
            <numerusform>%n debit</numerusform>
            <numerusform>%n debits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="280"/>
        <location filename="../../desktop/debits_page.py" line="407"/>
        <source>Export batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="282"/>
        <source>SEPA file (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="295"/>
        <location filename="../../desktop/debits_page.py" line="529"/>
        <location filename="../../desktop/debits_page.py" line="607"/>
        <source>Import a bank return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="297"/>
        <source>Bank return (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="322"/>
        <source>A batch for %1: %2 (FRST %3, RCUR %4), %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="332"/>
        <source>%n of them were rejected for lack of funds and are presented once more.</source>
        <translation>
            <numerusform>%n of them was rejected for lack of funds and is presented once more.</numerusform>
            <numerusform>%n of them were rejected for lack of funds and are presented once more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="340"/>
        <source>%n more debit(s) wait for a later batch: a mandate&apos;s first debit goes alone.</source>
        <translation>
            <numerusform>%n more debit waits for a later batch: a mandate&apos;s first debit goes alone.</numerusform>
            <numerusform>%n more debits wait for a later batch: a mandate&apos;s first debit goes alone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="346"/>
        <location filename="../../desktop/debits_page.py" line="354"/>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="346"/>
        <source>Prepare the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="360"/>
        <source>Nothing to collect on %1: no due SEPA invoice has a debit date on or before it, or they are all in another batch already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="369"/>
        <source>Batch %1 is prepared for %2: %3 (FRST %4, RCUR %5), %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="376"/>
        <source>Check its debits, then export the file for your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="399"/>
        <source>Batch %1 written again to %2 (the same file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="404"/>
        <source>Batch %1 exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="410"/>
        <source>The file is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="412"/>
        <source>Upload it to your bank (web banking or EBICS) before the collection date, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="416"/>
        <source>The batch is now sent to the bank: its invoices can no longer be paid by hand nor voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="430"/>
        <source>Cancel batch %1 (%2, %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="435"/>
        <source>No file has gone to the bank. Its invoices stay due and can go into another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="441"/>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="447"/>
        <source>Batch %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="466"/>
        <source>Mark batch %1 settled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="467"/>
        <source>Do it once the bank has credited the batch to your account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="470"/>
        <source>%n invoice(s) become paid on %1.</source>
        <translation>
            <numerusform>%n invoice becomes paid on %1.</numerusform>
            <numerusform>%n invoices become paid on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="475"/>
        <source>%n rejected debit(s) stay unpaid.</source>
        <translation>
            <numerusform>%n rejected debit stays unpaid.</numerusform>
            <numerusform>%n rejected debits stay unpaid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="478"/>
        <source>Import the bank&apos;s return files first. A debit returned later (e.g. refund requested by the debtor) still turns its invoice unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="483"/>
        <source>Mark batch settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="483"/>
        <source>Mark settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="491"/>
        <source>Batch %1 settled: %n invoice(s) paid.</source>
        <translation>
            <numerusform>Batch %1 settled: %n invoice paid.</numerusform>
            <numerusform>Batch %1 settled: %n invoices paid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="539"/>
        <source>%1 reports no rejected or returned debit that is not already recorded: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="544"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="553"/>
        <source>%1 has already been imported: importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="559"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="559"/>
        <source>returned after settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="573"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="575"/>
        <source>Import this bank return (%1, %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="578"/>
        <source>%n debit(s) came back unpaid:</source>
        <translation>
            <numerusform>%n debit came back unpaid:</numerusform>
            <numerusform>%n debits came back unpaid:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="580"/>
        <source>Each of these invoices becomes unpaid, with the bank&apos;s reason on the customer&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="590"/>
        <source>%n mandate(s) can no longer be used (%1): later invoices are issued for offline payment, and the record offers a new link.</source>
        <translation>
            <numerusform>%n mandate can no longer be used (%1): later invoices are issued for offline payment, and the record offers a new link.</numerusform>
            <numerusform>%n mandates can no longer be used (%1): later invoices are issued for offline payment, and the record offers a new link.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="599"/>
        <source>An invoice rejected for lack of funds (AM04, MS03) can go into one later batch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="610"/>
        <source>Bank return imported: %n debit(s) marked unpaid.</source>
        <translation>
            <numerusform>Bank return imported: %n debit marked unpaid.</numerusform>
            <numerusform>Bank return imported: %n debits marked unpaid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="198"/>
        <location filename="../../desktop/operations/__init__.py" line="194"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="180"/>
        <source>Sorry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="181"/>
        <source>Something went wrong; the desk is still open. Details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="223"/>
        <source>New database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="224"/>
        <source>No database at %1; create a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="227"/>
        <source>Create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="245"/>
        <source>Payment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="278"/>
        <location filename="../../desktop/app.py" line="295"/>
        <source>Guichet cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="250"/>
        <source>The payment form could not be started (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/demo_progress.py" line="32"/>
        <source>Making the demo database: customers, subscriptions, invoices…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="66"/>
        <location filename="../../desktop/invoice_dialog.py" line="126"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="87"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="89"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="92"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="96"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="99"/>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="102"/>
        <location filename="../../desktop/invoice_dialog.py" line="106"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="117"/>
        <source>Issued on %1; nothing has happened to it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="129"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="131"/>
        <source>Save the invoice as a Factur-X PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="134"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="142"/>
        <source>%1 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="151"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="178"/>
        <source>%1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="188"/>
        <source>%1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="204"/>
        <source>period from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="212"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="214"/>
        <source>VAT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="218"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="220"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="232"/>
        <location filename="../../desktop/invoice_dialog.py" line="273"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="233"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="234"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="235"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="242"/>
        <source>No payment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="247"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="248"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="249"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="250"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="252"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="254"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="259"/>
        <source>Also settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="267"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="270"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="270"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="272"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="274"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="275"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="286"/>
        <source>Debit planned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="290"/>
        <source>No direct debit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="294"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="297"/>
        <source>Collection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="298"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="299"/>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="300"/>
        <source>Bank&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="53"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="54"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="56"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="57"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="58"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="59"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="60"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="62"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="52"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="54"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="55"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="57"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="85"/>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="130"/>
        <source>Debit planned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="135"/>
        <source>Batch %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="138"/>
        <source>Collection date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="141"/>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="144"/>
        <source>Debit: returned after it was collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="146"/>
        <source>Debit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="149"/>
        <source>Bank&apos;s reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../desktop/invoices_page.py" line="93"/>
        <location filename="../../desktop/invoices_page.py" line="139"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="100"/>
        <source>Search: number, label, customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="101"/>
        <source>Search invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="107"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="113"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="114"/>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="120"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="122"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="123"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="124"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="125"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="126"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="131"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="160"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="162"/>
        <source>The invoice whole (or double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="163"/>
        <source>Open the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="166"/>
        <source>Show this invoice&apos;s customer on the customers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="168"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="171"/>
        <source>Save the invoices of this selection as a CSV or Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="264"/>
        <source>No invoice matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/invoices_page.py" line="266"/>
        <source>%n invoice(s): net %1, VAT %2, total %3</source>
        <translation>
            <numerusform>%n invoice: net %1, VAT %2, total %3</numerusform>
            <numerusform>%n invoices: net %1, VAT %2, total %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/invoices_page.py" line="273"/>
        <source>the %n newest are listed; the export holds them all.</source>
        <translation>
            <numerusform>the newest is listed; the export holds them all.</numerusform>
            <numerusform>the %n newest are listed; the export holds them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="303"/>
        <source>Export the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="305"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="315"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/invoices_page.py" line="316"/>
        <source>%n invoice(s) saved in %1.</source>
        <translation>
            <numerusform>%n invoice saved in %1.</numerusform>
            <numerusform>%n invoices saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/documents.py" line="184"/>
        <source>Preview of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="197"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="201"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="208"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="219"/>
        <source>Letter saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../desktop/live_refresh.py" line="217"/>
        <source>%1 was updated elsewhere (another desk or the customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/live_refresh.py" line="224"/>
        <source>%1 registered a payment method through their link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="170"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>New payment link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Revoke links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>Remove from grey list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191"/>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201"/>
        <source>%1 (read-only) — Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>%1 — Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216"/>
        <source>This database is read-only: you can look everything up, but nothing can be changed. Ask for write access to the file and its folder, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>Direct debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="261"/>
        <source>Search: name, reference, email, company, city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="263"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271"/>
        <source>New customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="359"/>
        <source>Grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <source>Only customers the payment form refuses (grey list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="363"/>
        <source>Offline payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="364"/>
        <source>Only customers who pay offline (cheque, transfer, cash, other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="367"/>
        <source>Unusable method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="369"/>
        <source>Only customers whose card has expired or whose mandate lapsed or was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="373"/>
        <source>Overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="374"/>
        <source>Only customers with an invoice past its due date and the grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="534"/>
        <source>● Payment form answering at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="535"/>
        <source>Customers can use their payment links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="537"/>
        <source>● Payment form not answering at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="539"/>
        <source>Customers cannot use their payment links until the form runs (guichet portal, or its service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="543"/>
        <source>Payment form: checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="642"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="672"/>
        <source>Anonymised record: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="678"/>
        <source>No payment link is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="695"/>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="821"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDebitBatchDialog</name>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="43"/>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="49"/>
        <source>The batch gathers every due SEPA invoice whose debit date falls on or before the collection date and that is in no other batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="72"/>
        <source>Collection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="85"/>
        <source>Prepare the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="117"/>
        <source>Banks collect on TARGET2 business days; the earliest possible date is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="123"/>
        <source>%1 is not a TARGET2 business day: banks do not collect then. The next one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="109"/>
        <source>New subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="112"/>
        <source>Subscription for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="117"/>
        <source>e.g. Monthly membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="118"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="120"/>
        <source>Price (VAT included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="125"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="127"/>
        <source>First invoice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="130"/>
        <source>Default rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="133"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="137"/>
        <source>Add subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="155"/>
        <source>then every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="155"/>
        <source>then every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="158"/>
        <source>First invoice on %1 for %2, %3, until it is terminated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflinePaymentDialog</name>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="51"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="59"/>
        <source>Invoice %1 · %2 · issued %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_payment_dialog.py" line="69"/>
        <source>One payment for %n invoice(s), %1 in all:</source>
        <translation>
            <numerusform>One payment for %n invoice, %1 in all:</numerusform>
            <numerusform>One payment for %n invoices, %1 in all:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="84"/>
        <source>Recording this payment cancels the planned automatic debit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="97"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="125"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="132"/>
        <source>e.g. cheque number, transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="134"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="139"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="146"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="147"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="162"/>
        <source>Cannot be in the future (today is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="169"/>
        <source>Cannot be before %1, when the first of these invoices was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="171"/>
        <source>Cannot be before the invoice&apos;s issue date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLinkDialog</name>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="54"/>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="59"/>
        <source>Send this link to %1 (%2) to register their %3. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="73"/>
        <source>Payment link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="77"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="79"/>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="87"/>
        <source>QR code of the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="91"/>
        <source>Expires %1 · works only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="100"/>
        <source>Save QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="104"/>
        <source>Email to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="109"/>
        <source>Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="112"/>
        <source>A letter with this link and its QR code, to print or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="120"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="185"/>
        <source>Payment link copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="195"/>
        <location filename="../../desktop/payment_link_dialog.py" line="206"/>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="196"/>
        <source>The QR code could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="203"/>
        <source>%1-payment-link.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="206"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="214"/>
        <source>No e-mail program could be opened. Copy the link and send it from your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="219"/>
        <source>Email to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="231"/>
        <source>Letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="232"/>
        <source>%1-payment-letter.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="199"/>
        <source>QR code saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="38"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../desktop/record_actions.py" line="171"/>
        <source>Customer %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="173"/>
        <source>Customer %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="186"/>
        <source>As a company, it keeps its company name (%1), which becomes its name, and its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="189"/>
        <source>As an individual, only the country is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="192"/>
        <source>Anonymise %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="196"/>
        <source>The email, phone, activity history and payment links are erased, and so are the bank and card details of its payment methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="201"/>
        <source>The reference and the invoices stay (legal records). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="206"/>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="213"/>
        <source>Customer %1 anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="227"/>
        <source>Delete %1 (%2) permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="231"/>
        <source>The record, its payment methods, payment links, subscriptions and activity are erased. It has no invoice. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="237"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="243"/>
        <source>Customer %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="264"/>
        <source>Which payment method should %1 register through the link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="268"/>
        <source>The link already waiting will be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="271"/>
        <source>Warning: this customer is grey-listed; the form will refuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="275"/>
        <source>New payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="287"/>
        <source>%1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="293"/>
        <source>Revoke the payment links of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="297"/>
        <source>These links stop working at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="301"/>
        <source>You can make a new link afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="304"/>
        <source>Revoke links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="309"/>
        <source>%n payment link(s) revoked.</source>
        <translation>
            <numerusform>%n payment link revoked.</numerusform>
            <numerusform>%n payment links revoked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="318"/>
        <source>Remove %1 (%2) from the grey list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="323"/>
        <source>They can use the payment form again and their count of failed attempts (%1) goes back to zero. New failures can put them back on the grey list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="328"/>
        <source>Grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="328"/>
        <source>Remove from grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="335"/>
        <source>%1 removed from the grey list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="362"/>
        <source>Subscription %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="379"/>
        <source>New price of %1: %2, from the next invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="393"/>
        <source>Suspend %1 of %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="398"/>
        <source>No invoice is issued while it is suspended (the next one was due on %1). Invoices already issued stay due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="402"/>
        <source>Once resumed, billing starts again with the next period; the suspended periods are never billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="407"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="412"/>
        <source>Subscription %1 suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="424"/>
        <source>Resume %1 of %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="429"/>
        <source>Billing starts again with the next period from today; the periods while it was suspended are not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="434"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="439"/>
        <source>Subscription %1 resumed: next invoice on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="462"/>
        <source>Subscription %1 terminated: nothing billed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="539"/>
        <source>Collect %n open invoice(s) of %1 (%2) by direct debit on mandate %3?</source>
        <translation>
            <numerusform>Collect %n open invoice of %1 (%2) by direct debit on mandate %3?</numerusform>
            <numerusform>Collect %n open invoices of %1 (%2) by direct debit on mandate %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="552"/>
        <source>Each is debited %n day(s) after today, in the next debit batch; you no longer record their payment by hand.</source>
        <translation>
            <numerusform>Each is debited %n day after today, in the next debit batch; you no longer record their payment by hand.</numerusform>
            <numerusform>Each is debited %n days after today, in the next debit batch; you no longer record their payment by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="559"/>
        <source>Move %n open invoice(s) to direct debit</source>
        <translation>
            <numerusform>Move %n open invoice to direct debit</numerusform>
            <numerusform>Move %n open invoices to direct debit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="560"/>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="567"/>
        <source>%n invoice(s) moved to direct debit: %1.</source>
        <translation>
            <numerusform>%n invoice moved to direct debit: %1.</numerusform>
            <numerusform>%n invoices moved to direct debit: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="576"/>
        <source>Invoice %1 marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="577"/>
        <source>%n invoice(s) marked as paid: %1.</source>
        <translation>
            <numerusform>%n invoice marked as paid: %1.</numerusform>
            <numerusform>%n invoices marked as paid: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="585"/>
        <source>Void invoice %1 (credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="588"/>
        <source>Invoice %1 stays in the books; a credit note for its full amount (%2) cancels it: it will no longer be due and no debit will be made. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="630"/>
        <source>Issue the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="631"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="603"/>
        <source>Invoice %1 will be marked as refunded in full (%2), by a credit note for that amount. Pay the customer back yourself. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="100"/>
        <source>Payment form not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="102"/>
        <source>The payment form does not answer at %1. The link is made and will work as soon as the form runs; until then the customer cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="644"/>
        <source>Credit note %1 issued for invoice %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="600"/>
        <source>Refund invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionPriceDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="188"/>
        <location filename="../../desktop/subscription_dialog.py" line="207"/>
        <source>Change the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="199"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="203"/>
        <source>New price (VAT included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="221"/>
        <source>From the next invoice (%1): %2 instead of %3. Invoices already issued keep their price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionTableModel</name>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="62"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="63"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="64"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="65"/>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="89"/>
        <source>Terminated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="95"/>
        <source>Suspended: nothing is billed until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="97"/>
        <source>Terminated: nothing more is billed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminateSubscriptionDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="252"/>
        <source>Terminate a subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="257"/>
        <source>Terminate %1 (%2, %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="268"/>
        <source>Nothing billed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="272"/>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="284"/>
        <source>Periods that start before that date are still billed (next invoice: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="287"/>
        <source>No further invoice is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="291"/>
        <source>Nothing is billed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="294"/>
        <source>Invoices already issued stay as they are. A termination is final: to bill again, add a new subscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktop/words.py" line="68"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="87"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="91"/>
        <source>Grey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="95"/>
        <source>Awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="99"/>
        <source>Offline payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
