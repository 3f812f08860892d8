"""The stateless anti-forgery values: bound to one link, unforgeable, and ageing out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.portal.security import CsrfSigner
from tests.portal.helpers import FakeTime

tokens = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
    min_size=1,
    max_size=64,
)


@given(tokens, tokens)
def test_a_value_verifies_for_its_own_link_only(token, other):
    signer = CsrfSigner(b"k" * 32, clock=FakeTime())
    value = signer.issue(token)

    assert signer.verify(token, value)
    assert signer.verify(other, value) == (other == token)


@given(tokens, st.integers(min_value=0, max_value=200), st.characters())
def test_any_change_to_a_value_is_refused(token, position, replacement):
    signer = CsrfSigner(b"k" * 32, clock=FakeTime())
    value = signer.issue(token)
    position %= len(value)
    tampered = value[:position] + replacement + value[position + 1 :]

    assert signer.verify(token, tampered) == (tampered == value)


def test_another_process_secret_refuses_the_value():
    # What a restart does: the forms open at that moment must be submitted again.
    clock = FakeTime()
    before = CsrfSigner(clock=clock).issue("tok")

    assert not CsrfSigner(clock=clock).verify("tok", before)


def test_a_value_ages_out():
    clock = FakeTime()
    signer = CsrfSigner(b"k" * 32, clock=clock, max_age=3600)
    value = signer.issue("tok")

    clock.advance(3599)
    assert signer.verify("tok", value)
    clock.advance(2)
    assert not signer.verify("tok", value)


def test_garbage_is_refused_without_error():
    signer = CsrfSigner(b"k" * 32, clock=FakeTime())

    for junk in (None, "", ".", "abc", "1.", ".sig", "9" * 40 + ".x", "-5.abc", "²³.ab", "1.é"):
        assert not signer.verify("tok", junk)
