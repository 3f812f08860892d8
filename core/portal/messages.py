"""Every word the payment form shows, in French and English, and how to pick the language."""

from __future__ import annotations

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

MESSAGES: dict[str, dict[str, str]] = {
    "fr": {
        "title.form": "Moyen de paiement — {business}",
        "title.done": "Moyen de paiement enregistré — {business}",
        "form.greeting": "Bonjour {customer},",
        "form.intro.sepa_debit": (
            "{business} vous invite à mettre en place le prélèvement SEPA pour "
            "régler vos factures. Renseignez votre compte bancaire et signez le mandat."
        ),
        "form.intro.card": (
            "{business} vous invite à enregistrer la carte bancaire qui réglera vos factures."
        ),
        "form.method.sepa_debit": "Prélèvement SEPA",
        "form.method.card": "Carte bancaire",
        "form.expires": "Ce lien est valable jusqu'au {expires}.",
        "form.customer_reference": "Référence client",
        "form.errors_summary": "Le formulaire n'a pas pu être validé. Vérifiez les champs signalés.",
        "form.stale": (
            "Ce formulaire a expiré ou n'a pas été envoyé depuis cette page. "
            "Rien n'a été enregistré : vérifiez vos informations et validez à nouveau."
        ),
        "form.optional": "facultatif",
        "field.holder": "Titulaire du compte",
        "field.holder.card": "Nom sur la carte",
        "field.iban": "IBAN",
        "field.iban.hint": "Il figure sur votre RIB, par exemple FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189.",
        "field.bic": "BIC",
        "field.bic.hint": (
            "Laissez ce champ vide si vous ne le connaissez pas : il est déduit de l'IBAN "
            "lorsque la banque est connue."
        ),
        "field.card_number": "Numéro de carte",
        "field.expiry": "Date d'expiration",
        "field.exp_month": "Mois d'expiration (MM)",
        "field.exp_year": "Année d'expiration (AA)",
        "field.exp_year.placeholder": "AA",
        "field.cvc": "CVC",
        "field.cvc.hint": "CVC : le cryptogramme, les 3 chiffres au dos de la carte.",
        "mandate.heading": "Mandat de prélèvement SEPA",
        "mandate.text": (
            "En signant ce formulaire de mandat, vous autorisez (A) {business} à envoyer des "
            "instructions à votre banque pour débiter votre compte, et (B) votre banque à "
            "débiter votre compte conformément aux instructions de {business}. Vous bénéficiez "
            "du droit d'être remboursé par votre banque selon les conditions décrites dans la "
            "convention que vous avez passée avec elle. Une demande de remboursement doit être "
            "présentée dans les 8 semaines suivant la date de débit de votre compte pour un "
            "prélèvement autorisé. Vos droits concernant le présent mandat sont expliqués dans "
            "un document que vous pouvez obtenir auprès de votre banque."
        ),
        "mandate.creditor": "Créancier",
        "mandate.creditor_id": "Identifiant créancier SEPA (ICS)",
        "mandate.reference": "Référence unique du mandat (RUM)",
        "mandate.payment_type": "Type de paiement",
        "mandate.recurrent": "Récurrent",
        "mandate.date": "Date de signature",
        "mandate.consent": (
            "J'ai lu le mandat ci-dessus et j'autorise {business} à prélever mon compte "
            "selon ses termes."
        ),
        "test.banner": "Passerelle de TEST — aucun paiement réel",
        "test.cards": (
            "Utilisez la carte de test 4242\u00a04242\u00a04242\u00a04242, une date d'expiration future et "
            "n'importe quel cryptogramme à 3 chiffres. La carte 4000\u00a00000\u00a00000\u00a00002 est refusée."
        ),
        "submit.sepa_debit": "Signer le mandat",
        "submit.card": "Enregistrer la carte",
        "form.privacy.sepa_debit": (
            "Vos coordonnées bancaires sont transmises directement à {business} et ne servent "
            "qu'au règlement de vos factures."
        ),
        "form.privacy.card": (
            "Le numéro de votre carte est confié à la passerelle de paiement : {business} n'en "
            "conserve que le type, les 4 derniers chiffres et la date d'expiration."
        ),
        "done.heading": "C'est enregistré, merci !",
        "done.sepa_debit": (
            "Votre mandat de prélèvement SEPA est signé. {business} prélèvera désormais vos "
            "factures sur ce compte."
        ),
        "done.card": "Votre carte est enregistrée. {business} l'utilisera pour régler vos factures.",
        "done.account": "Compte",
        "done.card_label": "Carte",
        "done.keep": "Conservez la référence du mandat : elle figure sur vos relevés bancaires.",
        "done.close": "Vous pouvez fermer cette page.",
        "error.unknown.title": "Ce lien de paiement n'est pas valide",
        "error.unknown.body": (
            "Vérifiez que vous avez copié le lien en entier. S'il ne fonctionne toujours pas, "
            "demandez un nouveau lien à l'entreprise qui vous l'a envoyé."
        ),
        "error.expired.title": "Ce lien de paiement a expiré",
        "error.expired.body": "Pour des raisons de sécurité, un lien n'est valable que quelques jours. "
        "Contactez {business} pour en recevoir un nouveau.",
        "error.revoked.title": "Ce lien de paiement a été annulé",
        "error.revoked.body": "Il a été remplacé ou désactivé. Contactez {business} si vous avez "
        "besoin d'un nouveau lien.",
        "error.used.title": "Ce lien de paiement a déjà été utilisé",
        "error.used.body": "Un lien ne sert qu'une fois. Pour changer de moyen de paiement, "
        "contactez {business}.",
        "error.restricted.title": "Votre accès au formulaire de paiement a été restreint",
        "error.restricted.body": "Après plusieurs tentatives infructueuses, le formulaire est "
        "bloqué par sécurité. Contactez {business} pour le débloquer.",
        "error.throttled.title": "Trop de tentatives",
        "error.throttled.body": "Patientez une minute avant de réessayer.",
        "error.too_large.title": "Envoi trop volumineux",
        "error.too_large.body": "Le formulaire envoyé est trop long. Revenez en arrière et réessayez.",
        "error.not_found.title": "Page introuvable",
        "error.not_found.body": "Cette adresse ne correspond à aucune page. Utilisez le lien "
        "de paiement que vous avez reçu.",
        "error.bad_request.title": "Envoi incorrect",
        "error.bad_request.body": "Le formulaire reçu est incomplet ou mal formé. Rouvrez le "
        "lien de paiement et réessayez.",
        "error.method_not_allowed.title": "Action impossible",
        "error.method_not_allowed.body": "Cette page ne peut pas être utilisée de cette façon.",
        "error.busy.title": "Service momentanément occupé",
        "error.busy.body": "Rien n'a été enregistré. Réessayez dans quelques secondes.",
        "error.server.title": "Une erreur est survenue",
        "error.server.body": "Rien n'a été enregistré. Réessayez dans quelques minutes ; si le "
        "problème persiste, contactez {business}.",
        "error.code": "Code : {status}",
        "problem.holder.required": "Indiquez le nom du titulaire.",
        "problem.holder.too_long": "Ce nom est trop long.",
        "problem.iban.required": "Indiquez votre IBAN.",
        "problem.iban.invalid": "Cet IBAN n'est pas valide : vérifiez-le sur votre RIB.",
        "problem.bic.required": (
            "Indiquez le BIC : la banque de cet IBAN ne nous permet pas de le déduire."
        ),
        "problem.bic.invalid": "Ce BIC n'est pas valide : vérifiez-le sur votre RIB.",
        "problem.consent.required": "Cochez la case pour signer le mandat.",
        "problem.card_number.invalid": "Ce numéro de carte n'est pas valide.",
        "problem.card_number.declined": "Cette carte a été refusée. Essayez une autre carte.",
        "problem.expiry.invalid": "Cette date d'expiration n'est pas valide ou est dépassée.",
        "problem.cvc.invalid": "Le cryptogramme n'est pas valide (3 ou 4 chiffres).",
        "problem.general": (
            "Ce moyen de paiement ne peut pas être enregistré pour le moment. Contactez {business}."
        ),
        "footer.secure": "Page sécurisée de {business}",
    },
    "en": {
        "title.form": "Payment method — {business}",
        "title.done": "Payment method registered — {business}",
        "form.greeting": "Hello {customer},",
        "form.intro.sepa_debit": (
            "{business} invites you to set up SEPA Direct Debit to pay your invoices. "
            "Enter your bank account and sign the mandate."
        ),
        "form.intro.card": "{business} invites you to register the card that will pay your invoices.",
        "form.method.sepa_debit": "SEPA Direct Debit",
        "form.method.card": "Card",
        "form.expires": "This link is valid until {expires}.",
        "form.customer_reference": "Customer reference",
        "form.errors_summary": "The form could not be accepted. Please check the marked fields.",
        "form.stale": (
            "This form has expired or was not sent from this page. Nothing was saved: "
            "check your details and submit again."
        ),
        "form.optional": "optional",
        "field.holder": "Account holder",
        "field.holder.card": "Name on card",
        "field.iban": "IBAN",
        "field.iban.hint": "It is on your bank details, e.g. FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189.",
        "field.bic": "BIC",
        "field.bic.hint": (
            "Leave it empty if you do not know it: it is filled in from the IBAN when the bank "
            "is known."
        ),
        "field.card_number": "Card number",
        "field.expiry": "Expiry date",
        "field.exp_month": "Expiry month (MM)",
        "field.exp_year": "Expiry year (YY)",
        "field.exp_year.placeholder": "YY",
        "field.cvc": "CVC",
        "field.cvc.hint": "CVC: the security code, the 3 digits on the back of the card.",
        "mandate.heading": "SEPA Direct Debit mandate",
        "mandate.text": (
            "By signing this mandate form, you authorise (A) {business} to send instructions to "
            "your bank to debit your account and (B) your bank to debit your account in "
            "accordance with the instructions from {business}. As part of your rights, you are "
            "entitled to a refund from your bank under the terms and conditions of your "
            "agreement with your bank. A refund must be claimed within 8 weeks starting from "
            "the date on which your account was debited. Your rights are explained in a "
            "statement that you can obtain from your bank."
        ),
        "mandate.creditor": "Creditor",
        "mandate.creditor_id": "SEPA creditor identifier",
        "mandate.reference": "Mandate reference",
        "mandate.payment_type": "Type of payment",
        "mandate.recurrent": "Recurrent",
        "mandate.date": "Date of signature",
        "mandate.consent": (
            "I have read the mandate above and authorise {business} to debit my account "
            "under its terms."
        ),
        "test.banner": "TEST gateway — no real payment",
        "test.cards": (
            "Use the test card 4242\u00a04242\u00a04242\u00a04242, any future expiry date and any 3-digit "
            "security code. The card 4000\u00a00000\u00a00000\u00a00002 is declined."
        ),
        "submit.sepa_debit": "Sign the mandate",
        "submit.card": "Save the card",
        "form.privacy.sepa_debit": (
            "Your bank details go straight to {business} and are used only to pay your invoices."
        ),
        "form.privacy.card": (
            "Your card number goes to the payment gateway: {business} keeps only the card type, "
            "its last 4 digits and its expiry date."
        ),
        "done.heading": "All set, thank you!",
        "done.sepa_debit": (
            "Your SEPA Direct Debit mandate is signed. {business} will now collect your invoices "
            "from this account."
        ),
        "done.card": "Your card is saved. {business} will use it to pay your invoices.",
        "done.account": "Account",
        "done.card_label": "Card",
        "done.keep": "Keep the mandate reference: it appears on your bank statements.",
        "done.close": "You may close this page.",
        "error.unknown.title": "This payment link is not valid",
        "error.unknown.body": (
            "Check that you copied the whole link. If it still does not work, ask the business "
            "that sent it to you for a new link."
        ),
        "error.expired.title": "This payment link has expired",
        "error.expired.body": "For your security a link is valid for a few days only. "
        "Contact {business} to receive a new one.",
        "error.revoked.title": "This payment link has been cancelled",
        "error.revoked.body": "It was replaced or switched off. Contact {business} if you need "
        "a new link.",
        "error.used.title": "This payment link has already been used",
        "error.used.body": "A link works only once. To change your payment method, contact "
        "{business}.",
        "error.restricted.title": "Your access to the payment form has been restricted",
        "error.restricted.body": "After several unsuccessful attempts the form is locked for your "
        "security. Contact {business} to unlock it.",
        "error.throttled.title": "Too many attempts",
        "error.throttled.body": "Please wait a minute before trying again.",
        "error.too_large.title": "Request too large",
        "error.too_large.body": "The form sent was too long. Go back and try again.",
        "error.not_found.title": "Page not found",
        "error.not_found.body": "This address matches no page. Use the payment link you received.",
        "error.bad_request.title": "Bad request",
        "error.bad_request.body": "The form received was incomplete or malformed. Open the "
        "payment link again and retry.",
        "error.method_not_allowed.title": "Not allowed",
        "error.method_not_allowed.body": "This page cannot be used this way.",
        "error.busy.title": "Busy for a moment",
        "error.busy.body": "Nothing was saved. Try again in a few seconds.",
        "error.server.title": "Something went wrong",
        "error.server.body": "Nothing was saved. Try again in a few minutes; if it keeps "
        "happening, contact {business}.",
        "error.code": "Code: {status}",
        "problem.holder.required": "Enter the holder's name.",
        "problem.holder.too_long": "This name is too long.",
        "problem.iban.required": "Enter your IBAN.",
        "problem.iban.invalid": "This IBAN is not valid: check it against your bank details.",
        "problem.bic.required": "Enter the BIC: it cannot be worked out from this IBAN's bank.",
        "problem.bic.invalid": "This BIC is not valid: check it against your bank details.",
        "problem.consent.required": "Tick the box to sign the mandate.",
        "problem.card_number.invalid": "This card number is not valid.",
        "problem.card_number.declined": "This card was declined. Try another card.",
        "problem.expiry.invalid": "This expiry date is not valid or has passed.",
        "problem.cvc.invalid": "The security code is not valid (3 or 4 digits).",
        "problem.general": (
            "This payment method cannot be registered at the moment. Contact {business}."
        ),
        "footer.secure": "Secure page of {business}",
    },
}


def normalize(language: str | None) -> str:
    """A supported language code; anything else falls back to French, the business's own."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def text(language: str, key: str, **values: object) -> str:
    """The message ``key`` in ``language``, with ``{name}`` placeholders filled in."""
    template = MESSAGES[normalize(language)][key]
    return template.format(**values) if values else template


def accept_language(header: str | None) -> str | None:
    """The preferred supported language of an Accept-Language header, or None if it names none."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((header or "").split(",")[:20]):
        pieces = part.strip().split(";")
        code = pieces[0].strip().lower()[:2]
        if code not in LANGUAGES:
            continue
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        # Highest quality wins; between equals, the one listed first.
        candidate = (quality, -position, code)
        if best is None or candidate > best:
            best = candidate
    return best[2] if best else None


def problem_key(field: str, detail: str) -> tuple[str, str]:
    """Map a core refusal (field, English detail or gateway reason) to (form field, message key).

    The core speaks English and names fields; the customer must read their own language, so
    each refusal is translated here rather than shown verbatim.
    """
    detail = detail.lower()
    if field == "holder":
        return (
            "holder",
            "problem.holder.too_long" if "too long" in detail else "problem.holder.required",
        )
    if field == "iban":
        return "iban", "problem.iban.required" if "required" in detail else "problem.iban.invalid"
    if field == "bic":
        return "bic", "problem.bic.required" if "required" in detail else "problem.bic.invalid"
    if field == "consent":
        return "consent", "problem.consent.required"
    if field == "card_number":
        if "declined" in detail:
            return "card_number", "problem.card_number.declined"
        return "card_number", "problem.card_number.invalid"
    if field in ("exp_month", "exp_year", "expiry"):
        return "expiry", "problem.expiry.invalid"
    if field == "cvc":
        return "cvc", "problem.cvc.invalid"
    return "general", "problem.general"
