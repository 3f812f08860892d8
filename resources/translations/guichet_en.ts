<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>CustomerDetailPane</name>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="78" />
      <source>Customer record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="82" />
      <source>Select a customer in the list, or create one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="123" />
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="124" />
      <source>Actions on this customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="153" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="157" />
      <source>Billing address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="161" />
      <source>Payment method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="175" />
      <location filename="../../desktop/customer_detail_pane.py" line="181" />
      <source>Invoices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="195" />
      <source>Record payment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="197" />
      <source>Void…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="199" />
      <source>Refund…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="209" />
      <location filename="../../desktop/customer_detail_pane.py" line="213" />
      <source>Recent activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="217" />
      <location filename="../../desktop/customer_detail_pane.py" line="221" />
      <source>Upcoming activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="269" />
      <source>Grey list: the payment form refuses this customer after %1 failed attempts. Check with them, then use Actions › Remove from grey list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="282" />
      <source>No activity yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="292" />
      <source>Nothing in the coming days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="304" />
      <source>Anonymised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="306" />
      <source>Suspended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="321" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="322" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="323" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="324" />
      <source>VAT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="340" />
      <source>No payment method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="342" />
      <source>Invoices are issued without automatic debit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="344" />
      <source>automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="344" />
      <source>offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="350" />
      <location filename="../../desktop/customer_detail_pane.py" line="364" />
      <source>Holder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="351" />
      <source>IBAN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="352" />
      <source>BIC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="353" />
      <source>Mandate (RUM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="354" />
      <source>Signed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="355" />
      <source>Creditor ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="362" />
      <source>Card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="363" />
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="367" />
      <source>Since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="374" />
      <source>Payment link (%1) %2 — made %3 by %4, expires %5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_detail_pane.py" line="385" />
      <source>Last payment link (%1): %2, %3</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerEditDialog</name>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="101" />
      <source>New customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="101" />
      <source>Edit customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="115" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="117" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="118" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="121" />
      <source>Customer's language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="124" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="125" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="128" />
      <location filename="../../desktop/customer_edit_dialog.py" line="132" />
      <source>Payment method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="144" />
      <source>Billing address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="146" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="147" />
      <source>First name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="148" />
      <source>Last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="149" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="150" />
      <source>Address (line 2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="151" />
      <source>Postal code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="152" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="155" />
      <location filename="../../desktop/customer_edit_dialog.py" line="159" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="160" />
      <source>VAT number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="161" />
      <source>A new address applies to future invoices only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="177" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="178" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="209" />
      <source>A reference is given on save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="216" />
      <source>No payment method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="220" />
      <source>%1 (the customer registers it through a payment link)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="279" />
      <source>Required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="281" />
      <source>This is not a valid email address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="283" />
      <source>This is not a valid phone number for the chosen country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="285" />
      <source>This is not a valid VAT number (check digits do not match).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="329" />
      <source>The payment method does not change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="340" />
      <source>On save, a payment link is made: the customer registers their %1 themselves. You can copy it, show its QR code or email it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="345" />
      <source>%1: invoices are issued without automatic debit; you record each payment when it arrives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="365" />
      <source>Record changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="367" />
      <source>Someone changed this customer since you opened it; nothing was saved.
Reload their version? Your edits in this dialog will be lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_edit_dialog.py" line="370" />
      <source>Reload</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerTableModel</name>
    <message>
      <location filename="../../desktop/customer_table_model.py" line="164" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_table_model.py" line="165" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_table_model.py" line="166" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_table_model.py" line="167" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_table_model.py" line="168" />
      <source>Payment method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/customer_table_model.py" line="169" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <location filename="../../desktop/app.py" line="131" />
      <source>Not done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="135" />
      <source>Sorry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="136" />
      <source>Something went wrong; the desk is still open. Details were written to %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="166" />
      <source>Guichet cannot open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/app.py" line="179" />
      <source>The payment form could not be started (see the log).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvoiceTableModel</name>
    <message>
      <location filename="../../desktop/invoice_table_model.py" line="44" />
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/invoice_table_model.py" line="45" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/invoice_table_model.py" line="46" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/invoice_table_model.py" line="47" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/invoice_table_model.py" line="48" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/invoice_table_model.py" line="49" />
      <source>Collection</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/main_window.py" line="71" />
      <source>Guichet — customers and how they pay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="97" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="98" />
      <source>New payment link…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="99" />
      <source>Revoke links…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="100" />
      <source>Remove from grey list…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="101" />
      <source>Anonymise…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="102" />
      <source>Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="120" />
      <source>New customer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="125" />
      <source>Find a customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="140" />
      <source>Navigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="141" />
      <location filename="../../desktop/main_window.py" line="180" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="162" />
      <source>Search: name, reference, email, company, city…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="163" />
      <source>Search customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="168" />
      <source>New customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="170" />
      <source>New customer (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="288" />
      <source>Payment form: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="335" />
      <source>Not done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="345" />
      <source>No payment link is waiting.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../desktop/main_window.py" line="380" />
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n customer</numerusform>
        <numerusform>%n customers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="409" />
      <source>%1 registered a payment method through their link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="497" />
      <source>Customer %1 created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="500" />
      <source>Customer %1 saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="532" />
      <source>Which payment method should %1 register through the link?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="534" />
      <source>The link already waiting will be revoked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="536" />
      <source>Warning: this customer is grey-listed; the form will refuse them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="537" />
      <source>New payment link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="546" />
      <source>%1, expires %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="552" />
      <source>Revoke the payment links of %1 (%2)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="554" />
      <source>These links stop working at once:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="558" />
      <source>You can make a new link afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="560" />
      <source>Revoke links</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../desktop/main_window.py" line="568" />
      <source>%n payment link(s) revoked.</source>
      <translation>
        <numerusform>%n payment link revoked.</numerusform>
        <numerusform>%n payment links revoked.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="575" />
      <source>Remove %1 (%2) from the grey list?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="578" />
      <source>They can use the payment form again and their count of failed attempts (%1) goes back to zero. New failures can put them back on the grey list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="582" />
      <source>Grey list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="582" />
      <source>Remove from grey list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="590" />
      <source>%1 removed from the grey list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="601" />
      <source>As a company, it keeps its company name (%1), which becomes its name, and its address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="604" />
      <source>As an individual, only the country is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="607" />
      <source>Anonymise %1 (%2)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="609" />
      <source>The email, phone, activity history and payment links are erased, and so are the bank and card details of its payment methods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="613" />
      <source>The reference and the invoices stay (legal records). This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="616" />
      <source>Anonymise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="625" />
      <source>Customer %1 anonymised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="636" />
      <source>Delete %1 (%2) permanently?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="638" />
      <source>The record, its payment methods, payment links, subscriptions and activity are erased. It has no invoice. This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="643" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="654" />
      <source>Customer %1 deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="678" />
      <source>Invoice %1 marked as paid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="686" />
      <source>Void invoice %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="688" />
      <source>Invoice %1 will be void: it will no longer be due and no debit will be made. Why?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="690" />
      <source>Void invoice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="700" />
      <source>Invoice %1 voided.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="709" />
      <source>Refund invoice %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="710" />
      <source>Invoice %1 will be marked as refunded in full (%2). Why?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="713" />
      <source>Refund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/main_window.py" line="723" />
      <source>Invoice %1 refunded.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OfflinePaymentDialog</name>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="42" />
      <source>Record a payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="45" />
      <source>Invoice %1 · %2 · issued %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="53" />
      <source>Recording this payment cancels the planned automatic debit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="63" />
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="79" />
      <source>Payment date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="83" />
      <source>e.g. cheque number, transfer reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="84" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="89" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="94" />
      <source>Record payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/offline_payment_dialog.py" line="95" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PaymentLinkDialog</name>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="67" />
      <source>Payment link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="72" />
      <source>Send this link to %1 (%2) to register their %3. It is shown only now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="85" />
      <source>Payment link address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="89" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="91" />
      <source>Copy the link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="99" />
      <source>QR code of the payment link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="103" />
      <source>Expires %1 · works only once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="112" />
      <source>Save QR code…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="116" />
      <source>Email to the customer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="124" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="180" />
      <source>Payment link copied to the clipboard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="185" />
      <source>Save QR code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="185" />
      <source>PNG image (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/payment_link_dialog.py" line="191" />
      <source>QR code saved: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../desktop/reason_dialog.py" line="30" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/reason_dialog.py" line="37" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../desktop/words.py" line="12" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="13" />
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="14" />
      <source>Unpaid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="15" />
      <source>Void</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="16" />
      <source>Refunded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="23" />
      <source>Automatic debit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="24" />
      <source>Offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="31" />
      <source>pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="32" />
      <source>opened by the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="33" />
      <source>completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="34" />
      <source>expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="35" />
      <source>revoked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="41" />
      <source>Grey list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="45" />
      <source>Awaiting customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="49" />
      <source>Offline payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="54" />
      <source>French</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="55" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="63" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="64" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="65" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="66" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="67" />
      <source>First name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="68" />
      <source>Last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="69" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="70" />
      <source>Address (line 2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="71" />
      <source>Postal code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="72" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="73" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="74" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="75" />
      <source>VAT number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="76" />
      <source>Payment method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="77" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="78" />
      <source>Payment date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="79" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="80" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../desktop/words.py" line="81" />
      <source>Creditor identifier (ICS)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../desktop/words.py" line="93" />
      <source>Rule 'delete only without invoices': this customer has %n invoice(s), which are legal records; anonymise instead.</source>
      <translation>
        <numerusform>Rule 'delete only without invoices': this customer has %n invoice(s), which are legal records; anonymise instead.</numerusform>
        <numerusform>Rule 'delete only without invoices': this customer has %n invoice(s), which are legal records; anonymise instead.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/words.py" line="107" />
      <source>Rule 'anonymise once': this customer is already anonymised.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../desktop/words.py" line="112" />
      <source>Rule 'anonymise only when settled': %n invoice(s) are still due or in problem.</source>
      <translation>
        <numerusform>Rule 'anonymise only when settled': %n invoice(s) are still due or in problem.</numerusform>
        <numerusform>Rule 'anonymise only when settled': %n invoice(s) are still due or in problem.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/words.py" line="120" />
      <source>Rule 'anonymise only when settled': %n subscription(s) are not terminated.</source>
      <translation>
        <numerusform>Rule 'anonymise only when settled': %n subscription(s) are not terminated.</numerusform>
        <numerusform>Rule 'anonymise only when settled': %n subscription(s) are not terminated.</numerusform>
      </translation>
    </message>
  </context>
</TS>