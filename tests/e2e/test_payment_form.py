"""A customer registers a payment method in a real browser against the real `guichet portal`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.portal.helpers import assert_security_headers

pytestmark = pytest.mark.e2e


def _fill(driver, **fields: str) -> None:
    for name, value in fields.items():
        element = driver.find_element(By.NAME, name)
        element.clear()  # a refused form keeps what was typed
        element.send_keys(value)


def _submit_and_wait(driver) -> None:
    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 15).until(lambda d: _stale(old_page), "the form was not answered")


def _stale(element) -> bool:
    from selenium.common.exceptions import WebDriverException

    try:
        element.tag_name  # noqa: B018 — touching it tells whether the page was replaced
        return False
    except WebDriverException:
        # Stale element, or (some chromedriver builds, mid-navigation) "Node with given id
        # does not belong to the document": either way the old page is gone.
        return True


def _heading(driver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text


def test_a_customer_signs_a_sepa_mandate_then_the_link_is_used_up(guichet, portal, browser):
    base, log_path = portal
    guichet(
        "customer",
        "add",
        "--reference",
        "E2E-001",
        "--name",
        "Camille Roux",
        "--email",
        "camille.roux@example.fr",
    )
    url = guichet("link", "create", "E2E-001", "--method", "sepa_debit").strip()
    assert url.startswith(f"{base}/m/") and "\n" not in url

    browser.get(url)
    assert "Bonjour Camille Roux" in _heading(browser)
    assert "Club E2E Lyon" in browser.page_source
    assert "FR72ZZZ123456" in browser.page_source
    _fill(browser, holder="Camille Roux", iban="FR7630006000011234567890189")
    browser.find_element(By.NAME, "consent").click()
    _submit_and_wait(browser)

    assert "C'est enregistré" in _heading(browser)
    assert "FR76 •••• •••• •••• •••• •••0 189" in browser.page_source
    shown = json.loads(guichet("customer", "show", "E2E-001", "--json"))
    method = shown["payment_method"]
    assert method["method"] == "sepa_debit"
    assert method["mandate_reference"]
    assert method["mandate_reference"] in browser.page_source
    assert method["mandate_signed_on"] == datetime.now(UTC).date().isoformat()
    assert shown["links"][0]["state"] == "completed"

    browser.get(url)
    assert "Ce lien de paiement a déjà été utilisé" in _heading(browser)
    assert "Camille" not in browser.page_source
    used = httpx.get(url)
    assert used.status_code == 410
    assert_security_headers(used)

    token = url.rsplit("/", 1)[1]
    server_log = log_path.read_text(errors="replace")
    assert "/m/<redacted>" in server_log  # the access log is written...
    assert token not in server_log  # ...and never holds the token


def test_five_declined_cards_restrict_access_to_the_form(guichet, portal, browser):
    guichet(
        "customer",
        "add",
        "--reference",
        "E2E-002",
        "--name",
        "Hugo Lambert",
        "--email",
        "hugo.lambert@example.fr",
    )
    url = guichet("link", "create", "E2E-002", "--method", "card").strip()

    browser.get(url)
    assert "Passerelle de TEST" in browser.page_source
    _fill(browser, holder="Hugo Lambert")
    for attempt in range(1, 6):
        _fill(browser, card_number="4000 0000 0000 0002", exp_month="12", exp_year="30", cvc="123")
        _submit_and_wait(browser)
        if attempt < 5:
            assert "Cette carte a été refusée" in browser.page_source, attempt
            # The refused number is not put back; what else was typed is.
            assert browser.find_element(By.NAME, "card_number").get_attribute("value") == ""
            assert browser.find_element(By.NAME, "holder").get_attribute("value") == "Hugo Lambert"

    assert _heading(browser) == "Votre accès au formulaire de paiement a été restreint"
    assert "Hugo" not in browser.page_source
    shown = json.loads(guichet("customer", "show", "E2E-002", "--json"))
    assert shown["greylisted"] is True
    assert shown["payment_method"] is None
    browser.get(url)
    assert _heading(browser) == "Votre accès au formulaire de paiement a été restreint"
