"""The edit dialog (also for a new customer): identity, billing address and payment method."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core import addresses, i18n
from core import validation as v
from core.dto import CustomerDetail, CustomerInput, SaveResult
from core.errors import ConflictError, DuplicateEmail, GuichetError, ValidationError
from desktop import msgbox, words
from desktop.plain_text import plain_labels


class CustomerForm(NamedTuple):
    """What Save hands over: the fields, the method chosen (None: unchanged), the version edited,
    and whether staff chose to save although another customer has the same email."""

    data: CustomerInput
    payment_method: str | None
    expected_version: int | None
    allow_duplicate_email: bool = False


Failed = Callable[[Exception], None]
# Each starts its core call elsewhere (off the GUI thread) and answers later, on the GUI
# thread, through one of its two callbacks; the dialog stays open until then.
# submit(form, saved, failed): saved(SaveResult) once the core has saved.
Submit = Callable[[CustomerForm, Callable[[SaveResult], None], Failed], None]
# preview(method, show, failed): show(text) says what changing to ``method`` would do.
Preview = Callable[[str, Callable[[str], None], Failed], None]
# reload(loaded, failed): loaded(CustomerDetail) as saved now.
Reload = Callable[[Callable[[CustomerDetail], None], Failed], None]


class _Field(NamedTuple):
    widget: QWidget
    error: QLabel


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border through the stylesheet's [invalid="true"] selector."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CustomerEditDialog(QDialog):
    """A form: collects and checks input; the window's ``submit`` runs the one core call.

    While the save runs the buttons are off and the dialog cannot be cancelled: once the
    core has said yes (a new payment link's URL exists only in that answer) staff must see it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str,
        submit: Submit,
        detail: CustomerDetail | None = None,
        preview: Preview | None = None,
        reload: Reload | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditDialog")
        self.setModal(True)
        self._language = language
        self._submit = submit
        self._preview = preview
        self._reload = reload
        self._detail = detail
        self._result: SaveResult | None = None
        self._saving = False
        self._loaded: CustomerForm | None = None  # the form as opened, to see typed changes
        self._fields: dict[str, _Field] = {}
        self._build()
        self._load(detail)
        plain_labels(self)

    # --- building ----------------------------------------------------------------------------
    def _line(
        self,
        name: str,
        field: str,
        form: QFormLayout,
        label: str,
        *,
        max_length: int = 200,
        required: bool = False,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setAccessibleName(label)
        self._add_row(form, field, label, edit, required=required)
        return edit

    def _add_row(
        self,
        form: QFormLayout,
        field: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
    ) -> None:
        # The field and its error message share one form row, so the message sits right under it.
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"{widget.objectName()}Error")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.hide()
        box_layout.addWidget(error)
        caption = QLabel(label)
        caption.setObjectName(f"{widget.objectName()}Label")
        if required:
            # Said before any save is refused: a star on screen, a word for screen readers.
            caption.setText(f"{label} *")
            caption.setProperty("required", True)
            widget.setAccessibleDescription(self.tr("Required"))
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self._fields[field] = _Field(widget, error)

    def _build(self) -> None:
        self.setWindowTitle(
            self.tr("New customer") if self._detail is None else self.tr("Edit customer")
        )
        outer = QVBoxLayout(self)

        self.headerLabel = QLabel()
        self.headerLabel.setObjectName("editHeaderLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)  # name and reference escaped
        outer.addWidget(self.headerLabel)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        identity = QGroupBox(self.tr("Customer"))
        identity_form = QFormLayout(identity)
        self.referenceEdit = self._line(
            "referenceEdit", "reference", identity_form, self.tr("Reference"), max_length=40
        )
        self.nameEdit = self._line(
            "nameEdit", "name", identity_form, self.tr("Name"), required=True
        )
        self.emailEdit = self._line(
            "emailEdit", "email", identity_form, self.tr("Email"), max_length=254, required=True
        )
        self.languageCombo = QComboBox()
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.setAccessibleName(self.tr("Customer's language"))
        for code in v.LANGUAGES:
            self.languageCombo.addItem(words.language_name(code), code)
        self._add_row(identity_form, "language", self.tr("Language"), self.languageCombo)
        self.phoneEdit = self._line(
            "phoneEdit", "phone", identity_form, self.tr("Phone"), max_length=40
        )
        self.statusCombo = QComboBox()
        self.statusCombo.setObjectName("statusCombo")
        self.statusCombo.setAccessibleName(self.tr("Customer's status"))
        self.statusCombo.addItem(self.tr("Active"), "active")
        self.statusCombo.addItem(self.tr("Suspended"), "suspended")
        self._add_row(identity_form, "status", self.tr("Status"), self.statusCombo)
        self.noteEdit = QPlainTextEdit()
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setAccessibleName(self.tr("Note"))
        self.noteEdit.setTabChangesFocus(True)  # Tab goes on to the next field
        self.noteEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.noteEdit.setPlaceholderText(self.tr("For staff only; the customer never sees it."))
        self._add_row(identity_form, "note", self.tr("Note"), self.noteEdit)
        left.addWidget(identity)

        payment = QGroupBox(self.tr("Payment method"))
        payment_layout = QVBoxLayout(payment)
        self.paymentMethodCombo = QComboBox()
        self.paymentMethodCombo.setObjectName("paymentMethodCombo")
        self.paymentMethodCombo.setAccessibleName(self.tr("Payment method"))
        payment_layout.addWidget(self.paymentMethodCombo)
        self.paymentImpactLabel = QLabel()
        self.paymentImpactLabel.setObjectName("paymentImpactLabel")
        self.paymentImpactLabel.setWordWrap(True)
        self.paymentImpactLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.paymentImpactLabel.setMinimumHeight(96)
        self.paymentImpactLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        payment_layout.addWidget(self.paymentImpactLabel)
        left.addWidget(payment)
        left.addStretch(1)

        address = QGroupBox(self.tr("Billing address"))
        form = QFormLayout(address)
        self.companyEdit = self._line("companyEdit", "company", form, self.tr("Company"))
        self.firstNameEdit = self._line(
            "firstNameEdit", "first_name", form, self.tr("First name"), max_length=100
        )
        self.lastNameEdit = self._line(
            "lastNameEdit", "last_name", form, self.tr("Last name"), max_length=100
        )
        self.addressLine1Edit = self._line(
            "addressLine1Edit", "address_line1", form, self.tr("Address")
        )
        self.addressLine2Edit = self._line(
            "addressLine2Edit", "address_line2", form, self.tr("Address (line 2)")
        )
        self.postalCodeEdit = self._line(
            "postalCodeEdit", "postal_code", form, self.tr("Postal code"), max_length=20
        )
        self.cityEdit = self._line("cityEdit", "city", form, self.tr("City"), max_length=100)
        self.regionEdit = self._line(
            "regionEdit", "region", form, self.tr("Region"), max_length=100
        )
        self.countryCombo = QComboBox()
        self.countryCombo.setObjectName("countryCombo")
        self.countryCombo.setAccessibleName(self.tr("Country"))
        names = Locale.parse(self._language).territories
        for code in sorted(v.country_codes(), key=lambda c: v.normalize_text(names.get(c, c))):
            self.countryCombo.addItem(names.get(code, code), code)
        self._add_row(form, "country", self.tr("Country"), self.countryCombo)
        self.vatEdit = self._line(
            "vatEdit", "vat_number", form, self.tr("VAT number"), max_length=30
        )
        note = QLabel(self.tr("A new address applies to future invoices only."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        form.addRow(note)
        right.addWidget(address)
        right.addStretch(1)

        self.formErrorLabel = QLabel()
        self.formErrorLabel.setObjectName("formErrorLabel")
        self.formErrorLabel.setProperty("role", "fieldError")
        self.formErrorLabel.setWordWrap(True)
        self.formErrorLabel.hide()
        outer.addWidget(self.formErrorLabel)

        self.requiredLegend = QLabel(self.tr("* required"))
        self.requiredLegend.setObjectName("requiredLegend")
        self.requiredLegend.setProperty("role", "hint")
        outer.addWidget(self.requiredLegend)

        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttonBox.accepted.connect(self._on_buttonBox_accepted)
        self.buttonBox.rejected.connect(self.reject)
        outer.addWidget(self.buttonBox)

        self.nameEdit.textEdited.connect(lambda _t: self._check("name"))
        self.emailEdit.textEdited.connect(lambda _t: self._check("email"))
        self.referenceEdit.textEdited.connect(lambda _t: self._check("reference"))
        self.postalCodeEdit.textEdited.connect(lambda _t: self._check("postal_code"))
        self.phoneEdit.textEdited.connect(lambda _t: self._check("phone"))
        self.vatEdit.textEdited.connect(lambda _t: self._check("vat_number"))
        self.countryCombo.currentIndexChanged.connect(self._on_countryCombo_currentIndexChanged)
        self.paymentMethodCombo.currentIndexChanged.connect(
            self._on_paymentMethodCombo_currentIndexChanged
        )
        self.resize(920, 560)

    # --- loading -------------------------------------------------------------------------------
    def _load(self, detail: CustomerDetail | None) -> None:
        self._detail = detail
        data = (
            detail.as_input()
            if detail
            else CustomerInput(name="", email="", language=self._language)
        )
        self.nameEdit.setText(data.name)
        self.emailEdit.setText(data.email)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(data.language)))
        self.companyEdit.setText(data.company)
        self.firstNameEdit.setText(data.first_name)
        self.lastNameEdit.setText(data.last_name)
        self.addressLine1Edit.setText(data.address_line1)
        self.addressLine2Edit.setText(data.address_line2)
        self.postalCodeEdit.setText(data.postal_code)
        self.cityEdit.setText(data.city)
        self.regionEdit.setText(data.region)
        self.statusCombo.setCurrentIndex(max(0, self.statusCombo.findData(data.status)))
        self.noteEdit.setPlainText(data.note)
        self.countryCombo.setCurrentIndex(max(0, self.countryCombo.findData(data.country or "FR")))
        self.phoneEdit.setText(data.phone)
        self.vatEdit.setText(data.vat_number)
        if detail is None:
            self.headerLabel.setText(
                _esc(self.tr("Leave the reference empty to get the next one on save."))
            )
            self.referenceEdit.setReadOnly(False)
            self.referenceEdit.setText("")
            self.referenceEdit.setPlaceholderText(self.tr("Given on save (CUST-…)"))
            self.referenceEdit.setToolTip("")
        else:
            self.headerLabel.setText(f"<b>{_esc(detail.name)}</b> · {_esc(detail.reference)}")
            # A reference is stable (documents and the bank quote it): shown, never edited.
            self.referenceEdit.setText(detail.reference)
            self.referenceEdit.setReadOnly(True)
            self.referenceEdit.setPlaceholderText("")
            self.referenceEdit.setToolTip(self.tr("A reference never changes."))
        current = detail.payment_method.method if detail and detail.payment_method else None
        self.paymentMethodCombo.blockSignals(True)
        self.paymentMethodCombo.clear()
        if current is None:
            self.paymentMethodCombo.addItem(self.tr("No payment method"), None)
        for code in v.METHODS:
            name = i18n.method_name(code, self._language)
            if code in v.AUTOMATIC_METHODS and code != current:
                name = self.tr("%1 (the customer registers it through a payment link)").replace(
                    "%1", name
                )
            self.paymentMethodCombo.addItem(name, code)
        self.paymentMethodCombo.setCurrentIndex(max(0, self.paymentMethodCombo.findData(current)))
        self.paymentMethodCombo.blockSignals(False)
        for field in self._fields:
            self._show_error(field, "")
        self.formErrorLabel.hide()
        self._update_impact()
        self._loaded = self.form()
        self.nameEdit.setFocus()  # the reference is shown first, but is not what one edits

    # --- values --------------------------------------------------------------------------------
    def value(self) -> CustomerInput:
        reference = None if self._detail else (self.referenceEdit.text().strip() or None)
        return CustomerInput(
            name=self.nameEdit.text(),
            email=self.emailEdit.text(),
            language=self.languageCombo.currentData() or "fr",
            status=self.statusCombo.currentData() or "active",
            note=self.noteEdit.toPlainText(),
            company=self.companyEdit.text(),
            first_name=self.firstNameEdit.text(),
            last_name=self.lastNameEdit.text(),
            address_line1=self.addressLine1Edit.text(),
            address_line2=self.addressLine2Edit.text(),
            postal_code=self.postalCodeEdit.text(),
            city=self.cityEdit.text(),
            region=self.regionEdit.text(),
            country=self.countryCombo.currentData() or "",
            phone=self.phoneEdit.text(),
            vat_number=self.vatEdit.text(),
            reference=reference,
        )

    def payment_method(self) -> str | None:
        """The chosen method code, or None when it stays as it is."""
        code = self.paymentMethodCombo.currentData()
        current = (
            self._detail.payment_method.method
            if self._detail and self._detail.payment_method
            else None
        )
        return None if code is None or code == current else code

    def form(self) -> CustomerForm:
        version = self._detail.version if self._detail else None
        return CustomerForm(self.value(), self.payment_method(), version)

    def save_result(self) -> SaveResult | None:
        return self._result

    def has_changes(self) -> bool:
        """Whether staff typed or chose something since the form was filled."""
        return self._loaded is not None and self.form() != self._loaded

    def is_saving(self) -> bool:
        """True from Save until the core has answered (or a reload after a conflict is in)."""
        return self._saving

    # --- validation ------------------------------------------------------------------------------
    def _validate(self, field: str) -> str:
        """The message for ``field`` ('' when fine), with the same validators the core uses."""
        country = self.countryCombo.currentData() or ""
        try:
            if field == "name":
                v.required("name", self.nameEdit.text())
            elif field == "email":
                v.email(self.emailEdit.text())
            elif field == "phone":
                v.phone(self.phoneEdit.text(), country)
            elif field == "vat_number":
                v.vat_number(self.vatEdit.text(), country)
            elif field == "postal_code":
                addresses.postal_code(self.postalCodeEdit.text(), country)
            elif field == "reference" and self._detail is None and self.referenceEdit.text():
                v.reference(self.referenceEdit.text())
        except ValidationError as exc:
            return self._message(exc)
        return ""

    def _message(self, exc: ValidationError) -> str:
        if exc.field == "name" or exc.code == "required":
            return self.tr("Required.")
        if exc.field == "email":
            return self.tr("This is not a valid email address.")
        if exc.field == "phone":
            return self.tr("This is not a valid phone number for the chosen country.")
        if exc.field == "vat_number":
            return self.tr("This is not a valid VAT number (check digits do not match).")
        return i18n.say(exc.table, exc.code, exc.params, self._language)

    def _check(self, field: str) -> bool:
        message = self._validate(field)
        self._show_error(field, message)
        return not message

    def _show_error(self, field: str, message: str) -> None:
        entry = self._fields.get(field)
        if entry is None:
            return
        entry.error.setText(message)
        entry.error.setVisible(bool(message))
        set_invalid(entry.widget, bool(message))

    def field_error(self, field: str) -> str:
        """The message shown under ``field`` ('' when none)."""
        entry = self._fields.get(field)
        return entry.error.text() if entry else ""

    def show_core_error(self, exc: ValidationError) -> None:
        """Point at the field the core refused."""
        entry = self._fields.get(exc.field)
        if entry is None:
            self.formErrorLabel.setText(i18n.error_text(exc, self._language))
            self.formErrorLabel.show()
            return
        self._show_error(exc.field, self._message(exc))
        entry.widget.setFocus()

    # --- slots ---------------------------------------------------------------------------------
    def _on_countryCombo_currentIndexChanged(self, _index: int) -> None:
        for field in ("phone", "vat_number", "postal_code"):
            if self._fields[field].widget.text():  # type: ignore[attr-defined]
                self._check(field)

    def _on_paymentMethodCombo_currentIndexChanged(self, _index: int) -> None:
        self._update_impact()

    def _update_impact(self) -> None:
        code = self.paymentMethodCombo.currentData()
        current = (
            self._detail.payment_method.method
            if self._detail and self._detail.payment_method
            else None
        )
        if code is None or code == current:
            self.paymentImpactLabel.setText(self.tr("The payment method does not change."))
            return
        name = i18n.method_name(code, self._language)
        if self._detail is not None and self._preview is not None:
            self.paymentImpactLabel.clear()  # the core's answer follows

            def show(text: str, code: str = code) -> None:
                # A slower answer for a method no longer chosen must not overwrite the current one.
                if self.paymentMethodCombo.currentData() == code:
                    self.paymentImpactLabel.setText(text)

            def failed(exc: Exception, code: str = code) -> None:
                if isinstance(exc, GuichetError):
                    show(i18n.error_text(exc, self._language), code)

            self._preview(code, show, failed)
            return
        if code in v.AUTOMATIC_METHODS:
            text = self.tr(
                "On save, a payment link is made: the customer registers their %1 themselves. "
                "You can copy it, show its QR code or email it."
            )
        else:
            text = self.tr(
                "%1: invoices are issued without automatic debit; you record each payment "
                "when it arrives."
            )
        self.paymentImpactLabel.setText(text.replace("%1", name))

    def _on_buttonBox_accepted(self) -> None:
        checked = ("reference", "name", "email", "phone", "postal_code", "vat_number")
        bad = [f for f in checked if not self._check(f)]
        if bad:
            self._fields[bad[0]].widget.setFocus()
            return
        self._send(self.form())

    def _send(self, form: CustomerForm) -> None:
        self.formErrorLabel.hide()
        self._set_saving(True)
        self._submit(form, self._on_saved, self._on_save_failed)

    def _on_saved(self, result: SaveResult) -> None:
        self._set_saving(False)
        self._result = result
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self.show_core_error(exc)
        elif isinstance(exc, DuplicateEmail):
            self._ask_duplicate_email(exc)
        elif isinstance(exc, ConflictError):
            if self._reload is not None and msgbox.confirm(
                self,
                self.tr("Record changed"),
                self.tr(
                    "Someone changed this customer since you opened it; nothing was saved.\n"
                    "Reload their version? Your edits in this dialog will be lost."
                ),
                self.tr("Reload"),
            ):
                self._set_saving(True)
                self._reload(self._on_reloaded, self._on_reload_failed)
        elif isinstance(exc, GuichetError):
            self._show_form_error(exc)
        # Anything else: the desk has logged it and apologised; the form is usable again.

    def _ask_duplicate_email(self, exc: DuplicateEmail) -> None:
        """Another customer has this email: say who, and let staff save anyway or go back."""
        text = (
            self.tr(
                "Another customer already has the email %1:\n%2 (%3).\n\n"
                "Save anyway (two records, one email), or cancel to change it?"
            )
            .replace("%1", exc.email)
            .replace("%2", exc.other_name)
            .replace("%3", exc.other_reference)
        )
        if msgbox.confirm(self, self.tr("Email already used"), text, self.tr("Save anyway")):
            self._send(self.form()._replace(allow_duplicate_email=True))
        else:
            self.emailEdit.setFocus()
            self.emailEdit.selectAll()

    def _on_reloaded(self, detail: CustomerDetail) -> None:
        self._set_saving(False)
        self._load(detail)

    def _on_reload_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, GuichetError):
            self._show_form_error(exc)

    def _show_form_error(self, exc: GuichetError) -> None:
        self.formErrorLabel.setText(i18n.error_text(exc, self._language))
        self.formErrorLabel.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttonBox.setEnabled(not saving)

    def reject(self) -> None:
        if self._saving:
            return  # Escape or the close button while the core may be saving
        if self.has_changes() and not msgbox.confirm(
            self,
            self.tr("Discard changes"),
            self.tr("You have changed this form. Close it and lose your changes?"),
            self.tr("Discard changes"),
            destructive=True,
        ):
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> SaveResult | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.save_result() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
