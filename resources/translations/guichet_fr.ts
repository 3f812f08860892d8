<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="137"/>
        <source>Customer record</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="143"/>
        <source>Select a customer in the list, or create one.</source>
        <translation>Choisissez un abonné dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="193"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="194"/>
        <source>Actions on this customer</source>
        <translation>Actions sur cet abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="230"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="234"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="238"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="251"/>
        <source>New link…</source>
        <translation>Nouveau lien…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="254"/>
        <source>Send the customer a payment link to register a new method.</source>
        <translation>Envoyer à l’abonné un lien de paiement pour enregistrer un nouveau moyen.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="277"/>
        <location filename="../../desktop/customer_detail_pane.py" line="283"/>
        <source>History of methods and links</source>
        <translation>Historique des moyens et des liens</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="298"/>
        <location filename="../../desktop/customer_detail_pane.py" line="304"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="322"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="324"/>
        <source>Add a subscription to this customer.</source>
        <translation>Ajouter un abonnement à cet abonné.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="325"/>
        <source>Change price…</source>
        <translation>Changer le prix…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="327"/>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="329"/>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="331"/>
        <source>Terminate…</source>
        <translation>Résilier…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="346"/>
        <location filename="../../desktop/customer_detail_pane.py" line="352"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="371"/>
        <source>Details…</source>
        <translation>Détail…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="374"/>
        <source>The invoice whole: amounts, payments, credit notes, history (or Enter).</source>
        <translation>La facture complète : montants, règlements, avoirs, historique (ou Entrée).</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="376"/>
        <source>Record payment…</source>
        <translation>Enregistrer un règlement…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="378"/>
        <source>Void…</source>
        <translation>Annuler (avoir)…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="380"/>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="395"/>
        <location filename="../../desktop/customer_detail_pane.py" line="399"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="403"/>
        <location filename="../../desktop/customer_detail_pane.py" line="407"/>
        <source>Upcoming activity</source>
        <translation>Activité à venir</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="496"/>
        <source>Grey list: the payment form refuses this customer after %1 failed attempts. Check with them, then use Actions › Remove from grey list.</source>
        <translation>Liste grise : le formulaire de paiement refuse cet abonné après %1 échecs. Vérifiez avec lui, puis utilisez Actions › Sortir de la liste grise.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="515"/>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="525"/>
        <source>Nothing in the coming days.</source>
        <translation>Rien dans les prochains jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="537"/>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="539"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="554"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="555"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="556"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="557"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/customer_detail_pane.py" line="593"/>
        <source>A SEPA mandate is signed, and %n open invoice(s) (%1) still wait(s) for an offline payment: %2.</source>
        <translation>
            <numerusform>Un mandat SEPA est signé, et %n facture en attente (%1) attend encore un paiement hors ligne : %2.</numerusform>
            <numerusform>Un mandat SEPA est signé, et %n factures en attente (%1) attendent encore un paiement hors ligne : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/customer_detail_pane.py" line="602"/>
        <source>Move %n open invoice(s) to direct debit</source>
        <translation>
            <numerusform>Passer %n facture en attente en prélèvement</numerusform>
            <numerusform>Passer %n factures en attente en prélèvement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="620"/>
        <source>No method and no link yet.</source>
        <translation>Aucun moyen ni lien pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="624"/>
        <source>the customer, through a link</source>
        <translation>l&apos;abonné, par un lien</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="632"/>
        <source>%1 — in use since %2 (set by %3)</source>
        <translation>%1 — en service depuis le %2 (par %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="639"/>
        <source>%1 — from %2 to %3 (set by %4)</source>
        <translation>%1 — du %2 au %3 (par %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="658"/>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="662"/>
        <source>Payment link (%1) made %2 by %3: %4</source>
        <translation>Lien de paiement (%1) créé le %2 par %3 : %4</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="674"/>
        <source>No payment method</source>
        <translation>Aucun moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="676"/>
        <source>Invoices are issued without automatic debit.</source>
        <translation>Les factures sont émises sans prélèvement automatique.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="683"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="683"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="689"/>
        <location filename="../../desktop/customer_detail_pane.py" line="708"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="690"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="691"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="692"/>
        <source>Mandate (RUM)</source>
        <translation>Mandat (RUM)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="693"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="694"/>
        <source>Creditor ID</source>
        <translation>ICS</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="704"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="707"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="711"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="718"/>
        <source>Payment link (%1) %2 — made %3 by %4, expires %5</source>
        <translation>Lien de paiement (%1) %2 — créé le %3 par %4, expire le %5</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="735"/>
        <source>The card has expired: it can no longer be charged.</source>
        <translation>La carte a expiré : elle ne peut plus être débitée.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="738"/>
        <source>The mandate has lapsed (not used for 36 months): it can no longer be debited.</source>
        <translation>Le mandat est caduc (inutilisé depuis 36 mois) : il ne peut plus servir aux prélèvements.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="749"/>
        <source>The bank refused a debit on this mandate: it can no longer be used.</source>
        <translation>La banque a refusé un prélèvement sur ce mandat : il ne peut plus servir.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="752"/>
        <source>The bank refused a debit on this mandate (%1): it can no longer be used.</source>
        <translation>La banque a refusé un prélèvement sur ce mandat (%1) : il ne peut plus servir.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="758"/>
        <source>New invoices are issued for offline payment until the customer registers a new method through a link.</source>
        <translation>Les nouvelles factures sont émises hors prélèvement jusqu’à ce que l’abonné enregistre un nouveau moyen par un lien.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="785"/>
        <source>The database is read-only.</source>
        <translation>La base de données est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="809"/>
        <source>In batch %1, sent to the bank: wait for the bank&apos;s answer.</source>
        <translation>Dans la remise %1, envoyée à la banque : attendez la réponse de la banque.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_detail_pane.py" line="816"/>
        <source>Only due invoices can be paid.</source>
        <translation>Seules les factures à régler peuvent être encaissées.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="145"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="152"/>
        <source>New customer</source>
        <translation>Nouvel abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="152"/>
        <source>Edit customer</source>
        <translation>Modifier l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="168"/>
        <source>Customer</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="171"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="174"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="177"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="181"/>
        <source>Customer&apos;s language</source>
        <translation>Langue de l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="184"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="186"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="190"/>
        <source>Customer&apos;s status</source>
        <translation>Statut de l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="191"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="192"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="193"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="196"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="200"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="199"/>
        <source>For staff only; the customer never sees it.</source>
        <translation>Pour l&apos;équipe seulement ; l&apos;abonné ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="203"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="207"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="221"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="223"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="225"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="228"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="231"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="234"/>
        <source>Address (line 2)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="237"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="239"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="241"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="245"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="249"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="251"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="253"/>
        <source>A new address applies to future invoices only.</source>
        <translation>Une nouvelle adresse ne vaut que pour les prochaines factures.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="267"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="276"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="277"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="320"/>
        <source>Leave the reference empty to get the next one on save.</source>
        <translation>Laissez la référence vide pour recevoir la suivante à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="324"/>
        <source>Given on save (CUST-…)</source>
        <translation>Attribuée à l&apos;enregistrement (CUST-…)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="332"/>
        <source>A reference never changes.</source>
        <translation>Une référence ne change jamais.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="337"/>
        <source>No payment method</source>
        <translation>Aucun moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="341"/>
        <source>%1 (the customer registers it through a payment link)</source>
        <translation>%1 (l&apos;abonné l&apos;enregistre via un lien de paiement)</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="425"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="427"/>
        <source>This is not a valid email address.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="429"/>
        <source>This is not a valid phone number for the chosen country.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide pour le pays choisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="431"/>
        <source>This is not a valid VAT number (check digits do not match).</source>
        <translation>Ce numéro de TVA n&apos;est pas valide (la clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="479"/>
        <source>The payment method does not change.</source>
        <translation>Le moyen de paiement ne change pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="498"/>
        <source>On save, a payment link is made: the customer registers their %1 themselves. You can copy it, show its QR code or email it.</source>
        <translation>À l&apos;enregistrement, un lien de paiement est créé : l&apos;abonné enregistre lui-même son moyen de paiement (%1). Vous pourrez le copier, montrer son QR code ou l&apos;envoyer par e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="503"/>
        <source>%1: invoices are issued without automatic debit; you record each payment when it arrives.</source>
        <translation>%1 : les factures sont émises sans prélèvement automatique ; vous enregistrez chaque règlement à réception.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="535"/>
        <source>Record changed</source>
        <translation>Fiche modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="537"/>
        <source>Someone changed this customer since you opened it; nothing was saved.
Reload their version? Your edits in this dialog will be lost.</source>
        <translation>Quelqu&apos;un a modifié cet abonné depuis que vous l&apos;avez ouvert ; rien n&apos;a été enregistré.
Recharger sa version ? Vos saisies dans cette fenêtre seront perdues.</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="540"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="552"/>
        <source>Another customer already has the email %1:
%2 (%3).

Save anyway (two records, one email), or cancel to change it?</source>
        <translation>Un autre abonné a déjà l&apos;adresse e-mail %1 :
%2 (%3).

Enregistrer quand même (deux fiches, une adresse), ou annuler pour la changer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="559"/>
        <source>Email already used</source>
        <translation>Adresse e-mail déjà utilisée</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="559"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="587"/>
        <location filename="../../desktop/customer_edit_dialog.py" line="589"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_edit_dialog.py" line="588"/>
        <source>You have changed this form. Close it and lose your changes?</source>
        <translation>Vous avez modifié ce formulaire. Le fermer et perdre vos modifications ?</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="265"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="266"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="269"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="271"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="270"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="267"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/customer_table_model.py" line="268"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>DebitBatchDialog</name>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="34"/>
        <source>Batch %1</source>
        <translation>Remise %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="37"/>
        <source>Batch %1 · collection on %2 · %3</source>
        <translation>Remise %1 · prélèvement le %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debit_batch_dialog.py" line="46"/>
        <source>%n debit(s)</source>
        <translation>
            <numerusform>%n prélèvement</numerusform>
            <numerusform>%n prélèvements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="48"/>
        <source>FRST %1 · RCUR %2</source>
        <translation>FRST %1 · RCUR %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debit_batch_dialog.py" line="56"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="65"/>
        <source>Debits of the batch</source>
        <translation>Prélèvements de la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_dialog.py" line="79"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DebitBatchTableModel</name>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="57"/>
        <source>Batch</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="58"/>
        <source>Collection date</source>
        <translation>Date de prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="59"/>
        <source>Debits</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="60"/>
        <source>FRST</source>
        <translation>FRST</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="61"/>
        <source>RCUR</source>
        <translation>RCUR</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="68"/>
        <source>Number of debits in the batch</source>
        <translation>Nombre de prélèvements de la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="69"/>
        <source>First debits on a mandate (FRST)</source>
        <translation>Premiers prélèvements sur un mandat (FRST)</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="70"/>
        <source>Recurring debits (RCUR)</source>
        <translation>Prélèvements récurrents (RCUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="114"/>
        <source>Message id: %1</source>
        <translation>Identifiant du message : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="115"/>
        <source>Prepared on %1</source>
        <translation>Préparée le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="119"/>
        <source>Exported on %1</source>
        <translation>Exportée le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_batch_table_model.py" line="125"/>
        <source>Settled on %1</source>
        <translation>Soldée le %1</translation>
    </message>
</context>
<context>
    <name>DebitLineTableModel</name>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="44"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="45"/>
        <source>Customer</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="46"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="47"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="49"/>
        <source>Bank&apos;s reason</source>
        <translation>Motif de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="69"/>
        <source>%1 (presented again)</source>
        <translation>%1 (représenté)</translation>
    </message>
    <message>
        <location filename="../../desktop/debit_line_table_model.py" line="78"/>
        <source>Mandate (RUM): %1</source>
        <translation>Mandat (RUM) : %1</translation>
    </message>
</context>
<context>
    <name>DebitsPage</name>
    <message>
        <location filename="../../desktop/debits_page.py" line="101"/>
        <source>Direct debits</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="106"/>
        <source>New batch…</source>
        <translation>Nouvelle remise…</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="109"/>
        <source>Gather the due SEPA invoices into a batch for a collection date you choose.</source>
        <translation>Rassembler les factures SEPA à régler dans une remise, pour une date de prélèvement de votre choix.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="111"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="115"/>
        <source>Save the batch&apos;s pain.008 file, to upload to your bank (prepared or sent batch).</source>
        <translation>Enregistrer le fichier pain.008 de la remise, à déposer auprès de votre banque (remise préparée ou envoyée).</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="118"/>
        <source>Mark batch settled…</source>
        <translation>Solder la remise…</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="121"/>
        <source>Once the bank has credited a sent batch: its debits not rejected become paid.</source>
        <translation>Quand la banque a crédité une remise envoyée : ses prélèvements non rejetés deviennent honorés.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="123"/>
        <source>Cancel batch…</source>
        <translation>Annuler la remise…</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="126"/>
        <source>A prepared batch only: its invoices can go into another batch.</source>
        <translation>Une remise préparée seulement : ses factures pourront aller dans une autre remise.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="128"/>
        <source>Details…</source>
        <translation>Détail…</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="130"/>
        <source>The batch&apos;s debits (or double-click it).</source>
        <translation>Les prélèvements de la remise (ou double-cliquez sur celle-ci).</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="131"/>
        <source>Import a bank return…</source>
        <translation>Importer un retour banque…</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="134"/>
        <source>Read a pain.002 or camt.054 file from your bank: rejected or returned debits.</source>
        <translation>Lire un fichier pain.002 ou camt.054 de votre banque : prélèvements rejetés ou retournés.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="151"/>
        <source>Debit batches</source>
        <translation>Remises de prélèvements</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="242"/>
        <source>No batch yet. “New batch…” gathers the due SEPA invoices to collect on a date you choose.</source>
        <translation>Aucune remise pour l’instant. « Nouvelle remise… » rassemble les factures SEPA à prélever à la date de votre choix.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="248"/>
        <source>Prepared: check its debits, then export the file and upload it to your bank. Until then it can be cancelled, and a payment recorded by hand takes its invoice out of it.</source>
        <translation>Préparée : vérifiez ses prélèvements, puis exportez le fichier et déposez-le auprès de votre banque. D’ici là, elle peut être annulée, et un règlement saisi à la main en retire sa facture.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="253"/>
        <source>Sent to the bank: its invoices can no longer be paid by hand. Import the bank&apos;s return file if debits are rejected, then mark the batch settled once the bank has credited it.</source>
        <translation>Envoyée à la banque : ses factures ne peuvent plus être réglées à la main. Importez le retour banque si des prélèvements sont rejetés, puis soldez la remise quand la banque l’a créditée.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="257"/>
        <source>Settled: its debits that were not rejected are paid.</source>
        <translation>Soldée : ses prélèvements non rejetés sont honorés.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="258"/>
        <source>Cancelled: its invoices can go into another batch.</source>
        <translation>Annulée : ses factures peuvent aller dans une autre remise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="274"/>
        <source>%n debit(s)</source>
        <translation>
            <numerusform>%n prélèvement</numerusform>
            <numerusform>%n prélèvements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="280"/>
        <location filename="../../desktop/debits_page.py" line="407"/>
        <source>Export batch %1</source>
        <translation>Exporter la remise %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="282"/>
        <source>SEPA file (*.xml)</source>
        <translation>Fichier SEPA (*.xml)</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="295"/>
        <location filename="../../desktop/debits_page.py" line="529"/>
        <location filename="../../desktop/debits_page.py" line="607"/>
        <source>Import a bank return</source>
        <translation>Importer un retour banque</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="297"/>
        <source>Bank return (*.xml);;All files (*)</source>
        <translation>Retour banque (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="322"/>
        <source>A batch for %1: %2 (FRST %3, RCUR %4), %5.</source>
        <translation>Une remise pour le %1 : %2 (FRST %3, RCUR %4), %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="332"/>
        <source>%n of them were rejected for lack of funds and are presented once more.</source>
        <translation>
            <numerusform>%n d&apos;entre eux, rejeté pour provision insuffisante, est présenté une seconde fois.</numerusform>
            <numerusform>%n d&apos;entre eux, rejetés pour provision insuffisante, sont présentés une seconde fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="340"/>
        <source>%n more debit(s) wait for a later batch: a mandate&apos;s first debit goes alone.</source>
        <translation>
            <numerusform>%n autre prélèvement attend une remise suivante : le premier prélèvement d&apos;un mandat part seul.</numerusform>
            <numerusform>%n autres prélèvements attendent une remise suivante : le premier prélèvement d&apos;un mandat part seul.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="346"/>
        <location filename="../../desktop/debits_page.py" line="354"/>
        <source>New batch</source>
        <translation>Nouvelle remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="346"/>
        <source>Prepare the batch</source>
        <translation>Préparer la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="360"/>
        <source>Nothing to collect on %1: no due SEPA invoice has a debit date on or before it, or they are all in another batch already.</source>
        <translation>Rien à prélever le %1 : aucune facture SEPA à régler n’a de date de prélèvement à cette date ou avant, ou elles sont toutes déjà dans une autre remise.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="369"/>
        <source>Batch %1 is prepared for %2: %3 (FRST %4, RCUR %5), %6.</source>
        <translation>La remise %1 est préparée pour le %2 : %3 (FRST %4, RCUR %5), %6.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="376"/>
        <source>Check its debits, then export the file for your bank.</source>
        <translation>Vérifiez ses prélèvements, puis exportez le fichier pour votre banque.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="399"/>
        <source>Batch %1 written again to %2 (the same file).</source>
        <translation>Remise %1 enregistrée à nouveau dans %2 (le même fichier).</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="404"/>
        <source>Batch %1 exported.</source>
        <translation>Remise %1 exportée.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="410"/>
        <source>The file is saved: %1</source>
        <translation>Le fichier est enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="412"/>
        <source>Upload it to your bank (web banking or EBICS) before the collection date, %1.</source>
        <translation>Déposez-le auprès de votre banque (banque en ligne ou EBICS) avant la date de prélèvement, le %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="416"/>
        <source>The batch is now sent to the bank: its invoices can no longer be paid by hand nor voided.</source>
        <translation>La remise est maintenant envoyée à la banque : ses factures ne peuvent plus être réglées à la main ni annulées.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="430"/>
        <source>Cancel batch %1 (%2, %3)?</source>
        <translation>Annuler la remise %1 (%2, %3) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="435"/>
        <source>No file has gone to the bank. Its invoices stay due and can go into another batch.</source>
        <translation>Aucun fichier n’est parti à la banque. Ses factures restent à régler et pourront aller dans une autre remise.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="441"/>
        <source>Cancel batch</source>
        <translation>Annuler la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="447"/>
        <source>Batch %1 cancelled.</source>
        <translation>Remise %1 annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="466"/>
        <source>Mark batch %1 settled?</source>
        <translation>Solder la remise %1 ?</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="467"/>
        <source>Do it once the bank has credited the batch to your account (%1).</source>
        <translation>Faites-le une fois que la banque a crédité la remise sur votre compte (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="470"/>
        <source>%n invoice(s) become paid on %1.</source>
        <translation>
            <numerusform>%n facture devient honorée le %1.</numerusform>
            <numerusform>%n factures deviennent honorées le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="475"/>
        <source>%n rejected debit(s) stay unpaid.</source>
        <translation>
            <numerusform>%n prélèvement rejeté reste impayé.</numerusform>
            <numerusform>%n prélèvements rejetés restent impayés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="478"/>
        <source>Import the bank&apos;s return files first. A debit returned later (e.g. refund requested by the debtor) still turns its invoice unpaid.</source>
        <translation>Importez d’abord les retours banque reçus. Un prélèvement retourné plus tard (par exemple un remboursement demandé par le débiteur) rend encore sa facture impayée.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="483"/>
        <source>Mark batch settled</source>
        <translation>Solder la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="483"/>
        <source>Mark settled</source>
        <translation>Solder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="491"/>
        <source>Batch %1 settled: %n invoice(s) paid.</source>
        <translation>
            <numerusform>Remise %1 soldée : %n facture honorée.</numerusform>
            <numerusform>Remise %1 soldée : %n factures honorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="539"/>
        <source>%1 reports no rejected or returned debit that is not already recorded: nothing changes.</source>
        <translation>%1 ne signale aucun prélèvement rejeté ou retourné qui ne soit déjà enregistré : rien ne change.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="544"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="553"/>
        <source>%1 has already been imported: importing it again changes nothing.</source>
        <translation>%1 a déjà été importé : l’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="559"/>
        <source>rejected</source>
        <translation>rejet</translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="559"/>
        <source>returned after settlement</source>
        <translation>retour après encaissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="573"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="575"/>
        <source>Import this bank return (%1, %2)?</source>
        <translation>Importer ce retour banque (%1, %2) ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="578"/>
        <source>%n debit(s) came back unpaid:</source>
        <translation>
            <numerusform>%n prélèvement revient impayé :</numerusform>
            <numerusform>%n prélèvements reviennent impayés :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="580"/>
        <source>Each of these invoices becomes unpaid, with the bank&apos;s reason on the customer&apos;s record.</source>
        <translation>Chacune de ces factures devient impayée, avec le motif de la banque sur la fiche de l’abonné.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="590"/>
        <source>%n mandate(s) can no longer be used (%1): later invoices are issued for offline payment, and the record offers a new link.</source>
        <translation>
            <numerusform>%n mandat ne peut plus servir (%1) : les factures suivantes sont émises hors prélèvement, et la fiche propose un nouveau lien.</numerusform>
            <numerusform>%n mandats ne peuvent plus servir (%1) : les factures suivantes sont émises hors prélèvement, et les fiches proposent un nouveau lien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/debits_page.py" line="599"/>
        <source>An invoice rejected for lack of funds (AM04, MS03) can go into one later batch again.</source>
        <translation>Une facture rejetée faute de provision (AM04, MS03) peut aller une fois encore dans une remise ultérieure.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/debits_page.py" line="610"/>
        <source>Bank return imported: %n debit(s) marked unpaid.</source>
        <translation>
            <numerusform>Retour banque importé : %n prélèvement impayé.</numerusform>
            <numerusform>Retour banque importé : %n prélèvements impayés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="198"/>
        <location filename="../../desktop/operations/__init__.py" line="194"/>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="180"/>
        <source>Sorry</source>
        <translation>Désolé</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="181"/>
        <source>Something went wrong; the desk is still open. Details were written to %1.</source>
        <translation>Un problème est survenu ; le guichet reste ouvert. Les détails sont dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="223"/>
        <source>New database?</source>
        <translation>Nouvelle base de données ?</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="224"/>
        <source>No database at %1; create a new one?</source>
        <translation>Aucune base de données à %1 ; en créer une nouvelle ?</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="227"/>
        <source>Create it</source>
        <translation>La créer</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="245"/>
        <source>Payment form</source>
        <translation>Formulaire de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="278"/>
        <location filename="../../desktop/app.py" line="295"/>
        <source>Guichet cannot open</source>
        <translation>Guichet ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="250"/>
        <source>The payment form could not be started (see the log).</source>
        <translation>Le formulaire de paiement n&apos;a pas pu démarrer (voir le journal).</translation>
    </message>
    <message>
        <location filename="../../desktop/demo_progress.py" line="32"/>
        <source>Making the demo database: customers, subscriptions, invoices…</source>
        <translation>Préparation de la base de démonstration : abonnés, abonnements, factures…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="66"/>
        <location filename="../../desktop/invoice_dialog.py" line="126"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="87"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="89"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="92"/>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="96"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="99"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="102"/>
        <location filename="../../desktop/invoice_dialog.py" line="106"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="117"/>
        <source>Issued on %1; nothing has happened to it since.</source>
        <translation>Émise le %1 ; rien ne s’est passé depuis.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="129"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="131"/>
        <source>Save the invoice as a Factur-X PDF</source>
        <translation>Enregistrer la facture en PDF Factur-X</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="134"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="142"/>
        <source>%1 PDF…</source>
        <translation>%1 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="151"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="178"/>
        <source>%1 saved: %2</source>
        <translation>%1 enregistrée : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="188"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="204"/>
        <source>period from %1</source>
        <translation>période à partir du %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="212"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="214"/>
        <source>VAT (%1)</source>
        <translation>TVA (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="218"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="220"/>
        <source>Total</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="232"/>
        <location filename="../../desktop/invoice_dialog.py" line="273"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="233"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="234"/>
        <source>Paid</source>
        <translation>Réglée le</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="235"/>
        <source>Collection</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="242"/>
        <source>No payment recorded.</source>
        <translation>Aucun règlement enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="247"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="248"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="249"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="250"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="252"/>
        <source>Recorded</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="254"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="259"/>
        <source>Also settled</source>
        <translation>Règle aussi</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="267"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="270"/>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="270"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="272"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="274"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="275"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="286"/>
        <source>Debit planned on %1</source>
        <translation>Prélèvement prévu le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="290"/>
        <source>No direct debit.</source>
        <translation>Aucun prélèvement.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="294"/>
        <source>Batch</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="297"/>
        <source>Collection date</source>
        <translation>Date d’encaissement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="298"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="299"/>
        <source>Debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_dialog.py" line="300"/>
        <source>Bank&apos;s reason</source>
        <translation>Motif de la banque</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="53"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="54"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="55"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="56"/>
        <source>Customer</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="57"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="58"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="59"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="60"/>
        <source>Total</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="61"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_list_model.py" line="62"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="52"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="53"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="54"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="55"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="56"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="57"/>
        <source>Collection</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="85"/>
        <source>Due on %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="130"/>
        <source>Debit planned on %1</source>
        <translation>Prélèvement prévu le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="135"/>
        <source>Batch %1 (%2)</source>
        <translation>Remise %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="138"/>
        <source>Collection date: %1</source>
        <translation>Date de prélèvement : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="141"/>
        <source>Sequence: %1</source>
        <translation>Séquence : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="144"/>
        <source>Debit: returned after it was collected</source>
        <translation>Prélèvement : retourné après encaissement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="146"/>
        <source>Debit: %1</source>
        <translation>Prélèvement : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/invoice_table_model.py" line="149"/>
        <source>Bank&apos;s reason: %1</source>
        <translation>Motif de la banque : %1</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../desktop/invoices_page.py" line="93"/>
        <location filename="../../desktop/invoices_page.py" line="139"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="100"/>
        <source>Search: number, label, customer…</source>
        <translation>Rechercher : numéro, libellé, abonné…</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="101"/>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="107"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="113"/>
        <source>Collection</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="114"/>
        <source>All collections</source>
        <translation>Tous les encaissements</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="120"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="122"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="123"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="124"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="125"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="126"/>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="131"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="160"/>
        <source>Details…</source>
        <translation>Détail…</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="162"/>
        <source>The invoice whole (or double-click it).</source>
        <translation>La facture complète (ou double-clic).</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="163"/>
        <source>Open the customer</source>
        <translation>Ouvrir l’abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="166"/>
        <source>Show this invoice&apos;s customer on the customers page.</source>
        <translation>Afficher l’abonné de cette facture dans la page Abonnés.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="168"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="171"/>
        <source>Save the invoices of this selection as a CSV or Excel file.</source>
        <translation>Enregistrer les factures de cette sélection dans un fichier CSV ou Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="264"/>
        <source>No invoice matches these filters.</source>
        <translation>Aucune facture ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/invoices_page.py" line="266"/>
        <source>%n invoice(s): net %1, VAT %2, total %3</source>
        <translation>
            <numerusform>%n facture : HT %1, TVA %2, TTC %3</numerusform>
            <numerusform>%n factures : HT %1, TVA %2, TTC %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/invoices_page.py" line="273"/>
        <source>the %n newest are listed; the export holds them all.</source>
        <translation>
            <numerusform>la plus récente est listée ; l’export les contient toutes.</numerusform>
            <numerusform>les %n plus récentes sont listées ; l’export les contient toutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="303"/>
        <source>Export the invoices</source>
        <translation>Exporter les factures</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="305"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Fichier CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/invoices_page.py" line="315"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/invoices_page.py" line="316"/>
        <source>%n invoice(s) saved in %1.</source>
        <translation>
            <numerusform>%n facture enregistrée dans %1.</numerusform>
            <numerusform>%n factures enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/documents.py" line="184"/>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="197"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="201"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="208"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/documents.py" line="219"/>
        <source>Letter saved: %1</source>
        <translation>Lettre enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../desktop/live_refresh.py" line="217"/>
        <source>%1 was updated elsewhere (another desk or the customer).</source>
        <translation>%1 a été mis à jour ailleurs (autre poste ou le client).</translation>
    </message>
    <message>
        <location filename="../../desktop/live_refresh.py" line="224"/>
        <source>%1 registered a payment method through their link.</source>
        <translation>%1 a enregistré un moyen de paiement via son lien.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="170"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>New payment link…</source>
        <translation>Nouveau lien de paiement…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Revoke links…</source>
        <translation>Révoquer les liens…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>Remove from grey list…</source>
        <translation>Sortir de la liste grise…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>New customer…</source>
        <translation>Nouvel abonné…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191"/>
        <source>Find a customer</source>
        <translation>Chercher un abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201"/>
        <source>%1 (read-only) — Guichet</source>
        <translation>%1 (lecture seule) — Guichet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>%1 — Guichet</source>
        <translation>%1 — Guichet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216"/>
        <source>This database is read-only: you can look everything up, but nothing can be changed. Ask for write access to the file and its folder, then open it again.</source>
        <translation>Cette base de données est en lecture seule : vous pouvez tout consulter, mais rien modifier. Demandez le droit d’écrire dans le fichier et son dossier, puis rouvrez-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Customers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>Direct debits</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="261"/>
        <source>Search: name, reference, email, company, city…</source>
        <translation>Rechercher : nom, référence, e-mail, société, ville…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="263"/>
        <source>Search customers</source>
        <translation>Rechercher des abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269"/>
        <source>New customer</source>
        <translation>Nouvel abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nouvel abonné (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="359"/>
        <source>Grey list</source>
        <translation>Liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360"/>
        <source>Only customers the payment form refuses (grey list)</source>
        <translation>Seulement les abonnés que le formulaire de paiement refuse (liste grise)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="363"/>
        <source>Offline payment</source>
        <translation>Paiement hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="364"/>
        <source>Only customers who pay offline (cheque, transfer, cash, other)</source>
        <translation>Seulement les abonnés qui paient hors ligne (chèque, virement, espèces, autre)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="367"/>
        <source>Unusable method</source>
        <translation>Moyen inutilisable</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="369"/>
        <source>Only customers whose card has expired or whose mandate lapsed or was rejected</source>
        <translation>Seulement les abonnés dont la carte a expiré ou dont le mandat est caduc ou rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="373"/>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="374"/>
        <source>Only customers with an invoice past its due date and the grace days</source>
        <translation>Seulement les abonnés ayant une facture non réglée après l’échéance et le délai de grâce</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="534"/>
        <source>● Payment form answering at %1</source>
        <translation>● Le formulaire de paiement répond à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="535"/>
        <source>Customers can use their payment links.</source>
        <translation>Les abonnés peuvent utiliser leurs liens de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="537"/>
        <source>● Payment form not answering at %1</source>
        <translation>● Le formulaire de paiement ne répond pas à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="539"/>
        <source>Customers cannot use their payment links until the form runs (guichet portal, or its service).</source>
        <translation>Les abonnés ne peuvent pas utiliser leurs liens de paiement tant que le formulaire ne tourne pas (guichet portal, ou son service).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="543"/>
        <source>Payment form: checking %1…</source>
        <translation>Formulaire de paiement : vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="642"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="672"/>
        <source>Anonymised record: it can no longer be changed.</source>
        <translation>Fiche anonymisée : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="678"/>
        <source>No payment link is waiting.</source>
        <translation>Aucun lien de paiement en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="695"/>
        <source>The database is read-only.</source>
        <translation>La base de données est en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="821"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDebitBatchDialog</name>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="43"/>
        <source>New batch</source>
        <translation>Nouvelle remise</translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="49"/>
        <source>The batch gathers every due SEPA invoice whose debit date falls on or before the collection date and that is in no other batch.</source>
        <translation>La remise rassemble toutes les factures SEPA à régler dont la date de prélèvement tombe à la date choisie ou avant, et qui ne sont dans aucune autre remise.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="72"/>
        <source>Collection date</source>
        <translation>Date de prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="85"/>
        <source>Prepare the batch</source>
        <translation>Préparer la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="117"/>
        <source>Banks collect on TARGET2 business days; the earliest possible date is %1.</source>
        <translation>Les banques prélèvent les jours ouvrés TARGET2 ; la date la plus proche possible est le %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_debit_batch_dialog.py" line="123"/>
        <source>%1 is not a TARGET2 business day: banks do not collect then. The next one is %2.</source>
        <translation>Le %1 n’est pas un jour ouvré TARGET2 : les banques ne prélèvent pas ce jour-là. Le suivant est le %2.</translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="109"/>
        <source>New subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="112"/>
        <source>Subscription for %1</source>
        <translation>Abonnement de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="117"/>
        <source>e.g. Monthly membership</source>
        <translation>p. ex. Adhésion mensuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="118"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="120"/>
        <source>Price (VAT included)</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="125"/>
        <source>Period</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="127"/>
        <source>First invoice on</source>
        <translation>Première facture le</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="130"/>
        <source>Default rate</source>
        <translation>Taux par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="133"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="137"/>
        <source>Add subscription</source>
        <translation>Ajouter l’abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="155"/>
        <source>then every month</source>
        <translation>puis chaque mois</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="155"/>
        <source>then every year</source>
        <translation>puis chaque année</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="158"/>
        <source>First invoice on %1 for %2, %3, until it is terminated.</source>
        <translation>Première facture le %1 pour %2, %3, jusqu’à sa résiliation.</translation>
    </message>
</context>
<context>
    <name>OfflinePaymentDialog</name>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="51"/>
        <source>Record a payment</source>
        <translation>Enregistrer un règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="59"/>
        <source>Invoice %1 · %2 · issued %3</source>
        <translation>Facture %1 · %2 · émise le %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_payment_dialog.py" line="69"/>
        <source>One payment for %n invoice(s), %1 in all:</source>
        <translation>
            <numerusform>Un règlement pour %n facture, %1 au total :</numerusform>
            <numerusform>Un règlement pour %n factures, %1 au total :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="84"/>
        <source>Recording this payment cancels the planned automatic debit.</source>
        <translation>Enregistrer ce règlement annule le prélèvement automatique prévu.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="97"/>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="125"/>
        <source>Payment date</source>
        <translation>Date du règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="132"/>
        <source>e.g. cheque number, transfer reference</source>
        <translation>ex. numéro de chèque, référence du virement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="134"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="139"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="146"/>
        <source>Record payment</source>
        <translation>Enregistrer le règlement</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="147"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="162"/>
        <source>Cannot be in the future (today is %1).</source>
        <translation>Ne peut pas être dans le futur (nous sommes le %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="169"/>
        <source>Cannot be before %1, when the first of these invoices was issued.</source>
        <translation>Ne peut pas être avant le %1, date d&apos;émission de la première de ces factures.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_payment_dialog.py" line="171"/>
        <source>Cannot be before the invoice&apos;s issue date (%1).</source>
        <translation>Ne peut pas être avant la date d&apos;émission de la facture (%1).</translation>
    </message>
</context>
<context>
    <name>PaymentLinkDialog</name>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="54"/>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="59"/>
        <source>Send this link to %1 (%2) to register their %3. It is shown only now.</source>
        <translation>Envoyez ce lien à %1 (%2) pour qu&apos;il enregistre son moyen de paiement (%3). Il n&apos;est affiché qu&apos;une fois, maintenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="73"/>
        <source>Payment link address</source>
        <translation>Adresse du lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="77"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="79"/>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="87"/>
        <source>QR code of the payment link</source>
        <translation>QR code du lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="91"/>
        <source>Expires %1 · works only once</source>
        <translation>Expire le %1 · utilisable une seule fois</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="100"/>
        <source>Save QR code…</source>
        <translation>Enregistrer le QR code…</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="104"/>
        <source>Email to the customer…</source>
        <translation>Envoyer par e-mail à l&apos;abonné…</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="109"/>
        <source>Letter…</source>
        <translation>Lettre…</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="112"/>
        <source>A letter with this link and its QR code, to print or post</source>
        <translation>Une lettre avec ce lien et son QR code, à imprimer ou à envoyer par la poste</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="185"/>
        <source>Payment link copied to the clipboard.</source>
        <translation>Lien de paiement copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="195"/>
        <location filename="../../desktop/payment_link_dialog.py" line="206"/>
        <source>Save QR code</source>
        <translation>Enregistrer le QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="196"/>
        <source>The QR code could not be saved to %1.</source>
        <translation>Le QR code n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="203"/>
        <source>%1-payment-link.png</source>
        <translation>%1-lien-de-paiement.png</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="206"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="214"/>
        <source>No e-mail program could be opened. Copy the link and send it from your mailbox.</source>
        <translation>Aucun programme de messagerie n’a pu être ouvert. Copiez le lien et envoyez-le depuis votre messagerie.</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="219"/>
        <source>Email to the customer</source>
        <translation>Envoyer par e-mail à l’abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="231"/>
        <source>Letter to %1</source>
        <translation>Lettre à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="232"/>
        <source>%1-payment-letter.pdf</source>
        <translation>%1-lettre-paiement.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/payment_link_dialog.py" line="199"/>
        <source>QR code saved: %1</source>
        <translation>QR code enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="38"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/reason_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../desktop/record_actions.py" line="171"/>
        <source>Customer %1 created.</source>
        <translation>Abonné %1 créé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="173"/>
        <source>Customer %1 saved.</source>
        <translation>Abonné %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="186"/>
        <source>As a company, it keeps its company name (%1), which becomes its name, and its address.</source>
        <translation>Comme c&apos;est une société, elle garde sa raison sociale (%1), qui devient son nom, et son adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="189"/>
        <source>As an individual, only the country is kept.</source>
        <translation>Comme c&apos;est un particulier, seul le pays est conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="192"/>
        <source>Anonymise %1 (%2)?</source>
        <translation>Anonymiser %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="196"/>
        <source>The email, phone, activity history and payment links are erased, and so are the bank and card details of its payment methods.</source>
        <translation>L&apos;e-mail, le téléphone, l&apos;historique d&apos;activité et les liens de paiement sont effacés, ainsi que les coordonnées bancaires et de carte de ses moyens de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="201"/>
        <source>The reference and the invoices stay (legal records). This cannot be undone.</source>
        <translation>La référence et les factures restent (pièces légales). C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="206"/>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="213"/>
        <source>Customer %1 anonymised.</source>
        <translation>Abonné %1 anonymisé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="227"/>
        <source>Delete %1 (%2) permanently?</source>
        <translation>Supprimer définitivement %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="231"/>
        <source>The record, its payment methods, payment links, subscriptions and activity are erased. It has no invoice. This cannot be undone.</source>
        <translation>La fiche, ses moyens de paiement, liens de paiement, abonnements et son activité sont effacés. Elle n&apos;a aucune facture. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="237"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="243"/>
        <source>Customer %1 deleted.</source>
        <translation>Abonné %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="264"/>
        <source>Which payment method should %1 register through the link?</source>
        <translation>Quel moyen de paiement %1 doit-il enregistrer via le lien ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="268"/>
        <source>The link already waiting will be revoked.</source>
        <translation>Le lien déjà en attente sera révoqué.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="271"/>
        <source>Warning: this customer is grey-listed; the form will refuse them.</source>
        <translation>Attention : cet abonné est en liste grise, le formulaire le refusera.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="275"/>
        <source>New payment link</source>
        <translation>Nouveau lien de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="287"/>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="293"/>
        <source>Revoke the payment links of %1 (%2)?</source>
        <translation>Révoquer les liens de paiement de %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="297"/>
        <source>These links stop working at once:</source>
        <translation>Ces liens cessent de fonctionner immédiatement :</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="301"/>
        <source>You can make a new link afterwards.</source>
        <translation>Vous pourrez créer un nouveau lien ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="304"/>
        <source>Revoke links</source>
        <translation>Révoquer les liens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="309"/>
        <source>%n payment link(s) revoked.</source>
        <translation>
            <numerusform>%n lien de paiement révoqué.</numerusform>
            <numerusform>%n liens de paiement révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="318"/>
        <source>Remove %1 (%2) from the grey list?</source>
        <translation>Sortir %1 (%2) de la liste grise ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="323"/>
        <source>They can use the payment form again and their count of failed attempts (%1) goes back to zero. New failures can put them back on the grey list.</source>
        <translation>L&apos;abonné pourra de nouveau utiliser le formulaire de paiement et son compteur d&apos;échecs (%1) repart de zéro. De nouveaux échecs peuvent le remettre en liste grise.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="328"/>
        <source>Grey list</source>
        <translation>Liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="328"/>
        <source>Remove from grey list</source>
        <translation>Sortir de la liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="335"/>
        <source>%1 removed from the grey list.</source>
        <translation>%1 est sorti de la liste grise.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="362"/>
        <source>Subscription %1 added.</source>
        <translation>Abonnement %1 ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="379"/>
        <source>New price of %1: %2, from the next invoice.</source>
        <translation>Nouveau prix de %1 : %2, à partir de la prochaine facture.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="393"/>
        <source>Suspend %1 of %2 (%3)?</source>
        <translation>Suspendre %1 de %2 (%3) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="398"/>
        <source>No invoice is issued while it is suspended (the next one was due on %1). Invoices already issued stay due.</source>
        <translation>Aucune facture n’est émise tant qu’il est suspendu (la prochaine était prévue le %1). Les factures déjà émises restent à payer.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="402"/>
        <source>Once resumed, billing starts again with the next period; the suspended periods are never billed.</source>
        <translation>Une fois repris, la facturation recommence à la période suivante ; les périodes suspendues ne sont jamais facturées.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="407"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="412"/>
        <source>Subscription %1 suspended.</source>
        <translation>Abonnement %1 suspendu.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="424"/>
        <source>Resume %1 of %2 (%3)?</source>
        <translation>Reprendre %1 de %2 (%3) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="429"/>
        <source>Billing starts again with the next period from today; the periods while it was suspended are not billed.</source>
        <translation>La facturation recommence à la prochaine période à partir d’aujourd’hui ; les périodes de suspension ne sont pas facturées.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="434"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="439"/>
        <source>Subscription %1 resumed: next invoice on %2.</source>
        <translation>Abonnement %1 repris : prochaine facture le %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="462"/>
        <source>Subscription %1 terminated: nothing billed from %2.</source>
        <translation>Abonnement %1 résilié : plus rien n’est facturé à partir du %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="539"/>
        <source>Collect %n open invoice(s) of %1 (%2) by direct debit on mandate %3?</source>
        <translation>
            <numerusform>Prélever %n facture en attente de %1 (%2) sur le mandat %3 ?</numerusform>
            <numerusform>Prélever %n factures en attente de %1 (%2) sur le mandat %3 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="552"/>
        <source>Each is debited %n day(s) after today, in the next debit batch; you no longer record their payment by hand.</source>
        <translation>
            <numerusform>Chacune est prélevée %n jour après aujourd&apos;hui, dans la prochaine remise ; vous n&apos;enregistrez plus leur paiement à la main.</numerusform>
            <numerusform>Chacune est prélevée %n jours après aujourd&apos;hui, dans la prochaine remise ; vous n&apos;enregistrez plus leur paiement à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="559"/>
        <source>Move %n open invoice(s) to direct debit</source>
        <translation>
            <numerusform>Passer %n facture en attente en prélèvement</numerusform>
            <numerusform>Passer %n factures en attente en prélèvement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="560"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="567"/>
        <source>%n invoice(s) moved to direct debit: %1.</source>
        <translation>
            <numerusform>%n facture passée en prélèvement : %1.</numerusform>
            <numerusform>%n factures passées en prélèvement : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="576"/>
        <source>Invoice %1 marked as paid.</source>
        <translation>Facture %1 marquée honorée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/record_actions.py" line="577"/>
        <source>%n invoice(s) marked as paid: %1.</source>
        <translation>
            <numerusform>%n facture marquée honorée : %1.</numerusform>
            <numerusform>%n factures marquées honorées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="585"/>
        <source>Void invoice %1 (credit note)</source>
        <translation>Annuler la facture %1 (avoir)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="588"/>
        <source>Invoice %1 stays in the books; a credit note for its full amount (%2) cancels it: it will no longer be due and no debit will be made. Why?</source>
        <translation>La facture %1 reste dans les comptes ; un avoir de son montant total (%2) l’annule : elle ne sera plus à payer et aucun prélèvement ne sera fait. Pour quel motif ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="630"/>
        <source>Issue the credit note</source>
        <translation>Émettre l’avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="631"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="603"/>
        <source>Invoice %1 will be marked as refunded in full (%2), by a credit note for that amount. Pay the customer back yourself. Why?</source>
        <translation>La facture %1 sera marquée remboursée en totalité (%2), par un avoir de ce montant. Le remboursement de l’abonné reste à faire par vos soins. Pour quel motif ?</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="100"/>
        <source>Payment form not answering</source>
        <translation>Le formulaire de paiement ne répond pas</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="102"/>
        <source>The payment form does not answer at %1. The link is made and will work as soon as the form runs; until then the customer cannot use it.</source>
        <translation>Le formulaire de paiement ne répond pas à %1. Le lien est créé et fonctionnera dès que le formulaire tournera ; d’ici là, l’abonné ne peut pas l’utiliser.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="644"/>
        <source>Credit note %1 issued for invoice %2 (%3).</source>
        <translation>Avoir %1 émis pour la facture %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/record_actions.py" line="600"/>
        <source>Refund invoice %1</source>
        <translation>Rembourser la facture %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SubscriptionPriceDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="188"/>
        <location filename="../../desktop/subscription_dialog.py" line="207"/>
        <source>Change the price</source>
        <translation>Changer le prix</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="199"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="203"/>
        <source>New price (VAT included)</source>
        <translation>Nouveau prix TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="221"/>
        <source>From the next invoice (%1): %2 instead of %3. Invoices already issued keep their price.</source>
        <translation>À partir de la prochaine facture (%1) : %2 au lieu de %3. Les factures déjà émises gardent leur prix.</translation>
    </message>
</context>
<context>
    <name>SubscriptionTableModel</name>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="62"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="63"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="64"/>
        <source>Period</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="65"/>
        <source>Next invoice</source>
        <translation>Prochaine facture</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="66"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="89"/>
        <source>Terminated from %1</source>
        <translation>Résilié à partir du %1</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="95"/>
        <source>Suspended: nothing is billed until it is resumed.</source>
        <translation>Suspendu : rien n’est facturé tant qu’il n’est pas repris.</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_table_model.py" line="97"/>
        <source>Terminated: nothing more is billed.</source>
        <translation>Résilié : plus rien n’est facturé.</translation>
    </message>
</context>
<context>
    <name>TerminateSubscriptionDialog</name>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="252"/>
        <source>Terminate a subscription</source>
        <translation>Résilier un abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="257"/>
        <source>Terminate %1 (%2, %3)?</source>
        <translation>Résilier %1 (%2, %3) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="268"/>
        <source>Nothing billed from</source>
        <translation>Plus rien facturé à partir du</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="272"/>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="284"/>
        <source>Periods that start before that date are still billed (next invoice: %1).</source>
        <translation>Les périodes qui commencent avant cette date sont encore facturées (prochaine facture : %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="287"/>
        <source>No further invoice is issued.</source>
        <translation>Aucune autre facture n’est émise.</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="291"/>
        <source>Nothing is billed from %1.</source>
        <translation>Plus rien n’est facturé à partir du %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/subscription_dialog.py" line="294"/>
        <source>Invoices already issued stay as they are. A termination is final: to bill again, add a new subscription.</source>
        <translation>Les factures déjà émises restent telles quelles. Une résiliation est définitive : pour facturer à nouveau, ajoutez un nouvel abonnement.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../desktop/words.py" line="68"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="87"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="91"/>
        <source>Grey list</source>
        <translation>Liste grise</translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="95"/>
        <source>Awaiting customer</source>
        <translation>En attente de l&apos;abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/words.py" line="99"/>
        <source>Offline payment</source>
        <translation>Paiement hors ligne</translation>
    </message>
</context>
</TS>
