"""Payment links: secret tokens, expiry, single use, revocation, SEPA and card, grey list."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import AccessRestricted, LinkUnavailable, RegistrationRefused, ValidationError
from tests.conftest import VALID_IBAN


def token_of(link):
    return link.url.rsplit("/", 1)[1]


def pay_by_card(
    services, token, number="4242424242424242", *, exp_month=12, exp_year=2030, cvc="123"
):
    """What the card form sends through the test gateway."""
    return services.registration.register_card(
        token, holder="E M", card_number=number, exp_month=exp_month, exp_year=exp_year, cvc=cvc
    )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(methods=st.lists(st.sampled_from(["card", "sepa_debit"]), min_size=1, max_size=4))
def test_tokens_never_reach_the_database_file(services, customer, db_path, backend, methods):
    import hashlib

    from tests.core.conftest import dump

    links = [services.payments.create_link(customer.id, m) for m in methods]
    tokens = [token_of(link) for link in links]
    assert all(len(t) >= 43 for t in tokens)  # 32 random bytes, base64url
    if backend == "sqlite":
        with services.customers.ctx.read() as session:  # flush WAL pages into the main file too
            session.connection().exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
        raw = b"".join(
            p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
        )
    else:  # every row of every table
        raw = "\n".join(dump(db_path)).encode()
    for token in tokens:
        assert token.encode() not in raw
        assert hashlib.sha256(token.encode()).hexdigest().encode() in raw


def test_new_link_revokes_previous_pending_one(services, customer):
    first = services.payments.create_link(customer.id, "card")
    services.payments.create_link(customer.id, "sepa_debit")
    with pytest.raises(LinkUnavailable) as err:
        services.registration.open(token_of(first))
    assert err.value.reason == "revoked"
    states = [link.state for link in services.customers.get(customer.id).links]
    assert states == ["pending", "revoked"]


def test_link_expires_after_ttl(services, customer, clock):
    link = services.payments.create_link(customer.id, "card")
    clock.advance(hours=167)
    services.registration.open(token_of(link))
    clock.advance(hours=2)
    with pytest.raises(LinkUnavailable) as err:
        services.registration.open(token_of(link))
    assert err.value.reason == "expired"
    assert services.customers.get(customer.id).links[0].state == "expired"


def test_sepa_registration_makes_default_and_uses_link_up(services, customer, clock):
    link = services.payments.create_link(customer.id, "sepa_debit")
    view = services.registration.open(token_of(link))
    assert view.mandate_reference == "CUST-000123-M01"
    assert view.creditor_id == "FR72ZZZ123456"
    services.registration.register_sepa(
        token_of(link),
        holder="É Martin",
        iban="fr76 3000 6000 0112 3456 7890 189",
        bic="",
        consent=True,
    )
    detail = services.customers.get(customer.id)
    pm = detail.payment_method
    assert pm.method == "sepa_debit" and pm.bic == "AGRIFRPPXXX"
    assert pm.iban_masked == "FR76 •••• •••• •••• •••• •••0 189"
    assert pm.mandate_reference == "CUST-000123-M01" and pm.mandate_signed_on == clock.now.date()
    assert detail.links[0].state == "completed"
    with pytest.raises(LinkUnavailable) as err:
        services.registration.open(token_of(link))
    assert err.value.reason == "used"
    recent = services.activity.recent(customer.id)
    assert recent[0].actor_kind == "customer" and "SEPA" in recent[0].text("en")
    assert VALID_IBAN not in " ".join(a.text("en") for a in recent)


def test_second_mandate_gets_next_rum(services, customer):
    for _ in range(2):
        link = services.payments.create_link(customer.id, "sepa_debit")
        services.registration.register_sepa(
            token_of(link), holder="É Martin", iban=VALID_IBAN, bic="", consent=True
        )
    detail = services.customers.get(customer.id)
    assert detail.payment_method.mandate_reference == "CUST-000123-M02"
    assert detail.method_history[0].mandate_reference == "CUST-000123-M01"


def test_consent_required_and_not_counted(services, customer):
    link = services.payments.create_link(customer.id, "sepa_debit")
    with pytest.raises(ValidationError) as err:
        services.registration.register_sepa(
            token_of(link), holder="X", iban=VALID_IBAN, bic="", consent=False
        )
    assert err.value.field == "consent"
    assert services.customers.get(customer.id).failed_attempts == 0


def test_card_through_test_gateway(services, customer, clock):
    link = services.payments.create_link(customer.id, "card")
    with pytest.raises(RegistrationRefused):
        pay_by_card(services, token_of(link), "4000 0000 0000 0002")
    pay_by_card(services, token_of(link))
    pm = services.customers.get(customer.id).payment_method
    assert (pm.method, pm.card_brand, pm.card_last4, pm.card_exp_year) == (
        "card",
        "Visa",
        "4242",
        2030,
    )
    assert services.customers.get(customer.id).failed_attempts == 0


@pytest.mark.parametrize(
    ("number", "month", "year", "cvc"),
    [
        ("4242 4242 4242 4241", 12, 2030, "123"),
        ("4242424242424242", 1, 2026, "123"),
        ("4242424242424242", 12, 2030, "1"),
    ],
)
def test_card_checks_luhn_expiry_cvc(services, customer, number, month, year, cvc):
    link = services.payments.create_link(customer.id, "card")
    with pytest.raises(RegistrationRefused):
        pay_by_card(services, token_of(link), number, exp_month=month, exp_year=year, cvc=cvc)


def test_greylisted_at_threshold_then_lifted(services, customer):
    link = services.payments.create_link(customer.id, "sepa_debit")
    token = token_of(link)
    for attempt in range(1, 6):
        with pytest.raises(RegistrationRefused) as err:
            services.registration.register_sepa(
                token, holder="X", iban="FR7630006000011234567890188", bic="", consent=True
            )
        assert err.value.greylisted == (attempt == 5)
    with pytest.raises(AccessRestricted):
        services.registration.open(token)
    detail = services.customers.get(customer.id)
    assert detail.greylisted
    assert any("grey-listed" in a.text("en") for a in services.activity.recent(customer.id))
    assert services.customers.search("").rows[0].greylisted

    services.payments.lift_greylist(customer.id)
    services.registration.open(token)
    services.registration.register_sepa(token, holder="X", iban=VALID_IBAN, bic="", consent=True)
    assert services.customers.get(customer.id).payment_method.method == "sepa_debit"


def test_success_resets_consecutive_failures(services, customer):
    link = services.payments.create_link(customer.id, "card")
    for _ in range(4):
        with pytest.raises(RegistrationRefused):
            pay_by_card(services, token_of(link), "4000000000000002")
    pay_by_card(services, token_of(link))
    assert services.customers.get(customer.id).failed_attempts == 0


def test_revoke_all_links(services, customer):
    link = services.payments.create_link(customer.id, "card")
    assert services.payments.revoke_links(customer.id) == 1
    with pytest.raises(LinkUnavailable):
        services.registration.open(token_of(link))


def test_sepa_link_needs_valid_creditor_id(services, customer):
    from dataclasses import replace

    ctx = services.payments.ctx
    ctx.settings = replace(ctx.settings, creditor_id="FR00ZZZ000000")
    with pytest.raises(ValidationError) as err:
        services.payments.create_link(customer.id, "sepa_debit")
    assert err.value.field == "creditor_id"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(guess=st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=0, max_size=60))
def test_guessed_tokens_are_unknown(services, customer, guess):
    services.payments.create_link(customer.id, "card")
    with pytest.raises(LinkUnavailable) as err:
        services.registration.open(guess)
    assert err.value.reason == "unknown"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(action=st.sampled_from(["expire", "use", "revoke", "revoke_all", "offline"]))
def test_dead_links_always_refused(services, customer, clock, action):
    link = services.payments.create_link(customer.id, "card")
    token = token_of(link)
    if action == "expire":
        clock.advance(hours=169)
    elif action == "use":
        pay_by_card(services, token)
    elif action == "revoke":
        services.payments.revoke_link(link.link_id)
    elif action == "revoke_all":
        services.payments.revoke_links(customer.id)
    else:
        current = services.customers.get(customer.id).payment_method
        services.payments.set_offline_method(
            customer.id, "cash" if current is None or current.method != "cash" else "cheque"
        )
    for attempt in (
        lambda: services.registration.open(token),
        lambda: pay_by_card(services, token),
    ):
        with pytest.raises(LinkUnavailable):
            attempt()


def test_empty_bic_for_unknown_bank_asks_for_it_without_counting(services, customer):
    link = services.payments.create_link(customer.id, "sepa_debit")
    with pytest.raises(ValidationError) as err:
        services.registration.register_sepa(
            token_of(link), holder="X", iban="FR7612345123450000000000109", bic="", consent=True
        )
    assert err.value.field == "bic"
    assert services.customers.get(customer.id).failed_attempts == 0


def test_completed_link_leaves_expired_ones_as_they_were(services, customer, clock):
    old = services.payments.create_link(customer.id, "card")
    clock.advance(hours=200)
    new = services.payments.create_link(customer.id, "card")
    pay_by_card(services, token_of(new))
    states = {link.id: link.state for link in services.customers.get(customer.id).links}
    assert states == {old.link_id: "expired", new.link_id: "completed"}


def test_bic_must_match_iban_country_and_typo_is_not_counted(services, customer):
    link = services.payments.create_link(customer.id, "sepa_debit")
    with pytest.raises(ValidationError) as err:
        services.registration.register_sepa(
            token_of(link), holder="X", iban=VALID_IBAN, bic="DEUTDEFF", consent=True
        )
    assert err.value.field == "bic"
    assert services.customers.get(customer.id).failed_attempts == 0


def test_revoking_nothing_changes_nothing(services, customer):
    before = services.customers.get(customer.id).version
    assert services.payments.revoke_links(customer.id) == 0
    assert services.customers.get(customer.id).version == before


def test_open_at_once_answers_a_later_visit_as_open_does(services, customer, backend):
    card = services.payments.create_link(customer.id, "card")
    # Not opened yet: only the full path marks it opened.
    assert services.registration.open_at_once(token_of(card)) is None
    first = services.registration.open(token_of(card))
    later = services.registration.open_at_once(token_of(card))
    if backend == "postgresql":
        assert later is None  # a network round trip: never on the caller's own thread
        return
    assert later == services.registration.open(token_of(card))
    assert later.customer_name == first.customer_name
    assert later.expires_at == first.expires_at
    assert services.registration.open_at_once("no-such-link") is None
    # A new link revokes the card link; a SEPA link's visit reads its mandate reference.
    sepa = services.payments.create_link(customer.id, "sepa_debit")
    assert services.registration.open_at_once(token_of(card)) is None
    with pytest.raises(LinkUnavailable):
        services.registration.open(token_of(card))
    services.registration.open(token_of(sepa))
    assert services.registration.open_at_once(token_of(sepa)) is None


@pytest.mark.sqlite_only
def test_open_at_once_gives_up_instead_of_waiting_for_a_locked_file(services, customer, db_path):
    import sqlite3

    link = services.payments.create_link(customer.id, "card")
    services.registration.open(token_of(link))
    assert services.registration.open_at_once(token_of(link)) is not None
    # A writer that keeps the file to itself: every reader must wait for it (it can take
    # the file only while no other connection has it open).
    services.close()
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE customers SET name = name WHERE id = ?", (customer.id,))
        other.execute("COMMIT")
        assert services.registration.open_at_once(token_of(link)) is None
    finally:
        other.close()
    assert services.registration.open_at_once(token_of(link)) is not None
