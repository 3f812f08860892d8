<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="80"/>
        <source>Customer record</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="84"/>
        <source>Select a customer in the list, or create one.</source>
        <translation>Choisissez un abonné dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="128"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="129"/>
        <source>Actions on this customer</source>
        <translation>Actions sur cet abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="163"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="167"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="171"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="185"/>
        <location filename="../../desktop/customer_detail_pane.py" line="191"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="209"/>
        <source>Record payment…</source>
        <translation>Enregistrer un règlement…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="211"/>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="213"/>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="223"/>
        <location filename="../../desktop/customer_detail_pane.py" line="227"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="231"/>
        <location filename="../../desktop/customer_detail_pane.py" line="235"/>
        <source>Upcoming activity</source>
        <translation>Activité à venir</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="285"/>
        <source>Grey list: the payment form refuses this customer after %1 failed attempts. Check with them, then use Actions › Remove from grey list.</source>
        <translation>Liste grise : le formulaire de paiement refuse cet abonné après %1 échecs. Vérifiez avec lui, puis utilisez Actions › Sortir de la liste grise.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="298"/>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="308"/>
        <source>Nothing in the coming days.</source>
        <translation>Rien dans les prochains jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="320"/>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="322"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="337"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="338"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="339"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="340"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="356"/>
        <source>No payment method</source>
        <translation>Aucun moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="358"/>
        <source>Invoices are issued without automatic debit.</source>
        <translation>Les factures sont émises sans prélèvement automatique.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="360"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="360"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="366"/>
        <location filename="../../desktop/customer_detail_pane.py" line="385"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="367"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="368"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="369"/>
        <source>Mandate (RUM)</source>
        <translation>Mandat (RUM)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="370"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="371"/>
        <source>Creditor ID</source>
        <translation>ICS</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="381"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="384"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="388"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="395"/>
        <source>Payment link (%1) %2 — made %3 by %4, expires %5</source>
        <translation>Lien de paiement (%1) %2 — créé le %3 par %4, expire le %5</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="406"/>
        <source>Last payment link (%1): %2, %3</source>
        <translation>Dernier lien de paiement (%1) : %2, %3</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="127"/>
        <source>New customer</source>
        <translation>Nouvel abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="127"/>
        <source>Edit customer</source>
        <translation>Modifier l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="143"/>
        <source>Customer</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="145"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="147"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="151"/>
        <source>Customer&apos;s language</source>
        <translation>Langue de l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="154"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="156"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="160"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="164"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="178"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="180"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="182"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="185"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="188"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="191"/>
        <source>Address (line 2)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="194"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="196"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="199"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="203"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="205"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="207"/>
        <source>A new address applies to future invoices only.</source>
        <translation>Une nouvelle adresse ne vaut que pour les prochaines factures.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="225"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="226"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="263"/>
        <source>A reference is given on save.</source>
        <translation>La référence est attribuée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="270"/>
        <source>No payment method</source>
        <translation>Aucun moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="274"/>
        <source>%1 (the customer registers it through a payment link)</source>
        <translation>%1 (l&apos;abonné l&apos;enregistre via un lien de paiement)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="347"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="349"/>
        <source>This is not a valid email address.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="351"/>
        <source>This is not a valid phone number for the chosen country.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide pour le pays choisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="353"/>
        <source>This is not a valid VAT number (check digits do not match).</source>
        <translation>Ce numéro de TVA n&apos;est pas valide (la clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="401"/>
        <source>The payment method does not change.</source>
        <translation>Le moyen de paiement ne change pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="420"/>
        <source>On save, a payment link is made: the customer registers their %1 themselves. You can copy it, show its QR code or email it.</source>
        <translation>À l&apos;enregistrement, un lien de paiement est créé : l&apos;abonné enregistre lui-même son moyen de paiement (%1). Vous pourrez le copier, montrer son QR code ou l&apos;envoyer par e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="425"/>
        <source>%1: invoices are issued without automatic debit; you record each payment when it arrives.</source>
        <translation>%1 : les factures sont émises sans prélèvement automatique ; vous enregistrez chaque règlement à réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="451"/>
        <source>Record changed</source>
        <translation>Fiche modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="453"/>
        <source>Someone changed this customer since you opened it; nothing was saved.
Reload their version? Your edits in this dialog will be lost.</source>
        <translation>Quelqu&apos;un a modifié cet abonné depuis que vous l&apos;avez ouvert ; rien n&apos;a été enregistré.
Recharger sa version ? Vos saisies dans cette fenêtre seront perdues.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="456"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="168"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="169"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="173"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="172"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="170"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="171"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="147"/>
        <location filename="../../desktop/operations/__init__.py" line="182"/>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="129"/>
        <source>Sorry</source>
        <translation>Désolé</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="130"/>
        <source>Something went wrong; the desk is still open. Details were written to %1.</source>
        <translation>Un problème est survenu ; le guichet reste ouvert. Les détails sont dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="182"/>
        <source>Guichet cannot open</source>
        <translation>Guichet ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="197"/>
        <source>The payment form could not be started (see the log).</source>
        <translation>Le formulaire de paiement n&apos;a pas pu démarrer (voir le journal).</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="46"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="48"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="49"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="50"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="51"/>
        <source>Collection</source>
        <translation>Recouvrement</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../desktop/live_refresh.py" line="112"/>
        <source>%1 was updated elsewhere (another desk or the customer).</source>
        <translation>%1 a été mis à jour ailleurs (autre poste ou le client).</translation>
    </message>
    <message>
        <location filename="../../desktop/live_refresh.py" line="119"/>
        <source>%1 registered a payment method through their link.</source>
        <translation>%1 a enregistré un moyen de paiement via son lien.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>Guichet — customers and how they pay</source>
        <translation>Guichet — les abonnés et leurs moyens de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="115"/>
        <source>New payment link…</source>
        <translation>Nouveau lien de paiement…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="116"/>
        <source>Revoke links…</source>
        <translation>Révoquer les liens…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="117"/>
        <source>Remove from grey list…</source>
        <translation>Sortir de la liste grise…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="131"/>
        <source>New customer…</source>
        <translation>Nouvel abonné…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135"/>
        <source>Find a customer</source>
        <translation>Chercher un abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="151"/>
        <location filename="../../desktop/main_window.py" line="191"/>
        <source>Customers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>Search: name, reference, email, company, city…</source>
        <translation>Rechercher : nom, référence, e-mail, société, ville…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Search customers</source>
        <translation>Rechercher des abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>New customer</source>
        <translation>Nouvel abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nouvel abonné (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="314"/>
        <source>Payment form: %1</source>
        <translation>Formulaire de paiement : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="426"/>
        <source>Anonymised record: it can no longer be changed.</source>
        <translation>Fiche anonymisée : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="432"/>
        <source>No payment link is waiting.</source>
        <translation>Aucun lien de paiement en attente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="467"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflinePaymentDialog</name>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="43"/>
        <source>Record a payment</source>
        <translation>Enregistrer un règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="46"/>
        <source>Invoice %1 · %2 · issued %3</source>
        <translation>Facture %1 · %2 · émise le %3</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="54"/>
        <source>Recording this payment cancels the planned automatic debit.</source>
        <translation>Enregistrer ce règlement annule le prélèvement automatique prévu.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="64"/>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="82"/>
        <source>Payment date</source>
        <translation>Date du règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="87"/>
        <source>e.g. cheque number, transfer reference</source>
        <translation>ex. numéro de chèque, référence du virement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="89"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="94"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="101"/>
        <source>Record payment</source>
        <translation>Enregistrer le règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PaymentLinkDialog</name>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="68"/>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="73"/>
        <source>Send this link to %1 (%2) to register their %3. It is shown only now.</source>
        <translation>Envoyez ce lien à %1 (%2) pour qu&apos;il enregistre son moyen de paiement (%3). Il n&apos;est affiché qu&apos;une fois, maintenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="87"/>
        <source>Payment link address</source>
        <translation>Adresse du lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="91"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="93"/>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="101"/>
        <source>QR code of the payment link</source>
        <translation>QR code du lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="105"/>
        <source>Expires %1 · works only once</source>
        <translation>Expire le %1 · utilisable une seule fois</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="114"/>
        <source>Save QR code…</source>
        <translation>Enregistrer le QR code…</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="118"/>
        <source>Email to the customer…</source>
        <translation>Envoyer par e-mail à l&apos;abonné…</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="126"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="183"/>
        <source>Payment link copied to the clipboard.</source>
        <translation>Lien de paiement copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="193"/>
        <location filename="../../desktop/payment_link_dialog.py" line="203"/>
        <source>Save QR code</source>
        <translation>Enregistrer le QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="194"/>
        <source>The QR code could not be saved to %1.</source>
        <translation>Le QR code n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="201"/>
        <source>%1-payment-link.png</source>
        <translation>%1-lien-de-paiement.png</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="203"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="197"/>
        <source>QR code saved: %1</source>
        <translation>QR code enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="32"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../desktop/record_actions.py" line="142"/>
        <source>Customer %1 created.</source>
        <translation>Abonné %1 créé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="144"/>
        <source>Customer %1 saved.</source>
        <translation>Abonné %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="157"/>
        <source>As a company, it keeps its company name (%1), which becomes its name, and its address.</source>
        <translation>Comme c&apos;est une société, elle garde sa raison sociale (%1), qui devient son nom, et son adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="160"/>
        <source>As an individual, only the country is kept.</source>
        <translation>Comme c&apos;est un particulier, seul le pays est conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="163"/>
        <source>Anonymise %1 (%2)?</source>
        <translation>Anonymiser %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="167"/>
        <source>The email, phone, activity history and payment links are erased, and so are the bank and card details of its payment methods.</source>
        <translation>L&apos;e-mail, le téléphone, l&apos;historique d&apos;activité et les liens de paiement sont effacés, ainsi que les coordonnées bancaires et de carte de ses moyens de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="172"/>
        <source>The reference and the invoices stay (legal records). This cannot be undone.</source>
        <translation>La référence et les factures restent (pièces légales). C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="177"/>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="184"/>
        <source>Customer %1 anonymised.</source>
        <translation>Abonné %1 anonymisé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="198"/>
        <source>Delete %1 (%2) permanently?</source>
        <translation>Supprimer définitivement %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="202"/>
        <source>The record, its payment methods, payment links, subscriptions and activity are erased. It has no invoice. This cannot be undone.</source>
        <translation>La fiche, ses moyens de paiement, liens de paiement, abonnements et son activité sont effacés. Elle n&apos;a aucune facture. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="208"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="214"/>
        <source>Customer %1 deleted.</source>
        <translation>Abonné %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="235"/>
        <source>Which payment method should %1 register through the link?</source>
        <translation>Quel moyen de paiement %1 doit-il enregistrer via le lien ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="239"/>
        <source>The link already waiting will be revoked.</source>
        <translation>Le lien déjà en attente sera révoqué.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="242"/>
        <source>Warning: this customer is grey-listed; the form will refuse them.</source>
        <translation>Attention : cet abonné est en liste grise, le formulaire le refusera.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="246"/>
        <source>New payment link</source>
        <translation>Nouveau lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="258"/>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="264"/>
        <source>Revoke the payment links of %1 (%2)?</source>
        <translation>Révoquer les liens de paiement de %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="268"/>
        <source>These links stop working at once:</source>
        <translation>Ces liens cessent de fonctionner immédiatement :</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="272"/>
        <source>You can make a new link afterwards.</source>
        <translation>Vous pourrez créer un nouveau lien ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="275"/>
        <source>Revoke links</source>
        <translation>Révoquer les liens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="280"/>
        <source>%n payment link(s) revoked.</source>
        <translation>
            <numerusform>%n lien de paiement révoqué.</numerusform>
            <numerusform>%n liens de paiement révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="289"/>
        <source>Remove %1 (%2) from the grey list?</source>
        <translation>Sortir %1 (%2) de la liste grise ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="294"/>
        <source>They can use the payment form again and their count of failed attempts (%1) goes back to zero. New failures can put them back on the grey list.</source>
        <translation>L&apos;abonné pourra de nouveau utiliser le formulaire de paiement et son compteur d&apos;échecs (%1) repart de zéro. De nouveaux échecs peuvent le remettre en liste grise.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="299"/>
        <source>Grey list</source>
        <translation>Liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="299"/>
        <source>Remove from grey list</source>
        <translation>Sortir de la liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="306"/>
        <source>%1 removed from the grey list.</source>
        <translation>%1 est sorti de la liste grise.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="325"/>
        <source>Invoice %1 marked as paid.</source>
        <translation>Facture %1 marquée honorée.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="336"/>
        <source>Void invoice %1</source>
        <translation>Annuler la facture %1</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="338"/>
        <source>Invoice %1 will be void: it will no longer be due and no debit will be made. Why?</source>
        <translation>La facture %1 sera annulée : elle ne sera plus due et aucun prélèvement ne sera fait. Pour quelle raison ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="340"/>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="347"/>
        <source>Invoice %1 voided.</source>
        <translation>Facture %1 annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="359"/>
        <source>Refund invoice %1</source>
        <translation>Rembourser la facture %1</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="360"/>
        <source>Invoice %1 will be marked as refunded in full (%2). Why?</source>
        <translation>La facture %1 sera marquée remboursée en totalité (%2). Pour quelle raison ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="363"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="370"/>
        <source>Invoice %1 refunded.</source>
        <translation>Facture %1 remboursée.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktop/words.py" line="35"/>
        <source>Grey list</source>
        <translation>Liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="39"/>
        <source>Awaiting customer</source>
        <translation>En attente de l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="43"/>
        <source>Offline payment</source>
        <translation>Paiement hors ligne</translation>
    </message>
</context>
</TS>
